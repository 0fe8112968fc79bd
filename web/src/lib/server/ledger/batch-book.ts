import type postgres from 'postgres';
import {
	emptyBook,
	execute,
	namedTransferId,
	replayOrConflict,
	touchedAccountIds,
	type Book,
	type Effect,
	type LedgerError
} from '$core/ledger';
import { isUuid, uuidv7 } from './ids';
import {
	findFollowUps,
	findTransfers,
	lockAccounts,
	toCore,
	type NewTransferRow
} from './ledger.repository';
import type { QueuedRequest } from './request';
import type { PostedTransfer } from './types';
import { ADVISORY_LOCKS } from '../../../../../db/locks';

/* The deciding half of a batch: load what it needs under the posting lock, then decide each
 * request against that book in memory (batch.ts writes and commits the outcome). */

/**
 * All posting transactions take this advisory lock first, so they commit one after another and
 * transfers become visible in seq order: the journal drainer can then read the outbox by seq
 * without missing a row that commits late. Group commit keeps this from limiting throughput.
 */
const POSTING_LOCK = ADVISORY_LOCKS.posting;

/**
 * Keeps batches in arrival order when several are in flight: a batch asks for the advisory lock
 * only after the previous batch holds it, so PostgreSQL hands the lock over in the same order.
 */
export interface Turn {
	wait: Promise<void>;
	locked(): void;
}

export type Outcome =
	| { kind: 'refused'; error: LedgerError }
	| { kind: 'stored'; transfer: PostedTransfer }
	| { kind: 'new'; row: number; replayed: boolean };

type Stored = Map<string, { transfer: PostedTransfer; requestHash: string }>;

const unique = (xs: string[]) => [...new Set(xs)];

/**
 * Loads what the batch needs into a Book: locked accounts, named transfers and their fates. The
 * posting lock and the reads are pipelined (sent together, answered in order), so the common case
 * of plain transfers costs one round trip. The lock's answer also names the transaction, for the
 * writes to check (see writeBatch). Accounts of holds and transfers named by captures, voids and
 * reversals are only known afterwards and are locked in a second, also sorted, step; the advisory
 * lock taken first means no other posting transaction can interleave between the two.
 */
export async function loadBook(tx: postgres.TransactionSql, requests: QueuedRequest[], turn: Turn) {
	const keys = unique(requests.map((r) => r.meta.idempotencyKey));
	const commands = requests.map((r) => ({ ...r.command, id: '' }));
	const named = unique(commands.map((c) => namedTransferId(c) ?? '').filter(isUuid));
	const direct = unique(commands.flatMap((c) => touchedAccountIds(c, undefined)).filter(isUuid));
	await turn.wait;
	// execute() sends each statement now, in the order written, without waiting for the one before.
	const [[lock], found, locked] = await Promise.all([
		tx`select pg_advisory_xact_lock(${POSTING_LOCK}), pg_current_xact_id()::text as xid`.execute(),
		findTransfers(tx, keys, named),
		lockAccounts(tx, direct.sort())
	]).finally(turn.locked);
	const stored: Stored = new Map();
	const book: Book = emptyBook();
	for (const f of found) {
		stored.set(f.transfer.idempotencyKey, f);
		book.transfers.set(f.transfer.id, toCore(f.transfer));
	}
	for (const a of locked) book.accounts.set(a.id, a);
	const xid = String(lock?.xid);
	if (named.length === 0) return { book, stored, xid };
	const more = named.flatMap((id) => {
		const t = book.transfers.get(id);
		return t ? [t.debitAccountId, t.creditAccountId] : [];
	});
	const [extra, followUps] = await Promise.all([
		lockAccounts(tx, unique(more.filter((id) => !book.accounts.has(id))).sort()),
		findFollowUps(tx, named)
	]);
	for (const a of extra) book.accounts.set(a.id, a);
	for (const [hold, resolution] of followUps.resolutions) book.resolutions.set(hold, resolution);
	for (const id of followUps.reversed) book.reversed.add(id);
	return { book, stored, xid };
}

function toRow(r: QueuedRequest, effect: Effect): NewTransferRow {
	const t = effect.transfer;
	return {
		id: t.id,
		idempotency_key: r.meta.idempotencyKey,
		request_hash: r.requestHash,
		debit_account_id: t.debitAccountId,
		credit_account_id: t.creditAccountId,
		asset: t.asset,
		amount: t.amount,
		kind: r.meta.kind,
		pending: t.pending,
		pending_id: t.pendingId,
		resolution: t.resolution,
		expires_at: t.expiresAt === null ? null : new Date(t.expiresAt).toISOString(),
		reverses_id: t.reversesId,
		reference: r.meta.reference,
		actor_id: r.meta.actorId,
		on_behalf_of_id: r.meta.onBehalfOfId
	};
}

/**
 * Decides each request in arrival order against the book, so each succeeds or fails on its own
 * and later requests see the effect of earlier ones. Keys repeated inside the batch replay or
 * conflict exactly as keys stored by earlier batches do.
 */
export function evaluate(requests: QueuedRequest[], book: Book, stored: Stored, nowMs: number) {
	const rows: NewTransferRow[] = [];
	const inBatch = new Map<string, { requestHash: string; row: number }>();
	const outcomes = requests.map((r): Outcome => {
		const key = r.meta.idempotencyKey;
		const earlier = stored.get(key) ?? inBatch.get(key);
		if (earlier) {
			const check = replayOrConflict(earlier, r.requestHash);
			if (!check.ok) return { kind: 'refused', error: check.error };
			return 'row' in earlier
				? { kind: 'new', row: earlier.row, replayed: true }
				: { kind: 'stored', transfer: earlier.transfer };
		}
		const result = execute(book, { ...r.command, id: uuidv7(nowMs) }, nowMs);
		if (!result.ok) return { kind: 'refused', error: result.error };
		rows.push(toRow(r, result.value));
		inBatch.set(key, { requestHash: r.requestHash, row: rows.length - 1 });
		return { kind: 'new', row: rows.length - 1, replayed: false };
	});
	return { rows, outcomes };
}
