import { beforeAll, describe, expect, it } from 'vitest';
import {
	codeFor,
	personalCode,
	slotSubject,
	userSubject,
	windowAt
} from '../../../web/src/lib/domain/timebank';
import {
	createActivity,
	getActivity
} from '../../../web/src/lib/server/timebank/activities.service';
import {
	checkInPersonalCode,
	checkInWithCode
} from '../../../web/src/lib/server/timebank/attendance.service';
import { codeGuessParams, codeGuessWait } from '../../../web/src/lib/server/timebank/guess-limit';
import { signUp } from '../../../web/src/lib/server/timebank/signup.service';
import { createTestDatabase } from '../../helpers/db';
import { SECRET, clock, depsFor, MIN, person, places, self, type Subject } from './fixtures';

const db = await createTestDatabase();
const time = clock('2026-05-01T08:00:00Z');
const deps = depsFor(db, time.now);
let world: Awaited<ReturnType<typeof places>>;
let organiser: Subject;

async function slotWith(volunteers: number) {
	time.set('2026-05-01T08:00:00Z');
	const created = await createActivity(deps, organiser, {
		title: '陪老人聊天',
		description: '',
		category: 'care',
		skills: [],
		place: '活动室',
		latitude: null,
		longitude: null,
		geofenceMetres: null,
		pointsPerHour: 0,
		signupDeadline: new Date('2026-05-02T00:00:00Z'),
		publish: true,
		communityId: world.home.id,
		slot: {
			startsAt: new Date('2026-05-03T01:00:00Z'),
			endsAt: new Date('2026-05-03T03:00:00Z'),
			capacity: 10,
			minutesCredited: 120
		}
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
/** A six-digit code that is not the slot's (or `subject`'s) now, nor in the last windows. */
function wrong(slotId: number, i: number, subject = slotSubject(slotId)) {
	const recent = new Set(
		Array.from({ length: 241 }, (_, b) => codeFor(SECRET, subject, windowAt(time.now()) - b))
	);
	let n = 100_000 + i * 7919;
	while (recent.has(String(n))) n++;
	return String(n);
}

beforeAll(async () => {
	world = await places(db);
	organiser = await person(db, world.home, { roles: ['organiser'] });
});

describe('wrong check-in codes', () => {
	it('should refuse even the right code after ten wrong ones, for that person only, until the window turns', async () => {
		const { slotId, people } = await slotWith(2);
		const [v, other] = people;
		if (!v || !other) throw new Error('no volunteers');
		const acting = await self(deps, v);
		// Windows of ten minutes start on the tens: 00:50–01:00 here.
		time.set('2026-05-03T00:52:00Z');
		for (let i = 0; i < 10; i++) {
			expect(await checkInWithCode(deps, acting, slotId, wrong(slotId, i), null)).toEqual({
				ok: false,
				error: 'code_invalid'
			});
		}
		expect(await checkInWithCode(deps, acting, slotId, shown(slotId), null)).toEqual({
			ok: false,
			error: 'too_many_guesses'
		});
		expect(await codeGuessWait(deps, v.id, slotId)).toBe(8 * 60);
		expect(await codeGuessParams(deps, v.id, slotId)).toEqual({ minutes: 8 });

		// Someone else at the same slot is not held up.
		expect(
			await checkInWithCode(deps, await self(deps, other), slotId, shown(slotId), null)
		).toEqual({ ok: true, value: 'check_in' });
		expect(await codeGuessWait(deps, other.id, slotId)).toBe(0);

		time.set('2026-05-03T00:59:30Z');
		expect(await codeGuessWait(deps, v.id, slotId)).toBe(30);
		time.set('2026-05-03T01:00:00Z');
		expect(await codeGuessWait(deps, v.id, slotId)).toBe(0);
		expect(await checkInWithCode(deps, acting, slotId, shown(slotId), null)).toEqual({
			ok: true,
			value: 'check_in'
		});
	});

	it('should not count right codes, replays or expired codes as guesses', async () => {
		const { slotId, people } = await slotWith(1);
		const [v] = people;
		if (!v) throw new Error('no volunteer');
		const acting = await self(deps, v);
		time.set('2026-05-03T00:50:00Z');
		for (let i = 0; i < 9; i++) {
			await checkInWithCode(deps, acting, slotId, wrong(slotId, i), null);
		}
		const code = shown(slotId);
		expect((await checkInWithCode(deps, acting, slotId, code, null)).ok).toBe(true);
		expect(await checkInWithCode(deps, acting, slotId, code, null)).toEqual({
			ok: false,
			error: 'code_used'
		});
		time.advance(MIN);
		expect(await checkInWithCode(deps, acting, slotId, code, null)).toEqual({
			ok: false,
			error: 'code_expired'
		});
		expect(await codeGuessWait(deps, v.id, slotId)).toBe(0);
		// The tenth wrong code uses up the tries.
		await checkInWithCode(deps, acting, slotId, wrong(slotId, 9), null);
		expect(await codeGuessWait(deps, v.id, slotId)).toBeGreaterThan(0);
	});

	it('should limit an organiser guessing volunteers’ personal codes the same way', async () => {
		const { slotId, people } = await slotWith(1);
		const [v] = people;
		if (!v) throw new Error('no volunteer');
		time.set('2026-05-03T00:50:00Z');
		for (let i = 0; i < 10; i++) {
			const guess = `${v.id}-${wrong(slotId, i, userSubject(v.id))}`;
			expect((await checkInPersonalCode(deps, organiser, slotId, guess)).ok).toBe(false);
		}
		expect(
			await checkInPersonalCode(deps, organiser, slotId, personalCode(SECRET, v.id, time.now()))
		).toEqual({ ok: false, error: 'too_many_guesses' });
	});
});
