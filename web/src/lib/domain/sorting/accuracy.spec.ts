import { describe, expect, it } from 'vitest';
import { sortingAccuracy } from './accuracy';

describe('sortingAccuracy', () => {
	it('should be the rounded share of correct drop-offs', () => {
		expect(sortingAccuracy({ dropoffs: 3, dropoffsCorrect: 2 })).toBe(67);
		expect(sortingAccuracy({ dropoffs: 4, dropoffsCorrect: 4 })).toBe(100);
		expect(sortingAccuracy({ dropoffs: 5, dropoffsCorrect: 0 })).toBe(0);
	});

	it('should be null when there were no drop-offs', () => {
		expect(sortingAccuracy({ dropoffs: 0, dropoffsCorrect: 0 })).toBeNull();
	});
});
