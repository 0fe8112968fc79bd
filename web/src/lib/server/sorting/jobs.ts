import type { Task, TaskList } from 'graphile-worker';
import { sorting } from './deps';
import { announceFlags } from './flag-notices';

export const SORTING_PAY_TASK = 'sorting:pay-sweep';
export const SORTING_FLAG_TASK = 'sorting:flag-notices';

export const sortingPayTask: Task = async (_payload, helpers) => {
	const deps = sorting();
	const result = await deps.recorder.payer.sweep(new Date(deps.now().getTime() - 60_000));
	if (result.paid > 0 || result.left > 0) {
		helpers.logger.info(`sorting: paid ${result.paid}, still owing ${result.left}`);
	}
};

export const sortingFlagTask: Task = async (_payload, helpers) => {
	const deps = sorting();
	const sent = await announceFlags(deps.sql, deps.now());
	if (sent > 0) helpers.logger.info(`sorting: told the committee of bursts (${sent} notes)`);
};

export function sortingTasks(): TaskList {
	return { [SORTING_PAY_TASK]: sortingPayTask, [SORTING_FLAG_TASK]: sortingFlagTask };
}

/**
 * Every five minutes: pay drop-offs whose points were left owing (empty pool, crash). Every
 * minute: tell committees of new burst flags while the inspector may still be at the bin.
 */
export function sortingCrontab(): string[] {
	return [`*/5 * * * * ${SORTING_PAY_TASK}`, `* * * * * ${SORTING_FLAG_TASK}`];
}
