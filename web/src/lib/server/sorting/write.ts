import {
	allocateAwards,
	DUPLICATE_WINDOW_MS,
	localDay,
	repeatedBags,
	type Award,
	type Bag
} from '$lib/domain/sorting';
import { notifyMany, type NotifyInput, type PendingNotification } from '../notifications/notify';
import type { Commit, PipelinedSql } from '../pipelined-transaction';
import { refuseBursts } from './bursts';
import { guidanceDue, recentMistakes } from './mistakes';
import type { Resolved } from './lookup';
import type { Checked } from './types';

type Tx = PipelinedSql;

/** A drop-off that passed the checks before the transaction, waiting to be decided in it. */
export interface Accepted {
	checked: Checked;
	resolved: Resolved;
}

/** What became of each candidate of a batch, in the candidates' order. */
export type Outcome =
	| { kind: 'too_fast' }
	/** The same bag was recorded a moment ago (at this point or another). */
	| { kind: 'repeated' }
	| { kind: 'recorded'; award: Award };

export interface Written {
	outcomes: Outcome[];
	/** Live updates to send once the transaction has committed. */
	publish: PendingNotification[];
}

/**
 * Decides and writes a batch of drop-offs in a pipelined transaction of two round trips.
 *
 * The first takes every lock and reads every fact the decisions need: the inspectors' burst
 * locks and counts, the households' tallies for their days (an upsert that locks each row, in
 * (household, day) order), the bags already recorded, and the recent mistakes of the households
 * that just made one (locked too, so two batches never both send the same note). All recorders
 * take these locks in this one order, so two batches wait for each other rather than deadlock,
 * and two points never both give the last points of a cap away.
 *
 * The decisions are made here, in memory; the second round trip writes the drop-offs, the new
 * totals and the notes, and commits. An id recorded meanwhile by another process (the same
 * drop-off sent to two instances) rolls the batch back: seen in the first round trip when the
 * inspector is the same (DropoffIdTaken), or by the insert failing when it is not. The recorder
 * then retries the batch's drop-offs one by one, and the taken one is answered as a replay.
 */
export async function writeBatch(
	tx: Tx,
	all: Accepted[],
	receivedAt: Date,
	commit: Commit
): Promise<Written> {
	const keys = [...new Set(all.map(keyOf))].sort();
	const [bursts, taken, locked, stored, mistakes] = await Promise.all([
		refuseBursts(tx, all),
		// Read once this inspector's batches before have committed (the burst lock waits for them).
		tx`select 1 from sorting_dropoffs where id = any(${all.map((a) => a.checked.input.id)}::uuid[])
			limit 1`.execute(),
		lockTallies(tx, keys),
		recordedBags(tx, all),
		recentMistakes(tx, all, receivedAt)
	]);
	// The same drop-off went to another process too, which recorded it first.
	if (taken.length > 0) throw new DropoffIdTaken();
	const open = all.flatMap((_, i) => (bursts.has(i) ? [] : [i]));
	const repeated = repeatedBags(
		stored,
		open.map((i) => bagOf(all[i] as Accepted))
	);
	const kept = open.filter((_, j) => !repeated.has(j));
	const accepted = kept.map((i) => all[i] as Accepted);
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
	const outcomes = all.map((): Outcome => ({ kind: 'too_fast' }));
	open.forEach((i, j) => repeated.has(j) && (outcomes[i] = { kind: 'repeated' }));
	kept.forEach((i, k) => {
		const award = awards[k];
		if (award) outcomes[i] = { kind: 'recorded', award };
	});
	if (accepted.length === 0) {
		await commit();
		return { outcomes, publish: [] };
	}
	const guidance = guidanceDue(mistakes, accepted, receivedAt);
	const notes = [...pointsNotes(accepted, awards, before), ...guidance.notes];
	const photos = accepted.flatMap((a) => {
		const photo = a.checked.input.photo;
		return photo ? [{ id: a.checked.input.id, ...photo }] : [];
	});
	const [, , noted] = await Promise.all([
		insertDropoffs(tx, accepted, awards, receivedAt),
		updateTallies(tx, accepted, totals),
		notifyMany(tx, notes),
		guidance.households.length > 0
			? tx`update sorting_households set last_guided_at = ${receivedAt.toISOString()}::timestamptz
				where id = any(${guidance.households}::int[])`.execute()
			: null,
		...photos.map((p) =>
			tx`insert into sorting_photos (dropoff_id, mime, data)
				values (${p.id}, ${p.mime}, ${p.data})`.execute()
		),
		commit()
	]);
	return { outcomes, publish: noted };
}

/**
 * Thrown when a process recorded one of the batch's ids after it was read: nothing is written,
 * and the recorder retries the batch's drop-offs one by one, so that one is answered as a replay.
 */
export class DropoffIdTaken extends Error {}

const keyOf = (a: Accepted) => `${a.resolved.householdId}|${a.checked.day}`;

/** Locks (creating where missing) the tallies of the batch's households for their days. */
function lockTallies(tx: Tx, keys: string[]) {
	const households = keys.map((k) => Number(k.split('|')[0]));
	const days = keys.map((k) => k.split('|')[1] ?? '');
	return tx<{ household_id: number; day: string; points: number }[]>`
		insert into sorting_daily_tallies (household_id, day)
		select h, d::date from unnest(${households}::int[], ${days}::text[]) as u(h, d)
		on conflict (household_id, day) do update set points = sorting_daily_tallies.points
		returning household_id, day::text as day, points`.execute();
}

function insertDropoffs(tx: Tx, accepted: Accepted[], awards: Award[], receivedAt: Date) {
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
	// No ON CONFLICT: an id recorded meanwhile by another process must fail the batch (see above).
	return tx`
		insert into sorting_dropoffs (id, community_id, point_id, household_id, resident_id,
			inspector_id, category, correct, note, recorded_at, received_at, day, points, reason)
		select r.id, r.community_id, r.point_id, r.household_id, r.resident_id, r.inspector_id,
			r.category, r.correct, r.note, r.recorded_at, ${receivedAt.toISOString()}::timestamptz,
			r.day, r.points, r.reason
		from json_to_recordset(${JSON.stringify(rows)}::text::json) as r(id uuid, community_id int,
			point_id int, household_id int, resident_id int, inspector_id int, category text,
			correct boolean, note text, recorded_at timestamptz, day date, points int, reason text)`.execute();
}

/** The tallies this batch adds to: a household whose every bag was refused keeps its total. */
function updateTallies(tx: Tx, accepted: Accepted[], totals: Map<string, number>) {
	const counts = new Map<string, number>();
	for (const a of accepted) counts.set(keyOf(a), (counts.get(keyOf(a)) ?? 0) + 1);
	const updates = [...counts.keys()].sort().map((k) => ({
		household_id: Number(k.split('|')[0]),
		day: k.split('|')[1],
		points: totals.get(k) ?? 0,
		n: counts.get(k) ?? 0
	}));
	return tx`
		update sorting_daily_tallies t set points = r.points, dropoffs = t.dropoffs + r.n
		from json_to_recordset(${JSON.stringify(updates)}::text::json) as r(household_id int, day date,
			points int, n int)
		where t.household_id = r.household_id and t.day = r.day
			and t.household_id = any(${updates.map((u) => u.household_id)}::int[])`.execute();
}

/** The first points of the day get a note; every bag after that would only be noise. */
function pointsNotes(
	accepted: Accepted[],
	awards: Award[],
	before: Map<string, number>
): NotifyInput[] {
	const told = new Set<string>();
	const notes: NotifyInput[] = [];
	for (const [i, a] of accepted.entries()) {
		const points = awards[i]?.points ?? 0;
		if (points === 0 || (before.get(keyOf(a)) ?? 0) > 0 || told.has(keyOf(a))) continue;
		told.add(keyOf(a));
		const note = { userId: a.resolved.residentId, type: 'sorting.points', params: { points } };
		notes.push({ ...note, link: '/sorting' });
	}
	return notes;
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
