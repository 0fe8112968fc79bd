import type { CodeError } from '$lib/domain/timebank/qr-token';
import type { AwardReason, Presented, RecordedAtError, SortingCategory } from '$lib/domain/sorting';
import type { AccessSubject } from '$lib/domain/access';

/** One drop-off as the inspector's phone sends it. */
export interface DropoffInput {
	/** Made on the phone when the inspector tapped; the same drop-off always has the same id. */
	id: string;
	pointId: number;
	/** The scanned or typed personal code (`<id>-<six digits>`) or household card number. */
	presented: string;
	category: SortingCategory;
	correct: boolean;
	note: string | null;
	recordedAt: Date;
	photo: { mime: string; data: string } | null;
}

/**
 * Why a drop-off was refused. Each maps to `sorting.error.<code>`.
 * - `invalid_request`: a malformed id, category or time
 * - `unknown_code`: neither a personal code nor a card number
 * - `code_malformed` `code_expired` `code_invalid`: the personal code (see qr-token)
 * - `unknown_card`, `no_household`, `resident_not_verified`, `outside_community`
 * - `point_not_found`, `not_assigned`, `category_not_accepted`, `point_closed`
 * - `recorded_in_future`, `recorded_too_long_ago`: the phone's time
 * - `too_fast`: a burst (flagged to the committee)
 * - `duplicate_id`: the id belongs to another inspector's drop-off
 * - `duplicate_dropoff`: the same bag (household, point, category) was recorded a moment ago
 */
export type RecordError =
	| 'invalid_request'
	| 'unknown_code'
	| CodeError
	| 'unknown_card'
	| 'no_household'
	| 'resident_not_verified'
	| 'outside_community'
	| 'point_not_found'
	| 'not_assigned'
	| 'category_not_accepted'
	| 'point_closed'
	| RecordedAtError
	| 'too_fast'
	| 'duplicate_id'
	| 'duplicate_dropoff';

export interface RecordedDropoff {
	id: string;
	/** `replayed`: the id had been recorded before; nothing new happened. */
	status: 'recorded' | 'replayed';
	points: number;
	reason: AwardReason;
	householdId: number;
	/** False when the points wait for the pool to be refilled (the sweep pays them later). */
	paid: boolean;
}

/** A drop-off that passed the checks that need no database. */
export interface Checked {
	inspector: AccessSubject;
	input: DropoffInput;
	who: Presented;
	recordedAt: Date;
	day: string;
}
