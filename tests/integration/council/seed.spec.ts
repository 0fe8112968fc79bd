import { describe, expect, it } from 'vitest';
import { seedCouncil } from '../../../seed/council';
import { seedIfEmpty } from '../../../seed/index';
import { createTestDatabase } from '../../helpers/db';

const db = await createTestDatabase({ max: 2 });

describe('council seed', () => {
	it('should load demo proposals once, in their stages, with their timeline', async () => {
		await seedIfEmpty(db.url);
		await db.sql.begin((tx) => seedCouncil(tx));
		const rows = await db.sql<{ title: string; state: string; events: number; supports: number }[]>`
			select p.title, p.state,
				(select count(*)::int from council_proposal_events e where e.proposal_id = p.id) as events,
				(select count(*)::int from council_supports s where s.proposal_id = p.id) as supports
			from council_proposals p order by p.id`;
		expect(rows).toEqual([
			{ title: '3号楼楼梯加装扶手', state: 'discussion', events: 2, supports: 2 },
			{ title: '小区门口增设休息长椅', state: 'submitted', events: 1, supports: 0 }
		]);
		const [settings] = await db.sql<
			{ n: number }[]
		>`select count(*)::int as n from council_settings`;
		expect(settings!.n).toBe(1);
	});
});
