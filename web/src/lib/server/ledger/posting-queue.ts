import type postgres from 'postgres';
import { runBatches, type BatchJob, type Turn } from './batch';
import type { QueuedRequest } from './request';
import type { PostedTransfer, PostingResult } from './types';

export interface PostingOptions {
	/** Most requests committed in one transaction (group commit). */
	maxBatch?: number;
	/**
	 * Batches in flight at once. The second waits in PostgreSQL for the first's commit (advisory
	 * lock) and then runs at once, so the fsync of one overlaps the building of the next.
	 */
	maxInFlight?: number;
	/** The clock for hold expiry and created_at; tests pass a fake one. */
	now?: () => Date;
	/**
	 * Called after each batch that wrote anything has committed, outside the transaction. The app
	 * uses it to wake the journal drainer at once instead of waiting for its minute sweep, and to
	 * tell the owners of the accounts the fresh (not replayed) transfers touched.
	 */
	onCommitted?: (transfers: PostedTransfer[]) => void;
}

interface Waiting {
	request: QueuedRequest;
	resolve(result: PostingResult): void;
	reject(error: unknown): void;
}

/**
 * The in-memory queue of the posting service and its group commit. A caller's promise settles
 * only after its batch has committed, so the queue never holds anything a crash could lose that a
 * caller believes done.
 */
export class PostingQueue {
	readonly #sql: postgres.Sql;
	readonly #maxBatch: number;
	readonly #now: () => Date;
	readonly #onCommitted: (transfers: PostedTransfer[]) => void;
	readonly #maxInFlight: number;
	#queue: Waiting[] = [];
	#inFlight = 0;
	/** Resolves when the latest started batch holds the posting lock (see Turn). */
	#lastLocked: Promise<void> = Promise.resolve();
	/** A started batch is still waiting for its turn, gathering what arrives meanwhile. */
	#gathering = false;
	/** A transaction that has just committed a batch is looking for the next one (see #next). */
	#laneWaiting = false;

	constructor(sql: postgres.Sql, options: PostingOptions = {}) {
		this.#sql = sql;
		this.#maxBatch = options.maxBatch ?? 1000;
		this.#maxInFlight = options.maxInFlight ?? 2;
		this.#now = options.now ?? (() => new Date());
		this.#onCommitted = options.onCommitted ?? noop;
	}

	submit(request: QueuedRequest): Promise<PostingResult> {
		return new Promise((resolve, reject) => {
			this.#queue.push({ request, resolve, reject });
			this.#pump();
		});
	}

	/** Resolves once every request queued so far has been answered. */
	async drain(): Promise<void> {
		while (this.#queue.length > 0 || this.#inFlight > 0) {
			await new Promise((r) => setImmediate(r));
		}
	}

	/**
	 * Adaptive group commit. With nothing in flight a batch starts at once (a lone caller pays no
	 * scheduling tick). Otherwise the next batch is started but gathers: it takes the queue only
	 * when the batch before it holds the posting lock, as it could not send anything sooner, so
	 * everything that arrived while the other commit was under way joins it.
	 */
	#pump(): void {
		if (this.#gathering || this.#laneWaiting) return;
		if (this.#inFlight >= this.#maxInFlight || this.#queue.length === 0) return;
		this.#inFlight += 1;
		void this.#lane().finally(() => {
			this.#inFlight -= 1;
			this.#pump();
		});
	}

	/** One transaction carrying batch after batch while work keeps coming (see runBatches). */
	async #lane(): Promise<void> {
		const first = await this.#gather();
		if (first) await runBatches(this.#sql, this.#now, first, () => this.#next());
	}

	/**
	 * The batch that follows on a transaction that has just committed. The callers it answered
	 * usually send their next request in the same tick, so it waits one tick for them rather than
	 * end the transaction and have a fresh one begin.
	 */
	async #next(): Promise<BatchJob | null> {
		if (this.#queue.length === 0) {
			this.#laneWaiting = true;
			await new Promise((resolve) => setImmediate(resolve));
			this.#laneWaiting = false;
		}
		return this.#gather();
	}

	/** Waits for the turn, then takes the queue; null when another batch gathers or none waits. */
	async #gather(): Promise<BatchJob | null> {
		if (this.#gathering || this.#queue.length === 0) return null;
		this.#gathering = true;
		const turn = this.#nextTurn();
		await turn.wait;
		this.#gathering = false;
		const batch = this.#queue.splice(0, this.#maxBatch);
		if (batch.length === 0) {
			turn.locked();
			return null;
		}
		// More than a batch may be waiting: let the next one start gathering behind this one.
		this.#pump();
		return this.#job(batch, turn);
	}

	#nextTurn(): Turn {
		const wait = this.#lastLocked;
		let locked = noop;
		this.#lastLocked = new Promise((resolve) => (locked = resolve));
		return { wait, locked };
	}

	#job(batch: Waiting[], turn: Turn): BatchJob {
		return {
			requests: batch.map((w) => w.request),
			turn,
			done: (results) => {
				batch.forEach((w, i) => w.resolve(results[i] as PostingResult));
				const fresh = results.flatMap((r) => (r.ok && !r.value.replayed ? [r.value] : []));
				if (fresh.length > 0) this.#onCommitted(fresh);
			},
			failed: async (error) => {
				if (batch.length === 1) return batch[0]?.reject(error);
				// One bad request (or a lost connection) must not fail the others: retry each alone.
				for (const w of batch) {
					await runBatches(this.#sql, this.#now, this.#job([w], this.#nextTurn()), noNext);
				}
			}
		};
	}
}

function noop() {}

const noNext = () => Promise.resolve(null);
