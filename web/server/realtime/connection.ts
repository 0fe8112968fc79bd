import type { WebSocket } from 'ws';
import type { ChannelRegistry, Subscriber } from './channels';
import type { RealtimeLimits } from './limits';
import {
	channelType,
	encode,
	ErrorCode,
	errorMessage,
	isValidChannelAuth,
	isValidChannelName,
	type ProtocolMessage
} from './protocol';

export interface ConnectionContext {
	key: string;
	secret: string;
	limits: RealtimeLimits;
	channels: ChannelRegistry;
	now(): number;
}

/**
 * One client socket: answers pings, handles (un)subscribe, refuses client events and keeps the
 * per-connection rate limit. Kept small on purpose, since thousands of these sit idle at once.
 */
export class Connection implements Subscriber {
	/** Channels held; for presence channels the value is the user id joined as, else ''. */
	readonly #held = new Map<string, string>();
	#tokens: number;
	#refilledAt: number;
	lastSeenAt: number;
	pingSentAt = 0;

	constructor(
		readonly socketId: string,
		readonly ws: WebSocket,
		readonly ctx: ConnectionContext
	) {
		this.#tokens = ctx.limits.messageBurst;
		this.#refilledAt = this.lastSeenAt = ctx.now();
	}

	send(frame: string | Buffer): void {
		if (this.ws.readyState === this.ws.OPEN) this.ws.send(frame, { binary: false });
	}

	close(code: number, reason: string): void {
		this.send(errorMessage(code, reason));
		this.ws.close(code, reason);
	}

	/** Handles one incoming frame. */
	receive(message: ProtocolMessage | null): void {
		this.lastSeenAt = this.ctx.now();
		this.pingSentAt = 0;
		if (!this.#takeToken()) {
			this.send(errorMessage(ErrorCode.clientEventRejected, 'Rate limit exceeded'));
			return;
		}
		if (!message) {
			this.send(errorMessage(null, 'Invalid message: expected a JSON object with an event'));
			return;
		}
		const data = typeof message.data === 'object' && message.data !== null ? message.data : {};
		const fields = data as Record<string, unknown>;
		switch (message.event) {
			case 'pusher:ping':
				this.send(encode({ event: 'pusher:pong', data: {} }));
				return;
			case 'pusher:pong':
				return;
			case 'pusher:subscribe':
				this.#subscribe(fields);
				return;
			case 'pusher:unsubscribe':
				if (typeof fields.channel === 'string') this.#leave(fields.channel);
				return;
		}
		if (message.event.startsWith('client-')) {
			this.send(errorMessage(ErrorCode.clientEventRejected, 'Client events are not enabled'));
		}
	}

	/** Leaves every channel; called once when the socket closes. */
	dispose(): void {
		for (const name of [...this.#held.keys()]) this.#leave(name);
	}

	#leave(name: string): void {
		const userId = this.#held.get(name);
		if (userId === undefined) return;
		this.#held.delete(name);
		this.ctx.channels.leave(name, this, userId === '' ? undefined : userId);
	}

	#subscribe(fields: Record<string, unknown>): void {
		const { channel } = fields;
		if (!isValidChannelName(channel)) {
			this.send(errorMessage(null, 'Invalid channel name'));
			return;
		}
		if (this.#held.has(channel)) {
			this.#succeeded(channel);
			return;
		}
		if (this.#held.size >= this.ctx.limits.maxChannelsPerConnection) {
			this.#refuse(channel, 400, 'Too many channels on this connection');
			return;
		}
		const type = channelType(channel);
		if (type === 'public') {
			this.ctx.channels.join(channel, this);
			this.#held.set(channel, '');
			this.#succeeded(channel);
			return;
		}
		const channelData = fields.channel_data;
		if (type === 'presence' && typeof channelData !== 'string') {
			this.#refuse(channel, 401, 'Presence channels need channel_data');
			return;
		}
		const signedData = type === 'presence' ? (channelData as string) : undefined;
		const { key, secret } = this.ctx;
		const auth = fields.auth;
		const socketId = this.socketId;
		if (!isValidChannelAuth({ key, secret, socketId, channel, auth, channelData: signedData })) {
			this.#refuse(channel, 401, 'Invalid signature');
			return;
		}
		if (type === 'private') {
			this.ctx.channels.join(channel, this);
			this.#held.set(channel, '');
			this.#succeeded(channel);
			return;
		}
		this.#joinPresence(channel, signedData ?? '');
	}

	#joinPresence(channel: string, channelData: string): void {
		const member = parseMember(channelData);
		if (!member) {
			this.#refuse(channel, 400, 'channel_data must hold a user_id');
			return;
		}
		const max = this.ctx.limits.maxPresenceMembers;
		if (!this.ctx.channels.joinPresence(channel, this, member, max)) {
			this.#refuse(channel, 400, 'Presence channel is full');
			return;
		}
		this.#held.set(channel, member.userId);
		this.#succeeded(channel);
	}

	#succeeded(channel: string): void {
		const presence = channelType(channel) === 'presence';
		const data = presence ? this.ctx.channels.presenceData(channel) : '{}';
		this.send(encode({ event: 'pusher_internal:subscription_succeeded', channel, data }));
	}

	/** Reports a refused subscription the way pusher-js surfaces it: on the channel. */
	#refuse(channel: string, status: 400 | 401, error: string): void {
		const data = { type: 'AuthError', error, status };
		this.send(encode({ event: 'pusher:subscription_error', channel, data }));
		if (status === 401) this.send(errorMessage(ErrorCode.unauthorized, `${channel}: ${error}`));
	}

	/** Token bucket: `messageBurst` at once, refilled at `messagesPerSecond`. */
	#takeToken(): boolean {
		const { messagesPerSecond, messageBurst } = this.ctx.limits;
		const now = this.ctx.now();
		const refill = ((now - this.#refilledAt) / 1000) * messagesPerSecond;
		this.#tokens = Math.min(messageBurst, this.#tokens + refill);
		this.#refilledAt = now;
		if (this.#tokens < 1) return false;
		this.#tokens -= 1;
		return true;
	}
}

function parseMember(channelData: string): { userId: string; userInfo: unknown } | null {
	try {
		const parsed = JSON.parse(channelData) as { user_id?: unknown; user_info?: unknown };
		const id = parsed.user_id;
		if ((typeof id !== 'string' || id === '') && typeof id !== 'number') return null;
		return { userId: String(id), userInfo: parsed.user_info ?? null };
	} catch {
		return null;
	}
}
