import { err, ok, type Result } from '$core/shared';
import { distanceMetres, type Point } from '../geo/distance';

const MINUTE_MS = 60_000;
/** Check-in opens this long before a slot starts, so early helpers are welcome. */
export const CHECK_IN_OPENS_MINUTES = 60;

/**
 * Whether a self check-in at `where` is close enough. Without a geofence on the activity any
 * place is fine; with one, a phone that sends no position is refused (`location_required`).
 */
export function checkGeofence(
	fence: { centre: Point; radiusMetres: number } | null,
	where: Point | null
): Result<true, 'location_required' | 'too_far'> {
	if (!fence) return ok(true);
	if (!where) return err('location_required');
	return distanceMetres(fence.centre, where) <= fence.radiusMetres ? ok(true) : err('too_far');
}

export type AttendanceError =
	| 'not_signed_up'
	| 'too_early'
	| 'slot_over'
	| 'already_checked_in'
	| 'not_checked_in'
	| 'already_checked_out'
	| 'already_confirmed';

export interface AttendanceState {
	checkInAt: Date | null;
	checkOutAt: Date | null;
	confirmed: boolean;
}

/**
 * What a code (or a manual mark) does for a person now: check in if they have not, check out if
 * they have. Errors: see AttendanceError.
 */
export function nextAttendanceStep(f: {
	signedUp: boolean;
	state: AttendanceState;
	slot: { startsAt: Date; endsAt: Date };
	now: Date;
}): Result<'check_in' | 'check_out', AttendanceError> {
	if (f.state.confirmed) return err('already_confirmed');
	if (f.state.checkOutAt) return err('already_checked_out');
	if (f.state.checkInAt) return ok('check_out');
	if (!f.signedUp) return err('not_signed_up');
	const opens = f.slot.startsAt.getTime() - CHECK_IN_OPENS_MINUTES * MINUTE_MS;
	if (f.now.getTime() < opens) return err('too_early');
	if (f.now.getTime() >= f.slot.endsAt.getTime()) return err('slot_over');
	return ok('check_in');
}

/** An explicit check-out; refused before any check-in. */
export function checkCheckOut(state: AttendanceState): Result<true, AttendanceError> {
	if (state.confirmed) return err('already_confirmed');
	if (!state.checkInAt) return err('not_checked_in');
	if (state.checkOutAt) return err('already_checked_out');
	return ok(true);
}

/**
 * Minutes to credit: the time present inside the slot, never more than the slot credits.
 * Arriving early or staying late earns nothing extra; the organiser can edit with a reason.
 */
export function attendedMinutes(
	slot: { startsAt: Date; endsAt: Date; minutesCredited: number },
	checkInAt: Date,
	checkOutAt: Date
): number {
	const from = Math.max(slot.startsAt.getTime(), checkInAt.getTime());
	const to = Math.min(slot.endsAt.getTime(), checkOutAt.getTime());
	const present = Math.max(0, Math.floor((to - from) / MINUTE_MS));
	return Math.min(present, slot.minutesCredited);
}

/** Points for confirmed minutes at the activity's rate, rounded down to whole points. */
export function pointsFor(minutes: number, pointsPerHour: number): number {
	return Math.floor((minutes * pointsPerHour) / 60);
}
