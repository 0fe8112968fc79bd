import { parseChaincodeFailure, type Rejection } from '../chaincode/errors';

/**
 * What a failed Fabric call means for the caller:
 * - rejected: the chaincode refused the batch on rules; the same batch can never pass.
 * - denied: this identity may not submit; a setup problem that retrying cannot fix.
 * - not_found: a read named a transfer or account the ledger does not hold.
 * - retry: a transient condition (conflict, unreachable peer, warm-up); try again later.
 */
export type Failure =
	| { kind: 'rejected'; rejection: Rejection }
	| { kind: 'denied'; message: string }
	| { kind: 'not_found'; message: string }
	| { kind: 'retry'; reason: RetryReason; message: string };

export type RetryReason =
	| 'mvcc_conflict'
	| 'endorsement_failure'
	| 'unreachable'
	| 'discovery_warming_up'
	| 'orderer_warming_up'
	| 'unknown';

/** Validation codes of a committed-but-invalid transaction that a fresh endorsement can fix. */
const RETRYABLE_COMMIT_CODES: Record<number, RetryReason> = {
	10: 'endorsement_failure', // ENDORSEMENT_POLICY_FAILURE
	11: 'mvcc_conflict', // MVCC_READ_CONFLICT
	12: 'mvcc_conflict' // PHANTOM_READ_CONFLICT
};

/** Messages seen while peers and orderers (re)start, on a real Fabric 2.4/2.5 network. */
const PATTERNS: [RegExp, RetryReason][] = [
	[
		/no combination of peers can be derived which satisfy the endorsement policy/i,
		'discovery_warming_up'
	],
	[/failed to find any endorsing peers|no peers available/i, 'discovery_warming_up'],
	[
		/no raft leader|SERVICE_UNAVAILABLE|failed to send transaction to orderer|orderer/i,
		'orderer_warming_up'
	],
	[/MVCC_READ_CONFLICT|PHANTOM_READ_CONFLICT/i, 'mvcc_conflict'],
	[
		/ProposalResponsePayloads do not match|failed to collect enough transaction endorsements|endorsement/i,
		'endorsement_failure'
	],
	[
		/UNAVAILABLE|ECONNREFUSED|ECONNRESET|DEADLINE_EXCEEDED|connection|socket hang up/i,
		'unreachable'
	]
];

/** gRPC status codes that mean "not now": UNAVAILABLE, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED. */
const TRANSIENT_GRPC_CODES = new Set([14, 4, 8]);

interface ErrorShape {
	message?: unknown;
	code?: unknown;
	details?: unknown;
	name?: unknown;
}

/** All text an error carries: the gateway puts each peer's answer in `details`. */
export function errorText(error: unknown): string {
	if (typeof error !== 'object' || error === null) return String(error);
	const e = error as ErrorShape;
	const details = Array.isArray(e.details)
		? e.details.map((d: unknown) => (d as { message?: unknown })?.message ?? '').join('\n')
		: '';
	return [String(e.message ?? ''), details].join('\n');
}

/** Decides what a thrown error, or an unsuccessful commit status, means. */
export function classify(error: unknown): Failure {
	const text = errorText(error);
	const chaincode = parseChaincodeFailure(text);
	if (chaincode?.kind === 'rejected') return { kind: 'rejected', rejection: chaincode.rejection };
	if (chaincode?.kind === 'denied') return { kind: 'denied', message: text.trim() };
	if (chaincode?.kind === 'not_found') return { kind: 'not_found', message: text.trim() };
	const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorShape;
	if (e.name === 'CommitError' && typeof e.code === 'number') {
		const reason = RETRYABLE_COMMIT_CODES[e.code] ?? 'unknown';
		return { kind: 'retry', reason, message: text.trim() };
	}
	for (const [pattern, reason] of PATTERNS) {
		if (pattern.test(text)) return { kind: 'retry', reason, message: text.trim() };
	}
	const grpcTransient = typeof e.code === 'number' && TRANSIENT_GRPC_CODES.has(e.code);
	return { kind: 'retry', reason: grpcTransient ? 'unreachable' : 'unknown', message: text.trim() };
}

export interface RetryPolicy {
	maxAttempts: number;
	baseDelayMs: number;
	maxDelayMs: number;
}

/** About 25 s of trying: long enough for a peer restart and discovery to settle. */
export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 8, baseDelayMs: 200, maxDelayMs: 10_000 };

/**
 * Capped exponential backoff with "equal jitter": half the step is fixed, half random, so
 * several app instances retrying together spread out but never retry at once.
 */
export function backoffMs(policy: RetryPolicy, attempt: number, random: () => number): number {
	const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
	return Math.round(step / 2 + (step / 2) * random());
}
