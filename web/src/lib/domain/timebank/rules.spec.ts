import { describe, expect, it } from 'vitest';
import {
	attendedMinutes,
	checkCheckOut,
	checkGeofence,
	nextAttendanceStep,
	pointsFor
} from './attendance';
import { distanceMetres } from '../geo/distance';
import { checkCareGrant, checkDonation } from './donation';
import {
	autoAcceptAt,
	checkAccept,
	checkAnswer,
	checkRecord,
	checkRespond,
	isDueForAutoAccept,
	isFlagged,
	sides,
	type AidFacts
} from './mutual-aid';

const at = (hhmm: string) => new Date(`2026-05-03T${hhmm}:00Z`);
const slot = { startsAt: at('09:00'), endsAt: at('11:00'), minutesCredited: 120 };

describe('attendedMinutes', () => {
	it.each([
		['whole slot', '09:00', '11:00', 120],
		['early and late count as the slot', '08:30', '11:45', 120],
		['late arrival', '09:40', '11:00', 80],
		['left early', '09:00', '10:15', 75],
		['seconds round down', '09:00', '09:00', 0],
		['left before it began', '08:00', '08:50', 0]
	])('%s', (_n, from, to, minutes) => {
		expect(attendedMinutes(slot, at(from), at(to))).toBe(minutes);
	});
	it('never exceeds the credited minutes', () => {
		expect(attendedMinutes({ ...slot, minutesCredited: 90 }, at('09:00'), at('11:00'))).toBe(90);
	});
});

describe('nextAttendanceStep', () => {
	const none = { checkInAt: null, checkOutAt: null, confirmed: false };
	it.each([
		['check in on time', true, none, '09:05', { ok: true, value: 'check_in' }],
		['check in early', true, none, '08:01', { ok: true, value: 'check_in' }],
		['too early', true, none, '07:59', { ok: false, error: 'too_early' }],
		['after the end', true, none, '11:00', { ok: false, error: 'slot_over' }],
		['not signed up', false, none, '09:05', { ok: false, error: 'not_signed_up' }],
		[
			'check out',
			true,
			{ ...none, checkInAt: at('09:00') },
			'10:00',
			{ ok: true, value: 'check_out' }
		],
		[
			'twice out',
			true,
			{ ...none, checkInAt: at('09:00'), checkOutAt: at('10:00') },
			'10:30',
			{ ok: false, error: 'already_checked_out' }
		],
		[
			'confirmed',
			true,
			{ ...none, confirmed: true },
			'10:30',
			{ ok: false, error: 'already_confirmed' }
		]
	] as const)('%s', (_n, signedUp, state, now, expected) => {
		expect(nextAttendanceStep({ signedUp, state, slot, now: at(now) })).toEqual(expected);
	});

	it('refuses a check-out before a check-in', () => {
		expect(checkCheckOut({ checkInAt: null, checkOutAt: null, confirmed: false })).toEqual({
			ok: false,
			error: 'not_checked_in'
		});
	});
});

describe('geofence', () => {
	const centre = { latitude: 23.1291, longitude: 113.2644 };
	it('measures a known distance', () => {
		// 0.001° of latitude is about 111 m everywhere.
		expect(distanceMetres(centre, { ...centre, latitude: centre.latitude + 0.001 })).toBe(111);
	});
	it.each([
		['no fence', null, null, { ok: true, value: true }],
		['inside', 200, { latitude: 23.13, longitude: 113.2644 }, { ok: true, value: true }],
		['outside', 50, { latitude: 23.13, longitude: 113.2644 }, { ok: false, error: 'too_far' }],
		['no position', 200, null, { ok: false, error: 'location_required' }]
	] as const)('%s', (_n, radius, where, expected) => {
		const fence = radius === null ? null : { centre, radiusMetres: radius };
		expect(checkGeofence(fence, where)).toEqual(expected);
	});
});

describe('pointsFor', () => {
	it.each([
		[60, 10, 10],
		[90, 10, 15],
		[59, 1, 0],
		[120, 0, 0]
	])('%i minutes at %i/h is %i points', (minutes, rate, points) => {
		expect(pointsFor(minutes, rate)).toBe(points);
	});
});

describe('mutual aid', () => {
	const request: AidFacts = {
		kind: 'request',
		authorId: 1,
		partnerId: null,
		status: 'open',
		recordedBy: null
	};
	const accepted: AidFacts = { ...request, partnerId: 2, status: 'accepted' };
	const recorded: AidFacts = { ...accepted, status: 'recorded', recordedBy: 2 };

	it('puts the sides the right way round', () => {
		expect(sides(accepted)).toEqual({ recipientId: 1, providerId: 2 });
		expect(sides({ ...accepted, kind: 'offer' })).toEqual({ recipientId: 2, providerId: 1 });
	});
	it.each([
		['respond to own post', () => checkRespond(request, 1), 'own_post'],
		['respond to a taken post', () => checkRespond(accepted, 3), 'not_open'],
		['accept oneself', () => checkAccept(request, 1, 1, true), 'own_post'],
		['accept a stranger', () => checkAccept(request, 1, 3, false), 'not_a_responder'],
		['accept for someone else', () => checkAccept(request, 3, 2, true), 'not_a_party'],
		['record as outsider', () => checkRecord(accepted, 3, 60), 'not_a_party'],
		['record nonsense', () => checkRecord(accepted, 2, 0), 'minutes_invalid'],
		['record two days', () => checkRecord(accepted, 2, 2 * 24 * 60), 'minutes_invalid'],
		['record before acceptance', () => checkRecord(request, 1, 60), 'not_accepted'],
		['confirm own record', () => checkAnswer(recorded, 2), 'recorded_by_you'],
		[
			'confirm twice',
			() => checkAnswer({ ...recorded, status: 'confirmed' }, 1),
			'already_confirmed'
		],
		['confirm before record', () => checkAnswer(accepted, 1), 'not_recorded']
	] as const)('%s is refused', (_n, run, error) => {
		expect(run()).toEqual({ ok: false, error });
	});
	it.each([
		['respond', () => checkRespond(request, 2)],
		['accept', () => checkAccept(request, 1, 2, true)],
		['record', () => checkRecord(accepted, 1, 90)],
		['confirm', () => checkAnswer(recorded, 1)]
	])('%s is allowed', (_n, run) => {
		expect(run()).toEqual({ ok: true, value: true });
	});

	const recordedAt = new Date('2026-05-01T10:00:00Z');
	it.each([
		['a day later', 1, false],
		['six days and 23 h later', 7 - 1 / 24, false],
		['exactly seven days later', 7, true],
		['eight days later', 8, true]
	])('auto-acceptance %s: %s', (_n, days, due) => {
		const now = new Date(recordedAt.getTime() + days * 86_400_000);
		expect(isDueForAutoAccept({ status: 'recorded', recordedAt }, now)).toBe(due);
	});
	it('never auto-accepts a disputed exchange', () => {
		const now = new Date('2026-06-01T00:00:00Z');
		expect(isDueForAutoAccept({ status: 'disputed', recordedAt }, now)).toBe(false);
		expect(autoAcceptAt(recordedAt).toISOString()).toBe('2026-05-08T10:00:00.000Z');
	});
	it.each([
		[[5, 4, 1], false],
		[[1, 2], true],
		[[], false]
	])('flags %j: %s', (stars, flagged) => {
		expect(isFlagged(stars)).toBe(flagged);
	});
});

describe('donations and grants', () => {
	it.each([
		[
			{ minutes: 60, availableMinutes: 60 },
			{ ok: true, value: true }
		],
		[
			{ minutes: 61, availableMinutes: 60 },
			{ ok: false, error: 'insufficient_banked_hours' }
		],
		[
			{ minutes: 30, availableMinutes: -100 },
			{ ok: false, error: 'insufficient_banked_hours' }
		],
		[
			{ minutes: 0, availableMinutes: 60 },
			{ ok: false, error: 'minutes_invalid' }
		],
		[
			{ minutes: 1.5, availableMinutes: 60 },
			{ ok: false, error: 'minutes_invalid' }
		],
		[
			{ minutes: 10, availableMinutes: 60, recipientId: 1 },
			{ ok: false, error: 'self_donation' }
		]
	] as const)('%j', (change, expected) => {
		expect(checkDonation({ donorId: 1, recipientId: 2, ...change })).toEqual(expected);
	});
	it.each([
		[
			{ minutes: 60, reason: 'ill', poolMinutes: 60 },
			{ ok: true, value: true }
		],
		[
			{ minutes: 60, reason: '  ', poolMinutes: 600 },
			{ ok: false, error: 'reason_required' }
		],
		[
			{ minutes: 61, reason: 'ill', poolMinutes: 60 },
			{ ok: false, error: 'pool_too_small' }
		]
	] as const)('grant %j', (input, expected) => {
		expect(checkCareGrant(input)).toEqual(expected);
	});
});
