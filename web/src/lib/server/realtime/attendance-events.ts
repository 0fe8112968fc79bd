import { eq } from 'drizzle-orm';
import type { Result } from '$core/shared';
import { activitySlots } from '../../../../../db/schema';
import { activityPresenceChannel } from '../../realtime/channels';
import { ATTENDANCE_EVENT } from '../../realtime/live-events';
import type { Executor } from '../auth/db';
import { realtime, type RealtimePort } from './realtime';

/** What the organiser's open check-in list hears; it reloads the list itself. */
export interface AttendanceEventData {
	slotId: number;
}

/**
 * Passes a check-in or check-out result through, telling the activity's presence channel when it
 * succeeded. Call it with the committed result (after the transaction), so the organiser's list
 * never reloads before the row is visible. Never throws: the scan went through either way.
 */
export async function announceAttendance<R extends Result<unknown, unknown>>(
	db: Executor,
	slotId: number,
	result: R,
	port?: RealtimePort
): Promise<R> {
	if (!result.ok) return result;
	try {
		const [slot] = await db
			.select({ activityId: activitySlots.activityId })
			.from(activitySlots)
			.where(eq(activitySlots.id, slotId));
		if (slot) {
			const data: AttendanceEventData = { slotId };
			await (port ?? realtime()).trigger(
				activityPresenceChannel(slot.activityId),
				ATTENDANCE_EVENT,
				data
			);
		}
	} catch (error) {
		console.warn('[realtime] check-in update not sent; the check-in went through', error);
	}
	return result;
}
