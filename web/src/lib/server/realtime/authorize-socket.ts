import type Pusher from 'pusher';
import { parseChannel } from '../../realtime/channels';
import {
	authorizeChannel,
	type ChannelAuthError,
	type ChannelFactSource,
	type ChannelUser
} from './authorize';

/** The JSON pusher-js expects back from its auth endpoint. */
export interface SocketAuth {
	auth: string;
	channel_data?: string;
}

export type AuthorizeSocketError = ChannelAuthError | 'realtime_off';

export interface AuthorizeSocketDeps {
	facts: ChannelFactSource;
	signer: Pick<Pusher, 'authorizeChannel'> | null;
}

/**
 * Signs a subscription when the rule allows it. Only channels the app knows reach the feature
 * resolvers, so a made-up name costs no database look-up.
 */
export async function authorizeSocket(
	input: { user: ChannelUser; socketId: string; channel: string },
	deps: AuthorizeSocketDeps
): Promise<{ ok: true; value: SocketAuth } | { ok: false; error: AuthorizeSocketError }> {
	if (!deps.signer) return { ok: false, error: 'realtime_off' };
	const ref = parseChannel(input.channel);
	const facts =
		ref && ref.kind !== 'user' ? await deps.facts.facts(input.user, ref) : { access: null };
	const result = authorizeChannel(input.user, input.channel, facts);
	if (!result.ok) return result;
	const { presence } = result.value;
	const signed = presence
		? deps.signer.authorizeChannel(input.socketId, input.channel, presence)
		: deps.signer.authorizeChannel(input.socketId, input.channel);
	return { ok: true, value: signed };
}
