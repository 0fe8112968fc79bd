/**
 * Every reason the ledger can refuse a request. These are values, not exceptions: the caller
 * maps them to a message (web/src/lib/server/ledger/errors.ts) or to a chaincode response.
 */
export const LEDGER_ERRORS = [
	/** The amount is zero, negative, fractional or beyond 2^53 - 1. */
	'amount_not_positive_integer',
	/** Debit and credit name the same account. */
	'accounts_must_be_different',
	/** The request's asset differs from one of the accounts' asset. */
	'asset_mismatch',
	/** An account id does not exist. */
	'account_not_found',
	/** The account kind cannot hold this asset (e.g. a HOUR partner receivable). */
	'asset_not_allowed_for_kind',
	/** An account with this owner, asset and kind already exists. */
	'account_already_exists',
	/** A floor is not an integer, or a resident's hour floor is above zero. */
	'invalid_floor',
	/** The debit would take the account's available balance below its floor. */
	'exceeds_floor',
	/** The named hold does not exist, or names a transfer that is not a hold. */
	'hold_not_found',
	'hold_already_captured',
	'hold_already_voided',
	/** The hold's expiry has passed: it can only be voided now. */
	'hold_expired',
	/** The expiry of a new hold is not after the time of the request. */
	'expiry_not_in_future',
	'capture_exceeds_hold',
	/** The transfer to reverse does not exist. */
	'transfer_not_found',
	'cannot_reverse_reversal',
	/** Holds are voided, not reversed; a void moved nothing posted, so it cannot be reversed either. */
	'cannot_reverse_pending',
	'already_reversed',
	/** The idempotency key was used before for a request with different content. */
	'idempotency_key_conflict',
	/** A request field is missing or malformed (kind, reference, key, actor). */
	'invalid_request'
] as const;

export type LedgerError = (typeof LEDGER_ERRORS)[number];

export function isLedgerError(value: unknown): value is LedgerError {
	return typeof value === 'string' && (LEDGER_ERRORS as readonly string[]).includes(value);
}
