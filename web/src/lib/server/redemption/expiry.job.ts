import type { Task } from 'graphile-worker';
import { redemption, type RedemptionDeps } from './deps';
import { finishVoucher } from './redeem.service';
import { captureHold } from './counter.service';
import { endVoucher, voidHold } from './void-voucher';
import { voucherById } from './vouchers.repository';

export const VOUCHER_EXPIRY_TASK = 'redemption_expire_vouchers';
/** Every five minutes: a voucher is void at most five minutes after it expires. */
export const VOUCHER_EXPIRY_CRONTAB = `*/5 * * * * ${VOUCHER_EXPIRY_TASK}`;

/** A reservation older than this without a hold was interrupted (crash, restart). */
const STUCK_AFTER_MS = 2 * 60 * 1000;
const BATCH = 500;

/**
 * Voids expired vouchers (points back to residents, stock back to offers) and finishes
 * redemptions a crash interrupted between reserving stock and holding points. Returns counts.
 */
export async function expireVouchers(
	deps: RedemptionDeps
): Promise<{ expired: number; repaired: number }> {
	const now = deps.now();
	const stuckBefore = new Date(now.getTime() - STUCK_AFTER_MS);
	const stuck = await deps.sql<{ id: string }[]>`
		select id from vouchers where status = 'pending' and created_at < ${stuckBefore.toISOString()} limit ${BATCH}`;
	for (const { id } of stuck) await finishVoucher(deps, id);
	const repaired = stuck.length + (await retryUnfinished(deps, stuckBefore));
	const due = await deps.sql<{ id: string }[]>`
		select id from vouchers where status = 'issued' and expires_at <= ${now.toISOString()}
		order by expires_at limit ${BATCH}`;
	let expired = 0;
	for (const { id } of due) {
		const result = await endVoucher(deps, id, 'expired', 0);
		if (result.ok) expired++;
	}
	return { expired, repaired };
}

/** Replays captures and voids a crash interrupted after the voucher was claimed; idempotent. */
async function retryUnfinished(deps: RedemptionDeps, before: Date): Promise<number> {
	const rows = await deps.sql<{ id: string; status: string }[]>`
		select id, status from vouchers
		where (status = 'used' and capture_id is null and used_at < ${before.toISOString()})
			or (status in ('cancelled', 'expired') and void_id is null and hold_id is not null
				and created_at < ${before.toISOString()})
		limit ${BATCH}`;
	for (const row of rows) {
		const v = await voucherById(deps.sql, row.id);
		if (!v) continue;
		if (v.status === 'used') await captureHold(deps, v, 0);
		else await voidHold(deps, v, 0);
	}
	return rows.length;
}

export const voucherExpiryTask: Task = async (_payload, helpers) => {
	const { expired, repaired } = await expireVouchers(redemption());
	if (expired || repaired) helpers.logger.info(`vouchers expired ${expired}, repaired ${repaired}`);
};
