import { err, ok, type Result } from '../../../../../chain/core/shared';
import { logRefusal, type RedemptionDeps } from './deps';
import { recordVoid } from './voucher-notices';
import { releaseReservation, voucherById, type VoucherRow } from './vouchers.repository';

export type CancelError = 'voucher_not_found' | 'not_cancellable';

/**
 * Ends an unused voucher: claims it (issued → cancelled/expired, one conditional update, so a
 * counter confirming at the same moment either wins or loses, never both), gives its stock back,
 * then voids the hold so the points return. The void runs after the claim commits; if the process
 * dies in between, `retryUnfinished` replays it under the same idempotency key.
 */
export async function endVoucher(
	deps: RedemptionDeps,
	voucherId: string,
	outcome: 'cancelled' | 'expired',
	actorId: number
): Promise<Result<void, CancelError>> {
	const claimed = await deps.sql.begin(async (tx) => {
		const [row] = await tx<{ id: string }[]>`update vouchers set status = ${outcome}
			where id = ${voucherId} and status = 'issued' returning id`;
		if (!row) return null;
		const v = await voucherById(tx, voucherId);
		if (v) await releaseReservation(tx, v);
		return v;
	});
	if (!claimed) {
		const exists = await voucherById(deps.sql, voucherId);
		return err(exists ? 'not_cancellable' : 'voucher_not_found');
	}
	await voidHold(deps, claimed, actorId);
	return ok(undefined);
}

/** Voids a claimed voucher's hold and records the void; idempotent. */
export async function voidHold(
	deps: RedemptionDeps,
	v: VoucherRow,
	actorId: number
): Promise<void> {
	if (!v.holdId) throw new Error(`voucher ${v.id} has no hold`);
	const voided = await deps.ledger.void({
		holdId: v.holdId,
		idempotencyKey: `voucher:${v.id}:void`,
		kind: 'redeem.void',
		reference: `voucher:${v.id}/${v.status}`,
		actorId
	});
	if (!voided.ok) {
		// Only a hold resolved some other way can get here; the ledger is the truth, so log it.
		deps.log.warn('void refused', { voucherId: v.id, error: voided.error });
		return;
	}
	await recordVoid(deps, v, voided.value.id, actorId);
}

/** The resident cancels their own unused voucher. Errors: 'voucher_not_found', 'not_cancellable'. */
export async function cancelVoucher(
	deps: RedemptionDeps,
	userId: number,
	voucherId: string
): Promise<Result<void, CancelError>> {
	const v = await voucherById(deps.sql, voucherId);
	const result =
		!v || v.userId !== userId
			? err('voucher_not_found' as const)
			: await endVoucher(deps, voucherId, 'cancelled', userId);
	return logRefusal(deps, 'cancel', result, { userId, voucherId });
}
