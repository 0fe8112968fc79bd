import { sql } from 'drizzle-orm';
import type { Executor } from '../auth/db';
import { batchPer } from '../tick-batch';

/** At most `limit` requests per `windowSeconds` for one key. */
export interface RateLimitRule {
	limit: number;
	windowSeconds: number;
}

export type RateLimitDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Hit {
	key: string;
	/** Start of the fixed window `now` falls in (ms). */
	start: number;
}

/**
 * Counts one turn's hits with one upsert: each key's hits are added together, and each caller
 * learns its own place in the count (as if the hits had arrived one by one in arrival order).
 * Keys are written in sorted order, so two instances' batches wait for each other rather than
 * deadlock. A key seen in two windows in one turn (at a window's edge) takes a second statement.
 */
async function countHits(db: Executor, hits: Hit[]): Promise<number[]> {
	const counts: number[] = hits.map(() => 0);
	let rest = hits.map((hit, index) => ({ hit, index }));
	while (rest.length > 0) {
		const round = new Map<string, { start: number; indexes: number[] }>();
		const later: typeof rest = [];
		for (const r of rest) {
			const group = round.get(r.hit.key);
			if (!group) round.set(r.hit.key, { start: r.hit.start, indexes: [r.index] });
			else if (group.start === r.hit.start) group.indexes.push(r.index);
			else later.push(r);
		}
		const rows = [...round].map(([key, g]) => ({
			key,
			start: new Date(g.start).toISOString(),
			n: g.indexes.length
		}));
		const result = await db.execute<{ key: string; hits: number }>(sql`
			insert into rate_limit_hits (key, window_start, hits)
			select r.key, r.start, r.n
			from json_to_recordset(${JSON.stringify(rows)}::text::json) as r(key text, start timestamptz, n int)
			order by r.key
			on conflict (key) do update set
				hits = case when rate_limit_hits.window_start = excluded.window_start
					then rate_limit_hits.hits + excluded.hits else excluded.hits end,
				window_start = excluded.window_start
			returning key, hits`);
		for (const row of result) {
			const group = round.get(row.key);
			if (!group) continue;
			const first = Number(row.hits) - group.indexes.length;
			group.indexes.forEach((index, place) => (counts[index] = first + place + 1));
		}
		rest = later;
	}
	return counts;
}

// Two at a time: one address's row is hot, so more batches would only queue on its lock.
const batchOf = batchPer((db: Executor) => (hits: Hit[]) => countHits(db, hits), {
	maxInFlight: 2
});

/**
 * Counts one request against `key` in a fixed window stored in PostgreSQL, so the limit holds
 * across app instances and restarts. Refuses once the window's count passes the limit, saying
 * how long until the window turns over. Concurrent calls share one upsert per event-loop turn.
 */
export async function consumeRateLimit(
	db: Executor,
	key: string,
	rule: RateLimitRule,
	now: Date = new Date()
): Promise<RateLimitDecision> {
	const windowMs = rule.windowSeconds * 1000;
	const start = Math.floor(now.getTime() / windowMs) * windowMs;
	const hits = await batchOf(db).add({ key, start });
	if (hits <= rule.limit) return { ok: true };
	const retryAfterMs = start + windowMs - now.getTime();
	return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
}

/** Deletes counters whose window ended more than a day ago (run by the sweep job). */
export async function sweepRateLimits(db: Executor, now: Date = new Date()): Promise<void> {
	const cutoff = new Date(now.getTime() - 24 * 3600 * 1000).toISOString();
	await db.execute(sql`delete from rate_limit_hits where window_start < ${cutoff}`);
}
