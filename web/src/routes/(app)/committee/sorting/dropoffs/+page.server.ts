import { localDay } from '$lib/domain/sorting';
import { committeeCommunity } from '$lib/server/sorting/committee';
import { sorting } from '$lib/server/sorting/deps';
import { dropoffsOfDay, isReviewFilter, REVIEW_LIMIT } from '$lib/server/sorting/review.service';
import type { PageServerLoad } from './$types';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The committee looks back at one day's drop-offs: verdicts, notes and photos. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const { community } = await committeeCommunity(locals, url);
	const deps = sorting();
	const dayRaw = url.searchParams.get('day') ?? '';
	const showRaw = url.searchParams.get('show');
	const day = DAY.test(dayRaw) ? dayRaw : localDay(deps.now());
	const show = isReviewFilter(showRaw) ? showRaw : 'all';
	const lines = await dropoffsOfDay(deps, community.id, day, show);
	return { day, show, lines, limit: REVIEW_LIMIT };
};
