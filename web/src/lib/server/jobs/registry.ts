import type { TaskList } from 'graphile-worker';

/**
 * Every background job the app runs, by name. Features add their task here; the crontab below
 * schedules the recurring ones. Jobs run in PostgreSQL through graphile-worker, never on timers.
 */
export const taskList: TaskList = {};

/** graphile-worker crontab lines (minute hour day month weekday task). */
export const crontab = '';
