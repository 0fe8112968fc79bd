import type { Task } from 'graphile-worker';
import { database } from '../context';
import { sweepRateLimits } from './rate-limit';

export const SECURITY_SWEEP_TASK = 'security:sweep';
/** Hourly, at minute 17 (away from the other jobs' round minutes). */
export const SECURITY_CRONTAB = `17 * * * * ${SECURITY_SWEEP_TASK}`;

export const securitySweepTask: Task = async () => {
	await sweepRateLimits(database().db);
};
