import { describe, expect, it } from 'vitest';
import { DUPLICATE_WINDOW_MS, repeatedBags, type Bag } from './duplicate';
import { isLate, LATE_AFTER_MS } from './time';

const bag = (over: Partial<Bag> = {}): Bag => ({
	householdId: 1,
	pointId: 7,
	category: 'food',
	atMs: 1_000_000,
	...over
});

describe('repeatedBags', () => {
	it('refuses the same bag stored a moment ago, in either direction of time', () => {
		expect(repeatedBags([bag()], [bag({ atMs: 1_000_000 + 30_000 })])).toEqual(new Set([0]));
		expect(repeatedBags([bag()], [bag({ atMs: 1_000_000 - 30_000 })])).toEqual(new Set([0]));
	});

	it('keeps the first of two entries of one bag in the same batch', () => {
		expect(repeatedBags([], [bag(), bag({ atMs: 1_000_000 + 5_000 }), bag()])).toEqual(
			new Set([1, 2])
		);
	});

	it('takes another category, household or point, or the same after the window, as a new bag', () => {
		const later = bag({ atMs: 1_000_000 + DUPLICATE_WINDOW_MS });
		expect(
			repeatedBags(
				[bag()],
				[bag({ category: 'residual' }), bag({ householdId: 2 }), bag({ pointId: 8 }), later]
			)
		).toEqual(new Set());
	});
});

describe('isLate', () => {
	it('marks drop-offs that arrive more than a quarter of an hour after they were recorded', () => {
		const at = new Date('2026-12-07T08:00:00Z');
		expect(isLate(at, new Date(at.getTime() + LATE_AFTER_MS))).toBe(false);
		expect(isLate(at, new Date(at.getTime() + LATE_AFTER_MS + 1))).toBe(true);
		expect(isLate(at, at)).toBe(false);
	});
});
