import type postgres from 'postgres';
import type { ChainLedger } from '../../../../../chain/gateway/chain-ledger';
import { drainOutbox, type DrainResult } from '../../../../../chain/gateway/drain';
import { anchorJournalBlocks, postgresOutbox } from './outbox.repository';
import { anchorPendingRecords, type RecordAnchorRun } from './records';
import { ADVISORY_LOCKS } from '../../../../../db/locks';

/** Held (session-level) while anchoring or reconciling, so only one process talks to Fabric. */
export const FABRIC_LOCK = ADVISORY_LOCKS.fabricAnchor;

export interface AnchorOptions {
	batchSize: number;
	/** Stop starting new batches after this long, so the job yields its worker slot. */
	budgetMs: number;
}

export type AnchorRun =
	| (DrainResult & { locked: true; blocksAnchored: number; records: RecordAnchorRun })
	| { locked: false };

/**
 * Runs `fn` on one reserved connection holding the Fabric lock; returns null when another
 * process holds it (it is anchoring or reconciling right now).
 */
export async function withFabricLock<T>(
	sql: postgres.Sql,
	fn: (reserved: postgres.ReservedSql) => Promise<T>
): Promise<T | null> {
	const reserved = await sql.reserve();
	try {
		const [row] = await reserved`select pg_try_advisory_lock(${FABRIC_LOCK}) as locked`;
		if (!row?.locked) return null;
		try {
			return await fn(reserved);
		} finally {
			await reserved`select pg_advisory_unlock(${FABRIC_LOCK})`;
		}
	} finally {
		reserved.release();
	}
}

/**
 * Sends waiting transfers to Fabric in seq order, batch after batch, until the outbox is empty
 * or the budget is spent, then the waiting typed records (council tallies). While Fabric is down the transfers simply wait (the posting service
 * never depends on it) and FabricUnavailableError is thrown to the job.
 */
export async function anchorPending(
	sql: postgres.Sql,
	ledger: Pick<ChainLedger, 'recordTransfers' | 'recordCouncilTally'>,
	options: AnchorOptions
): Promise<AnchorRun> {
	const run = await withFabricLock(sql, async (reserved) => {
		const outbox = postgresOutbox(reserved);
		const deadlineMs = Date.now() + options.budgetMs;
		const drained = await drainOutbox(ledger, outbox, { batchSize: options.batchSize, deadlineMs });
		const records = await anchorPendingRecords(reserved, ledger, options.batchSize);
		const blocksAnchored = await anchorJournalBlocks(reserved);
		return { ...drained, locked: true as const, blocksAnchored, records };
	});
	return run ?? { locked: false };
}
