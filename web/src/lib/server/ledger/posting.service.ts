import type postgres from 'postgres';
import { err, ok, type Result } from '$core/shared';
import { runBatches, type BatchJob, type Turn } from './batch';
import { TickBatch } from '../tick-batch';
import { ensureAccounts, insertAccount, toBalance, type AccountError } from './accounts';
import { isUuid } from './ids';
import { selectAccounts, selectHistory } from './ledger.repository';
import {
	captureRequest,
	holdRequest,
	reverseRequest,
	transferRequest,
	validMeta,
	voidRequest,
	type QueuedRequest
} from './request';
import type {
	AccountBalance,
	AccountSpec,
	CaptureRequest,
	HistoryPage,
	HistoryQuery,
	HoldRequest,
	LedgerAccount,
	PostedTransfer,
	PostingResult,
	ReverseRequest,
	TransferRequest,
	VoidRequest,
	WriteMeta
} from './types';

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
 * The only writer of the ledger tables. Concurrent requests queue in memory and one flusher
 * commits them in batches (group commit): one transaction, one fsync, many transfers. A caller's
 * promise settles only after its batch has committed, so the queue never holds anything a crash
 * could lose that a caller believes done. Rule refusals resolve as `{ ok: false, error }`;
 * database failures reject, and the caller retries with the same idempotency key.
 */
export class PostingService {
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
	readonly #accounts: TickBatch<AccountSpec, Result<LedgerAccount, AccountError>>;

	constructor(sql: postgres.Sql, options: PostingOptions = {}) {
		this.#sql = sql;
		this.#accounts = new TickBatch((specs) => ensureAccounts(sql, specs));
		this.#maxBatch = options.maxBatch ?? 1000;
		this.#maxInFlight = options.maxInFlight ?? 2;
		this.#now = options.now ?? (() => new Date());
		this.#onCommitted = options.onCommitted ?? noop;
	}

	transfer(request: TransferRequest): Promise<PostingResult> {
		return this.#submit(request, () => transferRequest(request));
	}

	/** A pending transfer: leaves the payer's available balance until captured or voided. */
	hold(request: HoldRequest): Promise<PostingResult> {
		return this.#submit(request, () => holdRequest(request));
	}

	capture(request: CaptureRequest): Promise<PostingResult> {
		return this.#submit(request, () => captureRequest(request));
	}

	void(request: VoidRequest): Promise<PostingResult> {
		return this.#submit(request, () => voidRequest(request));
	}

	/** A transfer back of the same amount, naming the original; may be refused by the floor. */
	reverse(request: ReverseRequest): Promise<PostingResult> {
		return this.#submit(request, () => reverseRequest(request));
	}

	/** Resolves once every request queued so far has been answered. */
	async drain(): Promise<void> {
		while (this.#queue.length > 0 || this.#inFlight > 0) {
			await new Promise((r) => setImmediate(r));
		}
	}

	async balances(accountIds: string[]): Promise<Map<string, AccountBalance>> {
		const accounts = await selectAccounts(this.#sql, accountIds.filter(isUuid));
		return new Map(accounts.map((a) => [a.id, toBalance(a)]));
	}

	async history(query: HistoryQuery): Promise<HistoryPage> {
		if (!isUuid(query.accountId)) return { items: [], nextCursor: null };
		const limit = Math.min(Math.max(1, Math.floor(query.limit)), 500);
		const rows = await selectHistory(this.#sql, { ...query, limit });
		const items = rows.slice(0, limit);
		const last = items.at(-1);
		return { items, nextCursor: rows.length > limit && last ? last.seq : null };
	}

	/**
	 * Opens an account. Errors: 'asset_not_allowed_for_kind', 'invalid_floor', 'invalid_request',
	 * 'account_already_exists'.
	 */
	async openAccount(
		spec: AccountSpec
	): Promise<Result<LedgerAccount, AccountError | 'account_already_exists'>> {
		const created = await insertAccount(this.#sql, spec);
		if (!created.ok) return created;
		return created.value ? ok(created.value) : err('account_already_exists');
	}

	/** Returns the owner's account, opening it first if needed. Errors: as openAccount, less 'account_already_exists'. */
	ensureAccount(spec: AccountSpec): Promise<Result<LedgerAccount, AccountError>> {
		// Calls of one turn (a batch of new residents being paid) share one insert.
		return this.#accounts.add(spec);
	}

	#submit(meta: WriteMeta, build: () => QueuedRequest): Promise<PostingResult> {
		if (!validMeta(meta)) return Promise.resolve(err('invalid_request'));
		return new Promise((resolve, reject) => {
			this.#queue.push({ request: build(), resolve, reject });
			this.#pump();
		});
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
