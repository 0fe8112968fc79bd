import { describe, expect, it } from 'vitest';
import { checkVoteRules, parseChoice, validateBallot, type Choice, type VoteRules } from './ballot';

const budget: VoteRules = {
	method: 'budget',
	options: [
		{ proposalId: 1, cost: 600 },
		{ proposalId: 2, cost: 500 }
	],
	budget: 1000,
	seats: 1
};
const yesNo: VoteRules = {
	method: 'yes_no',
	options: [{ proposalId: 1, cost: 0 }],
	budget: null,
	seats: 1
};
const approval: VoteRules = { ...budget, method: 'approval', budget: null };

describe('validateBallot', () => {
	it.each<[string, VoteRules, Choice, string | Choice]>([
		['yes', yesNo, { answer: 'yes' }, { answer: 'yes' }],
		['abstain', yesNo, { answer: 'abstain' }, { answer: 'abstain' }],
		['a list on a yes/no vote', yesNo, { approve: [1] }, 'invalid_choice'],
		['a bad answer', yesNo, { answer: 'maybe' } as unknown as Choice, 'invalid_choice'],
		['an answer on an approval vote', approval, { answer: 'yes' }, 'invalid_choice'],
		['approval, sorted', approval, { approve: [2, 1] }, { approve: [1, 2] }],
		['approval, blank', approval, { approve: [] }, { approve: [] }],
		['a proposal not in the vote', approval, { approve: [9] }, 'unknown_option'],
		['the same proposal twice', approval, { approve: [1, 1] }, 'invalid_choice'],
		['a non-integer id', approval, { approve: [1.5] }, 'invalid_choice'],
		['within the budget', budget, { approve: [1] }, { approve: [1] }],
		['over the budget', budget, { approve: [1, 2] }, 'over_budget']
	])('%s', (_name, rules, choice, expected) => {
		const result = validateBallot(rules, choice);
		if (typeof expected === 'string') expect(result).toEqual({ ok: false, error: expected });
		else expect(result).toEqual({ ok: true, value: expected });
	});
});

describe('parseChoice', () => {
	it.each([
		[{ answer: 'no' }, { answer: 'no' }],
		[{ approve: [3, 1] }, { approve: [3, 1] }],
		[{ answer: 'x' }, null],
		['yes', null],
		[null, null]
	])('%j → %j', (input, expected) => {
		expect(parseChoice(input)).toEqual(expected);
	});
});

describe('checkVoteRules', () => {
	it.each<[string, VoteRules, boolean]>([
		['yes/no with one proposal', yesNo, true],
		['yes/no with two proposals', { ...yesNo, options: budget.options }, false],
		['approval with two', approval, true],
		['approval with as many seats as options', { ...approval, seats: 2 }, false],
		['budget without budget', { ...budget, budget: null }, false],
		['budget', budget, true],
		[
			'duplicate options',
			{ ...approval, options: [budget.options[0]!, budget.options[0]!] },
			false
		],
		[
			'negative cost',
			{
				...approval,
				options: [
					{ proposalId: 1, cost: -1 },
					{ proposalId: 2, cost: 1 }
				]
			},
			false
		]
	])('%s → %s', (_name, rules, valid) => {
		expect(checkVoteRules(rules).ok).toBe(valid);
	});
});
