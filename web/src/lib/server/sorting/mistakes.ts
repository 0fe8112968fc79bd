import { isCategory, MISTAKE_WINDOW_DAYS, needsGuidance, tallyMistakes } from '$lib/domain/sorting';
import type { NotifyInput } from '../notifications/notify';
import type { PipelinedSql } from '../pipelined-transaction';
import type { Accepted } from './write';

/* Repeated mistakes and the friendly guidance they earn, for a batch being written (write.ts). */

type Tx = PipelinedSql;

export interface MistakesRow {
	id: number;
	guided: string | null;
	/** Stored incorrect drop-offs of the window, by kind of bag. */
	counts: Record<string, number>;
	members: number[];
}

/**
 * The recent mistakes of the households with an incorrect drop-off among the candidates, and
 * their members, each household locked so that one note is decided at a time.
 */
export function recentMistakes(tx: Tx, all: Accepted[], now: Date): Promise<MistakesRow[]> {
	const ids = [
		...new Set(all.filter((a) => !a.checked.input.correct).map((a) => a.resolved.householdId))
	];
	if (ids.length === 0) return Promise.resolve([]);
	const since = new Date(now.getTime() - MISTAKE_WINDOW_DAYS * 86_400_000).toISOString();
	return tx<MistakesRow[]>`
		select h.id, to_json(h.last_guided_at) #>> '{}' as guided,
			coalesce((select json_object_agg(c.category, c.n) from (
				select d.category, count(*)::int as n from sorting_dropoffs d
				where d.household_id = h.id and not d.correct and d.recorded_at > ${since}::timestamptz
				group by d.category) c), '{}'::json) as counts,
			array(select m.user_id from sorting_household_members m
				where m.household_id = h.id order by m.user_id) as members
		from sorting_households h
		where h.id = any(${ids}::int[])
		order by h.id for update of h`.execute();
}

/**
 * Households whose new mistakes bring them to their community's threshold: a friendly note to
 * every member about the kind of bag most often wrong, with where such things go.
 */
export function guidanceDue(
	rows: MistakesRow[],
	accepted: Accepted[],
	now: Date
): { households: number[]; notes: NotifyInput[] } {
	const households: number[] = [];
	const notes: NotifyInput[] = [];
	for (const row of rows) {
		const own = accepted.filter((a) => a.resolved.householdId === row.id);
		const wrong = own.filter((a) => !a.checked.input.correct);
		if (wrong.length === 0) continue;
		const { total, worst } = tallyMistakes(
			row.counts,
			wrong.map((a) => a.checked.input.category)
		);
		const due = needsGuidance({
			recentMistakes: total,
			threshold: wrong[0]?.resolved.settings.mistakeThreshold ?? 0,
			lastGuidedAt: row.guided ? new Date(row.guided) : null,
			now
		});
		if (!due) continue;
		households.push(row.id);
		for (const userId of row.members) {
			notes.push(
				isCategory(worst)
					? { userId, type: `sorting.guidance.${worst}`, link: `/sorting/guide#${worst}` }
					: { userId, type: 'sorting.guidance', link: '/sorting/guide' }
			);
		}
	}
	return { households, notes };
}
