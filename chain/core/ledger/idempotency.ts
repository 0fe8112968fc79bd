import { err, ok, type Result } from '../shared';

/** What was stored under an idempotency key: the hash of the request's full content. */
export interface KeyedRequest {
	requestHash: string;
}

/**
 * Decides what a request whose key was already used gets: the first result when the content is
 * the same (a retry), a refusal when it differs (a client bug that must not move value twice).
 *
 * Errors: 'idempotency_key_conflict'.
 */
export function replayOrConflict(
	stored: KeyedRequest,
	requestHash: string
): Result<'replay', 'idempotency_key_conflict'> {
	return stored.requestHash === requestHash ? ok('replay') : err('idempotency_key_conflict');
}
