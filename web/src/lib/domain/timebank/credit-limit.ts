import { err, ok, type Result } from '$core/shared';

/** The most a committee may let residents borrow: PRODUCT.md's default is 10 h. */
export const MAX_CREDIT_LIMIT_HOURS = 50;

/**
 * The committee says "residents may use up to N hours before earning them"; the ledger keeps
 * that as a floor of −N·60 minutes. Whole hours from 0 to 50 only.
 */
export function creditLimitFloor(hours: number): Result<number, 'hours_invalid'> {
	if (!Number.isSafeInteger(hours) || hours < 0 || hours > MAX_CREDIT_LIMIT_HOURS) {
		return err('hours_invalid');
	}
	// `|| 0` keeps 0 h from becoming −0.
	return ok(-hours * 60 || 0);
}

/** The hours to show for a floor in minutes (−600 → 10). */
export function creditLimitHours(floorMinutes: number): number {
	return Math.round(-floorMinutes / 60) || 0;
}
