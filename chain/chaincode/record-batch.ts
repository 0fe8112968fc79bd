import { checkFloor, newAccount } from '../core/ledger/accounts';
import {
	emptyBook,
	execute,
	namedTransferId,
	touchedAccountIds,
	type Book
} from '../core/ledger/book';
import { err, ok, type Result } from '../core/shared';
import type { Batch, BatchAccount, TransferRecord } from './batch';
import type { Rejection, RejectionCode } from './errors';
import {
	matchesDerived,
	sameRecord,
	toCommand,
	toCoreTransfer,
	type LedgerTransfer
} from './record';
import { entryPosition, KEYS, type WorldState } from './state';

/** A record may be stamped a little after the transaction's time when the two clocks differ. */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

export interface BatchOutcome {
	batchId: string;
	recorded: string[];
	/** Transfers already on the ledger with the same content: a retried batch is harmless. */
	skipped: string[];
}

/** The batch's working set: the core's book plus what only the ledger keeps. */
interface Work {
	state: WorldState;
	book: Book;
	entries: Map<string, number>;
	changed: Set<string>;
	staged: LedgerTransfer[];
	history: { accountId: string; position: number; transferId: string }[];
}

const reject = (
	code: RejectionCode,
	index: number | null = null,
	transferId: string | null = null
) => err<Rejection>({ code, index, transferId });

/** Loads an account into the book once; later reads in the batch see the batch's own changes. */
async function loadAccount(work: Work, id: string): Promise<void> {
	if (work.book.accounts.has(id)) return;
	const stored = await work.state.account(id);
	if (!stored) return;
	const { entries, ...account } = stored;
	work.book.accounts.set(id, account);
	work.entries.set(id, entries);
}

/** Loads the transfer a command names, with how it was resolved or reversed so far. */
async function loadNamed(work: Work, id: string | null): Promise<void> {
	if (id === null || work.book.transfers.has(id)) return;
	const stored = await work.state.transfer(id);
	if (!stored) return;
	work.book.transfers.set(id, toCoreTransfer(stored));
	const resolution = await work.state.resolution(id);
	if (resolution) work.book.resolutions.set(id, resolution.resolution);
	if ((await work.state.reversal(id)) !== undefined) work.book.reversed.add(id);
}

/**
 * Opens an account the ledger has not seen, or applies a changed floor (a community's new credit
 * limit). The asset and kind of an account never change.
 */
async function declareAccount(work: Work, def: BatchAccount): Promise<Result<null, Rejection>> {
	await loadAccount(work, def.id);
	const known = work.book.accounts.get(def.id);
	if (known && (known.asset !== def.asset || known.kind !== def.kind)) {
		return reject('account_definition_conflict');
	}
	const floor = checkFloor(def.kind, def.asset, def.floor);
	if (!floor.ok) return reject(floor.error);
	if (known && known.floor === floor.value) return ok(null);
	const account = known
		? { ...known, floor: floor.value }
		: newAccount(def.id, def.asset, def.kind, floor.value);
	work.book.accounts.set(def.id, account);
	if (!known) work.entries.set(def.id, 0);
	work.changed.add(def.id);
	return ok(null);
}

/** Runs one record through the core rule; `skip` when the same transfer is already recorded. */
async function recordOne(
	work: Work,
	record: TransferRecord,
	index: number,
	tx: { txId: string; timeMs: number }
): Promise<Result<'recorded' | 'skipped', Rejection>> {
	if (record.createdAt > tx.timeMs + MAX_CLOCK_SKEW_MS) {
		return reject('created_in_future', index, record.id);
	}
	const prior =
		work.staged.find((t) => t.id === record.id) ?? (await work.state.transfer(record.id));
	if (prior) {
		return sameRecord(prior, record)
			? ok('skipped')
			: reject('idempotency_key_conflict', index, record.id);
	}
	const command = toCommand(record);
	const namedId = namedTransferId(command);
	await loadNamed(work, namedId);
	const named = namedId === null ? undefined : work.book.transfers.get(namedId);
	for (const id of touchedAccountIds(command, named)) await loadAccount(work, id);
	// The rules run at the time the database decided, so a hold captured before its expiry stays
	// valid however late the batch reaches the ledger.
	const result = execute(work.book, command, record.createdAt);
	if (!result.ok) return reject(result.error, index, record.id);
	const { transfer, debit, credit } = result.value;
	if (!matchesDerived(record, transfer)) return reject('record_mismatch', index, record.id);
	for (const accountId of [debit.id, credit.id]) {
		const position = work.entries.get(accountId) ?? 0;
		work.entries.set(accountId, position + 1);
		work.changed.add(accountId);
		work.history.push({ accountId, position, transferId: record.id });
	}
	work.staged.push({ ...record, txId: tx.txId, recordedAt: tx.timeMs });
	return ok('recorded');
}

/** Writes everything the batch decided; called only once every transfer has passed. */
async function commit(work: Work): Promise<void> {
	const { state, book } = work;
	for (const id of [...work.changed].sort()) {
		const account = book.accounts.get(id);
		const entries = work.entries.get(id) ?? 0;
		if (account) await state.put(KEYS.account, [id], { ...account, entries });
	}
	for (const t of work.staged) {
		await state.put(KEYS.transfer, [t.id], t);
		if (t.pendingId !== null && t.resolution !== null) {
			await state.put(KEYS.resolution, [t.pendingId], {
				resolution: t.resolution,
				transferId: t.id
			});
		}
		if (t.reversesId !== null) await state.put(KEYS.reversal, [t.reversesId], t.id);
	}
	for (const h of work.history) {
		await state.put(KEYS.entry, [h.accountId, entryPosition(h.position)], h.transferId);
	}
}

/**
 * Records a batch atomically: every transfer passes the core's rules in order, or nothing is
 * written. A transfer already on the ledger with the same content is skipped, so a batch that
 * timed out and is sent again records each transfer exactly once.
 *
 * Errors: 'account_definition_conflict', 'invalid_floor', 'asset_not_allowed_for_kind',
 * 'created_in_future', 'idempotency_key_conflict', 'record_mismatch', and every LedgerError the
 * core's decide() returns.
 */
export async function recordBatch(
	state: WorldState,
	batch: Batch,
	tx: { txId: string; timeMs: number }
): Promise<Result<BatchOutcome, Rejection>> {
	const work: Work = {
		state,
		book: emptyBook(),
		entries: new Map(),
		changed: new Set(),
		staged: [],
		history: []
	};
	for (const def of batch.accounts) {
		const declared = await declareAccount(work, def);
		if (!declared.ok) return declared;
	}
	const outcome: BatchOutcome = { batchId: batch.batchId, recorded: [], skipped: [] };
	for (const [index, record] of batch.transfers.entries()) {
		const one = await recordOne(work, record, index, tx);
		if (!one.ok) return one;
		outcome[one.value].push(record.id);
	}
	await commit(work);
	return ok(outcome);
}
