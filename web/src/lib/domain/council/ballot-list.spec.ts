import { describe, expect, it } from 'vitest';
import { ballotListHash, encodeBallotList } from './ballot-list';

const a = { receiptHash: 'aa'.repeat(32), choice: { answer: 'yes' as const } };
const b = { receiptHash: 'bb'.repeat(32), choice: { approve: [1, 2] } };

describe('ballot list', () => {
	it('should hash the same set of ballots the same way, whatever the order', () => {
		expect(ballotListHash([b, a])).toBe(ballotListHash([a, b]));
		expect(encodeBallotList([b, a])).toBe(
			`[{"choice":{"answer":"yes"},"receipt_hash":"${a.receiptHash}"},{"choice":{"approve":[1,2]},"receipt_hash":"${b.receiptHash}"}]`
		);
	});

	it('should change the hash when one choice changes', () => {
		expect(ballotListHash([a, { ...b, choice: { approve: [1] } }])).not.toBe(
			ballotListHash([a, b])
		);
	});
});
