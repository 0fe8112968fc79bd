import { describe, expect, it } from 'vitest';
import type { Choice, VoteRules } from './ballot';
import { quorumMet, selectWithinBudget, tally, type OptionResult } from './tally';

const yesNo: VoteRules = {
	method: 'yes_no',
	options: [{ proposalId: 7, cost: 500 }],
	budget: null,
	seats: 1
};
const answers = (yes: number, no: number, abstain: number): Choice[] => [
	...Array.from({ length: yes }, () => ({ answer: 'yes' as const })),
	...Array.from({ length: no }, () => ({ answer: 'no' as const })),
	...Array.from({ length: abstain }, () => ({ answer: 'abstain' as const }))
];
const approve = (...ids: number[]): Choice => ({ approve: ids });

describe('quorumMet', () => {
	it.each([
		[0, 0, 0, true],
		[0, 10, 0, true],
		[2, 10, 20, true],
		[1, 10, 20, false],
		[3, 10, 25, true],
		[2, 10, 25, false],
		[10, 10, 100, true],
		[0, 10, 1, false]
	])('turnout %i of %i with quorum %i%% → %s', (turnout, eligible, percent, expected) => {
		expect(quorumMet(turnout, eligible, percent)).toBe(expected);
	});
});

describe('tally: yes/no/abstain', () => {
	it.each([
		{ yes: 6, no: 3, abstain: 1, quorum: 0, passed: true },
		{ yes: 3, no: 3, abstain: 4, quorum: 0, passed: false },
		{ yes: 3, no: 4, abstain: 0, quorum: 0, passed: false },
		{ yes: 1, no: 0, abstain: 9, quorum: 0, passed: true },
		{ yes: 0, no: 0, abstain: 0, quorum: 0, passed: false },
		{ yes: 4, no: 1, abstain: 0, quorum: 60, passed: false },
		{ yes: 4, no: 1, abstain: 1, quorum: 60, passed: true }
	])('should decide $yes yes, $no no, $abstain abstain, quorum $quorum% → passed $passed', (c) => {
		const result = tally(yesNo, answers(c.yes, c.no, c.abstain), {
			eligible: 10,
			quorumPercent: c.quorum
		});
		expect(result.answers).toEqual({ yes: c.yes, no: c.no, abstain: c.abstain });
		expect(result.turnout).toBe(c.yes + c.no + c.abstain);
		expect(result.winners).toEqual(c.passed ? [7] : []);
		expect(result.options[0]?.selected).toBe(c.passed);
	});
});

describe('tally: approval voting', () => {
	const rules: VoteRules = {
		method: 'approval',
		options: [
			{ proposalId: 1, cost: 300 },
			{ proposalId: 2, cost: 100 },
			{ proposalId: 3, cost: 200 }
		],
		budget: null,
		seats: 1
	};

	it.each([
		{
			name: 'clear winner',
			ballots: [approve(1), approve(1, 2), approve(3)],
			seats: 1,
			winners: [1]
		},
		{ name: 'tie goes to the cheaper', ballots: [approve(1), approve(2)], seats: 1, winners: [2] },
		{
			name: 'tie on cost goes to the older',
			ballots: [approve(1, 3), approve(3, 1)],
			seats: 1,
			winners: [3]
		},
		{
			name: 'two seats',
			ballots: [approve(1, 2), approve(1), approve(3)],
			seats: 2,
			winners: [1, 2]
		},
		{ name: 'no approvals, no winner', ballots: [approve(), approve()], seats: 1, winners: [] }
	])('should pick winners: $name', ({ ballots, seats, winners }) => {
		const result = tally({ ...rules, seats }, ballots, { eligible: 5, quorumPercent: 0 });
		expect(result.winners).toEqual(winners);
		expect(result.turnout).toBe(ballots.length);
	});

	it('should count each approval once per ballot', () => {
		const result = tally(rules, [approve(1, 2), approve(2)], { eligible: 5, quorumPercent: 0 });
		expect(result.options.map((o) => [o.proposalId, o.votes])).toEqual([
			[1, 1],
			[2, 2],
			[3, 0]
		]);
	});

	it('should pick nobody without quorum', () => {
		const result = tally(rules, [approve(1)], { eligible: 5, quorumPercent: 50 });
		expect(result.quorumMet).toBe(false);
		expect(result.winners).toEqual([]);
	});
});

describe('tally: participatory budgeting', () => {
	const rules: VoteRules = {
		method: 'budget',
		options: [
			{ proposalId: 1, cost: 600 },
			{ proposalId: 2, cost: 500 },
			{ proposalId: 3, cost: 300 },
			{ proposalId: 4, cost: 200 }
		],
		budget: 1000,
		seats: 1
	};

	it.each([
		{
			name: 'greedy skips what no longer fits',
			ballots: [approve(1, 4), approve(1, 3), approve(1, 2), approve(2), approve(3)],
			winners: [1, 3],
			spent: 900
		},
		{
			name: 'tie broken by cost',
			ballots: [approve(1), approve(2, 3)],
			winners: [3, 2],
			spent: 800
		},
		{
			name: 'fills with a smaller one later',
			ballots: [approve(2, 4), approve(2, 3), approve(1), approve(2)],
			winners: [2, 4, 3],
			spent: 1000
		},
		{ name: 'unvoted proposals are not funded', ballots: [approve(4)], winners: [4], spent: 200 }
	])('should select: $name', ({ ballots, winners, spent }) => {
		const result = tally(rules, ballots, { eligible: 10, quorumPercent: 0 });
		expect(result.winners).toEqual(winners);
		expect(result.spent).toBe(spent);
		expect(result.spent).toBeLessThanOrEqual(1000);
	});

	it('selectWithinBudget should never exceed the budget', () => {
		const ranked: OptionResult[] = [
			{ proposalId: 1, cost: 700, votes: 5, selected: false },
			{ proposalId: 2, cost: 400, votes: 4, selected: false },
			{ proposalId: 3, cost: 300, votes: 3, selected: false }
		];
		expect(selectWithinBudget(ranked, 1000)).toEqual([1, 3]);
		expect(selectWithinBudget(ranked, 0)).toEqual([]);
	});
});
