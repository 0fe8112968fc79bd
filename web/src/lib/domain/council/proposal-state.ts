import { err, ok, type Result } from '$core/shared';

/**
 * The 民生微实事 life cycle. `submitted` is "under review"; `evaluation` is after the work is
 * done, when residents rate the result. `rejected`, `merged` and `failed` are final.
 */
export const PROPOSAL_STATES = [
	'draft',
	'submitted',
	'rejected',
	'merged',
	'discussion',
	'voting',
	'passed',
	'failed',
	'implementation',
	'evaluation'
] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

export type ProposalAction =
	| 'submit'
	| 'accept'
	| 'reject'
	| 'merge'
	| 'open_vote'
	| 'pass'
	| 'fail'
	| 'start_implementation'
	| 'complete';

/** From which state each action may be taken, and where it leads. */
const TRANSITIONS: Record<ProposalAction, { from: readonly ProposalState[]; to: ProposalState }> = {
	submit: { from: ['draft'], to: 'submitted' },
	accept: { from: ['submitted'], to: 'discussion' },
	reject: { from: ['submitted'], to: 'rejected' },
	merge: { from: ['submitted', 'discussion'], to: 'merged' },
	open_vote: { from: ['discussion'], to: 'voting' },
	pass: { from: ['voting'], to: 'passed' },
	fail: { from: ['voting'], to: 'failed' },
	start_implementation: { from: ['passed'], to: 'implementation' },
	complete: { from: ['implementation'], to: 'evaluation' }
};

export type TransitionError = 'invalid_transition';

/** The state after `action`. Errors: 'invalid_transition' when the action does not apply. */
export function transition(
	state: ProposalState,
	action: ProposalAction
): Result<ProposalState, TransitionError> {
	const rule = TRANSITIONS[action];
	return rule.from.includes(state) ? ok(rule.to) : err('invalid_transition');
}

export function isProposalState(value: unknown): value is ProposalState {
	return typeof value === 'string' && (PROPOSAL_STATES as readonly string[]).includes(value);
}

/** After submission the text is frozen: changes are only visible amendments. */
export function canEditText(state: ProposalState): boolean {
	return state === 'draft';
}

export function canAmend(state: ProposalState): boolean {
	return state === 'submitted' || state === 'discussion';
}

/** Residents comment and support only while the proposal is discussed (and while it is voted on, comment). */
export function canSupport(state: ProposalState): boolean {
	return state === 'discussion';
}

export function canComment(state: ProposalState): boolean {
	return state === 'discussion' || state === 'voting';
}

export function canRate(state: ProposalState): boolean {
	return state === 'evaluation';
}

/** Whether the committee may open a vote: by its own decision, or because support reached the threshold. */
export function voteReady(input: {
	state: ProposalState;
	supportCount: number;
	supportThreshold: number;
	byDecision: boolean;
}): Result<true, 'invalid_transition' | 'support_below_threshold'> {
	if (input.state !== 'discussion') return err('invalid_transition');
	if (input.byDecision || input.supportCount >= input.supportThreshold) return ok(true);
	return err('support_below_threshold');
}
