import { createRealtimeClient, type RealtimeClient, type Unsubscribe } from './client';
import type { PublicRealtimeConfig } from './config';

export {
	activityPresenceChannel,
	partnerCounterChannel,
	userChannel,
	voteChannel
} from './channels';
export type { PublicRealtimeConfig } from './config';
export type { Unsubscribe } from './client';

let shared: RealtimeClient | null = null;

/**
 * Hands the page's config to the browser client (the root layout can pass
 * `publicRealtimeConfig()` from its server load); without it the client fetches the config itself.
 */
export function configureRealtime(config: PublicRealtimeConfig | null): void {
	shared?.disconnect();
	shared = createRealtimeClient({ config });
}

/**
 * Listens to a channel event in the browser; returns the function that stops listening, so it
 * fits `$effect` directly:
 *
 *     $effect(() => subscribe(userChannel(data.user.id), 'notification', () => invalidateAll()));
 *
 * On the server (SSR) it does nothing.
 */
export function subscribe<T = unknown>(
	channel: string,
	event: string,
	handler: (data: T) => void
): Unsubscribe {
	if (typeof window === 'undefined') return () => {};
	shared ??= createRealtimeClient();
	return shared.subscribe(channel, event, handler);
}
