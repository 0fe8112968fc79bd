import type { LedgerError } from '$core/ledger';
import type { MessageKey } from '$lib/i18n';

/** The message shown for each refusal. Several internal codes share one plain message. */
const KEYS: Record<LedgerError | 'account_already_exists', MessageKey> = {
	amount_not_positive_integer: 'ledger.error.amount',
	accounts_must_be_different: 'ledger.error.sameAccount',
	asset_mismatch: 'ledger.error.assetMismatch',
	account_not_found: 'ledger.error.accountNotFound',
	asset_not_allowed_for_kind: 'ledger.error.assetMismatch',
	account_already_exists: 'ledger.error.accountExists',
	invalid_floor: 'ledger.error.invalidFloor',
	exceeds_floor: 'ledger.error.exceedsFloor',
	hold_not_found: 'ledger.error.holdNotFound',
	hold_already_captured: 'ledger.error.holdCaptured',
	hold_already_voided: 'ledger.error.holdVoided',
	hold_expired: 'ledger.error.holdExpired',
	expiry_not_in_future: 'ledger.error.expiry',
	capture_exceeds_hold: 'ledger.error.captureExceedsHold',
	transfer_not_found: 'ledger.error.transferNotFound',
	cannot_reverse_reversal: 'ledger.error.cannotReverse',
	cannot_reverse_pending: 'ledger.error.cannotReverse',
	already_reversed: 'ledger.error.alreadyReversed',
	idempotency_key_conflict: 'ledger.error.duplicate',
	invalid_request: 'ledger.error.invalidRequest'
};

/** Maps a ledger refusal to the message key the UI shows. */
export function ledgerErrorMessageKey(code: LedgerError | 'account_already_exists'): MessageKey {
	return KEYS[code];
}

/** The message for a ledger refusal passed on as a plain code by a feature, or null. */
export function ledgerMessageKeyFor(code: string): MessageKey | null {
	return Object.hasOwn(KEYS, code) ? KEYS[code as keyof typeof KEYS] : null;
}
