import { describe, expect, it } from 'vitest';
import { checkCouncilTally } from '$core/records';
import { ballotListHash } from './ballot-list';
import type { Choice, VoteRules } from './ballot';
import { tally } from './tally';
import { tallyBody } from './tally-body';

const hash = ballotListHash([{ receiptHash: 'aa'.repeat(32), choice: { answer: 'yes' } }]);
const closedAt = new Date('2026-03-08T12:00:00.000Z');

const cases: [string, VoteRules, Choice[]][] = [
	[
		'a yes/no vote',
		{ method: 'yes_no', options: [{ proposalId: 3, cost: 0 }], budget: null, seats: 1 },
		[{ answer: 'yes' }, { answer: 'no' }, { answer: 'yes' }, { answer: 'abstain' }]
	],
	[
		'an approval vote',
		{
			method: 'approval',
			options: [
				{ proposalId: 5, cost: 100 },
				{ proposalId: 9, cost: 200 }
			],
			budget: null,
			seats: 1
		},
		[{ approve: [9] }, { approve: [5, 9] }]
	],
	[
		'a budget vote',
		{
			method: 'budget',
			options: [
				{ proposalId: 5, cost: 100 },
				{ proposalId: 9, cost: 200 }
			],
			budget: 250,
			seats: 1
		},
		[{ approve: [9] }, { approve: [5, 9] }, { approve: [5] }]
	]
];

describe('tallyBody', () => {
	it.each(cases)('should turn %s into a body the ledger accepts', (_name, rules, ballots) => {
		const result = tally(rules, ballots, { eligible: 4, quorumPercent: 50 });
		const body = tallyBody({ voteId: 7, communityId: 2, closedAt, ballotListSha256: hash, result });
		expect(checkCouncilTally(body)).toEqual({ ok: true, value: body });
		expect(body).toMatchObject({ vote_id: 7, turnout: ballots.length, winners: result.winners });
	});

	it('should be refused by the ledger when a count is changed by hand', () => {
		const [, rules, ballots] = cases[0]!;
		const result = tally(rules, ballots, { eligible: 4, quorumPercent: 50 });
		const forged = { ...result, answers: { yes: 3, no: 1, abstain: 0 } };
		const body = tallyBody({
			voteId: 7,
			communityId: 2,
			closedAt,
			ballotListSha256: hash,
			result: forged
		});
		expect(checkCouncilTally(body)).toEqual({ ok: false, error: 'tally_counts_inconsistent' });
	});
});
