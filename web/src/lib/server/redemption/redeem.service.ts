import { poolRandomBytes } from '../crypto/random-pool';
import type postgres from 'postgres';
import { err, ok, type Result } from '../../../../../chain/core/shared';
import { isOfferOpen, monthKey, voucherExpiry } from '../../domain/redemption/redeem-rules';
import { voucherCodeFrom } from '../../domain/redemption/voucher-code';
import { partnerCounterChannel } from '../../realtime/channels';
import { uuidv7 } from '../ledger/ids';
import { residentPoints } from './accounts';
import { logRefusal, type RedemptionDeps } from './deps';
import { toDate } from './rows';
import { batchPer } from '../tick-batch';
import {
	COUNTER_EVENT,
	failPending,
	holdFor,
	redeemBatch,
	type Ask,
	type RedeemServiceError,
	type Redeemer
} from './redeem-batch';
import { voucherById, type VoucherRow } from './vouchers.repository';

export { COUNTER_EVENT, type RedeemServiceError, type Redeemer };

// Concurrent requests are redeemed together (redeem-batch.ts), two batches at a time like the
// posting service: one commits while the next gathers requests (they lock the same offers' rows,
// so more in flight would only queue in PostgreSQL).
const batches = batchPer((deps: RedemptionDeps) => (asks: Ask[]) => redeemBatch(deps, asks), {
	maxInFlight: 2
});

interface OfferRow {
	id: number;
	partnerId: number;
	pricePoints: number;
	stock: number | null;
	monthlyLimit: number | null;
	validFrom: Date;
	validUntil: Date;
	voucherDays: number;
	status: 'draft' | 'live' | 'paused' | 'ended';
	inCommunity: boolean;
	/** int8 arrives as text; null when the resident has no account yet. */
	available: string | null;
}

/** Refusals the rules decide inside the reservation transaction; rolled back with it. */
class Refusal extends Error {
	constructor(readonly code: RedeemServiceError) {
		super(code);
	}
}

/**
 * Redeems an offer for a resident. `requestKey` is the resident's idempotency key (one per
 * confirmation page), so a double tap or a retried request returns the same voucher.
 *
 * Stock and the monthly limit are reserved in one short transaction with conditional updates
 * (the row lock makes concurrent redemptions of the last unit queue, and only one wins); the points
 * are then held through the posting service. If the hold is refused the reservation is undone.
 *
 * Errors: 'offer_not_found', 'offer_not_live', 'not_verified', 'not_in_community',
 * 'out_of_stock', 'monthly_limit', 'insufficient_points', 'ledger_refused'.
 */
export async function redeemOffer(
	deps: RedemptionDeps,
	who: Redeemer,
	input: { offerId: number; requestKey: string }
): Promise<Result<VoucherRow, RedeemServiceError>> {
	const answer = await batches(deps).add({ who, ...input });
	const result = answer === 'alone' ? await redeemAlone(deps, who, input) : answer;
	return logRefusal(deps, 'redeem', result, { userId: who.id, offerId: input.offerId });
}

/**
 * One request on its own: a replayed key, or a batch that failed as a whole (two instances
 * racing for one key). Each step is one short transaction, as described above.
 */
async function redeemAlone(
	deps: RedemptionDeps,
	who: Redeemer,
	input: { offerId: number; requestKey: string }
): Promise<Result<VoucherRow, RedeemServiceError>> {
	const [earlier] = await deps.sql<{ id: string }[]>`
		select id from vouchers where user_id = ${who.id} and request_key = ${input.requestKey}`;
	if (earlier) return finishVoucher(deps, earlier.id);
	if (who.status !== 'verified') return err('not_verified');
	if (who.communityId === null) return err('not_in_community');
	const account = await residentPoints(deps, who.id);
	let reserved: { id: string; partnerId: number };
	try {
		reserved = await deps.sql.begin((tx) => reserve(deps, tx, who, account, input));
	} catch (error) {
		if (error instanceof Refusal) return err(error.code);
		throw error;
	}
	const result = await finishVoucher(deps, reserved.id);
	if (result.ok) {
		// Best effort and never throws: the counter's live list must not slow the resident down.
		void deps.realtime.trigger(partnerCounterChannel(reserved.partnerId), COUNTER_EVENT.redeemed, {
			offerId: input.offerId
		});
	}
	return result;
}

async function reserve(
	deps: RedemptionDeps,
	tx: postgres.TransactionSql,
	who: Redeemer,
	account: string,
	input: { offerId: number; requestKey: string }
): Promise<{ id: string; partnerId: number }> {
	const now = deps.now();
	const [raw] = await tx<OfferRow[]>`
		select o.id, o.partner_id as "partnerId", o.price_points as "pricePoints", o.stock,
			o.monthly_limit as "monthlyLimit", o.valid_from as "validFrom", o.valid_until as "validUntil",
			o.voucher_days as "voucherDays", o.status,
			exists(select 1 from offer_communities c where c.offer_id = o.id and c.community_id = ${who.communityId}) as "inCommunity",
			(select credits_posted - debits_posted - debits_pending from ledger_accounts where id = ${account}) as available
		from offers o where o.id = ${input.offerId}`;
	if (!raw) throw new Refusal('offer_not_found');
	const offer = { ...raw, validFrom: toDate(raw.validFrom), validUntil: toDate(raw.validUntil) };
	if (!isOfferOpen(offer, now)) throw new Refusal('offer_not_live');
	if (!offer.inCommunity) throw new Refusal('not_in_community');
	// A cheap early answer; the hold below is what really enforces the balance.
	if (Number(offer.available ?? 0) < offer.pricePoints) throw new Refusal('insufficient_points');
	if (offer.stock !== null) {
		const taken = await tx`update offers set redeemed = redeemed + 1
			where id = ${offer.id} and redeemed < stock returning id`;
		if (taken.length === 0) throw new Refusal('out_of_stock');
	}
	const month = monthKey(now);
	if (offer.monthlyLimit !== null) {
		const counted = await tx`
			insert into redemption_counts (user_id, offer_id, month, count)
			values (${who.id}, ${offer.id}, ${month}, 1)
			on conflict (user_id, offer_id, month) do update set count = redemption_counts.count + 1
			where redemption_counts.count < ${offer.monthlyLimit} returning count`;
		if (counted.length === 0) throw new Refusal('monthly_limit');
	}
	const id = uuidv7();
	const expiresAt = voucherExpiry(now, offer.voucherDays, offer.validUntil);
	await tx`insert into vouchers (id, code, offer_id, partner_id, user_id, community_id, request_key,
			points, month, status, expires_at)
		values (${id}, ${voucherCodeFrom(poolRandomBytes(7))}, ${offer.id}, ${offer.partnerId}, ${who.id},
			${who.communityId}, ${input.requestKey}, ${offer.pricePoints}, ${month}, 'pending', ${expiresAt.toISOString()})`;
	return { id, partnerId: offer.partnerId };
}

/**
 * Places the hold for a reserved voucher and issues it, or undoes the reservation when the ledger
 * refuses. Safe to repeat: the hold's idempotency key is the voucher's, so a retry after a crash
 * finds the first hold instead of making a second one.
 */
export async function finishVoucher(
	deps: RedemptionDeps,
	voucherId: string
): Promise<Result<VoucherRow, RedeemServiceError>> {
	const voucher = await voucherById(deps.sql, voucherId);
	if (!voucher) throw new Error(`voucher ${voucherId} vanished`);
	if (voucher.status === 'failed') return err('insufficient_points');
	if (voucher.status !== 'pending') return ok(voucher);
	const hold = await holdFor(deps, voucher);
	if (hold.ok) {
		await deps.sql`update vouchers set status = 'issued', hold_id = ${hold.value.id}
			where id = ${voucher.id} and status = 'pending'`;
		return ok({ ...voucher, status: 'issued', holdId: hold.value.id });
	}
	return err(await failPending(deps, voucher, hold.error));
}
