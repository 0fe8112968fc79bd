import { Logger, run, type Runner } from 'graphile-worker';
import pg from 'pg';
import { isShuttingDown } from './boot';
import { crontab, taskList } from '../src/lib/server/jobs/registry';
import { STATS_REFRESH_TASK } from '../src/lib/server/stats/job';

export interface Worker {
	stop(): Promise<void>;
}

/**
 * Starts the job runner in this process. Jobs live in PostgreSQL (graphile-worker), so any number
 * of app instances can run one: each job is taken by exactly one of them.
 */
export async function startWorker(databaseUrl: string): Promise<Worker> {
	if (process.env.LINLI_WORKER === '0') return { stop: async () => {} };
	const concurrency = Number(process.env.WORKER_CONCURRENCY ?? 4);
	// Our own pool, so a dropped connection (the database restarting, or Ctrl-C reaching the
	// embedded server first) is an event we log, never an unhandled 'error' that kills the app.
	const pool = new pg.Pool({ connectionString: databaseUrl, max: concurrency + 2 });
	pool.on('error', (error) => {
		if (!isShuttingDown()) console.error(`[worker] database connection lost: ${error.message}`);
	});
	const runner: Runner = await run({
		pgPool: pool,
		concurrency,
		noHandleSignals: true,
		pollInterval: 1000,
		taskList,
		crontab,
		logger: quietLogger()
	});
	// The dashboards' five-minute schedule would leave them empty for up to five minutes after a
	// first start (or an outage); refresh once now. The job key makes instances starting together
	// queue one run, not one each.
	await runner.addJob(STATS_REFRESH_TASK, {}, { jobKey: 'stats:refresh:start' });
	return {
		stop: async () => {
			await runner.stop();
			await pool.end();
		}
	};
}

/** graphile-worker logs every job at info level; keep warnings and errors only. */
function quietLogger(): Logger {
	return new Logger(() => (level, message) => {
		if (isShuttingDown()) return;
		if (level === 'error' || level === 'warning') console.error(`[worker] ${message}`);
	});
}
