import Pusher from 'pusher';
import { readRealtimeSettings, type RealtimeSettings } from './settings';

export interface RealtimeEvent {
	channel: string;
	event: string;
	data: unknown;
}

/**
 * The real-time port. Publishing is best effort: a failure is logged and reported as `false`,
 * never thrown, because a missed live update must not fail the business action that caused it
 * (the notification inbox and page reloads show the same facts).
 */
export interface RealtimePort {
	trigger(channel: string | string[], event: string, data: unknown): Promise<boolean>;
	triggerBatch(events: RealtimeEvent[]): Promise<boolean>;
}

/** The part of the `pusher` client the port uses. */
export type PusherClient = Pick<Pusher, 'trigger' | 'triggerBatch'>;

export interface Logger {
	warn(message: string, error?: unknown): void;
}

// The HTTP API's own limits: 100 channels per trigger, 10 events per batch.
const CHANNELS_PER_TRIGGER = 100;
const EVENTS_PER_BATCH = 10;

export function createRealtime(client: PusherClient | null, log: Logger = console): RealtimePort {
	async function attempt(
		what: string,
		send: (c: PusherClient) => Promise<unknown>
	): Promise<boolean> {
		if (!client) return false;
		try {
			await send(client);
			return true;
		} catch (error) {
			log.warn(`[realtime] ${what} failed; the action itself went through`, error);
			return false;
		}
	}
	return {
		async trigger(channel, event, data) {
			const channels = Array.isArray(channel) ? channel : [channel];
			let ok = true;
			for (const part of chunk(channels, CHANNELS_PER_TRIGGER)) {
				ok = (await attempt(`trigger ${event}`, (c) => c.trigger(part, event, data))) && ok;
			}
			return ok;
		},
		async triggerBatch(events) {
			let ok = true;
			for (const part of chunk(events, EVENTS_PER_BATCH)) {
				const batch = part.map((e) => ({ channel: e.channel, name: e.event, data: e.data }));
				ok = (await attempt('triggerBatch', (c) => c.triggerBatch(batch))) && ok;
			}
			return ok;
		}
	};
}

export function createPusherClient(settings: RealtimeSettings): Pusher {
	const base = {
		appId: settings.appId,
		key: settings.key,
		secret: settings.secret,
		useTLS: settings.useTLS,
		// A live update that takes longer than this is not live any more.
		timeout: 5_000
	};
	if (settings.host) {
		const port = settings.port === undefined ? undefined : String(settings.port);
		return new Pusher({ ...base, host: settings.host, port });
	}
	return new Pusher({ ...base, cluster: settings.cluster ?? 'mt1' });
}

let shared: { port: RealtimePort; client: Pusher | null } | undefined;

function build(): { port: RealtimePort; client: Pusher | null } {
	const settings = readRealtimeSettings(process.env);
	if (!settings) {
		console.warn('[realtime] no PUSHER_* settings: live updates are off');
		return { port: createRealtime(null), client: null };
	}
	const client = createPusherClient(settings);
	return { port: createRealtime(client), client };
}

/** The app's one real-time port, built from the PUSHER_* settings on first use. */
export function realtime(): RealtimePort {
	shared ??= build();
	return shared.port;
}

/** The `pusher` client behind the port, for signing channel subscriptions; null when off. */
export function pusherClient(): Pusher | null {
	shared ??= build();
	return shared.client;
}

function chunk<T>(items: T[], size: number): T[][] {
	const parts: T[][] = [];
	for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
	return parts;
}
