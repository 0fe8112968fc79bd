import { councilDeps, listProposals, listVotes } from '$lib/server/council';
import { listFilterSchema } from '$lib/server/council/forms';
import type { PageServerLoad } from './$types';

/** Public: anyone may read the proposals (never drafts) and the votes, with search and filters. */
export const load: PageServerLoad = async ({ url, locals }) => {
	const { sql } = councilDeps();
	const filter = listFilterSchema.parse(Object.fromEntries(url.searchParams));
	const communityId = locals.user?.communityId ?? null;
	const [proposals, votes] = await Promise.all([
		listProposals(sql, {
			states: filter.state ? [filter.state] : [],
			search: filter.q,
			communityId
		}),
		listVotes(sql, communityId === null ? null : [communityId])
	]);
	return {
		filter: { state: filter.state ?? '', q: filter.q ?? '' },
		proposals: proposals.map((p) => ({
			id: p.id,
			title: p.title,
			state: p.state,
			communityName: p.communityName,
			supportCount: p.supportCount,
			estimatedCost: p.estimatedCost
		})),
		votes: votes.map((v) => ({
			id: v.id,
			title: v.title,
			state: v.state,
			closesAt: v.closesAt.toISOString()
		}))
	};
};
