import { err, type Result } from '../shared';
import { checkCouncilTally, type CouncilTallyBody, type CouncilTallyError } from './council-tally';

export * from './council-tally';

/**
 * Typed records: facts other than transfers that the ledger keeps, each kind with its own body
 * and its own pure check. The first kind is a closed council vote's tally.
 */
export const RECORD_KINDS = ['council.tally'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export interface RecordBodies {
	'council.tally': CouncilTallyBody;
}
export type RecordBody = RecordBodies[RecordKind];

/** Errors: unknown_record_kind, or the kind's own codes (see checkCouncilTally). */
export type RecordError = 'unknown_record_kind' | CouncilTallyError;

export function isRecordKind(value: unknown): value is RecordKind {
	return typeof value === 'string' && (RECORD_KINDS as readonly string[]).includes(value);
}

/** Runs the kind's check on a body; the same call in the web app, the journal and the chaincode. */
export function checkRecordBody(kind: unknown, body: unknown): Result<RecordBody, RecordError> {
	if (kind === 'council.tally') return checkCouncilTally(body);
	return err('unknown_record_kind');
}
