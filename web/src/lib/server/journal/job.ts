import type { Task } from 'graphile-worker';
import { setTimeout as sleep } from 'node:timers/promises';
import type postgres from 'postgres';
import { database } from '../context';
import { journalConfig } from './config';
import { drainOnce } from './drain';
import { signingKey } from './signing-key';

export const JOURNAL_TASK = 'ledger.journal';
// One job key: however many nudges arrive, at most one drain job waits in the queue.
const JOB_KEY = 'ledger.journal';

/**
 * Safety net: drain once a minute even if every nudge was lost. Crontab task names cannot contain
 * a dot, so the sweep is the same task under a second name, sharing the job key.
 */
export const JOURNAL_SWEEP_TASK = 'ledger:journal-sweep';
export const JOURNAL_CRONTAB = `* * * * * ${JOURNAL_SWEEP_TASK} ?jobKey=${JOB_KEY}`;

/**
 * Queues the drain job, now or after `delayMs`. With job_key mode 'replace' a queued job is moved
 * to the new time, and if the job is running right now a fresh one is queued behind it, so a
 * transfer committed after the running drain's last read is still picked up.
 */
export async function scheduleJournal(sql: postgres.Sql, delayMs = 0): Promise<void> {
	await sql`
		select graphile_worker.add_job(${JOURNAL_TASK},
			run_at => now() + ${delayMs} * interval '1 millisecond',
			job_key => ${JOB_KEY}, job_key_mode => 'replace')`;
}

/** The least time between two nudges from one process (see nudgeJournal). */
const NUDGE_GAP_MS = 100;

interface NudgeState {
	inFlight: Promise<void> | null;
	again: boolean;
}
const nudges = new WeakMap<postgres.Sql, NudgeState>();

/**
 * Tells the journal that new transfers are committed. Call it after the posting transaction
 * commits (never inside it: a rolled-back transfer must not wake anyone, and the job row must not
 * join the transfer's locks). Nudges are coalesced per pool: while one add_job is in flight, and
 * for NUDGE_GAP_MS after it, any number of callers share one follow-up, so however many batches
 * commit, a process queues at most ten drains a second (each add_job is several writes), and a
 * transfer waits at most that gap longer to be journaled. Never rejects (a lost nudge only delays
 * the journal until the sweep), so `void nudgeJournal(sql)` after each commit is safe.
 */
export function nudgeJournal(sql: postgres.Sql): Promise<void> {
	let state = nudges.get(sql);
	if (!state) {
		state = { inFlight: null, again: false };
		nudges.set(sql, state);
	}
	const s = state;
	if (s.inFlight) {
		s.again = true;
		return s.inFlight;
	}
	const run = async (): Promise<void> => {
		try {
			do {
				s.again = false;
				await scheduleJournal(sql);
				await sleep(NUDGE_GAP_MS);
			} while (s.again);
		} catch (error) {
			// The transfers are committed either way; the once-a-minute sweep journals them.
			console.warn('[journal] nudge failed; the minute sweep will catch up:', error);
		} finally {
			s.inFlight = null;
		}
	};
	s.inFlight = run();
	return s.inFlight;
}

/**
 * The `ledger.journal` task: drains batch after batch until the outbox is empty or the time
 * budget is spent, then re-queues itself (at once if work remains, or when the oldest unsealed
 * entry falls due for sealing).
 */
export const journalTask: Task = async () => {
	const sql = database().sql;
	const config = journalConfig();
	const key = signingKey();
	const deadline = Date.now() + config.jobBudgetMs;
	let result;
	do {
		result = await drainOnce(sql, { ...config, key });
	} while (result.more && Date.now() < deadline);
	if (result.more) await scheduleJournal(sql);
	else if (result.sealDueInMs !== null) await scheduleJournal(sql, Math.ceil(result.sealDueInMs));
};
