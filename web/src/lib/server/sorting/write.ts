import type postgres from 'postgres';
import {
	allocateAwards,
	needsGuidance,
	MISTAKE_WINDOW_DAYS,
	type Award
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
	awards: Award[];
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
export async function writeAccepted(
	tx: Tx,
	accepted: Accepted[],
	receivedAt: Date
): Promise<Written> {
	const keyOf = (a: Accepted) => `${a.resolved.householdId}|${a.checked.day}`;
	const keys = [...new Set(accepted.map(keyOf))].sort();
	const households = keys.map((k) => Number(k.split('|')[0]));
	const days = keys.map((k) => k.split('|')[1] ?? '');
	const locked = await tx<{ household_id: number; day: string; points: number }[]>`
		insert into sorting_daily_tallies (household_id, day)
		select h, d::date from unnest(${households}::int[], ${days}::text[]) as u(h, d)
		on conflict (household_id, day) do update set points = sorting_daily_tallies.points
		returning household_id, day::text as day, points`;
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
	const updates = keys.map((k) => ({
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
	return { awards, publish };
}

interface Mistakes {
	/** Household id → the mistakes that make it due for a note. */
	threshold: Map<number, number>;
	rows: { id: number; guided: string | null; mistakes: number }[];
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
		select h.id, to_json(h.last_guided_at) #>> '{}' as guided,
			(select count(*) from sorting_dropoffs d where d.household_id = h.id and not d.correct
				and d.recorded_at > ${since}::timestamptz)::int as mistakes
		from sorting_households h where h.id = any(${[...threshold.keys()]}::int[])
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
	const members = await tx<{ user_id: number }[]>`
		select user_id from sorting_household_members where household_id = any(${ids}::int[])`;
	return notifyMany(
		tx,
		members.map((m) => ({ userId: m.user_id, type: 'sorting.guidance', link: '/sorting/guide' }))
	);
}
