import { describe, expect, it } from 'vitest';
import { clampRange, isGridPeriod, participationPercent, withShares } from './grids';

describe('participationPercent', () => {
	it.each([
		[{ active: 3, households: 4 }, 75],
		[{ active: 0, households: 5 }, 0],
		[{ active: 2, households: 3 }, 67],
		// A household moved out after dropping off: never more than everyone.
		[{ active: 5, households: 4 }, 100],
		[{ active: 0, households: 0 }, null],
		[{ active: 2, households: 0 }, null]
	])('should turn %o into %s', (figures, expected) => {
		expect(participationPercent(figures)).toBe(expected);
	});
});

describe('withShares', () => {
	it('should add accuracy and participation, keeping the counts', () => {
		const f = { dropoffs: 8, correct: 6, points: 12, active: 2, households: 4 };
		expect(withShares(f)).toEqual({ ...f, accuracy: 75, participation: 50 });
	});

	it('should show no accuracy when nothing was dropped off', () => {
		const f = { dropoffs: 0, correct: 0, points: 0, active: 0, households: 4 };
		expect(withShares(f)).toMatchObject({ accuracy: null, participation: 0 });
	});
});

describe('clampRange', () => {
	it.each([
		['2026-05-01', '2026-05-31', { from: '2026-05-01', to: '2026-05-31' }],
		['2026-05-31', '2026-05-01', { from: '2026-05-01', to: '2026-05-31' }],
		['2020-01-01', '2026-05-31', { from: '2024-05-31', to: '2026-05-31' }]
	])('should order and cut %s..%s', (from, to, expected) => {
		expect(clampRange(from, to)).toEqual(expected);
	});
});

describe('isGridPeriod', () => {
	it('should accept days, weeks and months only', () => {
		expect(['week', 'month', 'day', '', null].map(isGridPeriod)).toEqual([
			true,
			true,
			true,
			false,
			false
		]);
	});
});
