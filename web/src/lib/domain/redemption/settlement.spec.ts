import { describe, expect, it } from 'vitest';
import {
	centsToPoints,
	formatYuan,
	periodContaining,
	pointsToCents,
	previousPeriod,
	statementTotals
} from './settlement';

describe('points to cents', () => {
	it.each([
		// points, points per yuan, cents
		[0, 100, 0],
		[100, 100, 100],
		[1, 100, 1],
		[150, 100, 150],
		[1, 200, 1], // 0.5 cent rounds half up
		[1, 300, 0], // 0.33 cent rounds down
		[2, 300, 1], // 0.67 cent rounds up
		[3, 200, 2], // 1.5 cents rounds half up
		[999, 1000, 100], // 99.9 cents
		[9_007_199_254_740, 1, 900_719_925_474_000]
	])('%i points at %i per yuan → %i cents', (points, rate, cents) => {
		expect(pointsToCents(points, rate)).toBe(cents);
	});

	it.each([
		[-1, 100],
		[1.5, 100],
		[100, 0],
		[100, 2.5]
	])('should refuse %d points at %d per yuan', (points, rate) => {
		expect(() => pointsToCents(points, rate)).toThrow();
	});
});

describe('cents to points (sponsors)', () => {
	it.each([
		[100, 100, 100],
		[1, 100, 1],
		[1, 50, 0], // half a point is not credited
		[199, 50, 99],
		[5000, 120, 6000]
	])('%i cents at %i per yuan → %i points', (cents, rate, points) => {
		expect(centsToPoints(cents, rate)).toBe(points);
	});
});

describe('statement totals', () => {
	it('should round the total once, not each line', () => {
		const lines = [1, 1, 1].map((points, i) => ({ voucherId: String(i), points }));
		// Per line each would be 0.5 → 1 cent (3 cents); the total 3 points is 1.5 → 2 cents.
		expect(statementTotals(lines, 200)).toEqual({ points: 3, cents: 2, lines: 3 });
	});

	it('should be zero for no lines', () => {
		expect(statementTotals([], 100)).toEqual({ points: 0, cents: 0, lines: 0 });
	});
});

describe('formatYuan', () => {
	it.each([
		[0, '¥0.00'],
		[5, '¥0.05'],
		[1234, '¥12.34'],
		[100000, '¥1000.00']
	])('%i cents → %s', (cents, text) => {
		expect(formatYuan(cents)).toBe(text);
	});
});

describe('settlement periods (China time)', () => {
	it.each([
		// instant (UTC), period, start, end
		['2026-01-15T04:00:00Z', 'monthly', '2026-01-01', '2026-01-31'],
		['2026-01-31T15:30:00Z', 'monthly', '2026-01-01', '2026-01-31'], // 23:30 in Beijing
		['2026-01-31T16:30:00Z', 'monthly', '2026-02-01', '2026-02-28'], // 00:30 on 1 Feb
		['2028-02-10T00:00:00Z', 'monthly', '2028-02-01', '2028-02-29'],
		['2026-01-07T02:00:00Z', 'weekly', '2026-01-05', '2026-01-11'], // a Wednesday
		['2026-01-11T15:59:59Z', 'weekly', '2026-01-05', '2026-01-11'], // Sunday 23:59
		['2026-01-11T16:00:00Z', 'weekly', '2026-01-12', '2026-01-18'] // Monday 00:00
	] as const)('%s %s', (at, period, start, end) => {
		const p = periodContaining(new Date(at), period);
		expect({ start: p.start, end: p.end }).toEqual({ start, end });
		expect(p.from.getTime()).toBeLessThanOrEqual(new Date(at).getTime());
		expect(p.to.getTime()).toBeGreaterThan(new Date(at).getTime());
	});

	it('should give month bounds as instants at Beijing midnight', () => {
		const p = periodContaining(new Date('2026-03-10T00:00:00Z'), 'monthly');
		expect(p).toMatchObject({ start: '2026-03-01', end: '2026-03-31' });
		expect(p.from.toISOString()).toBe('2026-02-28T16:00:00.000Z');
		expect(p.to.toISOString()).toBe('2026-03-31T16:00:00.000Z');
	});

	it.each([
		['2026-03-10T00:00:00Z', 'monthly', '2026-02-01', '2026-02-28'],
		['2026-01-01T00:00:00Z', 'monthly', '2025-12-01', '2025-12-31'],
		['2026-01-07T02:00:00Z', 'weekly', '2025-12-29', '2026-01-04']
	] as const)('previous period of %s (%s)', (now, period, start, end) => {
		expect(previousPeriod(new Date(now), period)).toMatchObject({ start, end });
	});
});
