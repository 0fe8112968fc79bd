import type { Task } from 'graphile-worker';
import { and, between, eq } from 'drizzle-orm';
import { activities, activitySignups, activitySlots } from '../../../../../db/schema';
import { notify } from '../notifications/notify';
import { autoAcceptDue } from './aid-settle.service';
import { closeForgottenCheckouts } from './attendance.service';
import { expireDonations } from './donation.service';
import { timebank, type TimebankDeps } from './deps';

/** Dot-free, like the journal's: graphile-worker crontab task names are identifiers. */
export const TIMEBANK_SWEEP_TASK = 'timebank_sweep';
/** Every five minutes: reminders, forgotten check-outs, automatic acceptance, expired donations. */
export const TIMEBANK_CRONTAB = `*/5 * * * * ${TIMEBANK_SWEEP_TASK}`;

const HOUR_MS = 3_600_000;

/**
 * Reminds signed-up volunteers the day before and an hour before. Each reminder is sent once: the
 * flag is set in the same statement that picks the row, so overlapping sweeps cannot both send.
 */
export async function sendReminders(deps: TimebankDeps): Promise<number> {
	const now = deps.now().getTime();
	let sent = 0;
	for (const [flag, aheadMs, type] of [
		['remindedDayBefore', 24 * HOUR_MS, 'activity_reminder_day'],
		['remindedHourBefore', HOUR_MS, 'activity_reminder_hour']
	] as const) {
		const due = await deps.db
			.select({
				id: activitySignups.id,
				userId: activitySignups.userId,
				activityId: activities.id,
				title: activities.title
			})
			.from(activitySignups)
			.innerJoin(activitySlots, eq(activitySlots.id, activitySignups.slotId))
			.innerJoin(activities, eq(activities.id, activitySlots.activityId))
			.where(
				and(
					eq(activitySignups.status, 'signed_up'),
					eq(activitySignups[flag], false),
					eq(activities.status, 'published'),
					between(activitySlots.startsAt, new Date(now), new Date(now + aheadMs))
				)
			);
		for (const row of due) {
			const claimed = await deps.db
				.update(activitySignups)
				.set({ [flag]: true })
				.where(and(eq(activitySignups.id, row.id), eq(activitySignups[flag], false)))
				.returning({ id: activitySignups.id });
			if (claimed.length === 0) continue;
			await notify(deps.db, {
				userId: row.userId,
				type,
				params: { title: row.title },
				link: `/activities/${row.activityId}`
			});
			sent++;
		}
	}
	return sent;
}

export async function sweep(deps: TimebankDeps) {
	const reminders = await sendReminders(deps);
	const closed = await closeForgottenCheckouts(deps);
	const accepted = await autoAcceptDue(deps);
	const expiredDonations = await expireDonations(deps);
	return { reminders, closed, accepted, expiredDonations };
}

export const timebankSweepTask: Task = async (_payload, helpers) => {
	const done = await sweep(timebank());
	helpers.logger.info(`time bank sweep: ${JSON.stringify(done)}`);
};
