import { BURST_WINDOW_MS, isBurst } from '$lib/domain/sorting';
import { ADVISORY_LOCKS } from '../../../../../db/locks';
import type { PipelinedSql } from '../pipelined-transaction';
import type { Accepted } from './write';

/**
 * The drop-offs of `accepted` (by index) that would make their inspector's recent drop-offs a
 * burst. Runs in the batch's transaction, before its drop-offs are written: it locks each
 * inspector (advisory lock, in id order) so recorders in any number of processes take turns,
 * then counts each inspector's stored drop-offs in the window before each new one, in one query.
 * The lock is held to commit, so the next recorder's count sees this batch's rows.
 *
 * Counting stops at the inspector's limit: however busy an inspector, a check reads at most that
 * many index entries (on (inspector_id, recorded_at)).
 */
export async function refuseBursts(tx: PipelinedSql, accepted: Accepted[]): Promise<Set<number>> {
	if (accepted.length === 0) return new Set();
	const inspectors = [...new Set(accepted.map((a) => a.checked.inspector.id))].sort(
		(a, b) => a - b
	);
	const rows = accepted.map((a, i) => ({
		i,
		inspector: a.checked.inspector.id,
		after: new Date(a.checked.recordedAt.getTime() - BURST_WINDOW_MS).toISOString(),
		at: a.checked.recordedAt.toISOString(),
		max: a.resolved.settings.burstPerMinute
	}));
	// Sent together: the count runs once the locks are granted, in one round trip.
	const [, counted] = await Promise.all([
		tx`select pg_advisory_xact_lock(${ADVISORY_LOCKS.sortingBurst}, i)
			from unnest(${inspectors}::int[]) as i`.execute(),
		tx<{ i: number; n: number }[]>`
			select r.i, (select count(*) from (select 1 from sorting_dropoffs d
				where d.inspector_id = r.inspector and d.recorded_at > r.after and d.recorded_at <= r.at
				limit r.max) w)::int as n
			from json_to_recordset(${JSON.stringify(rows)}::text::json)
				as r(i int, inspector int, after timestamptz, at timestamptz, max int)`.execute()
	]);
	const stored = new Map(counted.map((r) => [r.i, r.n]));
	const taken = new Map<number, number[]>();
	const refused = new Set<number>();
	accepted.forEach((a, i) => {
		const id = a.checked.inspector.id;
		const at = a.checked.recordedAt.getTime();
		const earlier = taken.get(id) ?? [];
		if (isBurst(earlier, at, a.resolved.settings.burstPerMinute, stored.get(i) ?? 0)) {
			refused.add(i);
			return;
		}
		taken.set(id, [...earlier, at]);
	});
	return refused;
}
