import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { communityStats, statsCsv } from '../../../web/src/lib/server/sorting/stats.service';
import { createTestDatabase } from '../../helpers/db';
import { clock, depsFor, person, places, point } from './fixtures';

const db = await createTestDatabase();
const deps = depsFor(db, clock().now);
let communityId: number;
const range = { from: '2026-05-04', to: '2026-05-17' };

/**
 * Two weeks at two points for two buildings: building 1 sorts badly in the first week and well
 * in the second (five bags each, the least that counts as a trend); building 2 about the same all
 * along; point B only opens in the second week.
 */
beforeAll(async () => {
	const place = await places(db);
	communityId = place.home.id;
	const inspector = await person(db, place.home, { roles: ['inspector'] });
	const a = await point(db, communityId, [inspector.id]);
	const b = await point(db, communityId, []);
	await db.sql`update sorting_points set name = 'A点' where id = ${a.id}`;
	await db.sql`update sorting_points set name = 'B点' where id = ${b.id}`;
	const homes = await db.sql<{ id: number; building: string }[]>`
		insert into sorting_households (community_id, building, unit, card_number)
		values (${communityId}, '1号楼', '101', 'ST-1'), (${communityId}, '2号楼', '201', 'ST-2')
		returning id, building`;
	const home = (building: string) => homes.find((h) => h.building === building)!.id;
	const rows: unknown[] = [];
	const add = (day: string, pointId: number, building: string, correct: boolean, n = 1) => {
		for (let i = 0; i < n; i++) {
			rows.push({
				id: randomUUID(),
				community_id: communityId,
				point_id: pointId,
				household_id: home(building),
				inspector_id: inspector.id,
				category: 'food',
				correct,
				recorded_at: `${day}T02:00:00Z`,
				day,
				points: correct ? 2 : 0,
				reason: correct ? 'awarded' : 'incorrect'
			});
		}
	};
	add('2026-05-05', a.id, '1号楼', false, 4);
	add('2026-05-05', a.id, '1号楼', true, 1);
	add('2026-05-06', a.id, '2号楼', true, 2);
	add('2026-05-12', a.id, '1号楼', true, 4);
	add('2026-05-13', b.id, '1号楼', true, 1);
	add('2026-05-13', b.id, '2号楼', true, 1);
	add('2026-05-14', b.id, '2号楼', false, 1);
	await db.sql`insert into sorting_dropoffs ${db.sql(rows as Record<string, unknown>[])}`;
});

describe('sorting statistics', () => {
	it('gives the community’s trend by week, totals by point and building, and who improved', async () => {
		const stats = await communityStats(deps, communityId, { ...range, period: 'week' });
		expect(stats.total).toEqual({ total: 14, correct: 9, percent: 64, points: 18 });
		expect(stats.series).toEqual([
			{ key: '2026-05-04', total: 7, correct: 3, percent: 43 },
			{ key: '2026-05-11', total: 7, correct: 6, percent: 86 }
		]);
		expect(stats.byPoint.map((p) => [p.key, p.total])).toEqual([
			['A点', 11],
			['B点', 3]
		]);
		expect(stats.byBuilding.map((p) => [p.key, p.percent])).toEqual([
			['1号楼', 60],
			['2号楼', 75]
		]);
		expect(stats.improving).toEqual([{ key: '1号楼', before: 20, after: 100, gain: 80 }]);
	});

	it('draws one point’s or one building’s trend, leaving the tables whole', async () => {
		const atB = await communityStats(
			deps,
			communityId,
			{ ...range, period: 'week' },
			{ kind: 'point', key: 'B点' }
		);
		expect(atB.series).toEqual([{ key: '2026-05-11', total: 3, correct: 2, percent: 67 }]);
		expect(atB.byPoint).toHaveLength(2);
		const second = await communityStats(
			deps,
			communityId,
			{ ...range, period: 'day' },
			{ kind: 'building', key: '2号楼' }
		);
		expect(second.series.map((s) => [s.key, s.total])).toEqual([
			['2026-05-06', 2],
			['2026-05-13', 1],
			['2026-05-14', 1]
		]);
	});

	it('exports the figures by week or month as CSV, one line per period, point and building', async () => {
		const weekly = (await statsCsv(deps, communityId, { ...range, period: 'week' })).split('\r\n');
		expect(weekly[0]).toBe(
			'week,collection_point,building,dropoffs,correct,accuracy_percent,points'
		);
		expect(weekly).toContain('2026-05-04,A点,1号楼,5,1,20,2');
		expect(weekly).toContain('2026-05-11,B点,2号楼,2,1,50,2');
		expect(weekly).toHaveLength(1 + 5 + 1);
		const monthly = (await statsCsv(deps, communityId, { ...range, period: 'month' })).split(
			'\r\n'
		);
		expect(monthly).toContain('2026-05-01,A点,1号楼,9,5,56,10');
	});
});
