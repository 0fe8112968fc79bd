import type { Task } from 'graphile-worker';
import { sorting } from './deps';

export const SORTING_PAY_TASK = 'sorting:pay-sweep';
/** Every five minutes: pay drop-offs whose points were left owing (empty pool, crash). */
export const SORTING_CRONTAB = `*/5 * * * * ${SORTING_PAY_TASK}`;

export const sortingPayTask: Task = async (_payload, helpers) => {
	const deps = sorting();
	const result = await deps.recorder.payer.sweep(new Date(deps.now().getTime() - 60_000));
	if (result.paid > 0 || result.left > 0) {
		helpers.logger.info(`sorting: paid ${result.paid}, still owing ${result.left}`);
	}
};
