import { parseChannel, type ChannelRef } from '../../realtime/channels';

/** The signed-in user as channel authorisation sees them. */
export interface ChannelUser {
	id: number;
	displayName?: string;
}

/** A feature's answer for one user and one of its channels. */
export interface ChannelAccess {
	allowed: boolean;
	/** Shown to the other members of a presence channel (e.g. name, role); keep it small. */
	userInfo?: Record<string, string | number | boolean | null>;
}

/** What was looked up before the rule runs; `access` is null when no feature claims the channel. */
export interface ChannelFacts {
	access: ChannelAccess | null;
}

export interface ChannelGrant {
	channel: string;
	/** Set for presence channels: becomes the signed `channel_data`. */
	presence?: { user_id: string; user_info: Record<string, string | number | boolean | null> };
}

/**
 * - `unknown_channel`: not a private or presence channel the app uses.
 * - `not_your_channel`: another user's private channel.
 * - `not_allowed`: the feature that owns the channel said no, or no feature owns it yet.
 */
export type ChannelAuthError = 'unknown_channel' | 'not_your_channel' | 'not_allowed';

export type ChannelAuthResult =
	{ ok: true; value: ChannelGrant } | { ok: false; error: ChannelAuthError };

/**
 * Decides whether `user` may subscribe to `channel`. A user's own private channel is theirs
 * alone; every other channel is denied unless the facts (from the feature's resolver) allow it.
 */
export function authorizeChannel(
	user: ChannelUser,
	channel: string,
	facts: ChannelFacts
): ChannelAuthResult {
	const ref = parseChannel(channel);
	if (!ref) return { ok: false, error: 'unknown_channel' };
	if (ref.kind === 'user') {
		return ref.userId === user.id
			? { ok: true, value: { channel } }
			: { ok: false, error: 'not_your_channel' };
	}
	if (!facts.access?.allowed) return { ok: false, error: 'not_allowed' };
	if (!channel.startsWith('presence-')) return { ok: true, value: { channel } };
	const userInfo = facts.access.userInfo ?? { name: user.displayName ?? null };
	return {
		ok: true,
		value: { channel, presence: { user_id: String(user.id), user_info: userInfo } }
	};
}

/** Looks up a feature's answer for a channel it owns. */
export type ChannelResolver = (user: ChannelUser, ref: ChannelRef) => Promise<ChannelAccess>;

/** Where the facts come from: a resolver per channel kind, registered by the owning feature. */
export interface ChannelFactSource {
	facts(user: ChannelUser, ref: ChannelRef): Promise<ChannelFacts>;
}
