import Pusher from 'pusher';
import PusherJs, { type Options } from 'pusher-js';
import { WebSocket } from 'ws';
import { startRealtimeServer, type RealtimeServer } from '../../../web/server/realtime/server';
import type { RealtimeLimits } from '../../../web/server/realtime/limits';

export const APP = { appId: '4242', key: 'test-key', secret: 'test-secret' };

export interface Harness {
	server: RealtimeServer;
	/** The real `pusher` library, pointed at the embedded server. */
	pusher: Pusher;
	wsUrl: string;
	close(): Promise<void>;
}

export async function startHarness(limits: Partial<RealtimeLimits> = {}): Promise<Harness> {
	const server = await startRealtimeServer({ ...APP, port: 0, limits });
	const pusher = new Pusher({
		...APP,
		host: '127.0.0.1',
		port: String(server.port),
		useTLS: false
	});
	return {
		server,
		pusher,
		wsUrl: `ws://127.0.0.1:${server.port}/app/${APP.key}?protocol=7&client=js&version=8.6.0`,
		close: () => server.close()
	};
}

type Sign = (socketId: string, channel: string) => { auth: string; channel_data?: string };

/** A pusher-js (Node build) client that gets channel auth from `sign`, as an auth endpoint would. */
export function pusherJsClient(h: Harness, sign: Sign, extra: Partial<Options> = {}): PusherJs {
	return new PusherJs(APP.key, {
		cluster: 'mt1',
		wsHost: '127.0.0.1',
		wsPort: h.server.port,
		forceTLS: false,
		enabledTransports: ['ws'],
		disableStats: true,
		channelAuthorization: {
			customHandler: ({ socketId, channelName }, callback) =>
				callback(null, sign(socketId, channelName))
		},
		...extra
	});
}

export function connected(client: PusherJs): Promise<string> {
	return new Promise((resolve) => {
		if (client.connection.state === 'connected') resolve(client.connection.socket_id);
		else client.connection.bind('connected', () => resolve(client.connection.socket_id));
	});
}

export function once<T = unknown>(
	target: { bind(event: string, cb: (data: T) => void): unknown },
	event: string
): Promise<T> {
	return new Promise((resolve) => target.bind(event, resolve));
}

export interface Frame {
	event: string;
	channel?: string;
	data?: unknown;
}

/** A bare protocol client: what the benchmark uses, and how the tests see exact frames. */
export class RawClient {
	readonly frames: Frame[] = [];
	readonly #waiters: { match: (f: Frame) => boolean; resolve: (f: Frame) => void }[] = [];
	closed: Promise<{ code: number; reason: string }>;
	socketId = '';

	constructor(readonly ws: WebSocket) {
		ws.on('message', (raw: Buffer) => this.#receive(JSON.parse(raw.toString('utf8')) as Frame));
		this.closed = new Promise((resolve) =>
			ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() }))
		);
	}

	static async open(url: string): Promise<RawClient> {
		const client = new RawClient(new WebSocket(url));
		const established = await client.next('pusher:connection_established');
		client.socketId = (JSON.parse(established.data as string) as { socket_id: string }).socket_id;
		return client;
	}

	send(event: string, data: unknown = {}): void {
		this.ws.send(JSON.stringify({ event, data }));
	}

	/** The first frame (already received or still to come) with this event name and channel. */
	next(event: string, channel?: string, timeoutMs = 5_000): Promise<Frame> {
		const match = (f: Frame) =>
			f.event === event && (channel === undefined || f.channel === channel);
		const index = this.frames.findIndex(match);
		if (index >= 0) return Promise.resolve(this.frames.splice(index, 1)[0] as Frame);
		return new Promise((resolve, reject) => {
			const timer = setTimeout(
				() => reject(new Error(`no ${event} within ${timeoutMs} ms`)),
				timeoutMs
			);
			this.#waiters.push({
				match,
				resolve: (f) => {
					clearTimeout(timer);
					resolve(f);
				}
			});
		});
	}

	#receive(frame: Frame): void {
		const i = this.#waiters.findIndex((w) => w.match(frame));
		if (i < 0) {
			this.frames.push(frame);
			return;
		}
		const [waiter] = this.#waiters.splice(i, 1);
		waiter?.resolve(frame);
	}
}
