import type postgres from 'postgres';
import {
	allocateAwards,
	DUPLICATE_WINDOW_MS,
	isCategory,
	localDay,
	needsGuidance,
	MISTAKE_WINDOW_DAYS,
	repeatedBags,
	type Award,
	type Bag
} from '$lib/domain/sorting';
import { notifyMany, type NotifyInput, type PendingNotification } from '../notifications/notify';
import type { Resolved } from './lookup';
import type { Checked } from './types';

type Tx = postgres.TransactionSql;

export interface Accepted {
	checked: Checked;
	resolved: Resolved;
}

export interface Written {
	/** Aligned with the accepted drop-offs; null for one refused as a bag already recorded. */
	awards: (Award | null)[];
	/** Live updates to send once the transaction has committed. */
	publish: PendingNotification[];
}

/** Thrown when another process recorded one of the ids first; the batch is retried one by one. */
export class DropoffIdTaken extends Error {}

/**
 * Locks the households' tallies for their days, awards under the cap in arrival order, and
 * writes drop-offs and new totals, all in the caller's transaction. The upsert locks every
 * tally row in (household, day) order, the one order all recorders use, so two batches wait
 * for each other rather than deadlock, and two points never both give the last points away.
 */
export async function writeAccepted(tx: Tx, all: Accepted[], receivedAt: Date): Promise<Written> {
	const keyOf = (a: Accepted) => `${a.resolved.householdId}|${a.checked.day}`;
	const keys = [...new Set(all.map(keyOf))].sort();
	const households = keys.map((k) => Number(k.split('|')[0]));
	const days = keys.map((k) => k.split('|')[1] ?? '');
	// Sent together: the bags already recorded are read once the tallies are locked, so a bag
	// entered at two points at once is seen by whichever batch locks its household second.
	const [locked, stored] = await Promise.all([
		tx<{ household_id: number; day: string; points: number }[]>`
		insert into sorting_daily_tallies (household_id, day)
		select h, d::date from unnest(${households}::int[], ${days}::text[]) as u(h, d)
		on conflict (household_id, day) do update set points = sorting_daily_tallies.points
		returning household_id, day::text as day, points`.execute(),
		recordedBags(tx, all)
	]);
	const repeated = repeatedBags(stored, all.map(bagOf));
	const accepted = all.filter((_, i) => !repeated.has(i));
	const before = new Map(locked.map((r) => [`${r.household_id}|${r.day}`, r.points]));
	const { awards, totals } = allocateAwards(
		accepted.map((a) => ({
			householdKey: keyOf(a),
			category: a.checked.input.category,
			correct: a.checked.input.correct,
			points: a.resolved.settings.points,
			dailyCapPoints: a.resolved.settings.dailyCapPoints
		})),
		before
	);
	let next = 0;
	const aligned = all.map((_, i) => (repeated.has(i) ? null : (awards[next++] ?? null)));
	if (accepted.length === 0) return { awards: aligned, publish: [] };
	const rows = accepted.map((a, i) => ({
		id: a.checked.input.id,
		community_id: a.resolved.communityId,
		point_id: a.checked.input.pointId,
		household_id: a.resolved.householdId,
		resident_id: a.resolved.residentId,
		inspector_id: a.checked.inspector.id,
		category: a.checked.input.category,
		correct: a.checked.input.correct,
		note: a.checked.input.note,
		recorded_at: a.checked.recordedAt.toISOString(),
		day: a.checked.day,
		points: awards[i]?.points ?? 0,
		reason: awards[i]?.reason ?? 'incorrect'
	}));
	const counts = new Map<string, number>();
	for (const a of accepted) counts.set(keyOf(a), (counts.get(keyOf(a)) ?? 0) + 1);
	// Only the tallies this batch adds to: a household whose every bag was a repeat keeps its total.
	const updates = [...counts.keys()].sort().map((k) => ({
		household_id: Number(k.split('|')[0]),
		day: k.split('|')[1],
		points: totals.get(k) ?? 0,
		n: counts.get(k) ?? 0
	}));
	// The first points of the day get a note; every bag after that would only be noise.
	const told = new Set<string>();
	const notes: NotifyInput[] = [];
	for (const [i, a] of accepted.entries()) {
		const points = awards[i]?.points ?? 0;
		if (points === 0 || (before.get(keyOf(a)) ?? 0) > 0 || told.has(keyOf(a))) continue;
		told.add(keyOf(a));
		const note = { userId: a.resolved.residentId, type: 'sorting.points', params: { points } };
		notes.push({ ...note, link: '/sorting' });
	}
	// The writes and the mistake count go out together (execute() sends at once; the server runs
	// them in order, so the count sees the new drop-offs): one round trip, not four. Should an id
	// turn out taken, the tallies were raised too, and DropoffIdTaken rolls both back.
	const [inserted, , mistakes, noted] = await Promise.all([
		tx`
		insert into sorting_dropoffs (id, community_id, point_id, household_id, resident_id,
			inspector_id, category, correct, note, recorded_at, received_at, day, points, reason)
		select r.id, r.community_id, r.point_id, r.household_id, r.resident_id, r.inspector_id,
			r.category, r.correct, r.note, r.recorded_at, ${receivedAt.toISOString()}::timestamptz,
			r.day, r.points, r.reason
		from json_to_recordset(${JSON.stringify(rows)}::text::json) as r(id uuid, community_id int,
			point_id int, household_id int, resident_id int, inspector_id int, category text,
			correct boolean, note text, recorded_at timestamptz, day date, points int, reason text)
		on conflict (id) do nothing
		returning id`.execute(),
		tx`
		update sorting_daily_tallies t set points = r.points, dropoffs = t.dropoffs + r.n
		from json_to_recordset(${JSON.stringify(updates)}::text::json) as r(household_id int, day date,
			points int, n int)
		where t.household_id = r.household_id and t.day = r.day
			and t.household_id = any(${households}::int[])`.execute(),
		recentMistakes(tx, accepted, receivedAt),
		// One insert for the batch's households, not one statement each.
		notifyMany(tx, notes)
	]);
	if (inserted.length !== rows.length) throw new DropoffIdTaken();
	const photos = accepted.filter((a) => a.checked.input.photo);
	for (const a of photos) {
		const photo = a.checked.input.photo;
		if (photo) {
			await tx`insert into sorting_photos (dropoff_id, mime, data)
				values (${a.checked.input.id}, ${photo.mime}, ${photo.data})`;
		}
	}
	const publish = [...noted, ...(await guide(tx, mistakes, receivedAt))];
	return { awards: aligned, publish };
}

const bagOf = (a: Accepted): Bag => ({
	householdId: a.resolved.householdId,
	pointId: a.checked.input.pointId,
	category: a.checked.input.category,
	atMs: a.checked.recordedAt.getTime()
});

/**
 * The stored drop-offs of the batch's households recorded within the duplicate window of the
 * batch's times (by the (household_id, day) index: the window may reach into the next or the
 * previous day).
 */
function recordedBags(tx: Tx, accepted: Accepted[]): Promise<Bag[]> {
	const times = accepted.map((a) => a.checked.recordedAt.getTime());
	const from = new Date(Math.min(...times) - DUPLICATE_WINDOW_MS);
	const to = new Date(Math.max(...times) + DUPLICATE_WINDOW_MS);
	const households = [...new Set(accepted.map((a) => a.resolved.householdId))];
	return tx<{ householdId: number; pointId: number; category: string; at: string }[]>`
		select household_id as "householdId", point_id as "pointId", category,
			(extract(epoch from recorded_at) * 1000)::text as at
		from sorting_dropoffs where household_id = any(${households}::int[])
			and day between ${localDay(from)}::date and ${localDay(to)}::date
			and recorded_at > ${from.toISOString()}::timestamptz
			and recorded_at < ${to.toISOString()}::timestamptz`
		.execute()
		.then((rows) => rows.map(({ at, ...r }) => ({ ...r, atMs: Number(at) })));
}

interface Mistakes {
	/** Household id → the mistakes that make it due for a note. */
	threshold: Map<number, number>;
	/** `worst`: the kind of bag most often wrong lately, which the note is about. */
	rows: { id: number; guided: string | null; mistakes: number; worst: string | null }[];
}

/** The recent mistakes of the households that just made one (sent with the batch's writes). */
function recentMistakes(tx: Tx, accepted: Accepted[], now: Date): Promise<Mistakes> {
	const threshold = new Map<number, number>();
	for (const a of accepted) {
		if (!a.checked.input.correct) {
			threshold.set(a.resolved.householdId, a.resolved.settings.mistakeThreshold);
		}
	}
	if (threshold.size === 0) return Promise.resolve({ threshold, rows: [] });
	const since = new Date(now.getTime() - MISTAKE_WINDOW_DAYS * 86_400_000).toISOString();
	return tx<Mistakes['rows']>`
		select h.id, to_json(h.last_guided_at) #>> '{}' as guided, m.mistakes, m.worst
		from sorting_households h
		cross join lateral (
			select coalesce(sum(n), 0)::int as mistakes,
				(array_agg(category order by n desc, category))[1] as worst
			from (select d.category, count(*) as n from sorting_dropoffs d
				where d.household_id = h.id and not d.correct and d.recorded_at > ${since}::timestamptz
				group by d.category) c
		) m
		where h.id = any(${[...threshold.keys()]}::int[])
		order by h.id for update of h`
		.execute()
		.then((rows) => ({ threshold, rows: [...rows] }));
}

/** Households that just made another mistake: a friendly note once they reach the threshold. */
async function guide(
	tx: Tx,
	{ threshold, rows }: Mistakes,
	now: Date
): Promise<PendingNotification[]> {
	const due = rows.filter((r) =>
		needsGuidance({
			recentMistakes: r.mistakes,
			threshold: threshold.get(r.id) ?? 0,
			lastGuidedAt: r.guided ? new Date(r.guided) : null,
			now
		})
	);
	if (due.length === 0) return [];
	const ids = due.map((r) => r.id);
	await tx`update sorting_households set last_guided_at = ${now.toISOString()}::timestamptz
		where id = any(${ids}::int[])`;
	const members = await tx<{ user_id: number; household_id: number }[]>`
		select user_id, household_id from sorting_household_members
		where household_id = any(${ids}::int[])`;
	// The note is about the kind of bag most often wrong, with where such things go.
	const worst = new Map(due.map((r) => [r.id, r.worst]));
	return notifyMany(
		tx,
		members.map((m) => {
			const kind = worst.get(m.household_id);
			return isCategory(kind)
				? { userId: m.user_id, type: `sorting.guidance.${kind}`, link: `/sorting/guide#${kind}` }
				: { userId: m.user_id, type: 'sorting.guidance', link: '/sorting/guide' };
		})
	);
}
