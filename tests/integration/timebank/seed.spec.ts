import { describe, expect, it } from 'vitest';
import { DEMO_COMMUNITY, DEMO_ORGANISER, DEMO_RESIDENT } from '../../../seed/accounts';
import { seedTimebank } from '../../../seed/timebank';
import { users } from '../../../db/schema';
import { createTestDatabase } from '../../helpers/db';
import { clock, depsFor } from './fixtures';
import { pointPoolAccount } from '../../../web/src/lib/server/timebank/accounts';
import { listActivities } from '../../../web/src/lib/server/timebank/browse.service';
import { communityPoint } from '../../../web/src/lib/server/timebank/place.service';
import { byDistance } from '../../../web/src/lib/domain/timebank';

const db = await createTestDatabase();

describe('time-bank demo seed', () => {
	it('should add activities, a request and a funded pool once, however often it runs', async () => {
		const [city] = await db.sql<
			{ id: number }[]
		>`insert into nodes (level, name) values ('city', '广州市') returning id`;
		const [district] = await db.sql<
			{ id: number }[]
		>`insert into nodes (parent_id, level, name) values (${city?.id ?? 0}, 'district', '越秀区') returning id`;
		const [street] = await db.sql<
			{ id: number }[]
		>`insert into nodes (parent_id, level, name) values (${district?.id ?? 0}, 'street', '北京街道') returning id`;
		const [community] = await db.sql<{ id: number; path: string }[]>`
			insert into nodes (parent_id, level, name) values (${street?.id ?? 0}, 'community', ${DEMO_COMMUNITY}) returning id, path`;
		if (!community) throw new Error('no community');
		for (const p of [DEMO_ORGANISER, DEMO_RESIDENT]) {
			await db.db.insert(users).values({
				displayName: p.name,
				passwordHash: 'x',
				phone: p.phone,
				communityId: community.id,
				status: 'verified'
			});
		}
		const now = new Date('2026-05-01T00:00:00Z');
		await seedTimebank(db.sql, now);
		await seedTimebank(db.sql, now);
		const deps = depsFor(db, clock('2026-05-01T00:00:00Z').now);
		const listed = await listActivities(deps, { communityPath: community.path, from: now });
		expect(listed).toHaveLength(3);
		expect(listed.every((a) => a.latitude !== null && a.skills.length === 1)).toBe(true);
		const point = await communityPoint(db.db, community.id);
		const near = byDistance(listed, point, 1_000).map((a) => a.title);
		expect(near).toEqual(['陪独居老人聊天散步', '楼道卫生大扫除']);
		const posts = await db.sql`select * from aid_posts where community_id = ${community.id}`;
		expect(posts).toHaveLength(1);
		const pool = await pointPoolAccount(deps, community.id);
		expect((await deps.posting.balances([pool])).get(pool)?.posted).toBe(50_000);
	});
});
