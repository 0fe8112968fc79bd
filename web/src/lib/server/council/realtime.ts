import { channelResolvers, type ChannelResolver } from '../realtime';
import { database } from '../context';

/**
 * Who may follow a vote's live turnout on `private-vote-{id}`: the residents of its community
 * verified before it opened (the roll) and the committee staff over that community. The channel
 * only ever carries the turnout count, never a result.
 */
export const voteChannelAccess: ChannelResolver = async (user, ref) => {
	if (ref.kind !== 'vote') return { allowed: false };
	const [row] = await database().sql<{ allowed: boolean }[]>`
		select exists (
			select 1 from council_votes v join users u on u.id = ${user.id}
			where v.id = ${ref.voteId} and u.status = 'verified' and (
				(u.community_id = v.community_id and u.status_changed_at <= v.opens_at)
				or exists (select 1 from role_grants g join nodes gn on gn.id = g.node_id
					join nodes vn on vn.id = v.community_id
					where g.user_id = u.id and g.role = 'committee' and vn.path like gn.path || '%'))
		) as allowed`;
	return { allowed: row?.allowed ?? false };
};

let registered = false;

/** Registers the vote channel's check once; imported for its effect by hooks.server.ts. */
export function registerCouncilChannels(): void {
	if (registered) return;
	registered = true;
	channelResolvers.register('vote', voteChannelAccess);
}

registerCouncilChannels();
