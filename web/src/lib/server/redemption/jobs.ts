import type { TaskList } from 'graphile-worker';
import { VOUCHER_EXPIRY_CRONTAB, VOUCHER_EXPIRY_TASK, voucherExpiryTask } from './expiry.job';
import { SETTLEMENT_CRONTAB, SETTLEMENT_TASK, settlementTask } from './settlement.job';

/** The redemption feature's background tasks, for the job registry. */
export function redemptionTasks(): TaskList {
	return { [VOUCHER_EXPIRY_TASK]: voucherExpiryTask, [SETTLEMENT_TASK]: settlementTask };
}

export function redemptionCrontab(): string[] {
	return [VOUCHER_EXPIRY_CRONTAB, SETTLEMENT_CRONTAB];
}
