import { configureRealtime, type PublicRealtimeConfig } from '$lib/realtime';

let configured = false;

/**
 * Hands the server's real-time config to the browser client once per page load. The root layout
 * calls it while it is created (with a getter, as the layout data is reactive), before any page subscribes, so no page fetches the config itself;
 * later calls (every root layout data refresh) change nothing and keep the one connection.
 */
export function useRealtimeConfig(config: () => PublicRealtimeConfig | null): void {
	if (configured || typeof window === 'undefined') return;
	configured = true;
	configureRealtime(config());
}
