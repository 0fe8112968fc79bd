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
import { err, ok } from '$core/shared';
import { isUuid, uuidv7 } from './ids';
import {
	findFollowUps,
	findTransfers,
	insertTransfers,
	lockAccounts,
	toCore,
	updateBalances,
	type NewTransferRow
} from './ledger.repository';
import type { QueuedRequest } from './request';
import type { PostedTransfer, PostingResult } from './types';

/**
 * All posting transactions take this advisory lock first, so they commit one after another and
 * transfers become visible in seq order: the journal drainer can then read the outbox by seq
 * without missing a row that commits late. Group commit keeps this from limiting throughput.
 */
const POSTING_LOCK = 7302;

type Outcome =
	| { kind: 'refused'; error: LedgerError }
	| { kind: 'stored'; transfer: PostedTransfer }
	| { kind: 'new'; row: number; replayed: boolean };

type Stored = Map<string, { transfer: PostedTransfer; requestHash: string }>;

const unique = (xs: string[]) => [...new Set(xs)];

/** Loads what the batch needs into a Book: locked accounts, named transfers and their fates. */
async function loadBook(tx: postgres.TransactionSql, requests: QueuedRequest[]) {
	const keys = unique(requests.map((r) => r.meta.idempotencyKey));
	const named = unique(
		requests.map((r) => namedTransferId({ ...r.command, id: '' }) ?? '').filter(isUuid)
	);
	const found = await findTransfers(tx, keys, named);
	const stored: Stored = new Map();
	const book: Book = emptyBook();
	for (const f of found) {
		stored.set(f.transfer.idempotencyKey, f);
		book.transfers.set(f.transfer.id, toCore(f.transfer));
	}
	const accountIds = requests.flatMap((r) => {
		if (stored.has(r.meta.idempotencyKey)) return [];
		const command = { ...r.command, id: '' };
		const namedId = namedTransferId(command);
		return touchedAccountIds(command, namedId ? book.transfers.get(namedId) : undefined);
	});
	for (const a of await lockAccounts(tx, unique(accountIds.filter(isUuid)).sort())) {
		book.accounts.set(a.id, a);
	}
	if (named.length > 0) {
		const { resolutions, reversed } = await findFollowUps(tx, named);
		for (const [hold, resolution] of resolutions) book.resolutions.set(hold, resolution);
		for (const id of reversed) book.reversed.add(id);
	}
	return { book, stored };
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
function evaluate(requests: QueuedRequest[], book: Book, stored: Stored, nowMs: number) {
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

/**
 * Runs a batch of requests in ONE transaction: lock, decide in memory, write all transfers,
 * outbox rows and balances, commit. Resolves only after the commit, so no caller ever hears of a
 * transfer that is not durable. Throws if the transaction fails; the caller then retries the
 * requests one by one.
 */
export async function runBatch(
	sql: postgres.Sql,
	requests: QueuedRequest[],
	now: Date
): Promise<PostingResult[]> {
	return sql.begin(async (tx) => {
		await tx`select pg_advisory_xact_lock(${POSTING_LOCK})`;
		const { book, stored } = await loadBook(tx, requests);
		const before = new Map(book.accounts);
		const { rows, outcomes } = evaluate(requests, book, stored, now.getTime());
		let inserted: PostedTransfer[] = [];
		if (rows.length > 0) {
			inserted = await insertTransfers(tx, rows, now);
			const changed = [...book.accounts.values()].filter((a) => before.get(a.id) !== a);
			await updateBalances(tx, changed);
		}
		const byId = new Map(inserted.map((t) => [t.id, t]));
		return outcomes.map((o): PostingResult => {
			if (o.kind === 'refused') return err(o.error);
			if (o.kind === 'stored') return ok(o.transfer);
			const t = byId.get(rows[o.row]?.id ?? '');
			if (!t) throw new Error('inserted transfer missing from RETURNING');
			return ok({ ...t, replayed: o.replayed });
		});
	});
}
