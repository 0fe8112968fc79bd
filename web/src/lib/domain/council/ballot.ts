import { err, ok, type Result } from '$core/shared';

export const VOTE_METHODS = ['yes_no', 'approval', 'budget'] as const;
/**
 * - `yes_no`: one proposal; each ballot says yes, no or abstain.
 * - `approval`: several proposals; each ballot approves any number of them.
 * - `budget`: participatory budgeting; each ballot approves proposals whose costs fit the budget.
 */
export type VoteMethod = (typeof VOTE_METHODS)[number];

export const ANSWERS = ['yes', 'no', 'abstain'] as const;
export type Answer = (typeof ANSWERS)[number];

/** What a ballot says. Approval lists are sorted and unique, so equal ballots look equal. */
export type Choice = { answer: Answer } | { approve: number[] };

export interface VoteOption {
	proposalId: number;
	/** Estimated cost in whole yuan; used by participatory budgeting. */
	cost: number;
}

export interface VoteRules {
	method: VoteMethod;
	options: readonly VoteOption[];
	/** Participatory budgeting only: the most a ballot (and the winners together) may cost. */
	budget: number | null;
	/** Approval only: how many proposals win. */
	seats: number;
}

export type BallotError = 'invalid_choice' | 'unknown_option' | 'over_budget';

/**
 * Checks a ballot against the vote before anything is stored. Errors: 'invalid_choice' (wrong
 * shape for the method), 'unknown_option' (a proposal that is not in this vote),
 * 'over_budget' (the approved proposals cost more than the budget).
 */
export function validateBallot(rules: VoteRules, choice: Choice): Result<Choice, BallotError> {
	if (rules.method === 'yes_no') {
		if (!('answer' in choice) || !(ANSWERS as readonly string[]).includes(choice.answer)) {
			return err('invalid_choice');
		}
		return ok({ answer: choice.answer });
	}
	if (!('approve' in choice) || !Array.isArray(choice.approve)) return err('invalid_choice');
	if (!choice.approve.every((id) => Number.isSafeInteger(id) && id > 0)) {
		return err('invalid_choice');
	}
	const ids = [...new Set(choice.approve)].sort((a, b) => a - b);
	if (ids.length !== choice.approve.length) return err('invalid_choice');
	const byId = new Map(rules.options.map((o) => [o.proposalId, o]));
	if (!ids.every((id) => byId.has(id))) return err('unknown_option');
	if (rules.method === 'budget') {
		const total = ids.reduce((sum, id) => sum + (byId.get(id)?.cost ?? 0), 0);
		if (rules.budget === null || total > rules.budget) return err('over_budget');
	}
	return ok({ approve: ids });
}

/** Reads a stored or submitted choice back; null when it is not a choice at all. */
export function parseChoice(value: unknown): Choice | null {
	if (typeof value !== 'object' || value === null) return null;
	const v = value as Record<string, unknown>;
	if (typeof v.answer === 'string' && (ANSWERS as readonly string[]).includes(v.answer)) {
		return { answer: v.answer as Answer };
	}
	if (Array.isArray(v.approve) && v.approve.every((n) => typeof n === 'number')) {
		return { approve: v.approve as number[] };
	}
	return null;
}

/** Whether the rules of a new vote make sense. Errors: 'invalid_vote'. */
export function checkVoteRules(rules: VoteRules): Result<VoteRules, 'invalid_vote'> {
	const ids = rules.options.map((o) => o.proposalId);
	const unique = new Set(ids).size === ids.length;
	const costsOk = rules.options.every((o) => Number.isSafeInteger(o.cost) && o.cost >= 0);
	const shapeOk =
		rules.method === 'yes_no'
			? rules.options.length === 1
			: rules.options.length >= 2 &&
				(rules.method !== 'budget' || (rules.budget !== null && rules.budget > 0)) &&
				(rules.method !== 'approval' || (rules.seats >= 1 && rules.seats < rules.options.length));
	return unique && costsOk && shapeOk ? ok(rules) : err('invalid_vote');
}
