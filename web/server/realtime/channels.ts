import { encode } from './protocol';

/** What the channel registry needs from a connection: an id and a way to send it text. */
export interface Subscriber {
	readonly socketId: string;
	send(frame: string | Buffer): void;
}

export interface PresenceMember {
	userId: string;
	userInfo: unknown;
}

interface Member {
	info: unknown;
	/** A user may be present from several tabs; they leave when the last one does. */
	connections: number;
}

interface Channel {
	subscribers: Set<Subscriber>;
	members?: Map<string, Member>;
}

/**
 * Who listens to which channel, and who is present on presence channels. The only state the
 * server keeps; it lives and dies with the connections.
 */
export class ChannelRegistry {
	readonly #channels = new Map<string, Channel>();

	get size(): number {
		return this.#channels.size;
	}

	has(name: string, subscriber: Subscriber): boolean {
		return this.#channels.get(name)?.subscribers.has(subscriber) ?? false;
	}

	subscriberCount(name: string): number {
		return this.#channels.get(name)?.subscribers.size ?? 0;
	}

	names(): IterableIterator<string> {
		return this.#channels.keys();
	}

	members(name: string): PresenceMember[] {
		const members = this.#channels.get(name)?.members;
		if (!members) return [];
		return [...members].map(([userId, m]) => ({ userId, userInfo: m.info }));
	}

	/** Adds a subscriber to a public or private channel. */
	join(name: string, subscriber: Subscriber): void {
		this.#channel(name).subscribers.add(subscriber);
	}

	/**
	 * Adds a subscriber as `member`. Returns false when the channel is full; announces the member
	 * to the others when this is the user's first connection on the channel.
	 */
	joinPresence(name: string, subscriber: Subscriber, member: PresenceMember, max: number): boolean {
		const channel = this.#channel(name);
		const members = (channel.members ??= new Map());
		const existing = members.get(member.userId);
		if (!existing && members.size >= max) {
			if (channel.subscribers.size === 0) this.#channels.delete(name);
			return false;
		}
		channel.subscribers.add(subscriber);
		if (existing) {
			existing.connections += 1;
			return true;
		}
		members.set(member.userId, { info: member.userInfo, connections: 1 });
		const data = JSON.stringify({ user_id: member.userId, user_info: member.userInfo });
		this.#send(channel, encode({ event: 'pusher_internal:member_added', channel: name, data }), [
			subscriber
		]);
		return true;
	}

	/** The payload of `pusher_internal:subscription_succeeded` on a presence channel. */
	presenceData(name: string): string {
		const members = this.#channels.get(name)?.members ?? new Map<string, Member>();
		const hash: Record<string, unknown> = {};
		for (const [id, m] of members) hash[id] = m.info;
		return JSON.stringify({ presence: { ids: [...members.keys()], hash, count: members.size } });
	}

	/** Removes a subscriber; `presenceUserId` is set when it joined a presence channel as that user. */
	leave(name: string, subscriber: Subscriber, presenceUserId?: string): void {
		const channel = this.#channels.get(name);
		if (!channel || !channel.subscribers.delete(subscriber)) return;
		const member = presenceUserId === undefined ? undefined : channel.members?.get(presenceUserId);
		if (member && presenceUserId !== undefined && --member.connections === 0) {
			channel.members?.delete(presenceUserId);
			const data = JSON.stringify({ user_id: presenceUserId });
			this.#send(channel, encode({ event: 'pusher_internal:member_removed', channel: name, data }));
		}
		if (channel.subscribers.size === 0) this.#channels.delete(name);
	}

	/** Delivers an event to every subscriber of the channel except `exceptSocketId`. */
	publish(name: string, event: string, data: string, exceptSocketId?: string): number {
		const channel = this.#channels.get(name);
		if (!channel) return 0;
		// Encoded once for all subscribers rather than once per socket by `ws`.
		const frame = Buffer.from(encode({ event, channel: name, data }));
		let sent = 0;
		for (const s of channel.subscribers) {
			if (s.socketId === exceptSocketId) continue;
			s.send(frame);
			sent += 1;
		}
		return sent;
	}

	#channel(name: string): Channel {
		let channel = this.#channels.get(name);
		if (!channel) {
			channel = { subscribers: new Set() };
			this.#channels.set(name, channel);
		}
		return channel;
	}

	#send(channel: Channel, frame: string, except: Subscriber[] = []): void {
		for (const s of channel.subscribers) if (!except.includes(s)) s.send(frame);
	}
}
