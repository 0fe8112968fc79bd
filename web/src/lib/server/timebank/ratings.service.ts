import { desc, eq } from 'drizzle-orm';
import { aidPosts, aidRatings } from '../../../../../db/schema';
import type { TimebankDeps } from './deps';

/** How many recent ratings the committee page shows. */
const RECENT_RATINGS = 30;

/**
 * The latest ratings and thanks neighbours left each other after mutual aid in a community,
 * newest first. Residents do not see each other's ratings; the committee reads them to notice
 * problems early, alongside the people flagged for repeated low ratings.
 */
export async function recentRatings(deps: TimebankDeps, communityId: number) {
	return deps.db
		.select({
			postId: aidRatings.postId,
			title: aidPosts.title,
			raterId: aidRatings.raterId,
			rateeId: aidRatings.rateeId,
			stars: aidRatings.stars,
			thanks: aidRatings.thanks,
			createdAt: aidRatings.createdAt
		})
		.from(aidRatings)
		.innerJoin(aidPosts, eq(aidPosts.id, aidRatings.postId))
		.where(eq(aidPosts.communityId, communityId))
		.orderBy(desc(aidRatings.createdAt), desc(aidRatings.postId))
		.limit(RECENT_RATINGS);
}
