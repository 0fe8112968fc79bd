import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodes, sortingDropoffs, sortingHouseholds } from '../../../db/schema';
import {
	ALL_GRIDS,
	gridStats,
	gridStatsCsv,
	NO_GRID
} from '../../../web/src/lib/server/sorting/grid-stats.service';
import { createTestDatabase } from '../../helpers/db';
import { clock, depsFor, person, places, point } from './fixtures';

const db = await createTestDatabase();
const deps = depsFor(db, clock().now);

let place: Awaited<ReturnType<typeof places>>;
const grid: Record<'one' | 'two' | 'three', number> = { one: 0, two: 0, three: 0 };
const home: Record<string, number> = {};
let pointId = 0;
let inspectorId = 0;

async function addGrid(name: string) {
	const [row] = await db.db
		.insert(nodes)
		.values({ parentId: place.home.id, level: 'grid', name })
		.returning();
	return row!.id;
}

async function addHousehold(communityId: number, gridId: number | null, createdAt: string) {
	const [row] = await db.db
		.insert(sortingHouseholds)
		.values({
			communityId,
			gridId,
			building: '1号楼',
			unit: randomUUID().slice(0, 6),
			cardNumber: `GR-${randomUUID().slice(0, 8)}`,
			createdAt: new Date(createdAt)
		})
		.returning();
	return row!.id;
}

/** A drop-off written straight into the table: these tests are about counting, not recording. */
async function drop(householdId: number, day: string, correct: boolean, communityId?: number) {
	await db.db.insert(sortingDropoffs).values({
		id: randomUUID(),
		communityId: communityId ?? place.home.id,
		pointId,
		householdId,
		inspectorId,
		category: 'recyclable',
		correct,
		recordedAt: new Date(`${day}T02:00:00Z`),
		day,
		points: correct ? 2 : 0,
		reason: correct ? 'awarded' : 'incorrect'
	});
}

beforeAll(async () => {
	place = await places(db);
	const inspector = await person(db, place.home, { roles: ['inspector'] });
	inspectorId = inspector.id;
	pointId = (await point(db, place.home.id, [inspector.id])).id;
	grid.one = await addGrid('第一网格');
	grid.two = await addGrid('第二网格');
	grid.three = await addGrid('第三网格');
	const before = '2026-04-01T00:00:00Z';
	home.a = await addHousehold(place.home.id, grid.one, before);
	home.b = await addHousehold(place.home.id, grid.one, before);
	home.c = await addHousehold(place.home.id, grid.two, before);
	home.d = await addHousehold(place.home.id, null, before);
	// Joins grid two in the second week (12 May, 10:00 China time).
	home.e = await addHousehold(place.home.id, grid.two, '2026-05-12T02:00:00Z');
	const elsewhere = await addHousehold(place.other.id, null, before);
	// Week of 4 May: a twice (one wrong), c once.
	await drop(home.a, '2026-05-04', true);
	await drop(home.a, '2026-05-06', false);
	await drop(home.c, '2026-05-10', true);
	// Week of 11 May: a right, b wrong, d (no grid) right.
	await drop(home.a, '2026-05-11', true);
	await drop(home.b, '2026-05-13', false);
	await drop(home.d, '2026-05-17', true);
	// Outside the range, and another community's: never counted.
	await drop(home.b, '2026-05-18', true);
	await drop(elsewhere, '2026-05-12', true, place.other.id);
});

const RANGE = { from: '2026-05-04', to: '2026-05-17', period: 'week' as const };
const figures = (r: {
	grid: number;
	dropoffs: number;
	correct: number;
	points: number;
	active: number;
	households: number;
	accuracy: number | null;
	participation: number | null;
}) => [
	r.grid,
	r.dropoffs,
	r.correct,
	r.points,
	r.active,
	r.households,
	r.accuracy,
	r.participation
];

describe('grid statistics', () => {
	it('should total each grid, the households without one and the community over the range', async () => {
		const { totals } = await gridStats(deps, place.home.id, RANGE);
		expect(totals.map(figures)).toEqual([
			[grid.one, 4, 2, 4, 2, 2, 50, 100],
			[grid.two, 1, 1, 2, 1, 2, 100, 50],
			[grid.three, 0, 0, 0, 0, 0, null, null],
			[NO_GRID, 1, 1, 2, 1, 1, 100, 100],
			[ALL_GRIDS, 6, 4, 8, 4, 5, 67, 80]
		]);
		expect(totals[0]?.name).toBe('第一网格');
	});

	it('should give every grid a line in every week, counting households there by its end', async () => {
		const { periods } = await gridStats(deps, place.home.id, RANGE);
		expect(periods.map((p) => p.bucket)).toEqual(['2026-05-04', '2026-05-11']);
		const [first, second] = periods;
		expect(first?.lines.map(figures)).toEqual([
			[grid.one, 2, 1, 2, 1, 2, 50, 50],
			[grid.two, 1, 1, 2, 1, 1, 100, 100],
			[grid.three, 0, 0, 0, 0, 0, null, null],
			[NO_GRID, 0, 0, 0, 0, 1, null, 0],
			[ALL_GRIDS, 3, 2, 4, 2, 4, 67, 50]
		]);
		expect(second?.lines.map(figures)).toEqual([
			[grid.one, 2, 1, 2, 2, 2, 50, 100],
			[grid.two, 0, 0, 0, 0, 2, null, 0],
			[grid.three, 0, 0, 0, 0, 0, null, null],
			[NO_GRID, 1, 1, 2, 1, 1, 100, 100],
			[ALL_GRIDS, 3, 2, 4, 3, 5, 67, 60]
		]);
	});

	it('should bucket by month from the first of the month, cut at the range', async () => {
		const { periods } = await gridStats(deps, place.home.id, { ...RANGE, period: 'month' });
		expect(periods.map((p) => p.bucket)).toEqual(['2026-05-01']);
		const all = periods[0]?.lines.find((r) => r.grid === ALL_GRIDS);
		expect(all && figures(all)).toEqual([ALL_GRIDS, 6, 4, 8, 4, 5, 67, 80]);
	});

	it('should bucket by day when asked, one line set per day of the range', async () => {
		const { periods } = await gridStats(deps, place.home.id, { ...RANGE, period: 'day' });
		expect(periods).toHaveLength(14);
		const day = periods.find((p) => p.bucket === '2026-05-13');
		const one = day?.lines.find((r) => r.grid === grid.one);
		expect(one && figures(one)).toEqual([grid.one, 1, 0, 0, 1, 2, 0, 50]);
	});

	it('should write the same figures as CSV, the whole range first', async () => {
		const csv = await gridStatsCsv(deps, { id: place.home.id, name: '甲社区' }, RANGE);
		const lines = csv.trimEnd().split('\r\n');
		expect(lines[0]).toBe(
			'period,level,grid,dropoffs,correct,accuracy_percent,points,households_participating,households,participation_percent'
		);
		expect(lines).toContain('all,grid,第一网格,4,2,50,4,2,2,100');
		expect(lines).toContain('all,community,甲社区,6,4,67,8,4,5,80');
		expect(lines).toContain('all,grid,第三网格,0,0,,0,0,0,');
		expect(lines).toContain('2026-05-11,no_grid,,1,1,100,2,1,1,100');
		expect(lines).toHaveLength(1 + 5 * 3);
	});

	it('should leave out the no-grid line where nobody is without a grid', async () => {
		const { totals } = await gridStats(deps, place.other.id, RANGE);
		expect(totals.map(figures)).toEqual([
			[NO_GRID, 1, 1, 2, 1, 1, 100, 100],
			[ALL_GRIDS, 1, 1, 2, 1, 1, 100, 100]
		]);
		const empty = await gridStats(deps, place.street.id, RANGE);
		expect(empty.totals.map((r) => r.grid)).toEqual([ALL_GRIDS]);
	});
});
