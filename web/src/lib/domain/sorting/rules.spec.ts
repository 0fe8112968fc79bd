import { describe, expect, it } from 'vitest';
import { isBurst } from './burst';
import { needsGuidance, tallyMistakes } from './guidance';
import { normaliseCardNumber, parsePresented } from './identify';
import { checkRecordedAt, isOpenAt, localDay, localMinuteOfDay } from './time';

// 2026-05-03 08:30 in China is 00:30 UTC.
const china = (hhmm: string, day = '2026-05-03') =>
	new Date(new Date(`${day}T${hhmm}:00Z`).getTime() - 8 * 3_600_000);

describe('local time', () => {
	it.each([
		['2026-05-02T15:59:00Z', '2026-05-02', 23 * 60 + 59],
		['2026-05-02T16:00:00Z', '2026-05-03', 0],
		['2026-05-03T01:30:00Z', '2026-05-03', 9 * 60 + 30]
	])('%s is %s, minute %i', (iso, day, minute) => {
		expect(localDay(new Date(iso))).toBe(day);
		expect(localMinuteOfDay(new Date(iso))).toBe(minute);
	});
});

describe('isOpenAt', () => {
	it.each([
		['inside the morning hours', '07:00', '09:00', '08:30', true],
		['at opening', '07:00', '09:00', '07:00', true],
		['at closing (closed)', '07:00', '09:00', '09:00', false],
		['before opening', '07:00', '09:00', '06:59', false],
		['evening hours past midnight, late', '18:00', '02:00', '23:30', true],
		['evening hours past midnight, early', '18:00', '02:00', '01:00', true],
		['evening hours past midnight, afternoon', '18:00', '02:00', '15:00', false],
		['open all day', '00:00', '00:00', '13:13', true],
		['malformed hours', '7am', '09:00', '08:00', false]
	])('%s', (_, opens, closes, at, expected) => {
		expect(isOpenAt({ opens, closes }, china(at))).toBe(expected);
	});
});

describe('checkRecordedAt', () => {
	const now = new Date('2026-05-03T10:00:00Z');
	it.each([
		['now', 0, { ok: true }],
		['a minute ahead (clock skew) counts as now', 60_000, { ok: true }],
		['ten minutes ahead', 10 * 60_000, { ok: false, error: 'recorded_in_future' }],
		['two days ago (offline queue)', -48 * 3_600_000, { ok: true }],
		['four days ago', -96 * 3_600_000, { ok: false, error: 'recorded_too_long_ago' }]
	])('%s', (_, offset, expected) => {
		const result = checkRecordedAt(new Date(now.getTime() + offset), now);
		expect(result).toMatchObject(expected);
		if (result.ok) expect(result.value.getTime()).toBeLessThanOrEqual(now.getTime());
	});
});

describe('isBurst', () => {
	const t = (s: number) => s * 1000;
	it.each([
		['the first drop-off', [], 0, 3, false],
		['three in a minute with a limit of 3', [t(1), t(20)], t(40), 3, false],
		['four in a minute with a limit of 3', [t(1), t(20), t(30)], t(40), 3, true],
		['older ones fall out of the window', [t(1), t(20), t(30)], t(75), 3, false],
		['later ones (queued offline) do not count', [t(100), t(101), t(102)], t(40), 3, false]
	])('%s', (_, earlier, at, max, expected) => {
		expect(isBurst(earlier, at, max)).toBe(expected);
	});

	it('should add the drop-offs the database counted in the window', () => {
		expect(isBurst([t(30)], t(40), 3, 1)).toBe(false);
		expect(isBurst([t(30)], t(40), 3, 2)).toBe(true);
		expect(isBurst([t(-30)], t(40), 3, 2)).toBe(false);
	});
});

describe('needsGuidance', () => {
	const now = new Date('2026-05-10T10:00:00Z');
	it.each([
		['below the threshold', 2, 3, null, false],
		['at the threshold, never guided', 3, 3, null, true],
		['guided two days ago', 5, 3, '2026-05-08T10:00:00Z', false],
		['guided eight days ago', 5, 3, '2026-05-02T10:00:00Z', true],
		['a threshold of zero turns it off', 9, 0, null, false]
	])('%s', (_, recentMistakes, threshold, guided, expected) => {
		const lastGuidedAt = guided ? new Date(guided) : null;
		expect(needsGuidance({ recentMistakes, threshold, lastGuidedAt, now })).toBe(expected);
	});
});

describe('tallyMistakes', () => {
	it.each([
		[{}, [], { total: 0, worst: null }],
		[{ food: 2 }, [], { total: 2, worst: 'food' }],
		[{ food: 1 }, ['residual', 'residual'], { total: 3, worst: 'residual' }],
		// A tie goes to the kind first in alphabetical order, whichever came first.
		[{ residual: 1 }, ['food'], { total: 2, worst: 'food' }],
		[{ food: 1 }, ['residual'], { total: 2, worst: 'food' }],
		[{ hazardous: 0 }, [], { total: 0, worst: null }]
	])('should count %o plus %o as %o', (stored, added, expected) => {
		expect(tallyMistakes(stored, added)).toEqual(expected);
	});
});

describe('parsePresented', () => {
	it.each([
		['12-345678', { kind: 'personal', userId: 12, code: '345678' }],
		[' 7 - 123 456 ', { kind: 'personal', userId: 7, code: '123456' }],
		['yyx-0012', { kind: 'card', cardNumber: 'YYX-0012' }],
		['YYX 0012', { kind: 'card', cardNumber: 'YYX0012' }],
		['', null],
		['ab', null],
		['<script>', null]
	])('%j', (raw, expected) => {
		expect(parsePresented(raw)).toEqual(expected);
	});

	it('should refuse card numbers that are too long', () => {
		expect(normaliseCardNumber('A'.repeat(21))).toBeNull();
	});
});
