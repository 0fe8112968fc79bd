import { describe, expect, it } from 'vitest';
import { decideCancel, decideSignup, promoteFromWaitingList, type SignupFacts } from './signup';

const now = new Date('2026-05-01T08:00:00Z');
const base: SignupFacts = {
	verified: true,
	activityStatus: 'published',
	inAudience: true,
	deadline: new Date('2026-05-02T00:00:00Z'),
	slotStartsAt: new Date('2026-05-03T01:00:00Z'),
	capacity: 3,
	taken: 0,
	existing: null,
	now
};

describe('decideSignup', () => {
	it.each([
		['a free place', {}, { ok: true, value: 'signed_up' }],
		['the last place', { taken: 2 }, { ok: true, value: 'signed_up' }],
		['a full slot goes to the waiting list', { taken: 3 }, { ok: true, value: 'waiting' }],
		['after a cancellation, again', { existing: 'cancelled' }, { ok: true, value: 'signed_up' }],
		['unverified', { verified: false }, { ok: false, error: 'not_verified' }],
		['a draft', { activityStatus: 'draft' }, { ok: false, error: 'not_published' }],
		['cancelled', { activityStatus: 'cancelled' }, { ok: false, error: 'not_published' }],
		['another community', { inAudience: false }, { ok: false, error: 'outside_community' }],
		[
			'after the deadline',
			{ now: new Date('2026-05-02T00:00:01Z') },
			{ ok: false, error: 'deadline_passed' }
		],
		[
			'exactly at the deadline',
			{ now: new Date('2026-05-02T00:00:00Z') },
			{ ok: true, value: 'signed_up' }
		],
		[
			'slot already started',
			{ deadline: new Date('2026-06-01T00:00:00Z'), now: new Date('2026-05-03T01:00:00Z') },
			{ ok: false, error: 'slot_started' }
		],
		['twice', { existing: 'signed_up' }, { ok: false, error: 'already_signed_up' }],
		[
			'twice from the waiting list',
			{ existing: 'waiting' },
			{ ok: false, error: 'already_signed_up' }
		]
	] as const)('%s', (_name, change, expected) => {
		expect(decideSignup({ ...base, ...change })).toEqual(expected);
	});
});

describe('decideCancel', () => {
	const deadline = new Date('2026-05-02T00:00:00Z');
	it.each([
		['a held place in time', 'signed_up', now, { ok: true, value: 'signed_up' }],
		[
			'a held place too late',
			'signed_up',
			new Date('2026-05-02T01:00:00Z'),
			{ ok: false, error: 'deadline_passed' }
		],
		[
			'the waiting list, even late',
			'waiting',
			new Date('2026-05-02T01:00:00Z'),
			{ ok: true, value: 'waiting' }
		],
		['nothing to cancel', null, now, { ok: false, error: 'not_signed_up' }],
		['already cancelled', 'cancelled', now, { ok: false, error: 'not_signed_up' }]
	] as const)('%s', (_name, existing, at, expected) => {
		expect(decideCancel({ existing, deadline, now: at })).toEqual(expected);
	});
});

describe('promoteFromWaitingList', () => {
	const t = (s: number) => new Date(Date.UTC(2026, 4, 1, 0, 0, s));
	const waiting = [
		{ id: 7, userId: 70, queuedAt: t(3) },
		{ id: 5, userId: 50, queuedAt: t(1) },
		{ id: 9, userId: 90, queuedAt: t(1) },
		{ id: 2, userId: 20, queuedAt: t(2) }
	];
	it.each([
		[0, []],
		[1, [50]],
		[2, [50, 90]],
		[3, [50, 90, 20]],
		[10, [50, 90, 20, 70]],
		[-1, []]
	] as const)('frees %i places in queue order', (free, users) => {
		expect(promoteFromWaitingList(waiting, free).map((w) => w.userId)).toEqual(users);
	});
});
