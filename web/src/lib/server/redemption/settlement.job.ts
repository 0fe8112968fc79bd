import type { Task } from 'graphile-worker';
import { redemption } from './deps';
import { generateStatements } from './settlement.service';

export const SETTLEMENT_TASK = 'redemption_settlement_run';
/** Daily at 02:10: closes every community's last complete period (weekly or monthly). */
export const SETTLEMENT_CRONTAB = `10 2 * * * ${SETTLEMENT_TASK}`;

export const settlementTask: Task = async (_payload, helpers) => {
	const ids = await generateStatements(redemption(), { mode: 'closed' });
	if (ids.length) helpers.logger.info(`settlement statements made: ${ids.join(', ')}`);
};
