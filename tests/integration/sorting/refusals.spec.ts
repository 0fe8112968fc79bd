import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../../db/client';
import { personalCode } from '../../../web/src/lib/domain/timebank/qr-token';
import { recordDropoff, recordDropoffs } from '../../../web/src/lib/server/sorting/record.service';
import { DEFAULT_SETTINGS, saveSettings } from '../../../web/src/lib/server/sorting/settings';
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

const db = await createTestDatabase({ max: 8 });
const time = clock();
const deps = depsFor(db, time.now);

let place: Awaited<ReturnType<typeof places>>;
let inspector: Person;
let resident: Person;
let gate: { id: number };

/** `n` residents, each the one member of a new household of the home community. */
async function households(n: number): Promise<Person[]> {
	const people: Person[] = [];
	for (let i = 0; i < n; i++) {
		const p = await person(db, place.home);
		await household(db, place.home.id, [p.id]);
		people.push(p);
	}
	return people;
}

beforeAll(async () => {
	place = await places(db);
	inspector = await person(db, place.home, { roles: ['inspector'] });
	resident = await person(db, place.home);
	await household(db, place.home.id, [resident.id]);
	gate = await point(db, place.home.id, [inspector.id], { categories: ['food', 'residual'] });
	await fundPool(deps, place.home.id, 1000);
	await saveSettings(
		db.sql,
		place.home.id,
		{ ...DEFAULT_SETTINGS, burstPerMinute: 4, mistakeThreshold: 2 },
		inspector.id
	);
});

describe('bad input and fraud', () => {
	it.each([
		['a code that is neither a personal code nor a card', { presented: '??' }, 'unknown_code'],
		['an unknown card', { presented: 'NOPE-9999' }, 'unknown_card'],
		['a forged personal code', { presented: '1-000000' }, 'code_invalid'],
		[
			'a category the point has no bin for',
			{ category: 'hazardous' as const },
			'category_not_accepted'
		],
		[
			'a time far in the future',
			{ recordedAt: new Date(Date.parse('2026-05-04T02:00:00Z')) },
			'recorded_in_future'
		],
		['a malformed id', { id: 'not-a-uuid' }, 'invalid_request'],
		['an unknown point', { pointId: 999_999 }, 'point_not_found']
	])('should refuse %s', async (_, overrides, error) => {
		const r = await recordDropoff(deps, inspector, dropoff(deps, gate.id, resident.id, overrides));
		expect(r).toEqual({ ok: false, error });
	});

	it('should refuse an expired code (shown ten minutes before the tap)', async () => {
		const old = personalCode(SECRET, resident.id, new Date(time.now().getTime() - 600_000));
		const r = await recordDropoff(
			deps,
			inspector,
			dropoff(deps, gate.id, resident.id, { presented: old })
		);
		expect(r).toEqual({ ok: false, error: 'code_expired' });
	});

	it('should refuse a resident of another community', async () => {
		const stranger = await person(db, place.other);
		await household(db, place.other.id, [stranger.id]);
		const r = await recordDropoff(
			deps,
			inspector,
			dropoff(deps, gate.id, stranger.id, { category: 'food' })
		);
		expect(r).toEqual({ ok: false, error: 'outside_community' });
	});

	it('should refuse residents without a household or not yet verified', async () => {
		const loner = await person(db, place.home);
		expect(
			await recordDropoff(deps, inspector, dropoff(deps, gate.id, loner.id, { category: 'food' }))
		).toEqual({ ok: false, error: 'no_household' });
		const fresh = await person(db, place.home, { status: 'unverified' });
		await household(db, place.home.id, [fresh.id]);
		expect(
			await recordDropoff(deps, inspector, dropoff(deps, gate.id, fresh.id, { category: 'food' }))
		).toEqual({ ok: false, error: 'resident_not_verified' });
	});

	it('should refuse an inspector who does not work at the point', async () => {
		const elsewhere = await person(db, place.home, { roles: ['inspector'] });
		const r = await recordDropoff(
			deps,
			elsewhere,
			dropoff(deps, gate.id, resident.id, { category: 'food' })
		);
		expect(r).toEqual({ ok: false, error: 'not_assigned' });
		const notInspector = await person(db, place.home);
		await db.sql`insert into sorting_inspectors (point_id, user_id) values (${gate.id}, ${notInspector.id})`;
		const r2 = await recordDropoff(
			deps,
			notInspector,
			dropoff(deps, gate.id, resident.id, { category: 'food' })
		);
		expect(r2).toEqual({ ok: false, error: 'not_assigned' });
	});

	it('should refuse recording outside the opening hours', async () => {
		const morning = await point(db, place.home.id, [inspector.id], {
			opens: '06:30',
			closes: '08:30'
		});
		// The clock says 09:00 in China.
		const r = await recordDropoff(deps, inspector, dropoff(deps, morning.id, resident.id));
		expect(r).toEqual({ ok: false, error: 'point_closed' });
	});

	it('should refuse the id of another inspector’s drop-off', async () => {
		const input = dropoff(deps, gate.id, resident.id, { category: 'food' });
		expect(await recordDropoff(deps, inspector, input)).toMatchObject({ ok: true });
		const other = await person(db, place.home, { roles: ['inspector'] });
		await db.sql`insert into sorting_inspectors (point_id, user_id) values (${gate.id}, ${other.id})`;
		expect(await recordDropoff(deps, other, input)).toEqual({ ok: false, error: 'duplicate_id' });
	});

	it('should refuse a burst faster than a person can sort and flag it once', async () => {
		const quick = await person(db, place.home, { roles: ['inspector'] });
		const quickPoint = await point(db, place.home.id, [quick.id]);
		const neighbours = await households(7);
		const results = [];
		for (const [i, n] of neighbours.entries()) {
			results.push(
				await recordDropoff(
					deps,
					quick,
					dropoff(deps, quickPoint.id, n.id, { correct: i % 2 === 0 })
				)
			);
		}
		expect(results.map((r) => (r.ok ? 'ok' : r.error))).toEqual([
			'ok',
			'ok',
			'ok',
			'ok',
			'too_fast',
			'too_fast',
			'too_fast'
		]);
		const flags = await db.sql<{ refused: number }[]>`
			select refused from sorting_flags where inspector_id = ${quick.id} and kind = 'burst'`;
		expect(flags).toEqual([{ refused: 3 }]);
	});
});

describe('one bag, one drop-off', () => {
	it('should refuse the same bag entered again under a new id at that bin within two minutes', async () => {
		const [neighbour] = await households(1);
		const other = await person(db, place.home, { roles: ['inspector'] });
		await db.sql`insert into sorting_inspectors (point_id, user_id) values (${gate.id}, ${other.id})`;
		const bag = () => dropoff(deps, gate.id, neighbour!.id, { category: 'food' });
		const first = await recordDropoff(deps, inspector, bag());
		expect(first).toMatchObject({ ok: true, value: { status: 'recorded', points: 2 } });
		// A double tap, and the same code shown to a second phone at the same bin.
		expect(await recordDropoff(deps, inspector, bag())).toEqual({
			ok: false,
			error: 'duplicate_dropoff'
		});
		expect(await recordDropoff(deps, other, bag())).toEqual({
			ok: false,
			error: 'duplicate_dropoff'
		});
		// Another kind of bag is another drop-off; so is the same kind a few minutes later.
		expect(
			await recordDropoff(
				deps,
				inspector,
				dropoff(deps, gate.id, neighbour!.id, { category: 'residual' })
			)
		).toMatchObject({ ok: true, value: { status: 'recorded' } });
		time.advance(150_000);
		expect(await recordDropoff(deps, inspector, bag())).toMatchObject({
			ok: true,
			value: { status: 'recorded' }
		});
		const [tally] = await db.sql<{ dropoffs: number }[]>`
			select sum(dropoffs)::int as dropoffs from sorting_daily_tallies t
			join sorting_household_members m on m.household_id = t.household_id
			where m.user_id = ${neighbour!.id}`;
		expect(tally?.dropoffs).toBe(3);
	});

	it('should keep the first of two entries of one bag sent together, and give points once', async () => {
		const [neighbour] = await households(1);
		const bag = () => dropoff(deps, gate.id, neighbour!.id, { category: 'food' });
		const results = await Promise.all([
			recordDropoff(deps, inspector, bag()),
			recordDropoff(deps, inspector, bag()),
			recordDropoff(deps, inspector, bag())
		]);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect(results.filter((r) => !r.ok && r.error === 'duplicate_dropoff')).toHaveLength(2);
		expect(await pointsOf(deps, neighbour!.id)).toBe(2);
	});
});

describe('drop-offs sent late', () => {
	it('should accept a queue recorded an hour ago and flag it to the committee once per sync', async () => {
		const [neighbour] = await households(1);
		const late = await person(db, place.home, { roles: ['inspector'] });
		const latePoint = await point(db, place.home.id, [late.id]);
		const hourAgo = new Date(time.now().getTime() - 3600_000);
		const queued = (['food', 'recyclable', 'residual'] as const).map((category, i) => {
			const recordedAt = new Date(hourAgo.getTime() + i * 150_000);
			return dropoff(deps, latePoint.id, neighbour!.id, {
				category,
				recordedAt,
				presented: personalCode(SECRET, neighbour!.id, recordedAt)
			});
		});
		const results = await recordDropoffs(deps, late, queued);
		expect(results.every((r) => r.ok)).toBe(true);
		// Sent at once: what was just recorded is not late.
		await recordDropoff(
			deps,
			late,
			dropoff(deps, latePoint.id, neighbour!.id, { category: 'hazardous' })
		);
		const flags = await db.sql<{ kind: string; refused: number }[]>`
			select kind, refused from sorting_flags where inspector_id = ${late.id}`;
		expect(flags).toEqual([{ kind: 'late', refused: 3 }]);
	});
});

describe('two app instances', () => {
	// A second app instance: its own pool and its own recorder on the same database.
	const second = createDb(db.url, { max: 4 });
	afterAll(() => second.close());
	const otherDeps = depsFor({ ...db, ...second }, time.now);

	it('should count drop-offs recorded through two processes together', async () => {
		const quick = await person(db, place.home, { roles: ['inspector'] });
		const quickPoint = await point(db, place.home.id, [quick.id]);
		const neighbours = await households(10);
		const results = await Promise.all(
			neighbours.map((n, i) => {
				const via = i % 2 === 0 ? deps : otherDeps;
				return recordDropoff(via, quick, dropoff(via, quickPoint.id, n.id));
			})
		);
		const outcomes = results.map((r) => (r.ok ? 'ok' : r.error));
		expect(outcomes.filter((o) => o === 'ok')).toHaveLength(4);
		expect(outcomes.filter((o) => o === 'too_fast')).toHaveLength(6);
		const [stored] = await db.sql<{ n: number }[]>`
			select count(*)::int as n from sorting_dropoffs where inspector_id = ${quick.id}`;
		expect(stored?.n).toBe(4);
	});

	it('should record a drop-off sent to both at once once, and pay it once', async () => {
		const busy = await person(db, place.home, { roles: ['inspector'] });
		const busyPoint = await point(db, place.home.id, [busy.id]);
		// Three each, under the burst limit of this file's community.
		const neighbours = await households(3);
		// The same drop-off reaches both instances together, as a resend through a load balancer
		// can: one records it, the other finds the id taken and answers it as a replay.
		const sent = neighbours.map((n) => dropoff(deps, busyPoint.id, n.id));
		const answers = await Promise.all(
			sent.flatMap((d) => [recordDropoff(deps, busy, d), recordDropoff(otherDeps, busy, d)])
		);
		for (let i = 0; i < sent.length; i++) {
			const pair = [answers[2 * i], answers[2 * i + 1]].map((r) => (r?.ok ? r.value.status : r));
			expect(pair.sort()).toEqual(['recorded', 'replayed']);
		}
		for (const n of neighbours) expect(await pointsOf(deps, n.id)).toBe(2);
		const [rows] = await db.sql<{ dropoffs: number; tallied: number }[]>`
			select (select count(*) from sorting_dropoffs where inspector_id = ${busy.id})::int as dropoffs,
				(select coalesce(sum(t.dropoffs), 0) from sorting_daily_tallies t
					where t.household_id in (select household_id from sorting_dropoffs
						where inspector_id = ${busy.id}))::int as tallied`;
		expect(rows).toEqual({ dropoffs: sent.length, tallied: sent.length });
	});
});

describe('guidance and payment', () => {
	it('should send friendly guidance after repeated mistakes, once a week', async () => {
		const a = await person(db, place.home);
		const b = await person(db, place.home);
		await household(db, place.home.id, [a.id, b.id]);
		const wrong = () => dropoff(deps, gate.id, a.id, { correct: false, category: 'food' });
		await recordDropoff(deps, inspector, wrong());
		const count = async () =>
			(
				await db.sql<{ n: number }[]>`select count(*)::int as n from notifications
				where user_id in (${a.id}, ${b.id}) and type = 'sorting.guidance.food'`
			)[0]?.n;
		expect(await count()).toBe(0);
		// Another bag a few minutes later (within two minutes it would be the same bag again).
		time.advance(180_000);
		await recordDropoff(deps, inspector, wrong());
		expect(await count()).toBe(2);
		time.advance(180_000);
		await recordDropoff(deps, inspector, wrong());
		expect(await count()).toBe(2);
	});

	it('should count a batch’s mistakes with the stored ones and send one note about the worst kind', async () => {
		const a = await person(db, place.home);
		const b = await person(db, place.home);
		await household(db, place.home.id, [a.id, b.id]);
		const wrong = (category: 'food' | 'residual') =>
			dropoff(deps, gate.id, a.id, { correct: false, category });
		await recordDropoff(deps, inspector, wrong('residual'));
		time.advance(180_000);
		// Two mistakes in one batch, of two kinds: three in all, two of them residual.
		const results = await recordDropoffs(deps, inspector, [wrong('food'), wrong('residual')]);
		expect(results.map((r) => r.ok && r.value.status)).toEqual(['recorded', 'recorded']);
		const notes = await db.sql<{ user_id: number; type: string }[]>`
			select user_id, type from notifications
			where user_id in (${a.id}, ${b.id}) and type like 'sorting.guidance%' order by user_id`;
		expect(notes).toEqual([
			{ user_id: a.id, type: 'sorting.guidance.residual' },
			{ user_id: b.id, type: 'sorting.guidance.residual' }
		]);
	});

	it('should keep points owed when the pool is empty and pay them by the sweep once funded', async () => {
		const poor = await person(db, place.other, { roles: ['inspector'] });
		const poorPoint = await point(db, place.other.id, [poor.id]);
		const someone = await person(db, place.other);
		await household(db, place.other.id, [someone.id]);
		const r = await recordDropoff(deps, poor, dropoff(deps, poorPoint.id, someone.id));
		expect(r).toMatchObject({ ok: true, value: { points: 2, paid: false } });
		expect(await pointsOf(deps, someone.id)).toBe(0);
		await fundPool(deps, place.other.id, 50);
		const swept = await deps.recorder.payer.sweep(new Date(time.now().getTime() + 60_000));
		expect(swept).toEqual({ paid: 1, left: 0 });
		expect(await pointsOf(deps, someone.id)).toBe(2);
		expect(await deps.recorder.payer.sweep(new Date(time.now().getTime() + 60_000))).toEqual({
			paid: 0,
			left: 0
		});
	});
});
