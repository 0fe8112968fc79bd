import { err, ok, type Result } from '$core/shared';

/**
 * - `not_verified`: unverified people may browse but not sign up.
 * - `not_published`: a draft, cancelled or finished activity.
 * - `outside_community`: the activity is not for the person's community.
 * - `deadline_passed`: the sign-up deadline is over.
 * - `slot_started`: the slot has already begun.
 * - `already_signed_up`: the person is on the list or the waiting list already.
 */
export type SignupError =
	| 'not_verified'
	| 'not_published'
	| 'outside_community'
	| 'deadline_passed'
	| 'slot_started'
	| 'already_signed_up';

export interface SignupFacts {
	verified: boolean;
	activityStatus: 'draft' | 'published' | 'cancelled' | 'finished';
	inAudience: boolean;
	deadline: Date;
	slotStartsAt: Date;
	capacity: number;
	/** People holding a place now (not counting the waiting list). */
	taken: number;
	/** The person's current entry on this slot, if any. */
	existing: 'signed_up' | 'waiting' | 'cancelled' | null;
	now: Date;
}

/**
 * Decides a sign-up: a free place gives `signed_up`, a full slot puts the person on the waiting
 * list. The caller holds the slot row locked while it counts `taken`, so the answer stays true
 * until it commits. Errors: see SignupError.
 */
export function decideSignup(f: SignupFacts): Result<'signed_up' | 'waiting', SignupError> {
	if (!f.verified) return err('not_verified');
	if (f.activityStatus !== 'published') return err('not_published');
	if (!f.inAudience) return err('outside_community');
	if (f.now.getTime() > f.deadline.getTime()) return err('deadline_passed');
	if (f.now.getTime() >= f.slotStartsAt.getTime()) return err('slot_started');
	if (f.existing === 'signed_up' || f.existing === 'waiting') return err('already_signed_up');
	return ok(f.taken < f.capacity ? 'signed_up' : 'waiting');
}

/** `not_signed_up` when there is nothing to cancel; `deadline_passed` after the deadline. */
export type CancelError = 'not_signed_up' | 'deadline_passed';

export function decideCancel(f: {
	existing: 'signed_up' | 'waiting' | 'cancelled' | null;
	deadline: Date;
	now: Date;
}): Result<'signed_up' | 'waiting', CancelError> {
	if (f.existing !== 'signed_up' && f.existing !== 'waiting') return err('not_signed_up');
	// Someone on the waiting list may always step off it; a held place is released only in time.
	if (f.existing === 'signed_up' && f.now.getTime() > f.deadline.getTime()) {
		return err('deadline_passed');
	}
	return ok(f.existing);
}

export interface WaitingEntry {
	id: number;
	userId: number;
	queuedAt: Date;
}

/**
 * Who moves up when places free: the earliest on the waiting list first (ties by entry id, which
 * grows with insertion), as many as there are free places.
 */
export function promoteFromWaitingList(
	waiting: readonly WaitingEntry[],
	freePlaces: number
): WaitingEntry[] {
	if (freePlaces <= 0) return [];
	return [...waiting]
		.sort((a, b) => a.queuedAt.getTime() - b.queuedAt.getTime() || a.id - b.id)
		.slice(0, freePlaces);
}
