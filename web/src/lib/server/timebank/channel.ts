import { and, eq, inArray } from 'drizzle-orm';
import type { ChannelAccess, ChannelUser } from '../realtime/authorize';
import type { ChannelRef } from '../../realtime/channels';
import { activitySignups, activitySlots } from '../../../../../db/schema';
import { findUserForChannel } from './channel-user';
import { managedActivity } from './activities.service';
import { timebank } from './deps';

/**
 * Who may join an activity's check-in presence channel: its organisers (anyone who may manage
 * it) and the volunteers signed up to one of its slots.
 */
export async function activityChannelAccess(
	user: ChannelUser,
	ref: ChannelRef
): Promise<ChannelAccess> {
	if (ref.kind !== 'activity') return { allowed: false };
	const deps = timebank();
	const subject = await findUserForChannel(deps.db, user.id);
	if (!subject) return { allowed: false };
	const managed = await managedActivity(deps, subject, ref.activityId);
	if (managed.ok) {
		return { allowed: true, userInfo: { name: subject.displayName, role: 'organiser' } };
	}
	const slots = deps.db
		.select({ id: activitySlots.id })
		.from(activitySlots)
		.where(eq(activitySlots.activityId, ref.activityId));
	const [signup] = await deps.db
		.select({ id: activitySignups.id })
		.from(activitySignups)
		.where(
			and(
				eq(activitySignups.userId, user.id),
				eq(activitySignups.status, 'signed_up'),
				inArray(activitySignups.slotId, slots)
			)
		)
		.limit(1);
	return signup
		? { allowed: true, userInfo: { name: subject.displayName, role: 'volunteer' } }
		: { allowed: false };
}
