import type { Task } from 'graphile-worker';
import { database } from '../context';
import { FOLD_BATCH, foldDropoffs, foldLedger, snapshotCommunities } from './refresh';

export const STATS_REFRESH_TASK = 'stats:refresh';
/** Every five minutes: dashboards are at most that far behind. */
export const STATS_CRONTAB = `*/5 * * * * ${STATS_REFRESH_TASK}`;

/** Folds new transfers and drop-offs in batches until caught up, then refreshes today's snapshots. */
export async function refreshStats(sql = database().sql, now = new Date()): Promise<void> {
	while ((await foldLedger(sql)) === FOLD_BATCH) {
		// A full batch means there may be more; keep going.
	}
	while ((await foldDropoffs(sql)) >= FOLD_BATCH) {
		// As above; a batch may run over by the drop-offs sharing its last instant.
	}
	await snapshotCommunities(sql, now);
}

export const statsRefreshTask: Task = async () => {
	await refreshStats();
};
