import {
	accuracyPercent,
	bucketOf,
	csvLine,
	topImproving,
	type Period,
	type Tally
} from '$lib/domain/sorting';
import type { SortingDeps } from './deps';

interface Row {
	day: string;
	point: string;
	building: string;
	total: number;
	correct: number;
	points: number;
}

/** Drop-offs of a community between two local days (inclusive), by day, point and building. */
async function rows(deps: SortingDeps, communityId: number, from: string, to: string) {
	return deps.sql<Row[]>`
		select d.day::text as day, p.name as point, h.building, count(*)::int as total,
			count(*) filter (where d.correct)::int as correct, sum(d.points)::int as points
		from sorting_dropoffs d
		join sorting_points p on p.id = d.point_id
		join sorting_households h on h.id = d.household_id
		where d.community_id = ${communityId} and d.day between ${from}::date and ${to}::date
		group by d.day, p.name, h.building
		order by d.day, p.name, h.building`;
}

function add(map: Map<string, Tally>, key: string, r: Row) {
	const t = map.get(key) ?? { correct: 0, total: 0 };
	map.set(key, { correct: t.correct + r.correct, total: t.total + r.total });
}

const listed = (map: Map<string, Tally>) =>
	[...map].map(([key, t]) => ({ key, ...t, percent: accuracyPercent(t) }));

/** Whose line the chart draws: the whole community, one collection point or one building. */
export type Focus = { kind: 'community' } | { kind: 'point' | 'building'; key: string };

/**
 * Accuracy and volume over time (for the community, or the point or building in `focus`), by
 * point and by building, and the most improved buildings.
 */
export async function communityStats(
	deps: SortingDeps,
	communityId: number,
	range: { from: string; to: string; period: Period },
	focus: Focus = { kind: 'community' }
) {
	const data = await rows(deps, communityId, range.from, range.to);
	const series = new Map<string, Tally>();
	const byPoint = new Map<string, Tally>();
	const byBuilding = new Map<string, Tally>();
	const middle = midDay(range.from, range.to);
	const halves = new Map<string, { before: Tally; after: Tally }>();
	const inFocus = (r: Row) =>
		focus.kind === 'community' || (focus.kind === 'point' ? r.point : r.building) === focus.key;
	for (const r of data) {
		if (inFocus(r)) add(series, bucketOf(r.day, range.period), r);
		add(byPoint, r.point, r);
		add(byBuilding, r.building, r);
		const h = halves.get(r.building) ?? {
			before: { correct: 0, total: 0 },
			after: { correct: 0, total: 0 }
		};
		const side = r.day < middle ? h.before : h.after;
		side.correct += r.correct;
		side.total += r.total;
		halves.set(r.building, h);
	}
	const total = data.reduce(
		(t, r) => ({ correct: t.correct + r.correct, total: t.total + r.total }),
		{
			correct: 0,
			total: 0
		}
	);
	return {
		total: {
			...total,
			percent: accuracyPercent(total),
			points: data.reduce((s, r) => s + r.points, 0)
		},
		series: listed(series),
		byPoint: listed(byPoint),
		byBuilding: listed(byBuilding),
		improving: topImproving(halves, 5)
	};
}

function midDay(from: string, to: string): string {
	const a = Date.parse(`${from}T00:00:00Z`);
	const b = Date.parse(`${to}T00:00:00Z`);
	return new Date(a + Math.floor((b - a) / 2 / 86_400_000 + 0.5) * 86_400_000)
		.toISOString()
		.slice(0, 10);
}

/**
 * The same figures as CSV, one line per period (day, the Monday of a week, the first of a
 * month), point and building.
 */
export async function statsCsv(
	deps: SortingDeps,
	communityId: number,
	range: { from: string; to: string; period: Period }
) {
	const data = await rows(deps, communityId, range.from, range.to);
	const grouped = new Map<string, Row>();
	for (const r of data) {
		const period = bucketOf(r.day, range.period);
		const key = JSON.stringify([period, r.point, r.building]);
		const g = grouped.get(key) ?? { ...r, day: period, total: 0, correct: 0, points: 0 };
		grouped.set(key, {
			...g,
			total: g.total + r.total,
			correct: g.correct + r.correct,
			points: g.points + r.points
		});
	}
	const head = csvLine([
		range.period,
		'collection_point',
		'building',
		'dropoffs',
		'correct',
		'accuracy_percent',
		'points'
	]);
	const lines = [...grouped.values()].map((r) =>
		csvLine([r.day, r.point, r.building, r.total, r.correct, accuracyPercent(r), r.points])
	);
	return [head, ...lines].join('\r\n') + '\r\n';
}

/** Flags (bursts, late syncs) not yet looked at, newest first. */
export async function openFlags(deps: SortingDeps, communityId: number) {
	return deps.sql<
		{
			id: number;
			kind: 'burst' | 'late';
			inspector: string;
			point: string | null;
			refused: number;
			minute: string;
		}[]
	>`
		select f.id, f.kind, u.display_name as inspector, p.name as point, f.refused,
			to_json(f.minute) #>> '{}' as minute
		from sorting_flags f join users u on u.id = f.inspector_id
		left join sorting_points p on p.id = f.point_id
		where f.community_id = ${communityId} and f.resolved_at is null
		order by f.minute desc limit 50`;
}

export async function resolveFlag(
	deps: SortingDeps,
	communityId: number,
	flagId: number,
	by: number
) {
	await deps.sql`update sorting_flags set resolved_at = now(), resolved_by = ${by}
		where id = ${flagId} and community_id = ${communityId}`;
}
