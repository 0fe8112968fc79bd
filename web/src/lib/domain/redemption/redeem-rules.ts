import { err, ok, type Result } from '../../../../../chain/core/shared';

/** China keeps one time zone all year; months and periods are counted in it. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Why a redemption is refused, before any point moves:
 * - `offer_not_live`: a draft, paused or ended offer, or outside its validity window.
 * - `not_in_community`: the offer is not offered in the resident's community.
 * - `not_verified`: unverified residents may browse but not redeem (PRODUCT.md).
 * - `out_of_stock`, `monthly_limit`: the offer's stock or the per-resident limit is used up.
 * - `insufficient_points`: the available balance is below the price.
 */
export type RedeemError =
	| 'offer_not_live'
	| 'not_in_community'
	| 'not_verified'
	| 'out_of_stock'
	| 'monthly_limit'
	| 'insufficient_points';

export interface OfferTerms {
	status: 'draft' | 'live' | 'paused' | 'ended';
	validFrom: Date;
	validUntil: Date;
	communityIds: readonly number[];
	stock: number | null;
	redeemed: number;
	monthlyLimit: number | null;
	pricePoints: number;
}

export interface Redeemer {
	verified: boolean;
	communityId: number | null;
	/** Vouchers of this offer the resident took this month. */
	takenThisMonth: number;
	availablePoints: number;
}

/**
 * The checks a resident sees before confirming. The same stock and limit checks run again inside
 * the database under a row lock, because between this answer and the confirmation anyone may
 * have taken the last unit; this function is for the page, the database is for the truth.
 */
export function checkRedeem(
	offer: OfferTerms,
	who: Redeemer,
	now: Date
): Result<void, RedeemError> {
	if (!isOfferOpen(offer, now)) return err('offer_not_live');
	if (!who.verified) return err('not_verified');
	if (who.communityId === null || !offer.communityIds.includes(who.communityId)) {
		return err('not_in_community');
	}
	if (offer.stock !== null && offer.redeemed >= offer.stock) return err('out_of_stock');
	if (offer.monthlyLimit !== null && who.takenThisMonth >= offer.monthlyLimit) {
		return err('monthly_limit');
	}
	if (who.availablePoints < offer.pricePoints) return err('insufficient_points');
	return ok(undefined);
}

export function isOfferOpen(
	offer: Pick<OfferTerms, 'status' | 'validFrom' | 'validUntil'>,
	now: Date
): boolean {
	return offer.status === 'live' && now >= offer.validFrom && now < offer.validUntil;
}

/** The month a redemption counts against, in China time: '2026-01'. */
export function monthKey(now: Date): string {
	return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 7);
}

/**
 * When a new voucher stops being valid: `voucherDays` from now, but never after the offer ends,
 * since the partner promised the service only within the offer's window.
 */
export function voucherExpiry(now: Date, voucherDays: number, offerValidUntil: Date): Date {
	const byDays = now.getTime() + voucherDays * DAY_MS;
	return new Date(Math.min(byDays, offerValidUntil.getTime()));
}

/** Whether a voucher can still be confirmed at the counter at `now`. */
export function isVoucherUsable(voucher: { status: string; expiresAt: Date }, now: Date): boolean {
	return voucher.status === 'issued' && now < voucher.expiresAt;
}
