import { sql } from 'drizzle-orm';
import type { Executor } from '../auth/db';

/** At most `limit` requests per `windowSeconds` for one key. */
export interface RateLimitRule {
	limit: number;
	windowSeconds: number;
}

export type RateLimitDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Counts one request against `key` in a fixed window stored in PostgreSQL (one upsert), so the
 * limit holds across app instances and restarts. Refuses once the window's count passes the
 * limit, saying how long until the window turns over.
 */
export async function consumeRateLimit(
	db: Executor,
	key: string,
	rule: RateLimitRule,
	now: Date = new Date()
): Promise<RateLimitDecision> {
	const windowMs = rule.windowSeconds * 1000;
	const start = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
	const rows = await db.execute<{ hits: number }>(sql`
		insert into rate_limit_hits (key, window_start, hits) values (${key}, ${start.toISOString()}, 1)
		on conflict (key) do update set
			hits = case when rate_limit_hits.window_start = excluded.window_start
				then rate_limit_hits.hits + 1 else 1 end,
			window_start = excluded.window_start
		returning hits`);
	const hits = Number([...rows][0]?.hits ?? 1);
	if (hits <= rule.limit) return { ok: true };
	const retryAfterMs = start.getTime() + windowMs - now.getTime();
	return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
}

/** Deletes counters whose window ended more than a day ago (run by the sweep job). */
export async function sweepRateLimits(db: Executor, now: Date = new Date()): Promise<void> {
	const cutoff = new Date(now.getTime() - 24 * 3600 * 1000).toISOString();
	await db.execute(sql`delete from rate_limit_hits where window_start < ${cutoff}`);
}
