import { err, ok, type Result } from '../../../../../chain/core/shared';
import { logRefusal, type RedemptionDeps } from './deps';
import { settleOnLedger } from './settlement.service';

/**
 * - `not_found`, `not_approved`: nothing to pay (yet).
 * - `already_paid`: a second payment is refused; nothing moves twice.
 * - `reference_required`: a payment by hand needs the bank reference.
 * - `stripe_unavailable`: Stripe is not configured (manual mode).
 * - `partner_not_connected`: the partner has no Stripe account ready for payouts.
 * - `payment_failed`: Stripe refused or could not be reached; retrying is safe.
 */
export type PayError =
	| 'not_found'
	| 'not_approved'
	| 'already_paid'
	| 'reference_required'
	| 'stripe_unavailable'
	| 'partner_not_connected'
	| 'payment_failed';

export type PayInput = { method: 'manual'; reference: string } | { method: 'stripe' };

interface Locked {
	id: number;
	partnerId: number;
	points: number;
	cents: number;
	status: string;
	stripeAccountId: string | null;
	payoutsEnabled: boolean;
}

/**
 * Pays an approved statement, by hand (recorded with a reference) or by a Stripe Connect
 * transfer whose idempotency key is the statement's, then moves the receivable to the platform
 * settlement account on the ledger. The statement row stays locked throughout, so two clicks (or
 * two committee members) at once pay once; the second sees `already_paid`.
 */
export async function payStatement(
	deps: RedemptionDeps,
	userId: number,
	id: number,
	input: PayInput
): Promise<Result<{ ledgerTransferId: string }, PayError>> {
	return logRefusal(deps, 'pay statement', await pay(deps, userId, id, input), {
		userId,
		statementId: id
	});
}

async function pay(
	deps: RedemptionDeps,
	userId: number,
	id: number,
	input: PayInput
): Promise<Result<{ ledgerTransferId: string }, PayError>> {
	if (input.method === 'manual' && input.reference.trim() === '') return err('reference_required');
	if (input.method === 'stripe' && deps.payments.mode !== 'stripe') {
		return err('stripe_unavailable');
	}
	return deps.sql.begin(async (tx) => {
		const [s] = await tx<Locked[]>`
			select s.id, s.partner_id as "partnerId", s.points::int as points, s.cents::int as cents, s.status,
				p.stripe_account_id as "stripeAccountId", p.stripe_payouts_enabled as "payoutsEnabled"
			from settlement_statements s join partners p on p.id = s.partner_id
			where s.id = ${id} for update of s`;
		if (!s) return err('not_found');
		if (s.status === 'paid') return err('already_paid');
		if (s.status !== 'approved') return err('not_approved');
		let reference: string;
		let stripeTransferId: string | null = null;
		if (input.method === 'stripe') {
			if (!s.stripeAccountId || !s.payoutsEnabled) return err('partner_not_connected');
			try {
				const payout = await deps.payments.payout({
					amountCents: s.cents,
					destinationAccountId: s.stripeAccountId,
					idempotencyKey: `statement-${s.id}-payout`,
					statementId: s.id
				});
				stripeTransferId = payout.transferId;
				reference = payout.transferId;
			} catch (error) {
				deps.log.warn('Stripe payout failed', { statementId: s.id, error: String(error) });
				return err('payment_failed');
			}
		} else {
			reference = input.reference.trim();
		}
		const ledgerTransferId = await settleOnLedger(deps, s, userId);
		await tx`update settlement_statements set status = 'paid', paid_by = ${userId}, paid_at = ${deps.now().toISOString()},
			payment_method = ${input.method}, payment_reference = ${reference},
			stripe_transfer_id = ${stripeTransferId}, ledger_transfer_id = ${ledgerTransferId}
			where id = ${s.id}`;
		return ok({ ledgerTransferId });
	});
}
