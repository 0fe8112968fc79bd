import { csvLine, withShares, type GridFigures, type GridPeriod } from '$lib/domain/sorting';
import type { SortingDeps } from './deps';

/** The whole community in `grid`; 0 stands for households not put in any grid yet. */
export const ALL_GRIDS = -1;
export const NO_GRID = 0;

interface Row extends GridFigures {
	grid: number;
	name: string | null;
	/** The day, or the first day of the week or month; null for the whole range. */
	bucket: string | null;
}

/**
 * Drop-offs, correct ones, points and participating households per grid and per week or month,
 * with every subtotal (per grid over the range, the community per period, the community over the
 * range) from one GROUPING SETS aggregation. The drop-offs are read through the (community, day)
 * index and joined to their household for its grid; the household counts come from the
 * community's households, counting those that existed by the end of each period. Grids follow a
 * household's current grid. Every grid appears in every period, with zeros when idle, in the
 * order the grids were made (as gridsOfCommunity lists them).
 */
async function rows(
	deps: Pick<SortingDeps, 'sql'>,
	communityId: number,
	range: { from: string; to: string; period: GridPeriod }
): Promise<Row[]> {
	const step = `1 ${range.period}`;
	return deps.sql<Row[]>`
		with grids as (
			select id, name from nodes where parent_id = ${communityId} and level = 'grid'
			union all select ${NO_GRID}::int, null::text
			union all select ${ALL_GRIDS}::int, null::text
		), buckets as (
			select b::date as bucket, least((b + ${step}::interval)::date - 1, ${range.to}::date) as last
			from generate_series(date_trunc(${range.period}, ${range.from}::date::timestamp),
				${range.to}::date::timestamp, ${step}::interval) as b
			union all select null, ${range.to}::date
		), homes as (
			select coalesce(grid_id, ${NO_GRID}) as grid,
				(created_at at time zone 'Asia/Shanghai')::date as since
			from sorting_households where community_id = ${communityId}
		), drops as (
			select coalesce(h.grid_id, ${NO_GRID}) as grid,
				date_trunc(${range.period}, d.day::timestamp)::date as bucket, d.household_id, d.correct, d.points
			from sorting_dropoffs d join sorting_households h on h.id = d.household_id
			where d.community_id = ${communityId}
				and d.day between ${range.from}::date and ${range.to}::date
		), counted as (
			select case when grouping(grid) = 1 then ${ALL_GRIDS} else grid end as grid,
				bucket, count(*)::int as dropoffs, (count(*) filter (where correct))::int as correct,
				coalesce(sum(points), 0)::int as points, count(distinct household_id)::int as active
			from drops group by grouping sets ((grid, bucket), (grid), (bucket), ())
		)
		select g.id as grid, g.name, to_char(b.bucket, 'YYYY-MM-DD') as bucket,
			coalesce(c.dropoffs, 0) as dropoffs, coalesce(c.correct, 0) as correct,
			coalesce(c.points, 0) as points, coalesce(c.active, 0) as active,
			(select count(*)::int from homes m
				where (g.id = ${ALL_GRIDS} or m.grid = g.id) and m.since <= b.last) as households
		from grids g cross join buckets b
		left join counted c on c.grid = g.id and c.bucket is not distinct from b.bucket
		order by b.bucket nulls first, g.id = ${ALL_GRIDS}, g.id = ${NO_GRID}, g.id`;
}

export type GridLine = ReturnType<typeof withShares<Row>>;

/**
 * A community's sorting by grid: `totals` over the whole range (each grid, then households
 * without a grid, then the community), and `periods`, the same lines per week or month. The
 * "no grid" line is left out where it has neither households nor drop-offs.
 */
export async function gridStats(
	deps: Pick<SortingDeps, 'sql'>,
	communityId: number,
	range: { from: string; to: string; period: GridPeriod }
) {
	const all = (await rows(deps, communityId, range))
		.filter((r) => r.grid !== NO_GRID || r.households > 0 || r.dropoffs > 0)
		.map((r) => withShares(r));
	const periods = new Map<string, GridLine[]>();
	for (const r of all) {
		if (r.bucket === null) continue;
		periods.set(r.bucket, [...(periods.get(r.bucket) ?? []), r]);
	}
	return {
		totals: all.filter((r) => r.bucket === null),
		periods: [...periods].map(([bucket, lines]) => ({ bucket, lines }))
	};
}

/** The same lines as CSV: the whole range first (period "all"), then each week or month. */
export async function gridStatsCsv(
	deps: Pick<SortingDeps, 'sql'>,
	community: { id: number; name: string },
	range: { from: string; to: string; period: GridPeriod }
): Promise<string> {
	const { totals, periods } = await gridStats(deps, community.id, range);
	const head = csvLine([
		'period',
		'level',
		'grid',
		'dropoffs',
		'correct',
		'accuracy_percent',
		'points',
		'households_participating',
		'households',
		'participation_percent'
	]);
	const line = (period: string, r: GridLine) =>
		csvLine([
			period,
			r.grid === ALL_GRIDS ? 'community' : r.grid === NO_GRID ? 'no_grid' : 'grid',
			r.grid === ALL_GRIDS ? community.name : (r.name ?? ''),
			r.dropoffs,
			r.correct,
			r.accuracy,
			r.points,
			r.active,
			r.households,
			r.participation
		]);
	const body = [
		...totals.map((r) => line('all', r)),
		...periods.flatMap((p) => p.lines.map((r) => line(p.bucket, r)))
	];
	return [head, ...body].join('\r\n') + '\r\n';
}
