import { clampRange, isGridPeriod, localDay, type GridPeriod } from '$lib/domain/sorting';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** By default the grid page looks back twelve weeks: enough to see a trend, few rows. */
const DEFAULT_DAYS = 84;

/** The grid page's and its CSV's range from the query string, defaults filled in, cut to size. */
export function gridRange(url: URL, now: Date): { from: string; to: string; period: GridPeriod } {
	const period = url.searchParams.get('period');
	const from = url.searchParams.get('from') ?? '';
	const to = url.searchParams.get('to') ?? '';
	return {
		period: isGridPeriod(period) ? period : 'week',
		...clampRange(
			DAY.test(from) ? from : localDay(new Date(now.getTime() - (DEFAULT_DAYS - 1) * 86_400_000)),
			DAY.test(to) ? to : localDay(now)
		)
	};
}
