import { err, isPositiveSafeInteger, ok, type EpochMs, type Result } from '../shared';
import { breaksFloor, type Account, type Asset } from './accounts';
import type { LedgerError } from './errors';

/** How a capture or void transfer resolves the hold it names. */
export type Resolution = 'capture' | 'void';

/**
 * One immutable movement. A hold is `pending`; its capture or void is a later transfer naming it
 * in `pendingId`; a reversal names the transfer it undoes in `reversesId`.
 */
export interface Transfer {
	readonly id: string;
	readonly debitAccountId: string;
	readonly creditAccountId: string;
	readonly asset: Asset;
	readonly amount: number;
	readonly pending: boolean;
	readonly pendingId: string | null;
	readonly resolution: Resolution | null;
	readonly expiresAt: EpochMs | null;
	readonly reversesId: string | null;
}

/** A decided movement: the transfer to record and the new state of the accounts it touches. */
export interface Effect {
	readonly transfer: Transfer;
	readonly debit: Account;
	readonly credit: Account;
}

export interface TransferInput {
	id: string;
	debit: Account | undefined;
	credit: Account | undefined;
	asset: Asset;
	amount: number;
}

/** A pair of existing accounts, checked to be able to carry the request. */
interface Pair {
	debit: Account;
	credit: Account;
}

/**
 * Checks what every new movement shares: a positive integer amount between two distinct, existing
 * accounts of the request's asset. Shape errors come before lookups, so a malformed request is
 * refused the same way whatever the ledger holds.
 */
function checkPair(input: TransferInput): Result<Pair, LedgerError> {
	const { debit, credit } = input;
	if (!isPositiveSafeInteger(input.amount)) return err('amount_not_positive_integer');
	if (debit && credit && debit.id === credit.id) return err('accounts_must_be_different');
	if (!debit || !credit) return err('account_not_found');
	if (debit.asset !== input.asset || credit.asset !== input.asset) return err('asset_mismatch');
	return ok({ debit, credit });
}

/** Builds the transfer record; `extra` sets the hold, resolution and reversal fields. */
export function movement(
	input: { id: string; asset: Asset; amount: number },
	pair: Pair,
	extra: Partial<Transfer> = {}
): Transfer {
	return {
		id: input.id,
		debitAccountId: pair.debit.id,
		creditAccountId: pair.credit.id,
		asset: input.asset,
		amount: input.amount,
		pending: false,
		pendingId: null,
		resolution: null,
		expiresAt: null,
		reversesId: null,
		...extra
	};
}

/** Moves `amount` from debit to credit, posted. Callers have checked the floor. */
export function post(pair: Pair, amount: number): Pair {
	return {
		debit: { ...pair.debit, debitsPosted: pair.debit.debitsPosted + amount },
		credit: { ...pair.credit, creditsPosted: pair.credit.creditsPosted + amount }
	};
}

/**
 * Decides a posted transfer.
 *
 * Errors: 'amount_not_positive_integer', 'accounts_must_be_different', 'account_not_found',
 * 'asset_mismatch', 'exceeds_floor'.
 */
export function decideTransfer(input: TransferInput): Result<Effect, LedgerError> {
	const pair = checkPair(input);
	if (!pair.ok) return pair;
	if (breaksFloor(pair.value.debit, input.amount)) return err('exceeds_floor');
	return ok({ transfer: movement(input, pair.value), ...post(pair.value, input.amount) });
}

/**
 * Decides a hold (a pending transfer): the amount leaves the debit's available balance at once
 * and reaches the credit account only when captured.
 *
 * Errors: those of decideTransfer, plus 'expiry_not_in_future'.
 */
export function decideHold(
	input: TransferInput & { expiresAt: EpochMs | null; now: EpochMs }
): Result<Effect, LedgerError> {
	const pair = checkPair(input);
	if (!pair.ok) return pair;
	if (input.expiresAt !== null && !(input.expiresAt > input.now)) {
		return err('expiry_not_in_future');
	}
	const { debit, credit } = pair.value;
	if (breaksFloor(debit, input.amount)) return err('exceeds_floor');
	return ok({
		transfer: movement(input, pair.value, { pending: true, expiresAt: input.expiresAt }),
		debit: { ...debit, debitsPending: debit.debitsPending + input.amount },
		credit: { ...credit, creditsPending: credit.creditsPending + input.amount }
	});
}
