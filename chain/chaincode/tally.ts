import stringify from 'json-stringify-deterministic';
import { checkRecordBody, type CouncilTallyBody } from '../core/records';
import { err, ok, type Result } from '../core/shared';
import type { Rejection, RejectionCode } from './errors';
import { MAX_CLOCK_SKEW_MS } from './record-batch';
import { KEYS, type WorldState } from './state';

/**
 * A closed council vote's tally as the platform sends it: the record's opaque id, its kind, the
 * body the journal also holds (chain/core/records) and when the database decided it (ms).
 */
export interface TallySubmission {
	id: string;
	kind: 'council.tally';
	body: CouncilTallyBody;
	createdAt: number;
}

/** A tally as the ledger keeps it: the submission plus where and when Fabric took it in. */
export interface LedgerTally extends TallySubmission {
	txId: string;
	recordedAt: number;
}

export interface TallyOutcome {
	recordId: string;
	voteId: number;
	/** 'skipped': the same record was already on the ledger (a retried submission). */
	status: 'recorded' | 'skipped';
}

const ID = /^[A-Za-z0-9._:-]{1,128}$/;

const reject = (code: RejectionCode, recordId: string | null = null) =>
	err<Rejection>({ code, index: null, transferId: recordId });

/**
 * Reads RecordCouncilTally's argument and runs the core's own check of the body, the same one
 * the web app ran before writing the record, so a peer never trusts the caller's arithmetic.
 *
 * Errors: malformed_batch (not a tally submission), unknown_record_kind, and the body's codes
 * (tally_malformed, tally_counts_inconsistent, tally_outcome_inconsistent).
 */
export function parseTally(text: string): Result<TallySubmission, Rejection> {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return reject('malformed_batch');
	}
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		return reject('malformed_batch');
	}
	const r = raw as Record<string, unknown>;
	const createdAtOk =
		typeof r.createdAt === 'number' && Number.isSafeInteger(r.createdAt) && r.createdAt >= 0;
	if (typeof r.id !== 'string' || !ID.test(r.id) || !createdAtOk) return reject('malformed_batch');
	const body = checkRecordBody(r.kind, r.body);
	if (!body.ok) return reject(body.error, r.id);
	return ok({
		id: r.id,
		kind: 'council.tally',
		body: body.value,
		createdAt: r.createdAt as number
	});
}

const sameTally = (a: TallySubmission, b: TallySubmission) =>
	a.id === b.id &&
	a.kind === b.kind &&
	a.createdAt === b.createdAt &&
	stringify(a.body) === stringify(b.body);

/**
 * Records a tally once per record id and once per vote: the same record again is skipped (a
 * retry after a lost reply); another record for a vote that already has one, or another body
 * under a known record id, is refused, so a result on the ledger cannot be replaced.
 *
 * Errors: created_in_future, idempotency_key_conflict, tally_conflict.
 */
export async function recordTally(
	state: WorldState,
	tally: TallySubmission,
	tx: { txId: string; timeMs: number }
): Promise<Result<TallyOutcome, Rejection>> {
	const voteId = tally.body.vote_id;
	if (tally.createdAt > tx.timeMs + MAX_CLOCK_SKEW_MS) return reject('created_in_future', tally.id);
	const prior = await state.get<LedgerTally>(KEYS.record, [tally.id]);
	if (prior) {
		return sameTally(prior, tally)
			? ok({ recordId: tally.id, voteId, status: 'skipped' })
			: reject('idempotency_key_conflict', tally.id);
	}
	const voteKey = [tally.kind, String(voteId)];
	if ((await state.get<string>(KEYS.tally, voteKey)) !== undefined) {
		return reject('tally_conflict', tally.id);
	}
	await state.put(KEYS.record, [tally.id], { ...tally, txId: tx.txId, recordedAt: tx.timeMs });
	await state.put(KEYS.tally, voteKey, tally.id);
	return ok({ recordId: tally.id, voteId, status: 'recorded' });
}
