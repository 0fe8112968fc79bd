import { and, eq, isNull, lte, sql } from 'drizzle-orm';
import {
	checkCheckOut,
	checkGeofence,
	nextAttendanceStep,
	parsePersonalCode,
	slotSubject,
	userSubject,
	verifyCode,
	type AttendanceError,
	type CodeError,
	type Point
} from '$lib/domain/timebank';
import type { AccessSubject } from '$lib/domain/access';
import { err, ok, type Result } from '$core/shared';
import {
	activities,
	activitySignups,
	activitySlots,
	attendance,
	qrCodeUses
} from '../../../../../db/schema';
import type { TimebankDeps } from './deps';
import { codeGuessWait, countWrongCode } from './guess-limit';
import { managedActivity, type ActivityError } from './activities.service';
import { recordProxyAction, type Acting } from './proxy.service';
import { announceAttendance } from '../realtime/attendance-events';

type Tx = Parameters<Parameters<TimebankDeps['db']['transaction']>[0]>[0];

export type CheckInError =
	| AttendanceError
	| CodeError
	| ActivityError
	| 'code_used'
	| 'location_required'
	| 'too_far'
	| 'reason_required'
	/** Too many wrong codes for this slot lately; codeGuessParams gives the wait. */
	| 'too_many_guesses';

export type Step = 'check_in' | 'check_out';

async function slotWithActivity(tx: Tx, slotId: number) {
	const [row] = await tx
		.select({ slot: activitySlots, activity: activities })
		.from(activitySlots)
		.innerJoin(activities, eq(activities.id, activitySlots.activityId))
		.where(eq(activitySlots.id, slotId));
	return row ?? null;
}

/** A code counts once per person: the second use of the same window is a replay. */
async function spendWindow(tx: Tx, slotId: number, userId: number, window: number) {
	const rows = await tx
		.insert(qrCodeUses)
		.values({ slotId, userId, window })
		.onConflictDoNothing()
		.returning();
	return rows.length > 0;
}

/**
 * Checks `userId` in, or out if already in, inside the caller's transaction. The attendance
 * row is locked so two scans at once cannot both check in.
 */
async function step(
	tx: Tx,
	deps: TimebankDeps,
	slotId: number,
	userId: number,
	method: 'qr' | 'scan' | 'manual',
	reason: string | null,
	only?: Step
): Promise<Result<Step, CheckInError>> {
	const found = await slotWithActivity(tx, slotId);
	if (!found) return err('not_found');
	const [signup] = await tx
		.select({ status: activitySignups.status })
		.from(activitySignups)
		.where(and(eq(activitySignups.slotId, slotId), eq(activitySignups.userId, userId)));
	const [row] = await tx
		.select()
		.from(attendance)
		.where(and(eq(attendance.slotId, slotId), eq(attendance.userId, userId)))
		.for('update');
	const state = {
		checkInAt: row?.checkInAt ?? null,
		checkOutAt: row?.checkOutAt ?? null,
		confirmed: row?.confirmedAt != null
	};
	const now = deps.now();
	if (only === 'check_out') {
		const allowed = checkCheckOut(state);
		if (!allowed.ok) return allowed;
	}
	const next = nextAttendanceStep({
		signedUp: signup?.status === 'signed_up',
		state,
		slot: found.slot,
		now
	});
	if (!next.ok) return next;
	if (only && next.value !== only) return err('already_checked_in');
	if (next.value === 'check_in') {
		await tx.insert(attendance).values({ slotId, userId, checkInAt: now, method, reason });
	} else {
		await tx
			.update(attendance)
			.set({ checkOutAt: now, ...(reason ? { reason } : {}) })
			.where(and(eq(attendance.slotId, slotId), eq(attendance.userId, userId)));
	}
	return ok(next.value);
}

/** The volunteer typed or scanned the organiser's rotating code. */
export async function checkInWithCode(
	deps: TimebankDeps,
	acting: Acting,
	slotId: number,
	code: string,
	where: Point | null
): Promise<Result<Step, CheckInError>> {
	if ((await codeGuessWait(deps, acting.subject.id, slotId)) > 0) return err('too_many_guesses');
	const verified = verifyCode(deps.qrSecret, slotSubject(slotId), code, deps.now());
	if (!verified.ok) {
		if (verified.error === 'code_invalid') await countWrongCode(deps, acting.subject.id, slotId);
		return verified;
	}
	const result = await deps.db.transaction<Result<Step, CheckInError>>(async (tx) => {
		const found = await slotWithActivity(tx, slotId);
		if (!found) return err('not_found');
		const { latitude, longitude, geofenceMetres } = found.activity;
		const fence =
			latitude !== null && longitude !== null && geofenceMetres !== null
				? { centre: { latitude, longitude }, radiusMetres: geofenceMetres }
				: null;
		const near = checkGeofence(fence, where);
		if (!near.ok) return near;
		if (!(await spendWindow(tx, slotId, acting.subject.id, verified.value.window))) {
			return err('code_used');
		}
		const done = await step(tx, deps, slotId, acting.subject.id, 'qr', null);
		if (done.ok) {
			await recordProxyAction(tx, acting, `activity.${done.value}`, `activity-slot:${slotId}`);
		}
		return done;
	});
	return announceAttendance(deps.db, slotId, result);
}

/** The organiser scanned or typed the volunteer's personal code (`<id>-<six digits>`). */
export async function checkInPersonalCode(
	deps: TimebankDeps,
	organiser: AccessSubject,
	slotId: number,
	raw: string
): Promise<Result<{ step: Step; userId: number }, CheckInError>> {
	const parsed = parsePersonalCode(raw);
	if (!parsed) return err('code_malformed');
	const allowed = await canManageSlot(deps, organiser, slotId);
	if (!allowed.ok) return allowed;
	// The organiser guessing a volunteer's code is limited like a volunteer guessing the slot's.
	if ((await codeGuessWait(deps, organiser.id, slotId)) > 0) return err('too_many_guesses');
	const verified = verifyCode(deps.qrSecret, userSubject(parsed.userId), parsed.code, deps.now());
	if (!verified.ok) {
		if (verified.error === 'code_invalid') await countWrongCode(deps, organiser.id, slotId);
		return verified;
	}
	type Scanned = Result<{ step: Step; userId: number }, CheckInError>;
	const result = await deps.db.transaction<Scanned>(async (tx) => {
		// Personal codes share the table with slot codes; negative windows keep them apart.
		if (!(await spendWindow(tx, slotId, parsed.userId, -verified.value.window))) {
			return err('code_used');
		}
		const done = await step(tx, deps, slotId, parsed.userId, 'scan', null);
		return done.ok ? ok({ step: done.value, userId: parsed.userId }) : done;
	});
	return announceAttendance(deps.db, slotId, result);
}

/** For people without a phone: the organiser marks them in or out by hand, with a reason. */
export async function markByHand(
	deps: TimebankDeps,
	organiser: AccessSubject,
	input: { slotId: number; userId: number; step: Step; reason: string }
): Promise<Result<Step, CheckInError>> {
	if (input.reason.trim() === '') return err('reason_required');
	const allowed = await canManageSlot(deps, organiser, input.slotId);
	if (!allowed.ok) return allowed;
	const result = await deps.db.transaction((tx) =>
		step(tx, deps, input.slotId, input.userId, 'manual', input.reason.trim(), input.step)
	);
	return announceAttendance(deps.db, input.slotId, result);
}

export async function canManageSlot(
	deps: TimebankDeps,
	user: AccessSubject,
	slotId: number
): Promise<Result<number, ActivityError>> {
	const [slot] = await deps.db
		.select({ activityId: activitySlots.activityId })
		.from(activitySlots)
		.where(eq(activitySlots.id, slotId));
	if (!slot) return err('not_found');
	const found = await managedActivity(deps, user, slot.activityId);
	return found.ok ? ok(found.value.id) : found;
}

/**
 * Closes check-outs people forgot: at the slot's end, or at the check-in itself for someone who
 * checked in after the end (a check-out may not come before its check-in, and one such row used
 * to fail the whole sweep, every time). Returns how many were closed.
 */
export async function closeForgottenCheckouts(deps: TimebankDeps): Promise<number> {
	const closed = await deps.db
		.update(attendance)
		.set({
			checkOutAt: sql`greatest(${attendance.checkInAt}, (select ${activitySlots.endsAt} from ${activitySlots} where ${activitySlots.id} = ${attendance.slotId}))`,
			autoClosed: true
		})
		.where(
			and(
				isNull(attendance.checkOutAt),
				sql`${attendance.slotId} in (select id from activity_slots where ${lte(activitySlots.endsAt, deps.now())})`
			)
		)
		.returning({ slotId: attendance.slotId });
	return closed.length;
}
