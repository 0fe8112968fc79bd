import type { Task } from 'graphile-worker';
import type postgres from 'postgres';
import { postPendingAwards } from './awards';
import { closeDueVotes, closeVote } from './close-vote';
import { councilDeps } from './deps';
import { notifyDueOpenings, notifyVoteOpened } from './vote-notices';

export const COUNCIL_CLOSE_TASK = 'council.close-vote';
export const COUNCIL_OPENED_TASK = 'council.vote-opened';
/** Crontab names cannot hold a dot. Every minute: close overdue votes, retry unpaid points. */
export const COUNCIL_SWEEP_TASK = 'council:sweep';
export const COUNCIL_CRONTAB = `* * * * * ${COUNCIL_SWEEP_TASK}`;

/**
 * Queues the closing of a vote for the end of its window. Best effort: if it cannot be queued
 * (the job schema missing, say), the minute sweep closes the vote instead.
 */
export async function scheduleVoteClose(
	sql: postgres.Sql,
	voteId: number,
	closesAt: Date
): Promise<boolean> {
	try {
		await sql`select graphile_worker.add_job(${COUNCIL_CLOSE_TASK}, json_build_object('voteId', ${voteId}::int),
			run_at => ${closesAt.toISOString()}::timestamptz, job_key => ${`council.close:${voteId}`})`;
		return true;
	} catch (error) {
		console.warn(
			`[council] could not queue the closing of vote ${voteId}; the sweep will close it`,
			error
		);
		return false;
	}
}

/**
 * Queues the opening notice for the moment the vote opens (now, or later for a scheduled vote).
 * Best effort like the closing: the minute sweep sends any notice that was not queued.
 */
export async function scheduleVoteOpened(sql: postgres.Sql, voteId: number, opensAt: Date) {
	try {
		await sql`select graphile_worker.add_job(${COUNCIL_OPENED_TASK}, json_build_object('voteId', ${voteId}::int),
			run_at => ${opensAt.toISOString()}::timestamptz, job_key => ${`council.opened:${voteId}`})`;
		return true;
	} catch (error) {
		console.warn(`[council] could not queue the opening notice of vote ${voteId}`, error);
		return false;
	}
}

export const councilOpenedTask: Task = async (payload) => {
	const voteId = (payload as { voteId?: unknown } | null)?.voteId;
	if (typeof voteId !== 'number') throw new Error('council.vote-opened needs { voteId }');
	await notifyVoteOpened(councilDeps(), voteId);
};

export const councilCloseTask: Task = async (payload) => {
	const voteId = (payload as { voteId?: unknown } | null)?.voteId;
	if (typeof voteId !== 'number') throw new Error('council.close-vote needs { voteId }');
	await closeVote(councilDeps(), voteId);
};

export const councilSweepTask: Task = async () => {
	const deps = councilDeps();
	await closeDueVotes(deps);
	await notifyDueOpenings(deps);
	await postPendingAwards(deps.sql, deps.posting);
};

/** For web/src/lib/server/jobs/registry.ts. */
export function councilTasks(): Record<string, Task> {
	return {
		[COUNCIL_CLOSE_TASK]: councilCloseTask,
		[COUNCIL_OPENED_TASK]: councilOpenedTask,
		[COUNCIL_SWEEP_TASK]: councilSweepTask
	};
}

export function councilCrontab(): string[] {
	return [COUNCIL_CRONTAB];
}
