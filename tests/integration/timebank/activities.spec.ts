import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { activitySignups, notifications } from '../../../db/schema';
import {
	createActivity,
	getActivity,
	setActivityStatus
} from '../../../web/src/lib/server/timebank/activities.service';
import { cancelSignup, signUp } from '../../../web/src/lib/server/timebank/signup.service';
import { sendReminders } from '../../../web/src/lib/server/timebank/jobs';
import { createTestDatabase } from '../../helpers/db';
import { organisationMembers } from '../../../db/schema';
import { HOUR, clock, depsFor, organisation, person, places, self, type Subject } from './fixtures';

const db = await createTestDatabase({ max: 30 });
const time = clock('2026-05-01T08:00:00Z');
const deps = depsFor(db, time.now);
let world: Awaited<ReturnType<typeof places>>;
let organiser: Subject;

const base = {
	title: '陪老人散步',
	description: '',
	category: 'elderly',
	skills: ['walking'],
	place: '社区广场',
	latitude: null,
	longitude: null,
	geofenceMetres: null,
	pointsPerHour: 10,
	signupDeadline: new Date('2026-05-02T00:00:00Z'),
	publish: true
};
const slot = (capacity: number) => ({
	startsAt: new Date('2026-05-03T01:00:00Z'),
	endsAt: new Date('2026-05-03T03:00:00Z'),
	capacity,
	minutesCredited: 120
});

async function newActivity(capacity: number, extra: Partial<typeof base> = {}) {
	const created = await createActivity(deps, organiser, {
		...base,
		...extra,
		communityId: world.home.id,
		slot: slot(capacity)
	});
	if (!created.ok) throw new Error(created.error);
	const found = await getActivity(deps, created.value.id);
	const slotId = found?.slots[0]?.slot.id;
	if (!slotId) throw new Error('no slot');
	return { activityId: created.value.id, slotId };
}

beforeAll(async () => {
	time.set('2026-05-01T08:00:00Z');
	world = await places(db);
	organiser = await person(db, world.home, { roles: ['organiser'] });
});

describe('publishing', () => {
	it('should record the approved organisation the organiser belongs to', async () => {
		const org = await organisation(db, world.street.id);
		if (!org) throw new Error('no organisation');
		const member = await person(db, world.home, { roles: ['organiser'] });
		await db.db.insert(organisationMembers).values({ orgId: org.id, userId: member.id });
		const created = await createActivity(deps, member, {
			...base,
			communityId: world.home.id,
			slot: slot(3)
		});
		expect(created.ok && created.value.orgId).toBe(org.id);
	});

	it('should refuse a resident without the organiser role', async () => {
		const resident = await person(db, world.home);
		const result = await createActivity(deps, resident, {
			...base,
			communityId: world.home.id,
			slot: slot(3)
		});
		expect(result).toEqual({ ok: false, error: 'forbidden' });
	});

	it('should refuse a deadline after the slot starts and a slot in the past', async () => {
		const late = await createActivity(deps, organiser, {
			...base,
			signupDeadline: new Date('2026-05-04T00:00:00Z'),
			communityId: world.home.id,
			slot: slot(3)
		});
		expect(late).toEqual({ ok: false, error: 'deadline_after_start' });
		const past = await createActivity(deps, organiser, {
			...base,
			communityId: world.home.id,
			slot: { ...slot(3), startsAt: new Date('2026-04-01T00:00:00Z') }
		});
		expect(past).toEqual({ ok: false, error: 'slot_in_past' });
	});
});

describe('sign-up', () => {
	it('should give exactly 5 places to 50 people racing for the last 5', async () => {
		const { slotId } = await newActivity(8);
		const early = await Promise.all(Array.from({ length: 3 }, () => person(db, world.home)));
		for (const p of early) expect((await signUp(deps, await self(deps, p), slotId)).ok).toBe(true);
		const racers = await Promise.all(Array.from({ length: 50 }, () => person(db, world.home)));
		const actings = await Promise.all(racers.map((p) => self(deps, p)));
		const results = await Promise.all(actings.map((a) => signUp(deps, a, slotId)));
		const placed = results.filter((r) => r.ok && r.value === 'signed_up');
		const waiting = results.filter((r) => r.ok && r.value === 'waiting');
		expect(placed).toHaveLength(5);
		expect(waiting).toHaveLength(45);
		const rows = await db.db
			.select()
			.from(activitySignups)
			.where(and(eq(activitySignups.slotId, slotId), eq(activitySignups.status, 'signed_up')));
		expect(rows).toHaveLength(8);
	});

	it('should refuse signing up twice, after the deadline, outside the community and unverified', async () => {
		const { slotId } = await newActivity(5);
		const resident = await person(db, world.home);
		expect(await signUp(deps, await self(deps, resident), slotId)).toEqual({
			ok: true,
			value: 'signed_up'
		});
		expect(await signUp(deps, await self(deps, resident), slotId)).toEqual({
			ok: false,
			error: 'already_signed_up'
		});
		const stranger = await person(db, world.other);
		expect(await signUp(deps, await self(deps, stranger), slotId)).toEqual({
			ok: false,
			error: 'outside_community'
		});
		const unverified = await person(db, world.home, { status: 'unverified' });
		expect(await signUp(deps, await self(deps, unverified), slotId)).toEqual({
			ok: false,
			error: 'not_verified'
		});
		time.set('2026-05-02T00:00:01Z');
		const late = await person(db, world.home);
		expect(await signUp(deps, await self(deps, late), slotId)).toEqual({
			ok: false,
			error: 'deadline_passed'
		});
		time.set('2026-05-01T08:00:00Z');
	});

	it('should fill a freed place from the waiting list in order and tell that person', async () => {
		const { slotId } = await newActivity(1);
		const [first, second, third] = await Promise.all([1, 2, 3].map(() => person(db, world.home)));
		if (!first || !second || !third) throw new Error('people');
		await signUp(deps, await self(deps, first), slotId);
		time.advance(1000);
		expect(await signUp(deps, await self(deps, second), slotId)).toEqual({
			ok: true,
			value: 'waiting'
		});
		time.advance(1000);
		expect(await signUp(deps, await self(deps, third), slotId)).toEqual({
			ok: true,
			value: 'waiting'
		});
		expect(await cancelSignup(deps, await self(deps, first), slotId)).toEqual({
			ok: true,
			value: true
		});
		const statuses = await db.db
			.select({ userId: activitySignups.userId, status: activitySignups.status })
			.from(activitySignups)
			.where(eq(activitySignups.slotId, slotId));
		const byUser = new Map(statuses.map((s) => [s.userId, s.status]));
		expect(byUser.get(first.id)).toBe('cancelled');
		expect(byUser.get(second.id)).toBe('signed_up');
		expect(byUser.get(third.id)).toBe('waiting');
		const told = await db.db
			.select()
			.from(notifications)
			.where(eq(notifications.userId, second.id));
		expect(told.map((n) => n.type)).toContain('activity_place_freed');
		expect(await cancelSignup(deps, await self(deps, first), slotId)).toEqual({
			ok: false,
			error: 'not_signed_up'
		});
	});

	it('should tell volunteers when an activity is cancelled, and refuse new sign-ups', async () => {
		const { activityId, slotId } = await newActivity(2);
		const volunteer = await person(db, world.home);
		await signUp(deps, await self(deps, volunteer), slotId);
		expect((await setActivityStatus(deps, organiser, activityId, 'cancelled')).ok).toBe(true);
		const told = await db.db
			.select()
			.from(notifications)
			.where(eq(notifications.userId, volunteer.id));
		expect(told.map((n) => n.type)).toContain('activity_cancelled');
		const late = await person(db, world.home);
		expect(await signUp(deps, await self(deps, late), slotId)).toEqual({
			ok: false,
			error: 'not_published'
		});
	});

	it('should remind once the day before and once the hour before', async () => {
		const { slotId } = await newActivity(2);
		const volunteer = await person(db, world.home);
		await signUp(deps, await self(deps, volunteer), slotId);
		const types = async () =>
			(await db.db.select().from(notifications).where(eq(notifications.userId, volunteer.id))).map(
				(n) => n.type
			);
		time.set('2026-05-02T02:00:00Z');
		await sendReminders(deps);
		await sendReminders(deps);
		expect(await types()).toEqual(['activity_reminder_day']);
		time.set(new Date(slot(2).startsAt.getTime() - HOUR / 2).toISOString());
		await sendReminders(deps);
		expect((await types()).sort()).toEqual(['activity_reminder_day', 'activity_reminder_hour']);
		time.set('2026-05-01T08:00:00Z');
	});
});
