/**
 * The journal running beside a benchmark: a drainer doing what the `ledger.journal` job does
 * (drainOnce batch after batch, sealing and signing blocks), and a sampler measuring how far the
 * journal trails the transfers table.
 */
import { generateKeyPairSync } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type postgres from 'postgres';
import { journalConfig } from '../../web/src/lib/server/journal/config';
import { drainOnce } from '../../web/src/lib/server/journal/drain';
import { signingKeyFrom } from '../../web/src/lib/server/journal/signing-key';

/**
 * When the outbox is empty the drainer waits this long before looking again. It stands in for the
 * app's wake-up (each commit nudges the journal job through graphile-worker), so it is part of the
 * measured lag.
 */
const IDLE_MS = 10;
/** The lag is sampled this often; a peak between two samples is missed by at most this much. */
const SAMPLE_MS = 20;

export interface JournalLag {
	/** The oldest outbox row's age at its worst, in ms, from the batch's start to being journaled. */
	maxLagMs: number;
	journaled: number;
	sealed: number;
}

/** Journals everything already waiting, so a scenario starts with an empty outbox. */
export async function drainAll(sql: postgres.Sql): Promise<void> {
	const options = { ...journalConfig({}), key: signingKeyFrom(benchKey) };
	while ((await drainOnce(sql, options)).journaled > 0);
}

const benchKey = generateKeyPairSync('ed25519').privateKey;

/**
 * Starts the drainer and the sampler. `stop()` lets the drainer catch up with everything committed
 * so far (that catch-up counts towards the lag too), then reports.
 */
export function runJournal(sql: postgres.Sql) {
	const options = { ...journalConfig({}), key: signingKeyFrom(benchKey) };
	let stopping = false;
	let done = false;
	const lag: JournalLag = { maxLagMs: 0, journaled: 0, sealed: 0 };
	const drainer = (async () => {
		try {
			for (;;) {
				const result = await drainOnce(sql, options);
				lag.journaled += result.journaled;
				lag.sealed += result.sealed;
				if (result.more) continue;
				if (stopping && result.journaled === 0) break;
				await sleep(IDLE_MS);
			}
		} finally {
			done = true;
		}
	})();
	const sampler = (async () => {
		while (!done) {
			// Age by the database's own clock, as created_at is the batch's start (the app's clock on
			// this machine); the row's commit came later, so this errs on the long side.
			const [row] = await sql<{ ms: number | null }[]>`
				select (extract(epoch from clock_timestamp() - min(created_at)) * 1000)::float8 as ms
				from (select created_at from ledger_outbox order by seq limit 1) oldest`;
			lag.maxLagMs = Math.max(lag.maxLagMs, row?.ms ?? 0);
			await sleep(SAMPLE_MS);
		}
	})();
	return {
		async stop(): Promise<JournalLag> {
			stopping = true;
			await Promise.all([drainer, sampler]);
			return lag;
		}
	};
}
