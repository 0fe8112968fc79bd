import { describe, expect, it } from 'vitest';
import { poolRandomBytes } from './random-pool';

describe('poolRandomBytes', () => {
	it('should hand out the asked number of bytes, never the same bytes twice, across refills', () => {
		const seen = new Set<string>();
		for (let i = 0; i < 2000; i++) {
			const bytes = poolRandomBytes(16);
			expect(bytes).toHaveLength(16);
			seen.add(bytes.toString('hex'));
		}
		expect(seen.size).toBe(2000);
	});

	it('should give each caller its own copy', () => {
		const a = poolRandomBytes(8);
		const before = a.toString('hex');
		poolRandomBytes(8).fill(0);
		expect(a.toString('hex')).toBe(before);
	});

	it('should serve a request larger than the pool straight from the CSPRNG', () => {
		const big = poolRandomBytes(10_000);
		expect(big).toHaveLength(10_000);
		// 10,000 random bytes with fewer than 200 distinct values would be a broken source.
		expect(new Set(big).size).toBeGreaterThan(200);
	});
});
