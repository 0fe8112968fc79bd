import type { TaskList } from 'graphile-worker';
import { AUTH_CLEANUP_CRONTAB, AUTH_CLEANUP_TASK, authCleanupTask } from '../auth/cleanup';
import { JOURNAL_CRONTAB, JOURNAL_SWEEP_TASK, JOURNAL_TASK, journalTask } from '../journal/job';
import { LEDGER_AUDIT_CRONTAB, LEDGER_AUDIT_TASK, ledgerAuditTask } from '../ledger/audit.job';
import { DIGEST_CRONTAB, DIGEST_TASK, digestTask } from '../notifications/digest';
import { TIMEBANK_CRONTAB, TIMEBANK_SWEEP_TASK, timebankSweepTask } from '../timebank/jobs';
import { fabricCrontab, fabricTasks } from '../fabric/job';
import { redemptionCrontab, redemptionTasks } from '../redemption/jobs';
import { councilCrontab, councilTasks } from '../council/jobs';
import { SECURITY_CRONTAB, SECURITY_SWEEP_TASK, securitySweepTask } from '../security/sweep.job';
import { STATS_CRONTAB, STATS_REFRESH_TASK, statsRefreshTask } from '../stats/job';
import { sortingCrontab, sortingTasks } from '../sorting/jobs';

/**
 * Every background job the app runs, by name. Features add their task here; the crontab below
 * schedules the recurring ones. Jobs run in PostgreSQL through graphile-worker, never on timers.
 */
export const taskList: TaskList = {
	[AUTH_CLEANUP_TASK]: authCleanupTask,
	[JOURNAL_TASK]: journalTask,
	[JOURNAL_SWEEP_TASK]: journalTask,
	[LEDGER_AUDIT_TASK]: ledgerAuditTask,
	[DIGEST_TASK]: digestTask,
	[TIMEBANK_SWEEP_TASK]: timebankSweepTask,
	[SECURITY_SWEEP_TASK]: securitySweepTask,
	[STATS_REFRESH_TASK]: statsRefreshTask,
	...fabricTasks(),
	...redemptionTasks(),
	...councilTasks(),
	...sortingTasks()
};

/** graphile-worker crontab lines (minute hour day month weekday task). */
export const crontab = [
	AUTH_CLEANUP_CRONTAB,
	JOURNAL_CRONTAB,
	LEDGER_AUDIT_CRONTAB,
	DIGEST_CRONTAB,
	TIMEBANK_CRONTAB,
	SECURITY_CRONTAB,
	STATS_CRONTAB,
	...fabricCrontab(),
	...redemptionCrontab(),
	...councilCrontab(),
	...sortingCrontab()
].join('\n');
