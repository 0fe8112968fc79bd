import type Pusher from 'pusher-js';
import type { Channel } from 'pusher-js';
import type { PublicRealtimeConfig } from './config';

export type Unsubscribe = () => void;

export interface RealtimeClientOptions {
	/** The page's config; when absent it is fetched from `configUrl` on first use. */
	config?: PublicRealtimeConfig | null;
	configUrl?: string;
	authEndpoint?: string;
	/** Loads pusher-js; a dynamic import keeps it out of the first-load bundle. */
	load?: () => Promise<typeof Pusher>;
	fetch?: typeof fetch;
}

export interface RealtimeClient {
	/** Listens to `event` on `channel` until the returned function is called. */
	subscribe<T = unknown>(channel: string, event: string, handler: (data: T) => void): Unsubscribe;
	/** Drops the connection (and forgets it, so the next subscribe connects afresh). */
	disconnect(): void;
}

/**
 * Live updates in the browser, as an extra: the connection is opened on the first subscribe,
 * and when the server cannot be reached nothing fails; pages keep working from their own data.
 * pusher-js reconnects by itself, backing off between attempts, and re-subscribes every channel.
 */
export function createRealtimeClient(options: RealtimeClientOptions = {}): RealtimeClient {
	let connecting: Promise<Pusher | null> | null = null;
	const holders = new Map<string, number>();

	async function open(): Promise<Pusher | null> {
		const config = options.config !== undefined ? options.config : await fetchConfig(options);
		if (!config) return null;
		const PusherJs = await (options.load ?? loadPusher)();
		return new PusherJs(config.key, {
			cluster: config.cluster,
			wsHost: config.wsHost,
			wsPort: config.wsPort,
			wssPort: config.wsPort,
			forceTLS: config.forceTLS,
			enabledTransports: ['ws', 'wss'],
			disableStats: true,
			channelAuthorization: {
				endpoint: options.authEndpoint ?? '/api/realtime/auth',
				transport: 'ajax'
			}
		});
	}

	function connection(): Promise<Pusher | null> {
		connecting ??= open().catch(() => null);
		return connecting;
	}

	function hold(pusher: Pusher, name: string): Channel {
		holders.set(name, (holders.get(name) ?? 0) + 1);
		return pusher.channel(name) ?? pusher.subscribe(name);
	}

	function release(pusher: Pusher, name: string): void {
		const left = (holders.get(name) ?? 1) - 1;
		if (left > 0) {
			holders.set(name, left);
			return;
		}
		holders.delete(name);
		pusher.unsubscribe(name);
	}

	return {
		subscribe<T>(channel: string, event: string, handler: (data: T) => void): Unsubscribe {
			let stop: Unsubscribe | null = null;
			let cancelled = false;
			void connection().then((pusher) => {
				if (!pusher || cancelled) return;
				const bound = hold(pusher, channel).bind(event, handler);
				stop = () => {
					bound.unbind(event, handler);
					release(pusher, channel);
				};
			});
			return () => {
				cancelled = true;
				stop?.();
				stop = null;
			};
		},
		disconnect() {
			const current = connecting;
			connecting = null;
			holders.clear();
			void current?.then((pusher) => pusher?.disconnect());
		}
	};
}

async function loadPusher(): Promise<typeof Pusher> {
	const module = await import('pusher-js');
	return module.default;
}

async function fetchConfig(options: RealtimeClientOptions): Promise<PublicRealtimeConfig | null> {
	const response = await (options.fetch ?? fetch)(options.configUrl ?? '/api/realtime/config');
	if (!response.ok) return null;
	const body = (await response.json()) as { config: PublicRealtimeConfig | null };
	return body.config;
}
