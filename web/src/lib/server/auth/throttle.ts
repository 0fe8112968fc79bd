import { eq, inArray, sql } from 'drizzle-orm';
import { loginThrottles } from '../../../../../db/schema';
import { delayAfterFailures, type ThrottlePolicy } from '../../domain/identity/throttle-policy';
import type { Executor } from './db';

export interface ThrottleKey {
	/** `account:<phone or e-mail>`, `ip:<address>`, `change:<user id>`. */
	key: string;
	policy: ThrottlePolicy;
}

/** Seconds until every given key may try again (0 when none is blocked). */
export async function throttleWait(db: Executor, keys: string[], now: Date): Promise<number> {
	const rows = await db
		.select({ blockedUntil: loginThrottles.blockedUntil })
		.from(loginThrottles)
		.where(inArray(loginThrottles.key, keys));
	let waitMs = 0;
	for (const row of rows) {
		if (row.blockedUntil) waitMs = Math.max(waitMs, row.blockedUntil.getTime() - now.getTime());
	}
	return Math.ceil(waitMs / 1000);
}

/**
 * Counts one failure for a key and, past the policy's allowance, blocks it for a growing time.
 * The increment is a single upsert, so parallel guesses cannot lose counts. Returns the wait in
 * seconds that this failure imposed.
 */
export async function recordFailure(db: Executor, target: ThrottleKey, now: Date): Promise<number> {
	const forgetBefore = new Date(now.getTime() - target.policy.forgetAfterSeconds * 1000);
	const [row] = await db
		.insert(loginThrottles)
		.values({ key: target.key, failures: 1, updatedAt: now })
		.onConflictDoUpdate({
			target: loginThrottles.key,
			set: {
				failures: sql`case when ${loginThrottles.updatedAt} < ${forgetBefore.toISOString()}::timestamptz
					then 1 else ${loginThrottles.failures} + 1 end`,
				updatedAt: now
			}
		})
		.returning({ failures: loginThrottles.failures });
	const delaySeconds = delayAfterFailures(target.policy, row?.failures ?? 1);
	if (delaySeconds > 0) {
		await db
			.update(loginThrottles)
			.set({ blockedUntil: new Date(now.getTime() + delaySeconds * 1000) })
			.where(eq(loginThrottles.key, target.key));
	}
	return delaySeconds;
}

/** Forgets a key's failures (after a successful login). */
export async function clearThrottle(db: Executor, key: string): Promise<void> {
	await db.delete(loginThrottles).where(eq(loginThrottles.key, key));
}
