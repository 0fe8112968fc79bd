import { describe, expect, it } from 'vitest';
import { DEMO_COMMUNITY } from '../../../seed/accounts';
import { seedIfEmpty } from '../../../seed/index';
import { seedRedemption } from '../../../seed/redemption';
import { createTestDatabase } from '../../helpers/db';

const db = await createTestDatabase();

async function counts() {
	const [row] = await db.sql<{ offers: number; links: number; approvals: number }[]>`
		select (select count(*) from offers where status = 'live')::int as offers,
			(select count(*) from offer_communities)::int as links,
			(select count(*) from partner_communities where status = 'approved')::int as approvals`;
	return row;
}

describe('redemption demo data', () => {
	it('should give the demo community live offers, once', async () => {
		await seedIfEmpty(db.url);
		const first = await counts();
		expect(first?.offers).toBe(4);
		const inDemo =
			await db.sql`select o.title from offers o join offer_communities c on c.offer_id = o.id
			join nodes n on n.id = c.community_id where n.name = ${DEMO_COMMUNITY}`;
		expect(inDemo.length).toBeGreaterThanOrEqual(4);
		await db.sql.begin((tx) => seedRedemption(tx));
		expect(await counts()).toEqual(first);
	});
});
