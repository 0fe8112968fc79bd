import { err, ok, type Result } from '$core/shared';

/**
 * - `minutes_invalid`: not a whole, positive number of minutes.
 * - `self_donation`: giving hours to oneself.
 * - `insufficient_banked_hours`: more than the donor has earned and kept; borrowed hours
 *   (a negative balance under the credit limit) cannot be given away.
 */
export type DonationError = 'minutes_invalid' | 'self_donation' | 'insufficient_banked_hours';

export function checkDonation(f: {
	donorId: number;
	recipientId: number | null;
	minutes: number;
	/** The donor's available hour balance, in minutes. */
	availableMinutes: number;
}): Result<true, DonationError> {
	if (!Number.isSafeInteger(f.minutes) || f.minutes <= 0) return err('minutes_invalid');
	if (f.recipientId === f.donorId) return err('self_donation');
	if (f.minutes > f.availableMinutes) return err('insufficient_banked_hours');
	return ok(true);
}

/** A care-pool grant needs a reason and cannot exceed what the pool holds. */
export type GrantError = 'minutes_invalid' | 'reason_required' | 'pool_too_small';

export function checkCareGrant(f: {
	minutes: number;
	reason: string;
	poolMinutes: number;
}): Result<true, GrantError> {
	if (!Number.isSafeInteger(f.minutes) || f.minutes <= 0) return err('minutes_invalid');
	if (f.reason.trim().length === 0) return err('reason_required');
	if (f.minutes > f.poolMinutes) return err('pool_too_small');
	return ok(true);
}
