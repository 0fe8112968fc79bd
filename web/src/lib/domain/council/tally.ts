import type { Choice, VoteRules } from './ballot';

export interface OptionResult {
	proposalId: number;
	cost: number;
	/** Approvals (or yes votes for a yes/no vote). */
	votes: number;
	selected: boolean;
}

export interface TallyResult {
	method: VoteRules['method'];
	eligible: number;
	turnout: number;
	quorumPercent: number;
	quorumMet: boolean;
	/** Yes/no votes only. */
	answers: { yes: number; no: number; abstain: number } | null;
	options: OptionResult[];
	/** The proposals that passed, in the order they were chosen. */
	winners: number[];
	/** Participatory budgeting only: what the winners cost together. */
	spent: number | null;
}

/** Quorum = minimum turnout as a share of the eligible roll, in whole percent. */
export function quorumMet(turnout: number, eligible: number, quorumPercent: number): boolean {
	return turnout * 100 >= quorumPercent * eligible;
}

/**
 * Ranks options for selection: more votes first; on a tie the cheaper proposal, then the older
 * one (lower id). Fixed and published, so anyone recounting gets the same winners.
 */
export function rankOptions(options: readonly OptionResult[]): OptionResult[] {
	return [...options].sort(
		(a, b) => b.votes - a.votes || a.cost - b.cost || a.proposalId - b.proposalId
	);
}

/** Greedy participatory budgeting: walk the ranking, keep each proposal that still fits. */
export function selectWithinBudget(ranked: readonly OptionResult[], budget: number): number[] {
	let remaining = budget;
	const chosen: number[] = [];
	for (const option of ranked) {
		if (option.votes > 0 && option.cost <= remaining) {
			chosen.push(option.proposalId);
			remaining -= option.cost;
		}
	}
	return chosen;
}

function countApprovals(rules: VoteRules, ballots: readonly Choice[]): Map<number, number> {
	const counts = new Map(rules.options.map((o) => [o.proposalId, 0]));
	for (const ballot of ballots) {
		if (!('approve' in ballot)) continue;
		for (const id of ballot.approve) {
			const current = counts.get(id);
			if (current !== undefined) counts.set(id, current + 1);
		}
	}
	return counts;
}

/**
 * Counts the ballots of a closed vote. Pure and deterministic: the server and anyone recounting
 * the published list get the same result. Without quorum nothing passes.
 * - yes_no: passes when yes > no (abstentions count for turnout only; a tie fails).
 * - approval: the `seats` best-ranked proposals with at least one approval win.
 * - budget: greedy by votes within the budget (see selectWithinBudget).
 */
export function tally(
	rules: VoteRules,
	ballots: readonly Choice[],
	roll: { eligible: number; quorumPercent: number }
): TallyResult {
	const turnout = ballots.length;
	const met = quorumMet(turnout, roll.eligible, roll.quorumPercent);
	const base = {
		method: rules.method,
		eligible: roll.eligible,
		turnout,
		quorumPercent: roll.quorumPercent,
		quorumMet: met
	};
	if (rules.method === 'yes_no') {
		const answers = { yes: 0, no: 0, abstain: 0 };
		for (const b of ballots) if ('answer' in b) answers[b.answer] += 1;
		const option = rules.options[0];
		const passed = met && answers.yes > answers.no && option !== undefined;
		const options = option ? [{ ...option, votes: answers.yes, selected: passed }] : [];
		return {
			...base,
			answers,
			options,
			winners: passed && option ? [option.proposalId] : [],
			spent: null
		};
	}
	const counts = countApprovals(rules, ballots);
	const results = rules.options.map((o) => ({
		...o,
		votes: counts.get(o.proposalId) ?? 0,
		selected: false
	}));
	const ranked = rankOptions(results);
	let winners: number[] = [];
	if (met && rules.method === 'budget') winners = selectWithinBudget(ranked, rules.budget ?? 0);
	if (met && rules.method === 'approval') {
		winners = ranked
			.filter((o) => o.votes > 0)
			.slice(0, rules.seats)
			.map((o) => o.proposalId);
	}
	const won = new Set(winners);
	const options = results.map((o) => ({ ...o, selected: won.has(o.proposalId) }));
	const spent =
		rules.method === 'budget'
			? options.filter((o) => o.selected).reduce((s, o) => s + o.cost, 0)
			: null;
	return { ...base, answers: null, options, winners, spent };
}
