import type postgres from 'postgres';
import { BURST_WINDOW_MS, isBurst } from '$lib/domain/sorting';

/**
 * Each inspector's recent drop-off times, kept in memory so the burst check costs nothing per
 * drop-off. An inspector not seen for a window is loaded from the table once, so a restart or
 * a second process still sees what was recorded just before.
 */
export class BurstTracker {
	readonly #times = new Map<number, number[]>();
	readonly #loadedAt = new Map<number, number>();

	async load(sql: postgres.Sql, inspectorIds: number[], nowMs: number): Promise<void> {
		const stale = inspectorIds.filter((id) => {
			const at = this.#loadedAt.get(id);
			return at === undefined || nowMs - at > BURST_WINDOW_MS;
		});
		if (stale.length === 0) return;
		const since = new Date(nowMs - 2 * BURST_WINDOW_MS).toISOString();
		const rows = await sql<{ inspector_id: number; ms: string }[]>`
			select inspector_id, (extract(epoch from recorded_at) * 1000)::bigint::text as ms
			from sorting_dropoffs
			where inspector_id = any(${stale}::int[]) and recorded_at > ${since}::timestamptz`;
		for (const id of stale) {
			this.#times.set(id, []);
			this.#loadedAt.set(id, nowMs);
		}
		for (const r of rows) this.#times.get(r.inspector_id)?.push(Number(r.ms));
	}

	/** True (and nothing kept) when one more at `atMs` would be a burst; otherwise keeps it. */
	tryTake(inspectorId: number, atMs: number, maxPerMinute: number, nowMs: number): boolean {
		// Old times can go, except around an offline drop-off recorded long ago.
		const horizon = Math.min(nowMs - 2 * BURST_WINDOW_MS, atMs - BURST_WINDOW_MS);
		const kept = (this.#times.get(inspectorId) ?? []).filter((t) => t > horizon);
		if (isBurst(kept, atMs, maxPerMinute)) {
			this.#times.set(inspectorId, kept);
			return false;
		}
		kept.push(atMs);
		this.#times.set(inspectorId, kept);
		return true;
	}
}
