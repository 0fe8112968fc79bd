import type postgres from 'postgres';

/** A connection of the pool held for one pipelined transaction. */
export type PipelinedSql = postgres.ReservedSql;

/**
 * Sends COMMIT at once, so it travels with the statements sent just before it (put it in the
 * same Promise.all as the last writes). Resolves when the transaction has committed; if one of
 * those writes fails, PostgreSQL turns the COMMIT into a ROLLBACK and that write's error is the
 * one the caller sees.
 */
export type Commit = () => Promise<void>;

/**
 * A transaction that spends no round trip of its own: BEGIN goes out with the first statements
 * and COMMIT with the last ones, where `sql.begin` waits for each. For a batch whose work is one
 * round trip of locks and reads, then one of writes, that is two round trips instead of four,
 * and its locks are held for one round trip less.
 *
 * `body` must send every statement with `.execute()` or await it, and must not throw after it
 * has committed (the caller would take a committed batch for a failed one). If it throws before,
 * the transaction is rolled back. If it returns without committing, COMMIT is sent then.
 */
export async function pipelinedTransaction<T>(
	sql: postgres.Sql,
	body: (tx: PipelinedSql, commit: Commit) => Promise<T>
): Promise<T> {
	const tx = await sql.reserve();
	let committed: Promise<void> | null = null;
	const commit: Commit = () => (committed ??= tx`commit`.execute().then(() => undefined));
	const begun = tx`begin`.execute();
	const running = body(tx, commit);
	// Awaited below; this only keeps a failure that comes before BEGIN's answer from being
	// reported as unhandled.
	running.catch(() => undefined);
	try {
		await begun;
		const result = await running;
		await commit();
		return result;
	} catch (error) {
		// The body must have stopped sending before the connection goes back to the pool.
		await running.catch(() => undefined);
		// Sent after a failed COMMIT too: outside a transaction it is only a warning.
		await tx`rollback`.execute().catch(() => undefined);
		throw error;
	} finally {
		tx.release();
	}
}
