import type postgres from 'postgres';
import type { Result } from '$core/shared';
import { database, ledger } from '../context';
import { PostingService } from '../ledger/posting.service';
import { payments, type PaymentsPort } from '../payments';
import { realtime, type RealtimePort } from '../realtime/realtime';

export interface Logger {
	warn(message: string, details?: unknown): void;
	info(message: string, details?: unknown): void;
}

/** What every redemption service needs; tests build their own (fake clock, Stripe stand-in). */
export interface RedemptionDeps {
	sql: postgres.Sql;
	ledger: PostingService;
	payments: PaymentsPort;
	realtime: RealtimePort;
	now: () => Date;
	log: Logger;
}

/** Refusals and suspicious input are logged with a fixed prefix so they can be found and counted. */
export const consoleLog: Logger = {
	warn: (message, details) => console.warn(`[redemption] ${message}`, details ?? ''),
	info: (message, details) => console.info(`[redemption] ${message}`, details ?? '')
};

/**
 * Returns `result` unchanged after logging it when it is a refusal: every service a person or
 * Stripe calls passes its answer through here, so each refused request leaves one line naming
 * what was refused, why, and for whom (ids only, never names or codes).
 */
export function logRefusal<T, E extends string>(
	deps: Pick<RedemptionDeps, 'log'>,
	what: string,
	result: Result<T, E>,
	details: Record<string, unknown>
): Result<T, E> {
	if (!result.ok) deps.log.warn(`${what} refused: ${result.error}`, details);
	return result;
}

let deps: RedemptionDeps | undefined;

/** The process-wide dependencies, built on first use from the composition root. */
export function redemption(): RedemptionDeps {
	if (!deps) {
		const { sql } = database();
		deps = {
			sql,
			ledger: ledger(),
			payments: payments(),
			realtime: realtime(),
			now: () => new Date(),
			log: consoleLog
		};
	}
	return deps;
}
