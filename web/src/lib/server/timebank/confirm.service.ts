import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { attendedMinutes, pointsFor } from '$lib/domain/timebank';
import type { AccessSubject } from '$lib/domain/access';
import type { LedgerError } from '$core/ledger';
import { err, ok, type Result } from '$core/shared';
import {
	activities,
	activitySignups,
	activitySlots,
	attendance,
	users,
	type AttendanceRow
} from '../../../../../db/schema';
import { notify } from '../notifications/notify';
import { formatHours } from './format';
import {
	hourIssuanceAccount,
	pointPoolAccount,
	residentHourAccount,
	residentPointAccount
} from './accounts';
import { canManageSlot } from './attendance.service';
import type { ActivityError } from './activities.service';
import type { TimebankDeps } from './deps';
import { findPerson } from './people';

/** Minutes as measured, or the organiser's edited figure. Null while still checked in. */
export function minutesOf(
	row: AttendanceRow,
	slot: { startsAt: Date; endsAt: Date; minutesCredited: number }
): number | null {
	if (row.minutesOverride !== null) return row.minutesOverride;
	return row.checkOutAt ? attendedMinutes(slot, row.checkInAt, row.checkOutAt) : null;
}

/** Everyone on the slot's list, with their attendance so far. */
export async function attendanceList(deps: TimebankDeps, user: AccessSubject, slotId: number) {
	const allowed = await canManageSlot(deps, user, slotId);
	if (!allowed.ok) return allowed;
	const [slot] = await deps.db.select().from(activitySlots).where(eq(activitySlots.id, slotId));
	if (!slot) return err('not_found' as const);
	const people = await deps.db
		.select({ userId: users.id, name: users.displayName, status: activitySignups.status })
		.from(activitySignups)
		.innerJoin(users, eq(users.id, activitySignups.userId))
		.where(eq(activitySignups.slotId, slotId))
		.orderBy(asc(activitySignups.queuedAt), asc(activitySignups.id));
	const rows = await deps.db.select().from(attendance).where(eq(attendance.slotId, slotId));
	const byUser = new Map(rows.map((r) => [r.userId, r]));
	return ok({
		slot,
		activityId: allowed.value,
		people: people.map((p) => {
			const row = byUser.get(p.userId) ?? null;
			return { ...p, attendance: row, minutes: row ? minutesOf(row, slot) : null };
		})
	});
}

export type EditError =
	ActivityError | 'reason_required' | 'minutes_invalid' | 'not_checked_in' | 'already_confirmed';

/** The organiser corrects someone's minutes; the reason is kept with the row. */
export async function editMinutes(
	deps: TimebankDeps,
	user: AccessSubject,
	input: { slotId: number; userId: number; minutes: number; reason: string }
): Promise<Result<true, EditError>> {
	if (input.reason.trim() === '') return err('reason_required');
	const allowed = await canManageSlot(deps, user, input.slotId);
	if (!allowed.ok) return allowed;
	const [slot] = await deps.db
		.select()
		.from(activitySlots)
		.where(eq(activitySlots.id, input.slotId));
	if (!slot || input.minutes < 0 || input.minutes > slot.minutesCredited) {
		return err('minutes_invalid');
	}
	const [row] = await deps.db
		.update(attendance)
		.set({ minutesOverride: input.minutes, reason: input.reason.trim() })
		.where(
			and(
				eq(attendance.slotId, input.slotId),
				eq(attendance.userId, input.userId),
				isNull(attendance.confirmedAt)
			)
		)
		.returning();
	if (row) return ok(true);
	const [exists] = await deps.db
		.select()
		.from(attendance)
		.where(and(eq(attendance.slotId, input.slotId), eq(attendance.userId, input.userId)));
	return err(exists ? 'already_confirmed' : 'not_checked_in');
}

export type ConfirmError =
	ActivityError | 'slot_not_over' | 'nothing_to_confirm' | 'already_confirmed' | LedgerError;

export interface ConfirmOutcome {
	confirmed: number;
	/** Volunteers whose credit was refused (e.g. the points pool is empty); retrying is safe. */
	failed: { userId: number; error: LedgerError }[];
}

/**
 * Credits every finished attendance on the slot: hours from the community's issuance account and
 * points from its pool, each transfer keyed by (slot, volunteer), so a double click or a retry
 * after a crash credits once. Rows are locked for the whole run: a second click waits, then
 * finds nothing left and answers `already_confirmed`.
 */
export async function confirmSlot(
	deps: TimebankDeps,
	user: AccessSubject,
	slotId: number
): Promise<Result<ConfirmOutcome, ConfirmError>> {
	const allowed = await canManageSlot(deps, user, slotId);
	if (!allowed.ok) return allowed;
	const [found] = await deps.db
		.select({ slot: activitySlots, activity: activities })
		.from(activitySlots)
		.innerJoin(activities, eq(activities.id, activitySlots.activityId))
		.where(eq(activitySlots.id, slotId));
	if (!found) return err('not_found');
	const { slot, activity } = found;
	if (slot.endsAt.getTime() > deps.now().getTime()) return err('slot_not_over');
	const hourSource = await hourIssuanceAccount(deps, activity.communityId);
	const pointSource = await pointPoolAccount(deps, activity.communityId);
	return deps.db.transaction(async (tx) => {
		const all = await tx
			.select()
			.from(attendance)
			.where(eq(attendance.slotId, slotId))
			.for('update');
		const open = all.filter((r) => r.confirmedAt === null && minutesOf(r, slot) !== null);
		if (open.length === 0) {
			return err(all.some((r) => r.confirmedAt) ? 'already_confirmed' : 'nothing_to_confirm');
		}
		const outcome: ConfirmOutcome = { confirmed: 0, failed: [] };
		for (const row of open) {
			const minutes = minutesOf(row, slot) ?? 0;
			const credited = await credit(deps, {
				row,
				minutes,
				activity,
				user,
				hourSource,
				pointSource
			});
			if (!credited.ok) {
				outcome.failed.push({ userId: row.userId, error: credited.error });
				continue;
			}
			await tx
				.update(attendance)
				.set({
					confirmedMinutes: minutes,
					hourTransferId: credited.value.hourId,
					pointTransferId: credited.value.pointId,
					confirmedAt: deps.now(),
					confirmedBy: user.id
				})
				.where(and(eq(attendance.slotId, slotId), eq(attendance.userId, row.userId)));
			outcome.confirmed++;
		}
		await tx
			.update(activitySlots)
			.set({ confirmedAt: deps.now(), confirmedBy: user.id })
			.where(eq(activitySlots.id, slotId));
		return ok(outcome);
	});
}

interface CreditInput {
	row: AttendanceRow;
	minutes: number;
	activity: { id: number; title: string; communityId: number; pointsPerHour: number };
	user: AccessSubject;
	hourSource: string;
	pointSource: string;
}

async function credit(
	deps: TimebankDeps,
	c: CreditInput
): Promise<Result<{ hourId: string | null; pointId: string | null }, LedgerError>> {
	const key = `activity-slot:${c.row.slotId}/volunteer:${c.row.userId}`;
	const meta = { actorId: c.user.id, reference: key };
	let hourId: string | null = null;
	let pointId: string | null = null;
	if (c.minutes > 0) {
		// A street-wide activity may credit a neighbour from another community: their account opens
		// at their own community's credit limit, not the host's.
		const home = (await findPerson(deps.db, c.row.userId))?.communityId ?? c.activity.communityId;
		const to = await residentHourAccount(deps, c.row.userId, home);
		const hours = await deps.posting.transfer({
			...meta,
			idempotencyKey: `${key}/hours`,
			kind: 'volunteer.hours',
			debitAccountId: c.hourSource,
			creditAccountId: to,
			asset: 'HOUR',
			amount: c.minutes
		});
		if (!hours.ok) return hours;
		hourId = hours.value.id;
	}
	const points = pointsFor(c.minutes, c.activity.pointsPerHour);
	if (points > 0) {
		const to = await residentPointAccount(deps, c.row.userId);
		const paid = await deps.posting.transfer({
			...meta,
			idempotencyKey: `${key}/points`,
			kind: 'volunteer.points',
			debitAccountId: c.pointSource,
			creditAccountId: to,
			asset: 'POINT',
			amount: points
		});
		if (!paid.ok) return paid;
		pointId = paid.value.id;
	}
	await notify(deps.db, {
		userId: c.row.userId,
		type: 'hours_confirmed',
		params: { activity: c.activity.title, hours: formatHours(c.minutes), points },
		link: `/activities/mine`
	});
	return ok({ hourId, pointId });
}

/** Confirmed hours per volunteer across the activity's slots, for the CSV export. */
export async function hoursPerVolunteer(deps: TimebankDeps, activityId: number) {
	const slots = await deps.db
		.select({ id: activitySlots.id })
		.from(activitySlots)
		.where(eq(activitySlots.activityId, activityId));
	const rows = slots.length
		? await deps.db
				.select({
					userId: users.id,
					name: users.displayName,
					minutes: attendance.confirmedMinutes,
					slotId: attendance.slotId
				})
				.from(attendance)
				.innerJoin(users, eq(users.id, attendance.userId))
				.where(
					inArray(
						attendance.slotId,
						slots.map((s) => s.id)
					)
				)
		: [];
	const totals = new Map<number, { name: string; minutes: number; slots: number }>();
	for (const r of rows) {
		if (r.minutes === null) continue;
		const t = totals.get(r.userId) ?? { name: r.name, minutes: 0, slots: 0 };
		t.minutes += r.minutes;
		t.slots += 1;
		totals.set(r.userId, t);
	}
	return [...totals.entries()].map(([userId, t]) => ({ userId, ...t }));
}
