import { describe, expect, it } from 'vitest';
import { httpProcesses } from '../../../web/server/http';

describe('WEB_CONCURRENCY', () => {
	it('should run one HTTP process when unset or empty, and as many as asked otherwise', () => {
		expect(httpProcesses({})).toBe(1);
		expect(httpProcesses({ WEB_CONCURRENCY: '' })).toBe(1);
		expect(httpProcesses({ WEB_CONCURRENCY: '2' })).toBe(2);
		expect(httpProcesses({ WEB_CONCURRENCY: '64' })).toBe(64);
	});

	it.each(['0', '-1', '1.5', 'two', '65'])(
		'should refuse %s at start, saying what it takes',
		(raw) => {
			expect(() => httpProcesses({ WEB_CONCURRENCY: raw })).toThrow(
				`WEB_CONCURRENCY must be a whole number from 1 to 64, not "${raw}"`
			);
		}
	);
});
