import { committeeCommunity } from '$lib/server/sorting/committee';
import { sorting } from '$lib/server/sorting/deps';
import { gridRange } from '$lib/server/sorting/grid-range';
import { gridStatsCsv } from '$lib/server/sorting/grid-stats.service';
import type { RequestHandler } from './$types';

/** CSV of the grid statistics (UTF-8 with BOM so Excel reads the Chinese). */
export const GET: RequestHandler = async ({ locals, url }) => {
	const { community } = await committeeCommunity(locals, url);
	const deps = sorting();
	const range = gridRange(url, deps.now());
	const body = await gridStatsCsv(deps, community, range);
	const name = `sorting-grids-${community.id}-${range.period}-${range.from}-${range.to}.csv`;
	return new Response(`\uFEFF${body}`, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${name}"`,
			'cache-control': 'no-store'
		}
	});
};
