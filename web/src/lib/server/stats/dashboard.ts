import type { Sql } from '$db/client';

export interface DashboardTotals {
	residents: number;
	residentsVerified: number;
	activeVolunteers: number;
	hoursOutstandingMinutes: number;
	partners: number;
	ballotsCast: number;
	proposalsByState: Record<string, number>;
	hoursServedMinutes: number;
	pointsIssued: number;
	pointsRedeemed: number;
	dropoffs: number;
	dropoffsCorrect: number;
	statementsApproved: number;
	statementsPaid: number;
	settledCents: number;
	/** Unpaid (draft or approved) settlement statements now, and their amount. */
	statementsPending: number;
	pendingCents: number;
	refreshedAt: string | null;
}

export interface DashboardDay {
	day: string;
	hoursServedMinutes: number;
	pointsIssued: number;
	pointsRedeemed: number;
	dropoffs: number;
	dropoffsCorrect: number;
	/** Settlement statements approved that day, paid that day, and the cents paid. */
	statementsApproved: number;
	statementsPaid: number;
	settledCents: number;
}

export interface CommunityRow {
	communityId: number;
	name: string;
	residentsVerified: number;
	activeVolunteers: number;
	hoursServedMinutes: number;
	pointsIssued: number;
	pointsRedeemed: number;
	dropoffs: number;
	dropoffsCorrect: number;
	statementsApproved: number;
	statementsPaid: number;
	settledCents: number;
	statementsPending: number;
	pendingCents: number;
}

export interface Dashboard {
	totals: DashboardTotals;
	days: DashboardDay[];
	communities: CommunityRow[];
}

/**
 * The dashboard of one node (a community, or a street, district or city rolled up over the
 * communities below it), over the last `days` days. Reads only the summary tables: a few rows
 * per community and day, whatever the number of transfers.
 */
export async function loadDashboard(
	sql: Sql,
	input: { path: string; days: number; now: Date }
): Promise<Dashboard> {
	const today = new Date(input.now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
	const like = `${input.path}%`;
	const communities = await sql<CommunityRow[]>`
		with c as (select id, name from nodes where level = 'community' and path like ${like}),
		latest as (
			select distinct on (s.community_id) s.* from community_snapshot_stats s
			join c on c.id = s.community_id order by s.community_id, s.day desc),
		flows as (
			select d.community_id, sum(d.hours_served_minutes) as h, sum(d.points_issued) as i,
				sum(d.points_redeemed) as r, sum(d.dropoffs) as o, sum(d.dropoffs_correct) as k,
				sum(d.statements_approved) as sa, sum(d.statements_paid) as sp,
				sum(d.settled_cents) as sc
			from community_daily_stats d join c on c.id = d.community_id
			where d.day > ${today}::date - ${input.days}::int group by d.community_id)
		select c.id as "communityId", c.name,
			coalesce(l.residents_verified, 0)::int as "residentsVerified",
			coalesce(l.active_volunteers, 0)::int as "activeVolunteers",
			coalesce(f.h, 0)::float8 as "hoursServedMinutes",
			coalesce(f.i, 0)::float8 as "pointsIssued",
			coalesce(f.r, 0)::float8 as "pointsRedeemed",
			coalesce(f.o, 0)::int as dropoffs,
			coalesce(f.k, 0)::int as "dropoffsCorrect",
			coalesce(f.sa, 0)::int as "statementsApproved",
			coalesce(f.sp, 0)::int as "statementsPaid",
			coalesce(f.sc, 0)::float8 as "settledCents",
			coalesce(l.statements_pending, 0)::int as "statementsPending",
			coalesce(l.pending_cents, 0)::float8 as "pendingCents"
		from c left join latest l on l.community_id = c.id left join flows f on f.community_id = c.id
		order by c.name`;
	const [totals] = await sql<DashboardTotals[]>`
		with c as (select id from nodes where level = 'community' and path like ${like}),
		latest as (
			select distinct on (s.community_id) s.* from community_snapshot_stats s
			join c on c.id = s.community_id order by s.community_id, s.day desc)
		select coalesce(sum(residents), 0)::int as residents,
			coalesce(sum(residents_verified), 0)::int as "residentsVerified",
			coalesce(sum(active_volunteers), 0)::int as "activeVolunteers",
			coalesce(sum(hours_outstanding_minutes), 0)::float8 as "hoursOutstandingMinutes",
			coalesce(sum(partners), 0)::int as partners,
			coalesce(sum(ballots_cast), 0)::int as "ballotsCast",
			coalesce(sum(statements_pending), 0)::int as "statementsPending",
			coalesce(sum(pending_cents), 0)::float8 as "pendingCents",
			coalesce((select jsonb_object_agg(k, v) from (
				select key as k, sum(value::int) as v from latest, jsonb_each_text(proposals_by_state)
				group by key) x), '{}'::jsonb) as "proposalsByState",
			max(refreshed_at)::text as "refreshedAt"
		from latest`;
	const days = await sql<DashboardDay[]>`
		select d.day::text as day, sum(d.hours_served_minutes)::float8 as "hoursServedMinutes",
			sum(d.points_issued)::float8 as "pointsIssued",
			sum(d.points_redeemed)::float8 as "pointsRedeemed",
			sum(d.dropoffs)::int as dropoffs, sum(d.dropoffs_correct)::int as "dropoffsCorrect",
			sum(d.statements_approved)::int as "statementsApproved",
			sum(d.statements_paid)::int as "statementsPaid",
			sum(d.settled_cents)::float8 as "settledCents"
		from community_daily_stats d join nodes n on n.id = d.community_id
		where n.path like ${like} and d.day > ${today}::date - ${input.days}::int
		group by d.day order by d.day`;
	const sum = (k: keyof Omit<DashboardDay, 'day'>) => days.reduce((a, d) => a + d[k], 0);
	return {
		totals: {
			...(totals as DashboardTotals),
			hoursServedMinutes: sum('hoursServedMinutes'),
			pointsIssued: sum('pointsIssued'),
			pointsRedeemed: sum('pointsRedeemed'),
			dropoffs: sum('dropoffs'),
			dropoffsCorrect: sum('dropoffsCorrect'),
			statementsApproved: sum('statementsApproved'),
			statementsPaid: sum('statementsPaid'),
			settledCents: sum('settledCents')
		},
		days: [...days],
		communities: [...communities]
	};
}

export type AreaNode = { id: number; name: string; level: string; path: string };

/** The nodes at or below the viewer's areas that have a dashboard (everything above grids). */
export async function listReportAreas(sql: Sql, scopes: readonly string[]): Promise<AreaNode[]> {
	if (scopes.length === 0) return [];
	const likes = scopes.map((s) => `${s}%`);
	return sql<AreaNode[]>`
		select id, name, level::text as level, path from nodes
		where level <> 'grid' and path like any(${likes}) order by path limit 500`;
}
