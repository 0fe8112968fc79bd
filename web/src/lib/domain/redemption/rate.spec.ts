import { describe, expect, it } from 'vitest';
import { checkPointsPerYuan, isSettlementPeriod, rateExamples } from './rate';

describe('points per yuan', () => {
	it.each([1, 100, 250, 10_000])('should accept %i', (rate) => {
		expect(checkPointsPerYuan(rate)).toEqual({ ok: true, value: rate });
	});

	it.each([0, -100, 1.5, 10_001, Number.NaN, Number.POSITIVE_INFINITY])(
		'should refuse %d',
		(rate) => {
			expect(checkPointsPerYuan(rate)).toEqual({ ok: false, error: 'rate_invalid' });
		}
	);
});

describe('settlement period', () => {
	it.each([
		['weekly', true],
		['monthly', true],
		['daily', false],
		['', false],
		[7, false]
	])('should say %s is a period: %s', (value, expected) => {
		expect(isSettlementPeriod(value)).toBe(expected);
	});
});

describe('rate examples', () => {
	it.each([
		// points per yuan, cents for 100 / 500 / 2000 points
		[100, [100, 500, 2_000]],
		[200, [50, 250, 1_000]],
		[300, [33, 167, 667]], // 33.3 down, 166.7 up, 666.7 up
		[1, [10_000, 50_000, 200_000]]
	])('at %i points per yuan should pay %j cents', (rate, cents) => {
		expect(rateExamples(rate).map((e) => e.cents)).toEqual(cents);
	});

	it('should use the sizes it is given', () => {
		expect(rateExamples(100, [1, 50])).toEqual([
			{ points: 1, cents: 1 },
			{ points: 50, cents: 50 }
		]);
	});
});
