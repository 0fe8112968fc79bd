import type { AccessUser } from '../access/guards';
import { managedCommunityIds } from './access';
import { reportedComments } from './discussion.service';
import { listMilestones, ratingSummary } from './implementation.service';
import { listProposals } from './proposals.repository';
import { readSettings } from './settings';
import type { Queryable } from './deps';
import { listVotes } from './votes.repository';

/** Everything the committee console shows, for the communities the person looks after. */
export async function committeeConsole(q: Queryable, user: AccessUser) {
	const communityIds = await managedCommunityIds(q, user);
	const communities = await q<{ id: number; name: string }[]>`
		select id, name from nodes where id = any(${communityIds}::int[]) order by id`;
	const inScope = async (states: Parameters<typeof listProposals>[1]['states']) =>
		(
			await Promise.all(
				communityIds.map((communityId) => listProposals(q, { communityId, states }))
			)
		).flat();
	const [review, discussion, delivery, reported, votes] = await Promise.all([
		inScope(['submitted']),
		inScope(['discussion']),
		inScope(['passed', 'implementation', 'evaluation']),
		reportedComments(q, communityIds),
		listVotes(q, communityIds)
	]);
	const delivering = await Promise.all(
		delivery.map(async (p) => ({
			...p,
			milestones: await listMilestones(q, p.id),
			ratings: await ratingSummary(q, p.id, true)
		}))
	);
	const settings = await Promise.all(
		communities.map(async (c) => ({ ...c, settings: await readSettings(q, c.id) }))
	);
	return { communities: settings, review, discussion, delivering, reported: [...reported], votes };
}
