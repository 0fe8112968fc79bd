import type { SortingDeps } from './deps';

/** One drop-off as the committee and the inspector look back at it. */
export interface DropoffLine {
	id: string;
	at: string;
	point: string;
	building: string;
	unit: string;
	inspector: string;
	category: string;
	correct: boolean;
	points: number;
	reason: string;
	note: string | null;
	hasPhoto: boolean;
}

/** Which drop-offs of a day the committee wants to look at. */
export type ReviewFilter = 'all' | 'incorrect' | 'photo';

export function isReviewFilter(value: unknown): value is ReviewFilter {
	return value === 'all' || value === 'incorrect' || value === 'photo';
}

/** Most lines one list shows; a busy day is narrowed by the filters, not paged through. */
export const REVIEW_LIMIT = 200;

type Sql = SortingDeps['sql'];

/** The drop-offs matching `where`, newest first, with what a list line shows. */
function lines(sql: Sql, where: ReturnType<Sql>, limit: number) {
	return sql<DropoffLine[]>`
		select d.id, to_json(d.recorded_at) #>> '{}' as at, p.name as point, h.building, h.unit,
			u.display_name as inspector, d.category, d.correct, d.points, d.reason, d.note,
			exists (select 1 from sorting_photos f where f.dropoff_id = d.id) as "hasPhoto"
		from sorting_dropoffs d
		join sorting_points p on p.id = d.point_id
		join sorting_households h on h.id = d.household_id
		join users u on u.id = d.inspector_id
		where ${where}
		order by d.recorded_at desc, d.id
		limit ${limit}`;
}

/**
 * A community's drop-offs of one local day, newest first, for the committee to review (wrong
 * verdicts, notes, photos). Reads through the (community, day) index, never the whole table.
 */
export async function dropoffsOfDay(
	deps: Pick<SortingDeps, 'sql'>,
	communityId: number,
	day: string,
	filter: ReviewFilter
): Promise<DropoffLine[]> {
	const { sql } = deps;
	const only =
		filter === 'incorrect'
			? sql`and not d.correct`
			: filter === 'photo'
				? sql`and exists (select 1 from sorting_photos f where f.dropoff_id = d.id)`
				: sql``;
	return lines(
		sql,
		sql`d.community_id = ${communityId} and d.day = ${day}::date ${only}`,
		REVIEW_LIMIT
	);
}

/** What one inspector recorded lately (their own list, through the inspector/time index). */
export async function dropoffsByInspector(
	deps: Pick<SortingDeps, 'sql'>,
	inspectorId: number,
	limit = 50
): Promise<DropoffLine[]> {
	return lines(deps.sql, deps.sql`d.inspector_id = ${inspectorId}`, limit);
}
