import { err, ok, type Result } from '$core/shared';

export interface Voter {
	status: 'unverified' | 'verified' | 'rejected' | 'disabled';
	communityId: number | null;
	/** When the status last changed; for a verified resident, when they were verified. */
	statusChangedAt: Date | null;
}

export interface VoteWindow {
	communityId: number;
	opensAt: Date;
	closesAt: Date;
}

export type EligibilityError = 'not_verified' | 'wrong_community' | 'verified_after_opening';
export type WindowError = 'vote_not_open' | 'vote_closed';

/**
 * Eligible = a resident of the vote's community, verified before the vote opened. Someone
 * verified later waits for the next vote: the roll is fixed when the window opens, so the
 * turnout denominator cannot move while people vote.
 * Errors: 'not_verified', 'wrong_community', 'verified_after_opening'.
 */
export function checkEligibility(voter: Voter, vote: VoteWindow): Result<true, EligibilityError> {
	if (voter.status !== 'verified') return err('not_verified');
	if (voter.communityId !== vote.communityId) return err('wrong_community');
	if (!voter.statusChangedAt || voter.statusChangedAt.getTime() > vote.opensAt.getTime()) {
		return err('verified_after_opening');
	}
	return ok(true);
}

/** Ballots are accepted from opensAt (inclusive) to closesAt (exclusive). Errors: 'vote_not_open', 'vote_closed'. */
export function checkWindow(vote: VoteWindow, now: Date): Result<true, WindowError> {
	if (now.getTime() < vote.opensAt.getTime()) return err('vote_not_open');
	if (now.getTime() >= vote.closesAt.getTime()) return err('vote_closed');
	return ok(true);
}

/** A window must have positive length and end in the future. Errors: 'invalid_window'. */
export function checkNewWindow(
	opensAt: Date,
	closesAt: Date,
	now: Date
): Result<true, 'invalid_window'> {
	const valid = closesAt.getTime() > opensAt.getTime() && closesAt.getTime() > now.getTime();
	return valid ? ok(true) : err('invalid_window');
}
