import { committeeCommunity } from '$lib/server/sorting/committee';
import { sorting } from '$lib/server/sorting/deps';
import { gridRange } from '$lib/server/sorting/grid-range';
import { gridStats } from '$lib/server/sorting/grid-stats.service';
import { gridsOfCommunity } from '$lib/server/sorting/households.service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { community } = await committeeCommunity(locals, url);
	const deps = sorting();
	const range = gridRange(url, deps.now());
	return {
		range,
		hasGrids: (await gridsOfCommunity(deps, community.id)).length > 0,
		stats: await gridStats(deps, community.id, range)
	};
};
