import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Pusher Channels protocol version 7, as far as this server speaks it. Close codes follow the
 * protocol's ranges, which pusher-js maps to its reconnect behaviour: 4000–4099 never reconnect
 * unchanged, 4100–4199 reconnect after backing off, 4200–4299 reconnect at once, 4300–4399 are
 * errors sent without closing.
 */
export const ErrorCode = {
	appDoesNotExist: 4001,
	pathNotFound: 4005,
	unsupportedProtocol: 4007,
	noProtocolVersion: 4008,
	unauthorized: 4009,
	overCapacity: 4100,
	pongNotReceived: 4201,
	clientEventRejected: 4301
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const MIN_PROTOCOL = 5;
export const MAX_PROTOCOL = 7;

const CHANNEL_PATTERN = /^[A-Za-z0-9_\-=@,.;]{1,200}$/;
const SOCKET_ID_PATTERN = /^\d+\.\d+$/;

export type ChannelType = 'public' | 'private' | 'presence';

export function isValidChannelName(name: unknown): name is string {
	return typeof name === 'string' && CHANNEL_PATTERN.test(name);
}

export function isValidSocketId(id: unknown): id is string {
	return typeof id === 'string' && SOCKET_ID_PATTERN.test(id);
}

export function channelType(name: string): ChannelType {
	if (name.startsWith('presence-')) return 'presence';
	if (name.startsWith('private-')) return 'private';
	return 'public';
}

/** A message as it travels on the socket: `data` is a JSON string for events, as the spec says. */
export interface ProtocolMessage {
	event: string;
	channel?: string;
	data?: unknown;
}

export function encode(message: ProtocolMessage): string {
	return JSON.stringify(message);
}

export function errorMessage(code: number | null, message: string): string {
	return encode({ event: 'pusher:error', data: { code, message } });
}

/** Parses one incoming frame; anything that is not an object with a string `event` is null. */
export function decode(raw: string): ProtocolMessage | null {
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return null;
	}
	if (typeof parsed !== 'object' || parsed === null) return null;
	const { event, channel, data } = parsed as Record<string, unknown>;
	if (typeof event !== 'string') return null;
	return { event, channel: typeof channel === 'string' ? channel : undefined, data };
}

export function hmacHex(secret: string, value: string): string {
	return createHmac('sha256', secret).update(value).digest('hex');
}

export function md5Hex(body: Buffer | string): string {
	return createHash('md5').update(body).digest('hex');
}

/** Constant-time comparison of two strings (different lengths compare unequal, quickly). */
export function safeEqual(a: string, b: string): boolean {
	const left = Buffer.from(a);
	const right = Buffer.from(b);
	return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Checks a subscription's `auth` field: `key:hex(hmac(secret, socket_id:channel[:channel_data]))`,
 * the signature the `pusher` library's `authorizeChannel` produces.
 */
export function isValidChannelAuth(input: {
	key: string;
	secret: string;
	socketId: string;
	channel: string;
	auth: unknown;
	channelData?: string;
}): boolean {
	if (typeof input.auth !== 'string') return false;
	const signed = [input.socketId, input.channel];
	if (input.channelData !== undefined) signed.push(input.channelData);
	const expected = `${input.key}:${hmacHex(input.secret, signed.join(':'))}`;
	return safeEqual(input.auth, expected);
}
