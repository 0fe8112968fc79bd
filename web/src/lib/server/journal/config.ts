/** How the journal drainer batches and seals; read once from the environment. */
export interface JournalConfig {
	/** Outbox rows journaled per transaction. */
	batchSize: number;
	/** A block is sealed as soon as this many entries are unsealed… */
	blockSize: number;
	/** …or when the oldest unsealed entry is this old. */
	sealAfterMs: number;
	/** One job run drains for at most this long, then re-queues itself and yields the worker. */
	jobBudgetMs: number;
}

function positiveInt(value: string | undefined, fallback: number, name: string): number {
	if (value === undefined || value === '') return fallback;
	const n = Number(value);
	if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer`);
	return n;
}

export function journalConfig(
	env: Record<string, string | undefined> = process.env
): JournalConfig {
	return {
		batchSize: positiveInt(env.LEDGER_JOURNAL_BATCH, 2000, 'LEDGER_JOURNAL_BATCH'),
		blockSize: positiveInt(env.LEDGER_BLOCK_SIZE, 1000, 'LEDGER_BLOCK_SIZE'),
		sealAfterMs: positiveInt(env.LEDGER_BLOCK_MAX_AGE_MS, 500, 'LEDGER_BLOCK_MAX_AGE_MS'),
		jobBudgetMs: positiveInt(env.LEDGER_JOURNAL_JOB_BUDGET_MS, 3000, 'LEDGER_JOURNAL_JOB_BUDGET_MS')
	};
}
