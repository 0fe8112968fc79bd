import { beforeAll, describe, expect, it } from 'vitest';
import { personalCode } from '../../../web/src/lib/domain/timebank/qr-token';
import { recordDropoff, recordDropoffs } from '../../../web/src/lib/server/sorting/record.service';
import { saveSettings, DEFAULT_SETTINGS } from '../../../web/src/lib/server/sorting/settings';
import { createTestDatabase } from '../../helpers/db';
import {
	clock,
	depsFor,
	dropoff,
	fundPool,
	household,
	person,
	places,
	point,
	pointsOf,
	SECRET,
	type Person
} from './fixtures';

const db = await createTestDatabase({ max: 12 });
const time = clock();
const deps = depsFor(db, time.now);

let place: Awaited<ReturnType<typeof places>>;
let inspector: Person;
let gate: { id: number };

beforeAll(async () => {
	place = await places(db);
	inspector = await person(db, place.home, { roles: ['inspector'] });
	gate = await point(db, place.home.id, [inspector.id]);
	await saveSettings(
		db.sql,
		place.home.id,
		{ ...DEFAULT_SETTINGS, dailyCapPoints: 10 },
		inspector.id
	);
	await fundPool(deps, place.home.id, 100_000);
});

describe('recording a drop-off', () => {
	it('should credit a correct drop-off once, however often it is sent', async () => {
		const resident = await person(db, place.home);
		await household(db, place.home.id, [resident.id]);
		const input = dropoff(deps, gate.id, resident.id, { category: 'hazardous' });
		const first = await recordDropoff(deps, inspector, input);
		expect(first).toMatchObject({ ok: true, value: { status: 'recorded', points: 3, paid: true } });
		const again = await Promise.all([
			recordDropoff(deps, inspector, input),
			recordDropoff(deps, inspector, input)
		]);
		for (const r of again) {
			expect(r).toMatchObject({ ok: true, value: { status: 'replayed', points: 3 } });
		}
		expect(await pointsOf(deps, resident.id)).toBe(3);
	});

	it('should answer the same id twice in one batch once', async () => {
		const resident = await person(db, place.home);
		await household(db, place.home.id, [resident.id]);
		const input = dropoff(deps, gate.id, resident.id);
		const results = await recordDropoffs(deps, inspector, [input, input, input]);
		expect(results.map((r) => r.ok && r.value.status)).toEqual([
			'recorded',
			'replayed',
			'replayed'
		]);
		expect(await pointsOf(deps, resident.id)).toBe(2);
	});

	it('should record an incorrect drop-off without points and say why', async () => {
		const resident = await person(db, place.home);
		await household(db, place.home.id, [resident.id]);
		const r = await recordDropoff(
			deps,
			inspector,
			dropoff(deps, gate.id, resident.id, { correct: false })
		);
		expect(r).toMatchObject({ ok: true, value: { points: 0, reason: 'incorrect' } });
		expect(await pointsOf(deps, resident.id)).toBe(0);
	});

	it('should accept a household card and credit its holder', async () => {
		const holder = await person(db, place.home);
		const home = await household(db, place.home.id, [holder.id]);
		const r = await recordDropoff(
			deps,
			inspector,
			dropoff(deps, gate.id, 0, { presented: home.cardNumber.toLowerCase() })
		);
		expect(r).toMatchObject({ ok: true, value: { householdId: home.id, points: 2 } });
		expect(await pointsOf(deps, holder.id)).toBe(2);
	});

	it('should accept a drop-off queued offline an hour ago with the code shown then', async () => {
		const resident = await person(db, place.home);
		await household(db, place.home.id, [resident.id]);
		const then = new Date(time.now().getTime() - 3_600_000);
		const input = dropoff(deps, gate.id, resident.id, {
			presented: personalCode(SECRET, resident.id, then),
			recordedAt: then
		});
		expect(await recordDropoff(deps, inspector, input)).toMatchObject({ ok: true });
	});
});

describe('the daily cap', () => {
	it('should credit exactly the cap when two inspectors at two points record for one household at once', async () => {
		const other = await person(db, place.home, { roles: ['inspector'] });
		const second = await point(db, place.home.id, [other.id]);
		const [a, b] = [await person(db, place.home), await person(db, place.home)];
		const home = await household(db, place.home.id, [a.id, b.id]);
		// Two recorders on separate pools act like two app processes.
		const deps2 = depsFor(db, time.now);
		const inputs = Array.from({ length: 12 }, (_, i) => i);
		// Twelve bags at each point, each recorded 2½ minutes before the next (one bag is one
		// drop-off: the same bag twice within 2 minutes would be refused), sent at once.
		const bag = (d: typeof deps, pointId: number, residentId: number, i: number) => {
			const recordedAt = new Date(time.now().getTime() - i * 150_000);
			const presented = personalCode(SECRET, residentId, recordedAt);
			return dropoff(d, pointId, residentId, { category: 'hazardous', recordedAt, presented });
		};
		const results = await Promise.all([
			...inputs.map((i) =>
				recordDropoff(deps, inspector, bag(deps, gate.id, i % 2 ? a.id : b.id, i))
			),
			...inputs.map((i) =>
				recordDropoff(deps2, other, bag(deps2, second.id, i % 2 ? b.id : a.id, i))
			)
		]);
		const awarded = results.reduce((sum, r) => sum + (r.ok ? r.value.points : 0), 0);
		expect(results.every((r) => r.ok)).toBe(true);
		expect(awarded).toBe(10);
		expect((await pointsOf(deps, a.id)) + (await pointsOf(deps, b.id))).toBe(10);
		const reasons = results.map((r) => (r.ok ? r.value.reason : r.error));
		expect(reasons.filter((r) => r === 'capped')).toHaveLength(20);
		expect(reasons.filter((r) => r === 'partly_capped')).toHaveLength(1);
		const [tally] = await db.sql<{ points: number; dropoffs: number }[]>`
			select points, dropoffs from sorting_daily_tallies where household_id = ${home.id}`;
		expect(tally).toEqual({ points: 10, dropoffs: 24 });
	});

	it('should start a fresh cap the next day (China time)', async () => {
		const resident = await person(db, place.home);
		await household(db, place.home.id, [resident.id]);
		const late = clock('2026-05-04T15:58:00Z');
		const d = depsFor(db, late.now);
		for (let i = 0; i < 6; i++) {
			const recordedAt = new Date(late.now().getTime() - i * 150_000);
			const presented = personalCode(SECRET, resident.id, recordedAt);
			await recordDropoff(
				d,
				inspector,
				dropoff(d, gate.id, resident.id, { recordedAt, presented })
			);
		}
		expect(await pointsOf(d, resident.id)).toBe(10);
		late.advance(3 * 60_000);
		const r = await recordDropoff(d, inspector, dropoff(d, gate.id, resident.id));
		expect(r).toMatchObject({ ok: true, value: { points: 2, reason: 'awarded' } });
	});
});
