import { describe, expect, it } from 'vitest';
import { sampleTallyBody } from '../journal/v1-fixture';
import { checkCouncilTally, type CouncilTallyBody } from './council-tally';
import { checkRecordBody } from './index';

const approval: CouncilTallyBody = {
	...sampleTallyBody,
	method: 'approval',
	answers: null,
	options: [
		{ proposal_id: 41, cost: 1000, votes: 6, selected: true },
		{ proposal_id: 42, cost: 500, votes: 4, selected: false }
	],
	winners: [41]
};

const budget: CouncilTallyBody = {
	...approval,
	method: 'budget',
	options: [
		{ proposal_id: 41, cost: 1000, votes: 6, selected: true },
		{ proposal_id: 42, cost: 500, votes: 4, selected: true }
	],
	winners: [41, 42],
	spent: 1500
};

describe('checkCouncilTally', () => {
	it.each([
		['a yes/no vote', sampleTallyBody],
		['an approval vote', approval],
		['a budget vote', budget],
		[
			'a yes/no tie, which fails',
			{
				...sampleTallyBody,
				answers: { yes: 4, no: 4, abstain: 2 },
				options: [{ proposal_id: 41, cost: 1000, votes: 4, selected: false }],
				winners: []
			}
		],
		[
			'a vote without quorum',
			{
				...approval,
				quorum_percent: 90,
				quorum_met: false,
				options: approval.options.map((o) => ({ ...o, selected: false })),
				winners: []
			}
		]
	])('should accept %s', (_name, body) => {
		expect(checkCouncilTally(body)).toEqual({ ok: true, value: body });
	});

	it.each<[string, unknown, string]>([
		['not an object', 'x', 'tally_malformed'],
		['an extra field', { ...sampleTallyBody, note: 'x' }, 'tally_malformed'],
		['a negative count', { ...sampleTallyBody, eligible: -1 }, 'tally_malformed'],
		['a fractional count', { ...sampleTallyBody, turnout: 9.5 }, 'tally_malformed'],
		['an unknown method', { ...sampleTallyBody, method: 'ranked' }, 'tally_malformed'],
		['no options', { ...approval, options: [], winners: [] }, 'tally_malformed'],
		['a short hash', { ...sampleTallyBody, ballot_list_sha256: 'ab' }, 'tally_malformed'],
		['a local time', { ...sampleTallyBody, closed_at: '2026-03-08 20:00' }, 'tally_malformed'],
		[
			'answers that do not add up to the turnout',
			{ ...sampleTallyBody, turnout: 11, quorum_met: true },
			'tally_counts_inconsistent'
		],
		[
			'an option with more votes than ballots',
			{ ...approval, options: [{ ...approval.options[0]!, votes: 11 }, approval.options[1]!] },
			'tally_counts_inconsistent'
		],
		[
			'answers on an approval vote',
			{ ...approval, answers: sampleTallyBody.answers },
			'tally_counts_inconsistent'
		],
		[
			'options out of order',
			{ ...approval, options: [...approval.options].reverse() },
			'tally_counts_inconsistent'
		],
		[
			'a quorum that was not met',
			{ ...sampleTallyBody, quorum_percent: 100 },
			'tally_outcome_inconsistent'
		],
		['a winner not selected', { ...approval, winners: [42] }, 'tally_outcome_inconsistent'],
		[
			'a passed yes/no tie',
			{
				...sampleTallyBody,
				answers: { yes: 4, no: 4, abstain: 2 },
				options: [{ proposal_id: 41, cost: 1000, votes: 4, selected: true }]
			},
			'tally_outcome_inconsistent'
		],
		['a wrong budget total', { ...budget, spent: 1000 }, 'tally_outcome_inconsistent'],
		['spending on an approval vote', { ...approval, spent: 1000 }, 'tally_outcome_inconsistent']
	])('should refuse %s', (_name, body, error) => {
		expect(checkCouncilTally(body)).toEqual({ ok: false, error });
	});
});

describe('checkRecordBody', () => {
	it('should run the kind check and refuse an unknown kind', () => {
		expect(checkRecordBody('council.tally', sampleTallyBody).ok).toBe(true);
		expect(checkRecordBody('council.other', sampleTallyBody)).toEqual({
			ok: false,
			error: 'unknown_record_kind'
		});
	});
});
