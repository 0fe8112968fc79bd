import { describe, expect, it } from 'vitest';
import { aidPosts, aidRatings } from '../../../db/schema';
import { recentRatings } from '../../../web/src/lib/server/timebank/ratings.service';
import { createTestDatabase } from '../../helpers/db';
import { clock, depsFor, person, places } from './fixtures';

const db = await createTestDatabase();
const deps = depsFor(db, clock('2026-05-01T08:00:00Z').now);

async function exchange(communityId: number, authorId: number, partnerId: number, title: string) {
	const [post] = await db.db
		.insert(aidPosts)
		.values({
			communityId,
			kind: 'request',
			authorId,
			partnerId,
			title,
			category: '陪同就医',
			estimatedMinutes: 60,
			status: 'confirmed'
		})
		.returning();
	if (!post) throw new Error('no post');
	return post.id;
}

describe('mutual-aid ratings for the committee', () => {
	it('should list the community’s ratings and thanks newest first, and no other community’s', async () => {
		const world = await places(db);
		const [elder, helper, stranger] = await Promise.all([
			person(db, world.home),
			person(db, world.home),
			person(db, world.other)
		]);
		if (!elder || !helper || !stranger) throw new Error('people');
		const first = await exchange(world.home.id, elder.id, helper.id, '陪我去医院');
		const second = await exchange(world.home.id, elder.id, helper.id, '帮我买菜');
		const elsewhere = await exchange(world.other.id, stranger.id, helper.id, '别的社区');
		await db.db.insert(aidRatings).values([
			{
				postId: first,
				raterId: elder.id,
				rateeId: helper.id,
				stars: 5,
				thanks: '非常耐心',
				createdAt: new Date('2026-05-01T01:00:00Z')
			},
			{
				postId: first,
				raterId: helper.id,
				rateeId: elder.id,
				stars: 4,
				createdAt: new Date('2026-05-01T02:00:00Z')
			},
			{
				postId: second,
				raterId: elder.id,
				rateeId: helper.id,
				stars: 1,
				thanks: '没来',
				createdAt: new Date('2026-05-02T01:00:00Z')
			},
			{ postId: elsewhere, raterId: stranger.id, rateeId: helper.id, stars: 2 }
		]);
		const rows = await recentRatings(deps, world.home.id);
		expect(rows.map((r) => [r.title, r.raterId, r.stars, r.thanks])).toEqual([
			['帮我买菜', elder.id, 1, '没来'],
			['陪我去医院', helper.id, 4, ''],
			['陪我去医院', elder.id, 5, '非常耐心']
		]);
	});
});
