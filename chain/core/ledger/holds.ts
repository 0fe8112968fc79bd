import { err, isPositiveSafeInteger, ok, type EpochMs, type Result } from '../shared';
import type { Account } from './accounts';
import type { LedgerError } from './errors';
import { movement, type Effect, type Resolution, type Transfer } from './transfers';

/** What resolving a hold needs to know: the hold, how it was resolved so far, its two accounts. */
export interface ResolveInput {
	id: string;
	hold: Transfer | undefined;
	/** How the hold was already resolved, if it was (from the transfer naming it in pendingId). */
	resolvedAs: Resolution | undefined;
	debit: Account | undefined;
	credit: Account | undefined;
	now: EpochMs;
}

/** The checks shared by capture and void: the hold exists and is still open. */
function openHold(
	input: ResolveInput
): Result<{ hold: Transfer; debit: Account; credit: Account }, LedgerError> {
	const { hold, debit, credit } = input;
	if (!hold || !hold.pending) return err('hold_not_found');
	if (input.resolvedAs === 'capture') return err('hold_already_captured');
	if (input.resolvedAs === 'void') return err('hold_already_voided');
	// The accounts of an existing hold always exist; missing ones mean the caller loaded too little.
	if (!debit || !credit || debit.id !== hold.debitAccountId || credit.id !== hold.creditAccountId) {
		return err('account_not_found');
	}
	return ok({ hold, debit, credit });
}

/** Takes the hold's amount out of both pending totals, as both capture and void do. */
function release(debit: Account, credit: Account, amount: number) {
	return {
		debit: { ...debit, debitsPending: debit.debitsPending - amount },
		credit: { ...credit, creditsPending: credit.creditsPending - amount }
	};
}

/**
 * Decides the capture of a hold, in full or for part of its amount (the rest returns to the
 * payer). A capture cannot break a floor: it only turns a pending debit into a smaller or equal
 * posted one. An expired hold can no longer be captured, only voided.
 *
 * Errors: 'hold_not_found', 'hold_already_captured', 'hold_already_voided', 'hold_expired',
 * 'amount_not_positive_integer', 'capture_exceeds_hold', 'account_not_found'.
 */
export function decideCapture(
	input: ResolveInput & { amount?: number | undefined }
): Result<Effect, LedgerError> {
	const open = openHold(input);
	if (!open.ok) return open;
	const { hold, debit, credit } = open.value;
	if (hold.expiresAt !== null && input.now >= hold.expiresAt) return err('hold_expired');
	const amount = input.amount ?? hold.amount;
	if (!isPositiveSafeInteger(amount)) return err('amount_not_positive_integer');
	if (amount > hold.amount) return err('capture_exceeds_hold');
	const released = release(debit, credit, hold.amount);
	const fields = { id: input.id, asset: hold.asset, amount };
	return ok({
		transfer: movement(fields, released, { pendingId: hold.id, resolution: 'capture' }),
		debit: { ...released.debit, debitsPosted: released.debit.debitsPosted + amount },
		credit: { ...released.credit, creditsPosted: released.credit.creditsPosted + amount }
	});
}

/**
 * Decides the void of a hold (cancellation or expiry): the full amount returns to the payer's
 * available balance. Voiding after expiry is how expired holds are cleaned up.
 *
 * Errors: 'hold_not_found', 'hold_already_captured', 'hold_already_voided', 'account_not_found'.
 */
export function decideVoid(input: ResolveInput): Result<Effect, LedgerError> {
	const open = openHold(input);
	if (!open.ok) return open;
	const { hold, debit, credit } = open.value;
	const released = release(debit, credit, hold.amount);
	const fields = { id: input.id, asset: hold.asset, amount: hold.amount };
	return ok({
		transfer: movement(fields, released, { pendingId: hold.id, resolution: 'void' }),
		...released
	});
}
