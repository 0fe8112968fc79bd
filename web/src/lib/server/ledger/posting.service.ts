import type postgres from 'postgres';
import { err, ok, type Result } from '$core/shared';
import { TickBatch } from '../tick-batch';
import { ensureAccounts, insertAccount, toBalance, type AccountError } from './accounts';
import { isUuid } from './ids';
import { selectAccounts, selectHistory } from './ledger.repository';
import { PostingQueue, type PostingOptions } from './posting-queue';
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
	PostingResult,
	ReverseRequest,
	TransferRequest,
	VoidRequest,
	WriteMeta
} from './types';

export type { PostingOptions } from './posting-queue';

/**
 * The only writer of the ledger tables. Concurrent requests queue in memory and are committed in
 * batches (group commit, posting-queue.ts): one transaction, one fsync, many transfers. A
 * caller's promise settles only after its batch has committed. Rule refusals resolve as
 * `{ ok: false, error }`; database failures reject, and the caller retries with the same
 * idempotency key.
 */
export class PostingService {
	readonly #sql: postgres.Sql;
	readonly #queue: PostingQueue;
	readonly #accounts: TickBatch<AccountSpec, Result<LedgerAccount, AccountError>>;

	constructor(sql: postgres.Sql, options: PostingOptions = {}) {
		this.#sql = sql;
		this.#accounts = new TickBatch((specs) => ensureAccounts(sql, specs));
		this.#queue = new PostingQueue(sql, options);
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
	drain(): Promise<void> {
		return this.#queue.drain();
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
		return this.#queue.submit(build());
	}
}
