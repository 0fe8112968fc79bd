import { err, ok, type Result } from '../../../../../chain/core/shared';
import { pointsToCents, type SettlementPeriod } from './settlement';

/** Most points a committee may ask for one yuan; beyond it a point is worth less than ¥0.0001. */
export const MAX_POINTS_PER_YUAN = 10_000;
/** The defaults a community has until its committee chooses (PRODUCT.md: 100 points = ¥1). */
export const DEFAULT_POINTS_PER_YUAN = 100;
export const DEFAULT_SETTLEMENT_PERIOD: SettlementPeriod = 'monthly';
export const SETTLEMENT_PERIODS: readonly SettlementPeriod[] = ['weekly', 'monthly'];

/**
 * The committee says "N points make ¥1". Whole numbers from 1 to 10,000 only, so every
 * conversion stays integer arithmetic (cents = points × 100 ÷ N, rounded half up).
 * Errors: 'rate_invalid'.
 */
export function checkPointsPerYuan(pointsPerYuan: number): Result<number, 'rate_invalid'> {
	if (!Number.isSafeInteger(pointsPerYuan)) return err('rate_invalid');
	if (pointsPerYuan < 1 || pointsPerYuan > MAX_POINTS_PER_YUAN) return err('rate_invalid');
	return ok(pointsPerYuan);
}

export function isSettlementPeriod(value: unknown): value is SettlementPeriod {
	return value === 'weekly' || value === 'monthly';
}

export interface RateExample {
	points: number;
	cents: number;
}

/**
 * What a rate means in practice, for the settings page: the partner's money for a few typical
 * voucher sizes, computed exactly as a statement would compute it.
 */
export function rateExamples(
	pointsPerYuan: number,
	sizes: readonly number[] = [100, 500, 2_000]
): RateExample[] {
	return sizes.map((points) => ({ points, cents: pointsToCents(points, pointsPerYuan) }));
}
