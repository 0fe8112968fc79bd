import { expect, type Page } from '@playwright/test';
import { appDatabase } from './app-database';
import { open, zh } from './app';

/** `datetime-local` value `minutes` from now, in Beijing time like the form expects. */
export function beijing(minutes: number): string {
	return new Date(Date.now() + minutes * 60_000 + 8 * 3_600_000).toISOString().slice(0, 16);
}

/**
 * The organiser credits the first volunteer of a slot one hour by hand (with a reason), the slot
 * is ended now instead of an hour from now, and the organiser confirms it.
 */
export async function creditHourAndConfirm(
	organiser: Page,
	slotUrl: string,
	activityId: number
): Promise<void> {
	await open(organiser, slotUrl);
	await organiser
		.getByText(zh('tb.org.manualIn') + ' / ' + zh('tb.org.manualOut'), { exact: false })
		.first()
		.click();
	await organiser.getByLabel(zh('tb.org.minutes'), { exact: true }).fill('60');
	await organiser.locator('input[id^="edit-reason-"]').fill('提前来帮忙布置场地');
	await organiser.getByRole('button', { name: zh('tb.org.editMinutes') }).click();
	await expect(organiser.getByText(zh('tb.org.saved'))).toBeVisible();
	const sql = appDatabase();
	try {
		await sql`update activity_slots set starts_at = now() - interval '2 hours', ends_at = now() - interval '1 minute'
			where activity_id = ${activityId}`;
	} finally {
		await sql.end();
	}
	await open(organiser, slotUrl);
	await organiser.getByRole('button', { name: zh('tb.org.confirm') }).click();
	await expect(organiser.getByText(zh('tb.org.confirmed', { count: 1 }))).toBeVisible();
}
