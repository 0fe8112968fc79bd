import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/server/access/guards';
import { managedActivity } from '$lib/server/timebank/activities.service';
import { hoursPerVolunteer } from '$lib/server/timebank/confirm.service';
import { timebank } from '$lib/server/timebank/deps';
import type { RequestHandler } from './$types';

/** A cell safe for spreadsheets: quoted, and never read as a formula. */
function cell(value: string | number): string {
	const text = String(value);
	const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
	return `"${safe.replace(/"/g, '""')}"`;
}

/** Confirmed hours per volunteer for one activity, as CSV. */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const deps = timebank();
	const managed = await managedActivity(deps, user, Number(params.id) || 0);
	if (!managed.ok) error(managed.error === 'not_found' ? 404 : 403, { message: managed.error });
	const rows = await hoursPerVolunteer(deps, managed.value.id);
	const lines = [
		['user_id', 'name', 'slots', 'minutes', 'hours'].map(cell).join(','),
		...rows.map((r) =>
			[r.userId, r.name, r.slots, r.minutes, (r.minutes / 60).toFixed(2)].map(cell).join(',')
		)
	];
	return new Response(`\uFEFF${lines.join('\r\n')}\r\n`, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="activity-${managed.value.id}-hours.csv"`
		}
	});
};
