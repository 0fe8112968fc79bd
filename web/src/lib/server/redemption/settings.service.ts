import { and, eq, isNull, sql } from 'drizzle-orm';
import { can, type AccessSubject } from '../../domain/access';
import {
	checkPointsPerYuan,
	DEFAULT_POINTS_PER_YUAN,
	DEFAULT_SETTLEMENT_PERIOD
} from '../../domain/redemption/rate';
import type { SettlementPeriod } from '../../domain/redemption/settlement';
import { err, ok, type Result } from '../../../../../chain/core/shared';
import { communityRedemptionSettings, nodes, vouchers } from '../../../../../db/schema';
import { record } from '../audit';
import type { Db, Executor } from '../auth/db';

export interface RedemptionSettings {
	pointsPerYuan: number;
	period: SettlementPeriod;
	/** When the committee last changed them; null while the community uses the defaults. */
	updatedAt: Date | null;
}

/** Captured points that no statement holds yet: the next statement converts them. */
export interface UnsettledPoints {
	vouchers: number;
	points: number;
}

export interface SettingsDeps {
	db: Db;
	now: () => Date;
}

/**
 * Why a change is refused: `not_found` (no such community), `forbidden` (not the committee of
 * it), `rate_invalid` (not a whole number of points from 1 to 10,000).
 */
export type SettingsError = 'not_found' | 'forbidden' | 'rate_invalid';

export async function redemptionSettingsOf(
	db: Executor,
	communityId: number
): Promise<RedemptionSettings> {
	const [row] = await db
		.select()
		.from(communityRedemptionSettings)
		.where(eq(communityRedemptionSettings.communityId, communityId));
	if (!row) {
		return {
			pointsPerYuan: DEFAULT_POINTS_PER_YUAN,
			period: DEFAULT_SETTLEMENT_PERIOD,
			updatedAt: null
		};
	}
	return { pointsPerYuan: row.pointsPerYuan, period: row.period, updatedAt: row.updatedAt };
}

export async function unsettledPoints(db: Executor, communityId: number): Promise<UnsettledPoints> {
	const [row] = await db
		.select({
			vouchers: sql<number>`count(*)::int`,
			points: sql<number>`coalesce(sum(${vouchers.points}), 0)::int`
		})
		.from(vouchers)
		.where(
			and(
				eq(vouchers.communityId, communityId),
				eq(vouchers.status, 'used'),
				isNull(vouchers.statementId)
			)
		);
	return row ?? { vouchers: 0, points: 0 };
}

/**
 * The committee sets how many points make ¥1 and how often partners are settled. Statements keep
 * the rate they were made at, so a change only reaches statements made after it; points already
 * captured but not yet on a statement are converted at the new rate (the page says how many, so
 * the committee can settle them first). Audited as `redemption.settings` with before and after;
 * saving the same values again changes and records nothing.
 */
export async function setRedemptionSettings(
	deps: SettingsDeps,
	user: AccessSubject,
	input: { communityId: number; pointsPerYuan: number; period: SettlementPeriod }
): Promise<Result<RedemptionSettings, SettingsError>> {
	const rate = checkPointsPerYuan(input.pointsPerYuan);
	if (!rate.ok) return rate;
	return deps.db.transaction(async (tx): Promise<Result<RedemptionSettings, SettingsError>> => {
		const [place] = await tx.select().from(nodes).where(eq(nodes.id, input.communityId));
		if (!place || place.level !== 'community') return err('not_found');
		if (!can(user, 'settings.manage', place.path)) return err('forbidden');
		// The row lock makes two committee members saving at once take turns, so each audit entry's
		// "before" is what the other one saved.
		const [locked] = await tx
			.select()
			.from(communityRedemptionSettings)
			.where(eq(communityRedemptionSettings.communityId, place.id))
			.for('update');
		const before = {
			pointsPerYuan: locked?.pointsPerYuan ?? DEFAULT_POINTS_PER_YUAN,
			period: locked?.period ?? DEFAULT_SETTLEMENT_PERIOD
		};
		const after = { pointsPerYuan: rate.value, period: input.period };
		if (locked && before.pointsPerYuan === after.pointsPerYuan && before.period === after.period) {
			return ok({ ...after, updatedAt: locked.updatedAt });
		}
		const updatedAt = deps.now();
		await tx
			.insert(communityRedemptionSettings)
			.values({ communityId: place.id, ...after, updatedAt })
			.onConflictDoUpdate({
				target: communityRedemptionSettings.communityId,
				set: { ...after, updatedAt }
			});
		await record(tx, {
			actorId: user.id,
			action: 'redemption.settings',
			target: { type: 'community', id: place.id },
			nodePath: place.path,
			before: locked ? before : { ...before, defaults: true },
			after,
			at: updatedAt
		});
		return ok({ ...after, updatedAt });
	});
}
