import { describe, expect, it } from 'vitest';
import {
	ballotListHash,
	encodeBallotList,
	encodeTallyRecord,
	tallyRecordHash
} from './ballot-list';
import { tally } from './tally';

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

	it('should encode the tally record canonically and bind it to the previous record', () => {
		const result = tally(
			{ method: 'yes_no', options: [{ proposalId: 3, cost: 0 }], budget: null, seats: 1 },
			[a.choice],
			{ eligible: 2, quorumPercent: 50 }
		);
		const input = {
			voteId: 9,
			communityId: 4,
			closedAt: new Date(0),
			ballotListSha256: ballotListHash([a]),
			result,
			prevHash: ''
		};
		const payload = encodeTallyRecord(input);
		expect(JSON.parse(payload)).toMatchObject({
			vote_id: 9,
			turnout: 1,
			winners: [3],
			quorum_met: true
		});
		expect(tallyRecordHash(payload)).not.toBe(
			tallyRecordHash(encodeTallyRecord({ ...input, prevHash: 'x' }))
		);
	});
});
