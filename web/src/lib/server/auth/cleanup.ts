import { and, isNull, lt, or } from 'drizzle-orm';
import type { Task } from 'graphile-worker';
import { loginThrottles, passwordResetTokens, sessions } from '../../../../../db/schema';
import { database } from '../context';
import type { Executor } from './db';

export const AUTH_CLEANUP_TASK = 'auth:cleanup';
/** Hourly, at an odd minute so it does not pile onto the jobs scheduled on the hour. */
export const AUTH_CLEANUP_CRONTAB = `23 * * * * ${AUTH_CLEANUP_TASK}`;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes sessions past either limit, reset links a day after they expired (until then a click
 * still gets the clearer "expired" answer), and throttle counters idle for a day and no longer
 * blocking. Expired rows are already refused on read; this only keeps the tables small.
 */
export async function deleteExpiredAuthRows(db: Executor, now: Date) {
	const dayAgo = new Date(now.getTime() - DAY_MS);
	const ended = await db
		.delete(sessions)
		.where(or(lt(sessions.expiresAt, now), lt(sessions.absoluteExpiresAt, now)))
		.returning({ id: sessions.id });
	const links = await db
		.delete(passwordResetTokens)
		.where(lt(passwordResetTokens.expiresAt, dayAgo))
		.returning({ id: passwordResetTokens.id });
	const counters = await db
		.delete(loginThrottles)
		.where(
			and(
				lt(loginThrottles.updatedAt, dayAgo),
				or(isNull(loginThrottles.blockedUntil), lt(loginThrottles.blockedUntil, now))
			)
		)
		.returning({ key: loginThrottles.key });
	return { sessions: ended.length, resetTokens: links.length, throttles: counters.length };
}

export const authCleanupTask: Task = async () => {
	await deleteExpiredAuthRows(database().db, new Date());
};
