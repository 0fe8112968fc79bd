import type { Contract, SubmittedTransaction } from '@hyperledger/fabric-gateway';
import type { Batch } from '../chaincode/batch';
import type { Rejection } from '../chaincode/errors';
import type { Balance } from '../chaincode/ledger.contract';
import type { LedgerTransfer } from '../chaincode/record';
import type { BatchOutcome } from '../chaincode/record-batch';
import type { LedgerTally, TallyOutcome, TallySubmission } from '../chaincode/tally';
import { backoffMs, classify, DEFAULT_RETRY, type RetryPolicy, type RetryReason } from './retry';

/** The part of the gateway's Contract the client uses; tests pass a fake. */
export type ContractPort = Pick<Contract, 'submitAsync' | 'evaluateTransaction'>;

export interface TransferAnchor {
	transferId: string;
	txId: string;
	/** Null for a transfer found already on the ledger after a lost reply: its block is unknown. */
	blockNumber: bigint | null;
}

export type RecordResult =
	| { status: 'committed'; txId: string; blockNumber: bigint; anchors: TransferAnchor[] }
	| { status: 'rejected'; rejection: Rejection };

export type TallyResult =
	| { status: 'committed'; txId: string; blockNumber: bigint | null }
	| { status: 'rejected'; rejection: Rejection };

/** Fabric stayed unreachable or conflicting through every retry; try the batch again later. */
export class FabricUnavailableError extends Error {
	constructor(
		readonly reason: RetryReason,
		readonly attempts: number,
		message: string
	) {
		super(`Fabric unavailable after ${attempts} attempts (${reason}): ${message}`);
		this.name = 'FabricUnavailableError';
	}
}

/** This identity may not do this on the channel: a setup problem, never retried. */
export class FabricAccessError extends Error {
	override name = 'FabricAccessError';
}

/** A read named a transfer or account the ledger does not hold. */
export class FabricNotFoundError extends Error {
	override name = 'FabricNotFoundError';
}

/** A transaction that was ordered but marked invalid, e.g. MVCC_READ_CONFLICT (code 11). */
class CommitFailed extends Error {
	override name = 'CommitError';
	constructor(readonly code: number) {
		super(`transaction committed as invalid, validation code ${code}`);
	}
}

export interface RetryEvent {
	attempt: number;
	reason: RetryReason;
	delayMs: number;
	message: string;
}

export interface ChainLedgerOptions {
	retry?: RetryPolicy;
	sleep?: (ms: number) => Promise<void>;
	random?: () => number;
	onRetry?: (event: RetryEvent) => void;
}

const decoder = new TextDecoder();
const sleepMs = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The platform's client of the ledger chaincode: records batches (waiting for the commit) and
 * reads balances and transfer ids for reconciliation. Transient failures are retried with capped
 * exponential backoff; a refusal on rules is returned, never retried.
 */
export class ChainLedger {
	private readonly retry: RetryPolicy;
	private readonly sleep: (ms: number) => Promise<void>;
	private readonly random: () => number;
	private readonly onRetry: (event: RetryEvent) => void;

	constructor(
		private readonly contract: ContractPort,
		options: ChainLedgerOptions = {}
	) {
		this.retry = options.retry ?? DEFAULT_RETRY;
		this.sleep = options.sleep ?? sleepMs;
		this.random = options.random ?? Math.random;
		this.onRetry = options.onRetry ?? (() => {});
	}

	/** Runs `op` until it succeeds, is refused on rules, or the attempts run out. */
	private async attempt<T>(op: () => Promise<T>): Promise<T | { rejected: Rejection }> {
		for (let attempt = 1; ; attempt += 1) {
			try {
				return await op();
			} catch (error) {
				const failure = classify(error);
				if (failure.kind === 'rejected') return { rejected: failure.rejection };
				if (failure.kind === 'denied') throw new FabricAccessError(failure.message);
				if (failure.kind === 'not_found') throw new FabricNotFoundError(failure.message);
				if (attempt >= this.retry.maxAttempts) {
					throw new FabricUnavailableError(failure.reason, attempt, failure.message);
				}
				const delayMs = backoffMs(this.retry, attempt, this.random);
				this.onRetry({ attempt, reason: failure.reason, delayMs, message: failure.message });
				await this.sleep(delayMs);
			}
		}
	}

	private async evaluate(name: string, ...args: string[]): Promise<string> {
		const result = await this.attempt(() => this.contract.evaluateTransaction(name, ...args));
		if (result instanceof Uint8Array) return decoder.decode(result);
		throw new Error(`${name} was refused: ${result.rejected.code}`);
	}

	/** Endorses, orders and waits for the commit; an invalid commit throws for a retry. */
	private async submitOnce(batch: Batch) {
		const submitted: SubmittedTransaction = await this.contract.submitAsync('RecordTransfers', {
			arguments: [JSON.stringify(batch)]
		});
		const outcome = JSON.parse(decoder.decode(submitted.getResult())) as BatchOutcome;
		const status = await submitted.getStatus();
		if (!status.successful) throw new CommitFailed(Number(status.code));
		return { txId: submitted.getTransactionId(), blockNumber: status.blockNumber, outcome };
	}

	/**
	 * Records a batch. Transfers the ledger already holds (a batch sent again after a lost reply)
	 * are anchored to the transaction that first recorded them.
	 */
	async recordTransfers(batch: Batch): Promise<RecordResult> {
		const result = await this.attempt(() => this.submitOnce(batch));
		if ('rejected' in result) return { status: 'rejected', rejection: result.rejected };
		const { txId, blockNumber, outcome } = result;
		const anchors: TransferAnchor[] = outcome.recorded.map((id) => ({
			transferId: id,
			txId,
			blockNumber
		}));
		for (const id of new Set(outcome.skipped)) {
			const earlier = await this.getTransfer(id);
			if (earlier) anchors.push({ transferId: id, txId: earlier.txId, blockNumber: null });
		}
		return { status: 'committed', txId, blockNumber, anchors };
	}

	/**
	 * Records a council tally and waits for the commit. A tally the ledger already holds (sent
	 * again after a lost reply) is anchored to the transaction that first recorded it.
	 */
	async recordCouncilTally(tally: TallySubmission): Promise<TallyResult> {
		const result = await this.attempt(async () => {
			const submitted = await this.contract.submitAsync('RecordCouncilTally', {
				arguments: [JSON.stringify(tally)]
			});
			const outcome = JSON.parse(decoder.decode(submitted.getResult())) as TallyOutcome;
			const status = await submitted.getStatus();
			if (!status.successful) throw new CommitFailed(Number(status.code));
			return { txId: submitted.getTransactionId(), blockNumber: status.blockNumber, outcome };
		});
		if ('rejected' in result) return { status: 'rejected', rejection: result.rejected };
		if (result.outcome.status === 'recorded') {
			return { status: 'committed', txId: result.txId, blockNumber: result.blockNumber };
		}
		const earlier = JSON.parse(await this.evaluate('GetRecord', tally.id)) as LedgerTally;
		return { status: 'committed', txId: earlier.txId, blockNumber: null };
	}

	async getTransfer(id: string): Promise<LedgerTransfer | null> {
		try {
			return JSON.parse(await this.evaluate('GetTransfer', id)) as LedgerTransfer;
		} catch (error) {
			if (error instanceof FabricNotFoundError) return null;
			throw error;
		}
	}

	async getBalances(ids: string[]): Promise<{ balances: Balance[]; missing: string[] }> {
		return JSON.parse(await this.evaluate('GetBalances', JSON.stringify(ids))) as {
			balances: Balance[];
			missing: string[];
		};
	}

	private async pages<T>(name: string, pageSize: number): Promise<T[]> {
		const all: T[] = [];
		let bookmark = '';
		do {
			const text = await this.evaluate(name, String(pageSize), bookmark);
			const page = JSON.parse(text) as { items: T[]; bookmark: string };
			all.push(...page.items);
			bookmark = page.bookmark;
		} while (bookmark !== '');
		return all;
	}

	/** Every account on the ledger with its balances. */
	allBalances(pageSize = 500): Promise<Balance[]> {
		return this.pages<Balance>('ListBalances', pageSize);
	}

	/** Every transfer id on the ledger. */
	allTransferIds(pageSize = 1000): Promise<string[]> {
		return this.pages<string>('ListTransferIds', pageSize);
	}
}
