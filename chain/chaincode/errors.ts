import type { LedgerError } from '../core/ledger/errors';
import type { RecordError } from '../core/records';

/**
 * Why the chaincode refuses a batch. The ledger's own codes come from the core; the others are
 * about the batch as a message: its shape, account definitions that contradict the ledger, a
 * record that does not match what the rules derive, or a time after the transaction's own; for
 * a typed record (a council tally), the core's check of its body, or a vote that already has one.
 */
export type RejectionCode =
	| LedgerError
	| 'malformed_batch'
	| 'account_definition_conflict'
	| 'record_mismatch'
	| 'created_in_future'
	| RecordError
	| 'tally_conflict';

/** A refusal on rules: retrying the same batch can never succeed, so the client quarantines it. */
export interface Rejection {
	code: RejectionCode;
	/** Position in the batch's transfers; null when the refusal is about the batch or an account. */
	index: number | null;
	/** The transfer refused, or for a typed record the record's id. */
	transferId: string | null;
}

/** Markers that survive the peer's wrapping ("chaincode response 500, …") of the message. */
export const REJECTED_MARKER = 'LINLI_REJECTED';
export const DENIED_MARKER = 'LINLI_DENIED';
export const NOT_FOUND_MARKER = 'LINLI_NOT_FOUND';

export function rejectionMessage(rejection: Rejection): string {
	return `${REJECTED_MARKER} ${JSON.stringify(rejection)}`;
}

export function deniedMessage(mspId: string): string {
	return `${DENIED_MARKER} ${JSON.stringify({ mspId })}`;
}

export function notFoundMessage(what: string, id: string): string {
	return `${NOT_FOUND_MARKER} ${JSON.stringify({ what, id })}`;
}

/** What a failed call's error text says, for the gateway client to decide between retry and stop. */
export type ChaincodeFailure =
	| { kind: 'rejected'; rejection: Rejection }
	| { kind: 'denied'; mspId: string }
	| { kind: 'not_found' };

/** Reads a chaincode failure out of any error text that contains one of the markers. */
export function parseChaincodeFailure(text: string): ChaincodeFailure | null {
	const rejected = afterMarker(text, REJECTED_MARKER);
	if (rejected && typeof rejected.code === 'string') {
		const index = typeof rejected.index === 'number' ? rejected.index : null;
		const transferId = typeof rejected.transferId === 'string' ? rejected.transferId : null;
		return {
			kind: 'rejected',
			rejection: { code: rejected.code as RejectionCode, index, transferId }
		};
	}
	const denied = afterMarker(text, DENIED_MARKER);
	if (denied) return { kind: 'denied', mspId: String(denied.mspId) };
	if (text.includes(NOT_FOUND_MARKER)) return { kind: 'not_found' };
	return null;
}

/** The JSON object printed right after a marker; the rest of the text is the peer's wrapping. */
function afterMarker(text: string, marker: string): Record<string, unknown> | null {
	const start = text.indexOf(marker);
	if (start < 0) return null;
	const open = text.indexOf('{', start);
	const close = text.indexOf('}', open);
	if (open < 0 || close < 0) return null;
	try {
		const value: unknown = JSON.parse(text.slice(open, close + 1));
		return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
	} catch {
		return null;
	}
}
