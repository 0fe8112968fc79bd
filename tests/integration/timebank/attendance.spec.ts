import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { attendance, ledgerTransfers } from '../../../db/schema';
import { codeFor, personalCode, slotSubject, windowAt } from '../../../web/src/lib/domain/timebank';
import {
	createActivity,
	getActivity
} from '../../../web/src/lib/server/timebank/activities.service';
import {
	checkInPersonalCode,
	checkInWithCode,
	markByHand
} from '../../../web/src/lib/server/timebank/attendance.service';
import { confirmSlot, editMinutes } from '../../../web/src/lib/server/timebank/confirm.service';
import {
	pointIssuanceAccount,
	pointPoolAccount,
	residentHourAccount,
	residentPointAccount
} from '../../../web/src/lib/server/timebank/accounts';
import { closeForgottenCheckouts } from '../../../web/src/lib/server/timebank/attendance.service';
import { signUp } from '../../../web/src/lib/server/timebank/signup.service';
import { createTestDatabase } from '../../helpers/db';
import { SECRET, clock, depsFor, person, places, self, type Subject } from './fixtures';

const db = await createTestDatabase();
const time = clock('2026-05-01T08:00:00Z');
const deps = depsFor(db, time.now);
let world: Awaited<ReturnType<typeof places>>;
let organiser: Subject;
const START = '2026-05-03T01:00:00Z';
const END = '2026-05-03T03:00:00Z';

async function slotWith(volunteers: number, geo = false) {
	time.set('2026-05-01T08:00:00Z');
	const created = await createActivity(deps, organiser, {
		title: '清洁楼道',
		description: '',
		category: 'cleaning',
		skills: [],
		place: '3 号楼',
		latitude: geo ? 23.1291 : null,
		longitude: geo ? 113.2644 : null,
		geofenceMetres: geo ? 100 : null,
		pointsPerHour: 10,
		signupDeadline: new Date('2026-05-02T00:00:00Z'),
		publish: true,
		communityId: world.home.id,
		slot: { startsAt: new Date(START), endsAt: new Date(END), capacity: 10, minutesCredited: 120 }
	});
	if (!created.ok) throw new Error(created.error);
	const slotId = (await getActivity(deps, created.value.id))?.slots[0]?.slot.id ?? 0;
	const people: Subject[] = [];
	for (let i = 0; i < volunteers; i++) {
		const p = await person(db, world.home);
		await signUp(deps, await self(deps, p), slotId);
		people.push(p);
	}
	return { slotId, people };
}

const shown = (slotId: number) => codeFor(SECRET, slotSubject(slotId), windowAt(time.now()));

beforeAll(async () => {
	world = await places(db);
	organiser = await person(db, world.home, { roles: ['organiser'] });
	// Fund the community's points pool from its budget, as the committee would.
	const from = await pointIssuanceAccount(deps, world.home.id);
	const to = await pointPoolAccount(deps, world.home.id);
	const funded = await deps.posting.transfer({
		idempotencyKey: 'test/fund-pool',
		kind: 'pool.fund',
		reference: 'test',
		actorId: organiser.id,
		debitAccountId: from,
		creditAccountId: to,
		asset: 'POINT',
		amount: 10_000
	});
	expect(funded.ok).toBe(true);
});

describe('checking in with the rotating code', () => {
	it('should check in, refuse a replay, then check out and credit hours and points once', async () => {
		const { slotId, people } = await slotWith(1);
		const [v] = people;
		if (!v) throw new Error('no volunteer');
		const acting = await self(deps, v);
		time.set('2026-05-03T00:55:00Z');
		const code = shown(slotId);
		expect(await checkInWithCode(deps, acting, slotId, code, null)).toEqual({
			ok: true,
			value: 'check_in'
		});
		expect(await checkInWithCode(deps, acting, slotId, code, null)).toEqual({
			ok: false,
			error: 'code_used'
		});
		time.set('2026-05-03T00:56:00Z');
		expect(await checkInWithCode(deps, acting, slotId, code, null)).toEqual({
			ok: false,
			error: 'code_expired'
		});
		expect(await checkInWithCode(deps, acting, slotId, '123456', null)).toEqual({
			ok: false,
			error: 'code_invalid'
		});
		time.set('2026-05-03T02:31:00Z');
		expect(await checkInWithCode(deps, acting, slotId, shown(slotId), null)).toEqual({
			ok: true,
			value: 'check_out'
		});

		expect(await confirmSlot(deps, organiser, slotId)).toEqual({
			ok: false,
			error: 'slot_not_over'
		});
		time.set('2026-05-03T03:30:00Z');
		const [first, second] = await Promise.all([
			confirmSlot(deps, organiser, slotId),
			confirmSlot(deps, organiser, slotId)
		]);
		const outcomes = [first, second].map((r) => (r.ok ? r.value.confirmed : r.error)).sort();
		expect(outcomes).toEqual([1, 'already_confirmed']);

		const hours = await residentHourAccount(deps, v.id, world.home.id);
		const points = await residentPointAccount(deps, v.id);
		const balances = await deps.posting.balances([hours, points]);
		// From 01:00 (slot start; arrived early) to 02:31.
		expect(balances.get(hours)?.posted).toBe(91);
		expect(balances.get(points)?.posted).toBe(15);
		const transfers = await db.db
			.select()
			.from(ledgerTransfers)
			.where(eq(ledgerTransfers.reference, `activity-slot:${slotId}/volunteer:${v.id}`));
		expect(transfers.map((t) => t.idempotencyKey).sort()).toEqual([
			`activity-slot:${slotId}/volunteer:${v.id}/hours`,
			`activity-slot:${slotId}/volunteer:${v.id}/points`
		]);
	});

	it('should refuse a check-in from too far away, and a phone that sends no position', async () => {
		const { slotId, people } = await slotWith(1, true);
		const acting = await self(deps, people[0] as Subject);
		time.set('2026-05-03T01:05:00Z');
		const far = { latitude: 23.14, longitude: 113.2644 };
		expect(await checkInWithCode(deps, acting, slotId, shown(slotId), far)).toEqual({
			ok: false,
			error: 'too_far'
		});
		expect(await checkInWithCode(deps, acting, slotId, shown(slotId), null)).toEqual({
			ok: false,
			error: 'location_required'
		});
		const near = { latitude: 23.1295, longitude: 113.2644 };
		expect(await checkInWithCode(deps, acting, slotId, shown(slotId), near)).toEqual({
			ok: true,
			value: 'check_in'
		});
	});

	it('should refuse someone who is not on the list', async () => {
		const { slotId } = await slotWith(0);
		const stranger = await person(db, world.home);
		time.set('2026-05-03T01:05:00Z');
		expect(
			await checkInWithCode(deps, await self(deps, stranger), slotId, shown(slotId), null)
		).toEqual({
			ok: false,
			error: 'not_signed_up'
		});
	});
});

describe('organiser scans, marks by hand and edits', () => {
	it('should check in by the personal code, refuse check-out before check-in, close forgotten check-outs', async () => {
		const { slotId, people } = await slotWith(2);
		const [a, b] = people as [Subject, Subject];
		time.set('2026-05-03T01:10:00Z');
		const scanned = await checkInPersonalCode(
			deps,
			organiser,
			slotId,
			personalCode(SECRET, a.id, time.now())
		);
		expect(scanned).toEqual({ ok: true, value: { step: 'check_in', userId: a.id } });
		expect(
			await markByHand(deps, organiser, {
				slotId,
				userId: b.id,
				step: 'check_out',
				reason: '没带手机'
			})
		).toEqual({
			ok: false,
			error: 'not_checked_in'
		});
		expect(
			await markByHand(deps, organiser, { slotId, userId: b.id, step: 'check_in', reason: '' })
		).toEqual({
			ok: false,
			error: 'reason_required'
		});
		expect(
			(
				await markByHand(deps, organiser, {
					slotId,
					userId: b.id,
					step: 'check_in',
					reason: '没带手机'
				})
			).ok
		).toBe(true);
		const stranger = await person(db, world.home);
		expect(
			await checkInPersonalCode(deps, stranger, slotId, personalCode(SECRET, a.id, time.now()))
		).toEqual({
			ok: false,
			error: 'forbidden'
		});
		time.set('2026-05-03T03:05:00Z');
		expect(await closeForgottenCheckouts(deps)).toBeGreaterThanOrEqual(2);
		const rows = await db.db.select().from(attendance).where(eq(attendance.slotId, slotId));
		expect(
			rows.every((r) => r.autoClosed && r.checkOutAt?.toISOString() === new Date(END).toISOString())
		).toBe(true);
		expect(
			await editMinutes(deps, organiser, { slotId, userId: b.id, minutes: 60, reason: '' })
		).toEqual({
			ok: false,
			error: 'reason_required'
		});
		expect(
			await editMinutes(deps, organiser, { slotId, userId: b.id, minutes: 60, reason: '提前离开' })
		).toEqual({
			ok: true,
			value: true
		});
		const confirmed = await confirmSlot(deps, organiser, slotId);
		expect(confirmed).toEqual({ ok: true, value: { confirmed: 2, failed: [] } });
		const bHours = await residentHourAccount(deps, b.id, world.home.id);
		expect((await deps.posting.balances([bHours])).get(bHours)?.posted).toBe(60);
		expect(await confirmSlot(deps, organiser, slotId)).toEqual({
			ok: false,
			error: 'already_confirmed'
		});
	});

	it('should close a check-in made after the slot ended at the check-in, not fail the sweep', async () => {
		const { slotId, people } = await slotWith(1);
		const late = new Date('2026-05-03T03:20:00Z');
		await db.db.insert(attendance).values({
			slotId,
			userId: people[0]?.id ?? 0,
			checkInAt: late,
			method: 'manual',
			reason: '晚到'
		});
		time.set('2026-05-03T04:00:00Z');
		expect(await closeForgottenCheckouts(deps)).toBeGreaterThanOrEqual(1);
		const [row] = await db.db.select().from(attendance).where(eq(attendance.slotId, slotId));
		expect(row).toMatchObject({ autoClosed: true, checkOutAt: late });
	});
});
