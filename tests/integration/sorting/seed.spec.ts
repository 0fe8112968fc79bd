import { describe, expect, it } from 'vitest';
import { DEMO_INSPECTOR, DEMO_RESIDENT } from '../../../seed/accounts';
import { seedIfEmpty } from '../../../seed/index';
import { createTestDatabase } from '../../helpers/db';

const db = await createTestDatabase();

describe('sorting demo data', () => {
	it('should seed points, the inspector, households and a funded pool, once', async () => {
		await seedIfEmpty(db.url);
		await seedIfEmpty(db.url);
		const [row] = await db.sql<
			{ points: number; posts: number; member: number; guide: number; pool: string }[]
		>`
			select
				(select count(*)::int from sorting_points) as points,
				(select count(*)::int from sorting_inspectors i join users u on u.id = i.user_id
					where u.phone = ${DEMO_INSPECTOR.phone}) as posts,
				(select count(*)::int from sorting_household_members m join users u on u.id = m.user_id
					where u.phone = ${DEMO_RESIDENT.phone}) as member,
				(select count(*)::int from sorting_guide_items) as guide,
				(select (credits_posted - debits_posted)::text from ledger_accounts
					where owner_type = 'community' and kind = 'community_pool' and asset = 'POINT'
					order by created_at limit 1) as pool`;
		expect(row).toMatchObject({ points: 2, posts: 2, member: 1, guide: 18 });
		expect(Number(row?.pool)).toBeGreaterThanOrEqual(100_000);
		const [funding] = await db.sql<{ n: number }[]>`
			select count(*)::int as n from ledger_transfers where idempotency_key like 'seed:sorting-pool:%'`;
		expect(funding?.n).toBe(1);
	});
});
