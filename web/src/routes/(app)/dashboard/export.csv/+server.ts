import { sortingAccuracy } from '$lib/domain/sorting/accuracy';
import { csvHeaders, toCsv } from '$lib/server/audit';
import { database } from '$lib/server/context';
import { loadDashboard } from '$lib/server/stats';
import { resolveArea } from '../area';
import type { RequestHandler } from './$types';

/** Per community figures, then per day totals, for the chosen area and period. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const { node, days } = await resolveArea(locals, url.searchParams);
	const d = await loadDashboard(database().sql, { path: node.path, days, now: new Date() });
	const rows: unknown[][] = d.communities.map((c) => [
		'community',
		c.name,
		c.residentsVerified,
		c.activeVolunteers,
		c.hoursServedMinutes / 60,
		c.pointsIssued,
		c.pointsRedeemed,
		c.dropoffs,
		c.dropoffsCorrect,
		sortingAccuracy(c) ?? ''
	]);
	for (const day of d.days) {
		rows.push([
			'day',
			day.day,
			'',
			'',
			day.hoursServedMinutes / 60,
			day.pointsIssued,
			day.pointsRedeemed,
			day.dropoffs,
			day.dropoffsCorrect,
			sortingAccuracy(day) ?? ''
		]);
	}
	const header = [
		'row',
		'name_or_day',
		'verified_residents',
		'active_volunteers_30d',
		'hours_served',
		'points_issued',
		'points_redeemed',
		'dropoffs',
		'dropoffs_correct',
		'sorting_accuracy_percent'
	];
	return new Response(toCsv(header, rows), {
		headers: csvHeaders(`linli-dashboard-${node.id}-${days}d.csv`)
	});
};
