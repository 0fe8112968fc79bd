import Pusher from 'pusher';
import { TickBatch } from '../tick-batch';
import { planCalls, type PusherCall } from './coalesce';
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

/**
 * Events published in one turn of the event loop go out together (planCalls): under load one HTTP
 * call carries up to ten events, or one event to up to a hundred channels, instead of a call per
 * event, and a page that hears of ten vouchers confirmed at once gets one message per distinct
 * event. Nothing waits past the turn it was published in.
 */
export function createRealtime(client: PusherClient | null, log: Logger = console): RealtimePort {
	const outbox = new TickBatch<RealtimeEvent, boolean>((events) => send(events));

	async function send(events: RealtimeEvent[]): Promise<boolean[]> {
		const delivered = events.map(() => true);
		await Promise.all(
			planCalls(events).map(async (call) => {
				const ok = await attempt(call);
				if (!ok) for (const i of call.carries) delivered[i] = false;
			})
		);
		return delivered;
	}

	async function attempt(call: PusherCall): Promise<boolean> {
		if (!client) return false;
		try {
			if (call.kind === 'trigger') await client.trigger(call.channels, call.event, call.data);
			else {
				await client.triggerBatch(
					call.events.map((e) => ({ channel: e.channel, name: e.event, data: e.data }))
				);
			}
			return true;
		} catch (error) {
			const what = call.kind === 'trigger' ? `trigger ${call.event}` : 'triggerBatch';
			log.warn(`[realtime] ${what} failed; the action itself went through`, error);
			return false;
		}
	}

	async function publish(events: RealtimeEvent[]): Promise<boolean> {
		if (!client) return false;
		const delivered = await Promise.all(events.map((e) => outbox.add(e)));
		return delivered.every(Boolean);
	}

	return {
		trigger(channel, event, data) {
			const channels = Array.isArray(channel) ? channel : [channel];
			return publish(channels.map((c) => ({ channel: c, event, data })));
		},
		triggerBatch(events) {
			return publish(events);
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
