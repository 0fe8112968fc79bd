import { sortingAccuracy } from '$lib/domain/sorting/accuracy';
import { csvHeaders, toCsv } from '$lib/server/audit';
import { database } from '$lib/server/context';
import { loadDashboard } from '$lib/server/stats';
import { resolveArea } from '../area';
import type { RequestHandler } from './$types';

/** Cents as yuan with two decimals, exactly (no float rounding on the way). */
function yuan(cents: number): string {
	const sign = cents < 0 ? '-' : '';
	const abs = Math.abs(cents);
	return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

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
		sortingAccuracy(c) ?? '',
		c.statementsApproved,
		c.statementsPaid,
		yuan(c.settledCents),
		c.statementsPending,
		yuan(c.pendingCents)
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
			sortingAccuracy(day) ?? '',
			day.statementsApproved,
			day.statementsPaid,
			yuan(day.settledCents),
			'',
			''
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
		'sorting_accuracy_percent',
		'statements_approved',
		'statements_paid',
		'settled_yuan',
		'statements_unpaid_now',
		'unpaid_yuan_now'
	];
	return new Response(toCsv(header, rows), {
		headers: csvHeaders(`linli-dashboard-${node.id}-${days}d.csv`)
	});
};
