import type { ChannelKind, ChannelRef } from '../../realtime/channels';
import type { ChannelFactSource, ChannelResolver, ChannelUser } from './authorize';
import { activityChannelAccess } from '../timebank/channel';
import { partnerCounterAccess } from '../redemption/counter-channel';

/** A set of resolvers, one per channel kind; kinds without one are denied. */
export class ChannelResolvers implements ChannelFactSource {
	readonly #byKind = new Map<ChannelKind, ChannelResolver>();

	register(kind: Exclude<ChannelKind, 'user'>, resolver: ChannelResolver): this {
		if (this.#byKind.has(kind)) throw new Error(`A resolver for ${kind} channels exists already`);
		this.#byKind.set(kind, resolver);
		return this;
	}

	async facts(user: ChannelUser, ref: ChannelRef) {
		const resolver = this.#byKind.get(ref.kind);
		return { access: resolver ? await resolver(user, ref) : null };
	}
}

/**
 * The app's resolvers. Each feature that owns a channel kind registers its check here with one
 * line, e.g. `.register('activity', activityChannelAccess)` (organisers and signed-up volunteers),
 * `.register('partner-counter', …)` (the partner's staff), `.register('vote', …)` (eligible voters
 * of the proposal's community). Until then those channels are denied.
 */
export const channelResolvers = new ChannelResolvers()
	.register('activity', activityChannelAccess)
	.register('partner-counter', partnerCounterAccess);
