import type postgres from 'postgres';
import { err, ok } from '$core/shared';
import { evaluate, loadBook, type Turn } from './batch-book';
import { writeBatch } from './ledger.repository';
import type { QueuedRequest } from './request';
import type { PostingResult } from './types';

export type { Turn } from './batch-book';

/** A batch for runBatches: its requests, its turn, and where its outcome goes. */
export interface BatchJob {
	requests: QueuedRequest[];
	turn: Turn;
	/** Called once the batch has committed. */
	done(results: PostingResult[]): void;
	/** Called when its transaction failed: nothing of it was committed. */
	failed(error: unknown): Promise<void>;
}

/**
 * Runs batches of requests, each its own transaction: lock, decide in memory, write all
 * transfers, outbox rows and balances, commit. A batch is reported done only after its commit, so
 * no caller ever hears of a transfer that is not durable; a failed batch is reported failed and
 * the caller retries its requests one by one.
 *
 * COMMIT goes out with the writes instead of after their answer, saving a round trip while the
 * posting lock is held. It is COMMIT AND CHAIN, which opens the next transaction at once, so while
 * `next` hands over more batches they all run on one connection without a BEGIN round trip of
 * their own. postgres.js's COMMIT at the end closes the last, empty transaction; a lost connection
 * fails the batch under way, and no later batch is taken.
 */
export async function runBatches(
	sql: postgres.Sql,
	now: () => Date,
	first: BatchJob,
	next: () => Promise<BatchJob | null>
): Promise<void> {
	// postgres.js rejects begin() as soon as the connection closes, while the callback may still be
	// waiting on a statement. `dead` stops it there for good: postgres.js may by then have reconnected
	// that connection for other callers, so anything more it sent (writes, COMMIT, ROLLBACK) could
	// land in another session. The callback then never settles, so postgres.js sends nothing either.
	let dead = false;
	const alive = () => !dead;
	// The batch under way, failed if the transaction fails; the first one already if BEGIN does.
	let active: BatchJob | null = first;
	try {
		await sql.begin(async (tx) => {
			for (let job: BatchJob | null = first; job; job = await next()) {
				if (dead) return lost(job);
				active = job;
				const results = await decideAndWrite(tx, job.requests, now(), job.turn, alive);
				// Already failed (and retried with the same keys, which replay if this did commit).
				if (dead) return never();
				active = null;
				job.turn.locked();
				job.done(results);
			}
		});
	} catch (error) {
		dead = true;
		const failed = active as BatchJob | null;
		active = null;
		// Whatever happens, the next batch's turn must come, or the queue would stall.
		failed?.turn.locked();
		await failed?.failed(error);
	}
}

/** A batch handed over after the connection was lost: never sent, so it fails as a whole. */
function lost(job: BatchJob): Promise<never> {
	job.turn.locked();
	void job.failed(new Error('the posting connection was lost'));
	return never();
}

const never = () => new Promise<never>(() => {});

async function decideAndWrite(
	tx: postgres.TransactionSql,
	requests: QueuedRequest[],
	now: Date,
	turn: Turn,
	alive: () => boolean
): Promise<PostingResult[]> {
	const { book, stored, xid } = await loadBook(tx, requests, turn);
	if (!alive()) return never();
	const before = new Map(book.accounts);
	const { rows, outcomes } = evaluate(requests, book, stored, now.getTime());
	const changed = [...book.accounts.values()].filter((a) => before.get(a.id) !== a);
	// A failed write aborts the transaction, COMMIT AND CHAIN then fails too, and the write's own
	// error is the one reported.
	const written = rows.length > 0 ? writeBatch(tx, rows, changed, now, xid) : Promise.resolve([]);
	const [inserted] = await Promise.all([written, tx`commit and chain`.execute()]);
	const byId = new Map(inserted.map((t) => [t.id, t]));
	return outcomes.map((o): PostingResult => {
		if (o.kind === 'refused') return err(o.error);
		if (o.kind === 'stored') return ok(o.transfer);
		const t = byId.get(rows[o.row]?.id ?? '');
		if (!t) throw new Error('inserted transfer missing from RETURNING');
		return ok({ ...t, replayed: o.replayed });
	});
}
