import { randomInt } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { ChannelRegistry } from './channels';
import { Connection, type ConnectionContext } from './connection';
import { handleHttpApi } from './http-api';
import { DEFAULT_LIMITS, type RealtimeLimits } from './limits';
import { decode, encode, ErrorCode, errorMessage, MAX_PROTOCOL, MIN_PROTOCOL } from './protocol';

export interface RealtimeServerOptions {
	appId: string;
	key: string;
	secret: string;
	/** Defaults to 127.0.0.1; the server is meant to sit next to the app. */
	host?: string;
	/** 0 picks a free port. */
	port: number;
	limits?: Partial<RealtimeLimits>;
}

export interface RealtimeServer {
	readonly host: string;
	readonly port: number;
	stats(): { connections: number; channels: number };
	close(): Promise<void>;
}

/**
 * A Pusher-compatible server (protocol 7 over WebSocket, plus the HTTP Events API) for a single
 * app instance. Its only state is the open connections, so several app instances each running
 * one would not see each other's subscribers: deployments with more than one instance point the
 * PUSHER_* settings at hosted Pusher or soketi instead.
 */
export async function startRealtimeServer(options: RealtimeServerOptions): Promise<RealtimeServer> {
	const limits: RealtimeLimits = { ...DEFAULT_LIMITS, ...options.limits };
	const channels = new ChannelRegistry();
	const connections = new Map<string, Connection>();
	const now = () => Date.now();
	const { appId, key, secret } = options;
	const ctx: ConnectionContext = { key, secret, limits, channels, now };

	const http = createServer((req, res) => {
		handleHttpApi(req, res, { appId, key, secret, limits, channels, now }).catch(() => {
			if (!res.headersSent) res.writeHead(400);
			res.end();
		});
	});
	// Compression costs tens of KiB per socket; our frames are small JSON.
	const wss = new WebSocketServer({
		noServer: true,
		maxPayload: limits.maxMessageBytes,
		perMessageDeflate: false,
		clientTracking: false
	});

	http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
		wss.handleUpgrade(req, socket, head, (ws) => accept(ws, req));
	});

	function accept(ws: WebSocket, req: IncomingMessage): void {
		const refusal = refuse(req, key, connections.size, limits);
		if (refusal) {
			ws.send(errorMessage(refusal.code, refusal.message));
			ws.close(refusal.code, refusal.message);
			return;
		}
		const socketId = newSocketId(connections);
		const connection = new Connection(socketId, ws, ctx);
		connections.set(socketId, connection);
		ws.on('message', (raw: RawData, isBinary: boolean) => {
			connection.receive(isBinary ? null : decode(rawText(raw)));
		});
		// ws closes the socket itself on protocol errors (1009 for oversized frames); the listener
		// only keeps the error from becoming an uncaught exception.
		ws.on('error', () => {});
		ws.on('close', () => {
			connections.delete(socketId);
			connection.dispose();
		});
		const data = JSON.stringify({
			socket_id: socketId,
			activity_timeout: limits.activityTimeoutSeconds
		});
		ws.send(encode({ event: 'pusher:connection_established', data }));
	}

	const sweep = setInterval(() => sweepIdle(connections, limits, now()), limits.sweepIntervalMs);
	sweep.unref();

	const host = options.host ?? '127.0.0.1';
	await new Promise<void>((resolve, reject) => {
		http.once('error', reject);
		http.listen(options.port, host, () => resolve());
	});

	return {
		host,
		port: (http.address() as AddressInfo).port,
		stats: () => ({ connections: connections.size, channels: channels.size }),
		close: async () => {
			clearInterval(sweep);
			for (const c of connections.values()) c.ws.terminate();
			await new Promise<void>((resolve) => http.close(() => resolve()));
			http.closeAllConnections();
		}
	};
}

/** Why a new socket may not stay, following the protocol's close codes. */
function refuse(
	req: IncomingMessage,
	key: string,
	open: number,
	limits: RealtimeLimits
): { code: number; message: string } | null {
	const url = new URL(req.url ?? '/', 'http://localhost');
	const match = /^\/app\/([^/]+)$/.exec(url.pathname);
	if (!match) return { code: ErrorCode.pathNotFound, message: 'Path not found' };
	if (match[1] !== key) return { code: ErrorCode.appDoesNotExist, message: 'App does not exist' };
	const protocol = url.searchParams.get('protocol');
	if (protocol === null) return { code: ErrorCode.noProtocolVersion, message: 'No protocol' };
	const version = Number(protocol);
	if (!Number.isInteger(version) || version < MIN_PROTOCOL || version > MAX_PROTOCOL) {
		return { code: ErrorCode.unsupportedProtocol, message: 'Unsupported protocol version' };
	}
	if (open >= limits.maxConnections) {
		return { code: ErrorCode.overCapacity, message: 'Over capacity' };
	}
	return null;
}

/**
 * One timer for all sockets rather than one each: pings connections silent for longer than the
 * activity timeout, and closes those that did not answer the previous ping in time.
 */
function sweepIdle(connections: Map<string, Connection>, limits: RealtimeLimits, now: number) {
	const silentMs = limits.activityTimeoutSeconds * 1000;
	const pongMs = limits.pongTimeoutSeconds * 1000;
	for (const c of connections.values()) {
		if (c.pingSentAt > 0) {
			if (now - c.pingSentAt >= pongMs) c.close(ErrorCode.pongNotReceived, 'Pong not received');
		} else if (now - c.lastSeenAt >= silentMs) {
			c.pingSentAt = now;
			c.send(encode({ event: 'pusher:ping', data: {} }));
		}
	}
}

function newSocketId(taken: Map<string, Connection>): string {
	for (;;) {
		const id = `${randomInt(1, 2 ** 31)}.${randomInt(1, 2 ** 31)}`;
		if (!taken.has(id)) return id;
	}
}

function rawText(raw: RawData): string {
	if (Array.isArray(raw)) return Buffer.concat(raw).toString('utf8');
	if (raw instanceof ArrayBuffer) return Buffer.from(raw).toString('utf8');
	return raw.toString('utf8');
}
