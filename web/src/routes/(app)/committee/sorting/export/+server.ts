import { isPeriod, localDay } from '$lib/domain/sorting';
import { committeeCommunity } from '$lib/server/sorting/committee';
import { sorting } from '$lib/server/sorting/deps';
import { statsCsv } from '$lib/server/sorting/stats.service';
import type { RequestHandler } from './$types';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * CSV of drop-offs by day, week or month, point and building (UTF-8 with BOM so Excel reads the
 * Chinese).
 */
export const GET: RequestHandler = async ({ locals, url }) => {
	const { community } = await committeeCommunity(locals, url);
	const deps = sorting();
	const now = deps.now();
	const from = url.searchParams.get('from') ?? '';
	const to = url.searchParams.get('to') ?? '';
	const period = url.searchParams.get('period');
	const range = {
		period: isPeriod(period) ? period : 'day',
		from: DAY.test(from) ? from : localDay(new Date(now.getTime() - 29 * 86_400_000)),
		to: DAY.test(to) ? to : localDay(now)
	};
	const body = await statsCsv(deps, community.id, range);
	return new Response(`\uFEFF${body}`, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="sorting-${community.id}-${range.from}-${range.to}-${range.period}.csv"`,
			'cache-control': 'no-store'
		}
	});
};
