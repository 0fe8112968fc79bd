import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ChannelRegistry } from './channels';
import type { RealtimeLimits } from './limits';
import {
	channelType,
	hmacHex,
	isValidChannelName,
	isValidSocketId,
	md5Hex,
	safeEqual
} from './protocol';

export interface HttpApiContext {
	appId: string;
	key: string;
	secret: string;
	limits: RealtimeLimits;
	channels: ChannelRegistry;
	now(): number;
}

interface Reply {
	status: number;
	body: unknown;
}

const ok = (body: unknown = {}): Reply => ({ status: 200, body });
const fail = (status: number, error: string): Reply => ({ status, body: { error } });

/**
 * The HTTP Events API (`/apps/:id/…`), authenticated exactly the way the `pusher` library signs:
 * auth_key, auth_timestamp, auth_version=1.0, body_md5 of the raw body, and auth_signature =
 * hex HMAC-SHA256 of "METHOD\npath\nsorted key=value pairs joined by &".
 */
export async function handleHttpApi(
	req: IncomingMessage,
	res: ServerResponse,
	ctx: HttpApiContext
): Promise<void> {
	const reply = await route(req, ctx);
	const text = JSON.stringify(reply.body);
	const headers: Record<string, string> = { 'content-type': 'application/json' };
	if (reply.status === 413) headers.connection = 'close';
	res.writeHead(reply.status, headers);
	res.end(text);
}

async function route(req: IncomingMessage, ctx: HttpApiContext): Promise<Reply> {
	const url = new URL(req.url ?? '/', 'http://localhost');
	const match = /^\/apps\/([^/]+)(\/.*)$/.exec(url.pathname);
	if (!match || match[1] !== ctx.appId) return fail(404, 'Not found');
	const body = await readBody(req, ctx.limits.maxBodyBytes);
	if (body === null) return fail(413, 'Request body too large');
	const denied = checkSignature(req.method ?? 'GET', url, body, ctx);
	if (denied) return fail(401, denied);
	const sub = match[2] ?? '';
	if (req.method === 'POST' && sub === '/events') return triggerEvents(body, ctx);
	if (req.method === 'POST' && sub === '/batch_events') return triggerBatch(body, ctx);
	if (req.method === 'GET' && sub === '/channels') return listChannels(url, ctx);
	const channel = /^\/channels\/([^/]+)(\/users)?$/.exec(sub);
	if (req.method === 'GET' && channel?.[1]) {
		const name = decodeURIComponent(channel[1]);
		return channel[2] ? channelUsers(name, ctx) : channelInfo(name, url, ctx);
	}
	return fail(404, 'Not found');
}

/** Returns why the request is not authentic, or null when it is. */
function checkSignature(
	method: string,
	url: URL,
	body: Buffer,
	ctx: HttpApiContext
): string | null {
	const params = Object.fromEntries(url.searchParams);
	if (params.auth_key !== ctx.key) return 'Unknown auth_key';
	if (params.auth_version !== '1.0') return 'Unsupported auth_version';
	const timestamp = Number(params.auth_timestamp);
	const skew = Math.abs(ctx.now() / 1000 - timestamp);
	if (!Number.isFinite(timestamp) || skew > ctx.limits.timestampToleranceSeconds) {
		return 'Timestamp expired';
	}
	if (body.length > 0 && params.body_md5 !== md5Hex(body)) return 'body_md5 does not match';
	const { auth_signature: signature, ...signed } = params;
	const query = Object.keys(signed)
		.sort()
		.map((k) => `${k}=${signed[k]}`)
		.join('&');
	const expected = hmacHex(ctx.secret, [method.toUpperCase(), url.pathname, query].join('\n'));
	return signature !== undefined && safeEqual(signature, expected) ? null : 'Invalid signature';
}

interface EventInput {
	name: string;
	data: string;
	channels: string[];
	socketId?: string;
}

/** Validates one event object; returns an error reply instead when it is malformed. */
function parseEvent(raw: unknown, limits: RealtimeLimits): EventInput | Reply {
	if (typeof raw !== 'object' || raw === null) return fail(400, 'Event must be an object');
	const e = raw as Record<string, unknown>;
	const channels = Array.isArray(e.channels) ? e.channels : [e.channel];
	if (typeof e.name !== 'string' || e.name.length === 0 || e.name.length > 200) {
		return fail(400, 'Invalid event name');
	}
	if (channels.length === 0 || channels.length > 100 || !channels.every(isValidChannelName)) {
		return fail(400, 'Invalid channels');
	}
	const data = typeof e.data === 'string' ? e.data : JSON.stringify(e.data ?? null);
	if (Buffer.byteLength(data) > limits.maxEventDataBytes) return fail(413, 'Event data too large');
	if (e.socket_id !== undefined && !isValidSocketId(e.socket_id)) {
		return fail(400, 'Invalid socket_id');
	}
	return { name: e.name, data, channels, socketId: e.socket_id };
}

function parseJson(body: Buffer): unknown {
	try {
		return JSON.parse(body.toString('utf8'));
	} catch {
		return undefined;
	}
}

function triggerEvents(body: Buffer, ctx: HttpApiContext): Reply {
	const event = parseEvent(parseJson(body), ctx.limits);
	if ('status' in event) return event;
	for (const channel of event.channels) {
		ctx.channels.publish(channel, event.name, event.data, event.socketId);
	}
	return ok();
}

function triggerBatch(body: Buffer, ctx: HttpApiContext): Reply {
	const parsed = parseJson(body) as { batch?: unknown } | undefined;
	const batch = parsed?.batch;
	if (!Array.isArray(batch) || batch.length === 0) return fail(400, 'batch must be a list');
	if (batch.length > ctx.limits.maxBatchEvents) return fail(400, 'Too many events in batch');
	const events: EventInput[] = [];
	for (const raw of batch) {
		const event = parseEvent(raw, ctx.limits);
		if ('status' in event) return event;
		events.push(event);
	}
	for (const e of events) ctx.channels.publish(e.channels[0] ?? '', e.name, e.data, e.socketId);
	return ok({ batch: events.map(() => ({})) });
}

function listChannels(url: URL, ctx: HttpApiContext): Reply {
	const prefix = url.searchParams.get('filter_by_prefix') ?? '';
	const channels: Record<string, object> = {};
	for (const name of ctx.channels.names()) if (name.startsWith(prefix)) channels[name] = {};
	return ok({ channels });
}

function channelInfo(name: string, url: URL, ctx: HttpApiContext): Reply {
	if (!isValidChannelName(name)) return fail(400, 'Invalid channel name');
	const info = (url.searchParams.get('info') ?? '').split(',');
	const count = ctx.channels.subscriberCount(name);
	const body: Record<string, unknown> = { occupied: count > 0 };
	if (info.includes('subscription_count')) body.subscription_count = count;
	if (info.includes('user_count') && channelType(name) === 'presence') {
		body.user_count = ctx.channels.members(name).length;
	}
	return ok(body);
}

function channelUsers(name: string, ctx: HttpApiContext): Reply {
	if (!isValidChannelName(name) || channelType(name) !== 'presence') {
		return fail(400, 'Only presence channels have users');
	}
	return ok({ users: ctx.channels.members(name).map((m) => ({ id: m.userId })) });
}

/** Reads the body up to `max` bytes; null when it is larger (the rest is not buffered). */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | null> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		const onData = (chunk: Buffer) => {
			size += chunk.length;
			if (size <= max) {
				chunks.push(chunk);
				return;
			}
			// Answer at once and let the rest drain unbuffered.
			req.off('data', onData);
			req.resume();
			resolve(null);
		};
		req.on('data', onData);
		req.on('end', () => resolve(size > max ? null : Buffer.concat(chunks)));
		req.on('error', reject);
	});
}
