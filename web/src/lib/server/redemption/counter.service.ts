import { err, ok, type Result } from '../../../../../chain/core/shared';
import { maskIdNumber } from '../../domain/access/mask';
import { maskName } from '../../domain/redemption/mask-name';
import { openField } from '../crypto/field-cipher';
import { normalizeVoucherCode } from '../../domain/redemption/voucher-code';
import { partnerCounterChannel } from '../../realtime/channels';
import { logRefusal, type RedemptionDeps } from './deps';
import { COUNTER_EVENT } from './redeem.service';
import { endVoucher } from './void-voucher';
import { recordCapture } from './voucher-notices';
import { voucherByCode, voucherById, type VoucherRow } from './vouchers.repository';

/**
 * Why the counter refuses a code:
 * - `malformed`: not a voucher code at all (typo caught by the check character).
 * - `not_found`: well-formed but no such voucher (forged or mistyped in a way the check missed).
 * - `other_partner`: a real voucher of another partner; logged.
 * - `already_used`, `cancelled`, `expired`: the voucher cannot be used (any more).
 */
export type CounterError =
	'malformed' | 'not_found' | 'other_partner' | 'already_used' | 'cancelled' | 'expired';

export interface CounterView {
	id: string;
	code: string;
	offerTitle: string;
	points: number;
	residentName: string;
	/**
	 * Masked (1101**********1234), or '' when none is on file: enough for the counter to match an
	 * ID card shown for an age- or residence-limited offer, never the whole number.
	 */
	residentIdNumber: string;
	status: VoucherRow['status'];
	expiresAt: Date;
}

async function findForPartner(
	deps: RedemptionDeps,
	partnerId: number,
	input: string
): Promise<Result<VoucherRow, CounterError>> {
	const code = normalizeVoucherCode(input);
	if (!code) return err('malformed');
	const v = await voucherByCode(deps.sql, code);
	if (!v || v.status === 'pending' || v.status === 'failed') return err('not_found');
	if (v.partnerId !== partnerId) return err('other_partner');
	return ok(v);
}

function refusalOf(v: VoucherRow, now: Date): CounterError | null {
	if (v.status === 'used') return 'already_used';
	if (v.status === 'cancelled') return 'cancelled';
	if (v.status === 'expired' || now >= v.expiresAt) return 'expired';
	return null;
}

/** What the counter shows before confirming: the offer, the resident's masked name and ID number. */
export async function lookupVoucher(
	deps: RedemptionDeps,
	partnerId: number,
	input: string
): Promise<Result<CounterView, CounterError>> {
	return logRefusal(deps, 'counter lookup', await viewVoucher(deps, partnerId, input), {
		partnerId
	});
}

async function viewVoucher(
	deps: RedemptionDeps,
	partnerId: number,
	input: string
): Promise<Result<CounterView, CounterError>> {
	const found = await findForPartner(deps, partnerId, input);
	if (!found.ok) return found;
	const v = found.value;
	const refusal = refusalOf(v, deps.now());
	if (refusal) return err(refusal);
	const [user] = await deps.sql<{ name: string; idCipher: string | null }[]>`
		select u.display_name as name, i.id_number_cipher as "idCipher" from users u
		left join resident_id_numbers i on i.user_id = u.id where u.id = ${v.userId}`;
	return ok({
		id: v.id,
		code: v.code,
		offerTitle: v.offerTitle,
		points: v.points,
		residentName: maskName(user?.name ?? ''),
		residentIdNumber: maskIdNumber(openField('id_number', user?.idCipher)),
		status: v.status,
		expiresAt: v.expiresAt
	});
}

/**
 * Confirms the service: claims the voucher (issued → used, one conditional update: of two
 * counters confirming at once exactly one gets the row) and captures the hold into the partner's
 * receivable. Errors: as `CounterError`.
 */
export async function confirmVoucher(
	deps: RedemptionDeps,
	staff: { userId: number; partnerId: number },
	input: string
): Promise<Result<{ voucherId: string; captureId: string }, CounterError>> {
	return logRefusal(deps, 'counter confirm', await claimAndCapture(deps, staff, input), staff);
}

async function claimAndCapture(
	deps: RedemptionDeps,
	staff: { userId: number; partnerId: number },
	input: string
): Promise<Result<{ voucherId: string; captureId: string }, CounterError>> {
	const found = await findForPartner(deps, staff.partnerId, input);
	if (!found.ok) return found;
	const now = deps.now();
	const claimed = await deps.sql<{ id: string }[]>`
		update vouchers set status = 'used', used_at = ${now.toISOString()}, confirmed_by = ${staff.userId}
		where id = ${found.value.id} and status = 'issued' and expires_at > ${now.toISOString()} returning id`;
	if (claimed.length === 0) {
		const again = await voucherById(deps.sql, found.value.id);
		return err((again && refusalOf(again, now)) ?? 'already_used');
	}
	const captured = await captureHold(deps, { ...found.value, status: 'used' }, staff.userId);
	if (!captured) return err('expired');
	void deps.realtime.trigger(partnerCounterChannel(staff.partnerId), COUNTER_EVENT.confirmed, {
		voucherId: found.value.id
	});
	return ok({ voucherId: found.value.id, captureId: captured });
}

/**
 * Captures a claimed voucher's hold; idempotent, also used to finish a confirmation a crash
 * interrupted. If the ledger says the hold has expired meanwhile, the voucher becomes expired and
 * the hold is voided: the resident gets the points back and the partner is told to refuse.
 */
export async function captureHold(
	deps: RedemptionDeps,
	v: VoucherRow,
	actorId: number
): Promise<string | null> {
	if (!v.holdId) throw new Error(`voucher ${v.id} has no hold`);
	const captured = await deps.ledger.capture({
		holdId: v.holdId,
		idempotencyKey: `voucher:${v.id}:capture`,
		kind: 'redeem.capture',
		reference: `voucher:${v.id}/offer:${v.offerId}`,
		actorId
	});
	if (captured.ok) {
		await recordCapture(deps, v, captured.value.id);
		return captured.value.id;
	}
	deps.log.warn('capture refused', { voucherId: v.id, error: captured.error });
	// Hand the voucher back to the normal expiry path, which returns stock and points.
	await deps.sql`update vouchers set status = 'issued', used_at = null, confirmed_by = null
		where id = ${v.id} and status = 'used' and capture_id is null`;
	if (captured.error === 'hold_expired') await endVoucher(deps, v.id, 'expired', 0);
	return null;
}
