import stringify from 'json-stringify-deterministic';
import { Context, Contract } from 'fabric-contract-api';
import { availableBalance, isAsset, postedBalance } from '../core/ledger/accounts';
import { mayRead, maySubmit, policyFromEnv, type AccessPolicy } from './access';
import { parseBatch } from './batch';
import { Returns, Transaction } from './decorators';
import { deniedMessage, notFoundMessage, rejectionMessage } from './errors';
import type { LedgerTransfer } from './record';
import { recordBatch } from './record-batch';
import { KEYS, WorldState, type StoredAccount } from './state';
import { parseTally, recordTally } from './tally';

/** The event every recorded batch emits, for listeners that follow the ledger. */
export const BATCH_EVENT = 'TransfersRecorded';
/** The event a newly recorded council tally emits. */
export const TALLY_EVENT = 'CouncilTallyRecorded';
const MAX_PAGE_SIZE = 1000;

/** An account's balances as partners and auditors read them. */
export interface Balance {
	accountId: string;
	asset: string;
	kind: string;
	floor: number | null;
	posted: number;
	/** Held for pending redemptions: already out of the available balance. */
	pendingDebits: number;
	pendingCredits: number;
	available: number;
	entries: number;
}

export function toBalance(a: StoredAccount): Balance {
	return {
		accountId: a.id,
		asset: a.asset,
		kind: a.kind,
		floor: a.floor,
		posted: postedBalance(a),
		pendingDebits: a.debitsPending,
		pendingCredits: a.creditsPending,
		available: availableBalance(a),
		entries: a.entries
	};
}

/** The transaction's timestamp in ms: the one clock every endorsing peer agrees on. */
function txTimeMs(ctx: Context): number {
	const ts = ctx.stub.getTxTimestamp();
	return Number(ts.seconds.toString()) * 1000 + Math.floor(ts.nanos / 1_000_000);
}

function pageSizeOf(n: number): number {
	return Number.isSafeInteger(n) && n > 0 ? Math.min(n, MAX_PAGE_SIZE) : MAX_PAGE_SIZE;
}

/**
 * Linli's ledger on Fabric: it keeps its own balances and re-runs the core ledger rules on every
 * transfer the platform records, so partners and auditors need not trust the platform's
 * database. Every write is canonical JSON and every time comes from the transaction, so all
 * endorsing peers compute byte-identical results.
 */
export class LedgerContract extends Contract {
	private readonly policy: AccessPolicy;

	constructor(policy: AccessPolicy = policyFromEnv(process.env)) {
		super('linli.ledger');
		this.policy = policy;
	}

	private requireWriter(ctx: Context): void {
		const mspId = ctx.clientIdentity.getMSPID();
		if (!maySubmit(this.policy, mspId)) throw new Error(deniedMessage(mspId));
	}

	private requireReader(ctx: Context): WorldState {
		const mspId = ctx.clientIdentity.getMSPID();
		if (!mayRead(this.policy, mspId)) throw new Error(deniedMessage(mspId));
		return new WorldState(ctx.stub);
	}

	/**
	 * Records a batch of transfers (JSON, see Batch) atomically and idempotently per transfer id,
	 * and emits one TransfersRecorded event. Returns {batchId, recorded, skipped}.
	 */
	@Transaction()
	@Returns('string')
	async RecordTransfers(ctx: Context, batch: string): Promise<string> {
		this.requireWriter(ctx);
		const parsed = parseBatch(batch);
		if (!parsed.ok) throw new Error(rejectionMessage(parsed.error));
		const tx = { txId: ctx.stub.getTxID(), timeMs: txTimeMs(ctx) };
		const outcome = await recordBatch(new WorldState(ctx.stub), parsed.value, tx);
		if (!outcome.ok) throw new Error(rejectionMessage(outcome.error));
		const payload = stringify({ ...outcome.value, txId: tx.txId });
		ctx.stub.setEvent(BATCH_EVENT, Buffer.from(payload, 'utf8'));
		return payload;
	}

	/**
	 * Records a closed council vote's tally (JSON, see TallySubmission) after the core's own check
	 * of its numbers; once per record and once per vote. Returns {recordId, voteId, status, txId}.
	 */
	@Transaction()
	@Returns('string')
	async RecordCouncilTally(ctx: Context, tally: string): Promise<string> {
		this.requireWriter(ctx);
		const parsed = parseTally(tally);
		if (!parsed.ok) throw new Error(rejectionMessage(parsed.error));
		const tx = { txId: ctx.stub.getTxID(), timeMs: txTimeMs(ctx) };
		const outcome = await recordTally(new WorldState(ctx.stub), parsed.value, tx);
		if (!outcome.ok) throw new Error(rejectionMessage(outcome.error));
		const payload = stringify({ ...outcome.value, txId: tx.txId });
		if (outcome.value.status === 'recorded') {
			ctx.stub.setEvent(TALLY_EVENT, Buffer.from(payload, 'utf8'));
		}
		return payload;
	}

	/** A typed record (a council tally) with the transaction that recorded it. */
	@Transaction(false)
	@Returns('string')
	async GetRecord(ctx: Context, id: string): Promise<string> {
		const record = await this.requireReader(ctx).get(KEYS.record, [id]);
		if (!record) throw new Error(notFoundMessage('record', id));
		return stringify(record);
	}

	@Transaction(false)
	@Returns('string')
	async GetTransfer(ctx: Context, id: string): Promise<string> {
		const transfer = await this.requireReader(ctx).transfer(id);
		if (!transfer) throw new Error(notFoundMessage('transfer', id));
		return stringify(transfer);
	}

	@Transaction(false)
	@Returns('string')
	async GetBalance(ctx: Context, accountId: string, asset: string): Promise<string> {
		const account = await this.requireReader(ctx).account(accountId);
		if (!account || !isAsset(asset) || account.asset !== asset) {
			throw new Error(notFoundMessage('account', `${accountId}/${asset}`));
		}
		return stringify(toBalance(account));
	}

	/** Balances of several accounts (a JSON array of ids); unknown ids are listed as missing. */
	@Transaction(false)
	@Returns('string')
	async GetBalances(ctx: Context, accountIds: string): Promise<string> {
		const state = this.requireReader(ctx);
		const ids: unknown = JSON.parse(accountIds);
		if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) {
			throw new Error('GetBalances takes a JSON array of account ids');
		}
		const balances: Balance[] = [];
		const missing: string[] = [];
		for (const id of ids as string[]) {
			const account = await state.account(id);
			if (account) balances.push(toBalance(account));
			else missing.push(id);
		}
		return stringify({ balances, missing });
	}

	/** Every transfer the account took part in, oldest first. */
	@Transaction(false)
	@Returns('string')
	async History(ctx: Context, accountId: string): Promise<string> {
		const state = this.requireReader(ctx);
		if (!(await state.account(accountId))) throw new Error(notFoundMessage('account', accountId));
		const ids = await state.all<string>(KEYS.entry, [accountId]);
		const transfers: LedgerTransfer[] = [];
		for (const id of ids) {
			const t = await state.transfer(id);
			if (t) transfers.push(t);
		}
		return stringify(transfers);
	}

	/** One page of all accounts' balances, for reconciliation: {items, bookmark}. */
	@Transaction(false)
	@Returns('string')
	async ListBalances(ctx: Context, pageSize: number, bookmark: string): Promise<string> {
		const page = await this.requireReader(ctx).page<StoredAccount>(
			KEYS.account,
			pageSizeOf(pageSize),
			bookmark
		);
		return stringify({ items: page.items.map(toBalance), bookmark: page.bookmark });
	}

	/** One page of all transfer ids, for reconciliation: {items, bookmark}. */
	@Transaction(false)
	@Returns('string')
	async ListTransferIds(ctx: Context, pageSize: number, bookmark: string): Promise<string> {
		const page = await this.requireReader(ctx).page<LedgerTransfer>(
			KEYS.transfer,
			pageSizeOf(pageSize),
			bookmark
		);
		return stringify({ items: page.items.map((t) => t.id), bookmark: page.bookmark });
	}
}
