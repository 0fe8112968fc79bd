import type { Batch } from '../chaincode/batch';
import type { Rejection } from '../chaincode/errors';
import type { ChainLedger, TransferAnchor } from './chain-ledger';

/** Transfers waiting for the ledger, oldest first, with the accounts they touch. */
export type PendingBatch = Batch;

/** Where the transfers waiting for Fabric come from and where the outcome goes. */
export interface AnchorOutbox {
	/** The oldest waiting transfers in ledger order (at most `limit`), or null when none wait. */
	next(limit: number): Promise<PendingBatch | null>;
	/** Records the anchors and takes the transfers out of the outbox, in one transaction. */
	anchored(batchId: string, anchors: TransferAnchor[]): Promise<void>;
	/** Moves refused transfers out of the outbox into quarantine and tells the auditors. */
	quarantine(batchId: string, transferIds: string[], rejection: Rejection): Promise<void>;
}

export interface DrainOptions {
	batchSize: number;
	/** Stop starting new batches after this moment (ms since epoch). */
	deadlineMs?: number;
	now?: () => number;
}

export interface DrainResult {
	batches: number;
	anchored: number;
	quarantined: number;
	/** Whether transfers may still be waiting (the deadline came first). */
	more: boolean;
}

/**
 * Which transfers a refusal quarantines: the one the chaincode names, or the whole batch when
 * the refusal is about the batch itself (its shape, or an account definition).
 */
export function refusedTransferIds(batch: PendingBatch, rejection: Rejection): string[] {
	const named = rejection.index === null ? undefined : batch.transfers[rejection.index];
	return named ? [named.id] : batch.transfers.map((t) => t.id);
}

/**
 * Drains the outbox one batch at a time, in ledger order: a batch is only sent once the one
 * before it has committed, so holds reach the ledger before their captures. A refused transfer
 * is quarantined and the drain goes on with the others; the ones before it in the refused batch
 * are sent again with the next batch. Throws FabricUnavailableError when Fabric stays down; what
 * was anchored so far is kept.
 */
export async function drainOutbox(
	ledger: Pick<ChainLedger, 'recordTransfers'>,
	outbox: AnchorOutbox,
	options: DrainOptions
): Promise<DrainResult> {
	const now = options.now ?? Date.now;
	const result: DrainResult = { batches: 0, anchored: 0, quarantined: 0, more: false };
	for (;;) {
		if (options.deadlineMs !== undefined && now() >= options.deadlineMs) {
			result.more = true;
			return result;
		}
		const batch = await outbox.next(options.batchSize);
		if (!batch) return result;
		const recorded = await ledger.recordTransfers(batch);
		result.batches += 1;
		if (recorded.status === 'committed') {
			await outbox.anchored(batch.batchId, recorded.anchors);
			result.anchored += recorded.anchors.length;
			continue;
		}
		const ids = refusedTransferIds(batch, recorded.rejection);
		await outbox.quarantine(batch.batchId, ids, recorded.rejection);
		result.quarantined += ids.length;
	}
}
