import { describe, expect, it } from 'vitest';
import { allocateAwards, awardFor, type CapItem } from './caps';
import {
	acceptsCategory,
	isCategory,
	normaliseCategories,
	type PointsByCategory
} from './categories';

const points: PointsByCategory = { food: 2, recyclable: 3, hazardous: 5, residual: 0 };

describe('awardFor', () => {
	it.each([
		['correct, far from the cap', 'recyclable', true, 0, 20, 3, 'awarded'],
		['correct, exactly reaching the cap', 'recyclable', true, 17, 20, 3, 'awarded'],
		['correct, only part fits under the cap', 'hazardous', true, 18, 20, 2, 'partly_capped'],
		['correct, cap already reached', 'food', true, 20, 20, 0, 'capped'],
		['correct, above the cap (cap lowered today)', 'food', true, 25, 20, 0, 'capped'],
		['incorrect earns nothing', 'hazardous', false, 0, 20, 0, 'incorrect'],
		['incorrect at the cap is still just incorrect', 'food', false, 20, 20, 0, 'incorrect'],
		['a category worth no points', 'residual', true, 0, 20, 0, 'no_points'],
		['a cap of zero', 'food', true, 0, 0, 0, 'capped']
	] as const)('%s', (_, category, correct, awardedToday, dailyCapPoints, expected, reason) => {
		expect(awardFor({ category, correct, points, awardedToday, dailyCapPoints })).toEqual({
			points: expected,
			reason
		});
	});
});

describe('allocateAwards', () => {
	const item = (householdKey: string, correct = true): CapItem => ({
		householdKey,
		category: 'hazardous',
		correct,
		points,
		dailyCapPoints: 12
	});

	it('should share one cap between drop-offs of a household in arrival order', () => {
		const { awards, totals } = allocateAwards(
			[item('h1'), item('h1'), item('h1'), item('h1')],
			new Map()
		);
		expect(awards.map((a) => a.points)).toEqual([5, 5, 2, 0]);
		expect(awards.map((a) => a.reason)).toEqual(['awarded', 'awarded', 'partly_capped', 'capped']);
		expect(totals.get('h1')).toBe(12);
	});

	it('should keep households apart and start from the stored totals', () => {
		const stored = new Map([['h2', 10]]);
		const { awards, totals } = allocateAwards([item('h1'), item('h2'), item('h2', false)], stored);
		expect(awards.map((a) => a.points)).toEqual([5, 2, 0]);
		expect(Object.fromEntries(totals)).toEqual({ h1: 5, h2: 12 });
		expect(stored.get('h2')).toBe(10);
	});

	it('should never award more than the cap whatever the order (property)', () => {
		for (let seed = 1; seed < 200; seed++) {
			const items = Array.from({ length: seed % 17 }, (_, i) =>
				item(`h${(seed * (i + 3)) % 3}`, (seed + i) % 4 !== 0)
			);
			const { totals } = allocateAwards(items, new Map());
			for (const total of totals.values()) expect(total).toBeLessThanOrEqual(12);
		}
	});
});

describe('categories', () => {
	it.each([
		['food', true],
		['recyclable', true],
		['hazardous', true],
		['residual', true],
		['kitchen', false],
		['', false],
		[null, false]
	])('isCategory(%s) is %s', (value, expected) => {
		expect(isCategory(value)).toBe(expected);
	});

	it.each([
		[['food', 'residual'], 'food', true],
		[['food', 'residual'], 'hazardous', false],
		[[], 'food', false]
	] as const)('a point taking %j accepts %s: %s', (accepted, category, expected) => {
		expect(acceptsCategory(accepted, category)).toBe(expected);
	});

	it('should keep known categories in order without repeats', () => {
		expect(normaliseCategories(['residual', 'glass', 'food', 'food'])).toEqual([
			'food',
			'residual'
		]);
	});
});
