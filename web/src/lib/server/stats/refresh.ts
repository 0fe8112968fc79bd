import type { Sql } from '$db/client';
import { ADVISORY_LOCKS } from '../../../../../db/locks';

/** Transfers folded per run; the job runs again at once while there is more. */
export const FOLD_BATCH = 20_000;
/** Folds only transfers older than this, so a batch still committing is not skipped. */
const SETTLE_SECONDS = 5;
const LOCK = ADVISORY_LOCKS.statsRefresh;

/**
 * Adds the ledger transfers after the watermark to `community_daily_stats` (hours served, points
 * issued and redeemed per community and China-time day) and `volunteer_activity`, and moves the
 * watermark, in one transaction under an advisory lock so two workers never count twice.
 * Returns how many transfers it folded.
 */
export async function foldLedger(sql: Sql, batch = FOLD_BATCH): Promise<number> {
	return sql.begin(async (tx) => {
		await tx`select pg_advisory_xact_lock(${LOCK})`;
		const [mark] = await tx<{ position: number }[]>`
			select position from stats_watermarks where source = 'ledger'`;
		const from = Number(mark?.position ?? 0);
		const [done] = await tx<{ last: string | null; n: number }[]>`
			with batch as (
				select * from ledger_transfers
				where seq > ${from} and created_at < now() - make_interval(secs => ${SETTLE_SECONDS})
				order by seq limit ${batch}
			), facts as (
				select (b.created_at at time zone 'Asia/Shanghai')::date as day,
					coalesce(cu.community_id, du.community_id,
						case when da.owner_type = 'community' then da.owner_id end,
						case when ca.owner_type = 'community' then ca.owner_id end) as community_id,
					case when ca.owner_type = 'user' then ca.owner_id end as credited_user,
					case when not b.pending and b.asset = 'HOUR' and ca.kind = 'resident'
						and b.kind in ('volunteer.hours', 'mutual_aid') then b.amount else 0 end as hours,
					case when not b.pending and b.asset = 'POINT' and da.kind = 'community_pool'
						and ca.kind = 'resident' then b.amount else 0 end as issued,
					case when b.kind = 'redeem.capture' then b.amount else 0 end as redeemed
				from batch b
				join ledger_accounts da on da.id = b.debit_account_id
				join ledger_accounts ca on ca.id = b.credit_account_id
				left join users du on da.owner_type = 'user' and du.id = da.owner_id
				left join users cu on ca.owner_type = 'user' and cu.id = ca.owner_id
			), counted as (
				insert into community_daily_stats as s
					(community_id, day, hours_served_minutes, points_issued, points_redeemed, transfers)
				select f.community_id, f.day, sum(f.hours), sum(f.issued), sum(f.redeemed), count(*)
				from facts f join nodes n on n.id = f.community_id
				group by f.community_id, f.day
				on conflict (community_id, day) do update set
					hours_served_minutes = s.hours_served_minutes + excluded.hours_served_minutes,
					points_issued = s.points_issued + excluded.points_issued,
					points_redeemed = s.points_redeemed + excluded.points_redeemed,
					transfers = s.transfers + excluded.transfers
				returning 1
			), served as (
				insert into volunteer_activity as v (user_id, community_id, last_served_day)
				select f.credited_user, max(f.community_id), max(f.day) from facts f
				where f.hours > 0 and f.credited_user is not null and f.community_id is not null
				group by f.credited_user
				on conflict (user_id) do update set
					last_served_day = greatest(v.last_served_day, excluded.last_served_day),
					community_id = excluded.community_id
				returning 1
			)
			select (select max(seq) from batch)::text as last,
				(select count(*) from batch)::int + 0 * (select count(*) from counted)
					+ 0 * (select count(*) from served) as n`;
		if (!done?.last) return 0;
		await tx`insert into stats_watermarks (source, position, updated_at)
			values ('ledger', ${done.last}, now())
			on conflict (source) do update set position = excluded.position, updated_at = now()`;
		return done.n;
	});
}

/**
 * Adds the sorting drop-offs received after the `sorting` watermark to `community_daily_stats`
 * (all drop-offs and the correct ones, per community and the drop-off's China-time day) and moves
 * the watermark to the last `received_at` folded, in microseconds. A batch takes whole instants:
 * every drop-off sharing the batch's last `received_at` is folded with it, so none is skipped by
 * the strict `>` of the next run. Returns how many drop-offs it folded.
 */
export async function foldDropoffs(sql: Sql, batch = FOLD_BATCH): Promise<number> {
	return sql.begin(async (tx) => {
		await tx`select pg_advisory_xact_lock(${LOCK})`;
		const [mark] = await tx<{ position: string }[]>`
			select position::text as position from stats_watermarks where source = 'sorting'`;
		const from = mark?.position ?? '0';
		const [done] = await tx<{ last: string | null; n: number }[]>`
			with bounds as (
				select 'epoch'::timestamptz + ${from}::bigint * interval '1 microsecond' as after,
					now() - make_interval(secs => ${SETTLE_SECONDS}) as settled
			), cut as (
				select d.received_at from sorting_dropoffs d, bounds b
				where d.received_at > b.after and d.received_at < b.settled
				order by d.received_at offset ${batch - 1} limit 1
			), picked as (
				select d.community_id, d.day, d.correct, d.received_at from sorting_dropoffs d, bounds b
				where d.received_at > b.after and d.received_at < b.settled
					and d.received_at <= coalesce((select received_at from cut), b.settled)
			), counted as (
				insert into community_daily_stats as s (community_id, day, dropoffs, dropoffs_correct)
				select p.community_id, p.day::date, count(*), count(*) filter (where p.correct)
				from picked p group by p.community_id, p.day
				on conflict (community_id, day) do update set
					dropoffs = s.dropoffs + excluded.dropoffs,
					dropoffs_correct = s.dropoffs_correct + excluded.dropoffs_correct
				returning 1
			)
			select (select (extract(epoch from max(received_at)) * 1000000)::bigint from picked)::text
					as last,
				((select count(*) from picked) + 0 * (select count(*) from counted))::int as n`;
		if (!done?.last) return 0;
		await tx`insert into stats_watermarks (source, position, updated_at)
			values ('sorting', ${done.last}, now())
			on conflict (source) do update set position = excluded.position, updated_at = now()`;
		return done.n;
	});
}

/**
 * Recomputes today's state figures for every community in one statement. Each figure is a count
 * over an indexed, per-community set (users, accounts, proposals, partners), or copied from a
 * total a trigger keeps (unpaid settlements), and the job runs every few minutes, so dashboards
 * never compute them per request.
 */
export async function snapshotCommunities(sql: Sql, now: Date): Promise<void> {
	const day = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
	await sql`
		insert into community_snapshot_stats as s (community_id, day, residents, residents_verified,
			active_volunteers, hours_outstanding_minutes, partners, ballots_cast, proposals_by_state,
			statements_pending, pending_cents, refreshed_at)
		select n.id, ${day}::date,
			(select count(*) from users u where u.community_id = n.id and u.anonymised_at is null),
			(select count(*) from users u where u.community_id = n.id and u.status = 'verified'),
			(select count(*) from volunteer_activity v where v.community_id = n.id
				and v.last_served_day > ${day}::date - 30),
			(select coalesce(sum(a.credits_posted - a.debits_posted), 0) from ledger_accounts a
				join users u on a.owner_type = 'user' and u.id = a.owner_id
				where u.community_id = n.id and a.asset = 'HOUR' and a.kind = 'resident'),
			(select count(*) from partner_communities pc where pc.community_id = n.id
				and pc.status = 'approved'),
			(select count(*) from council_vote_participation p
				join council_votes cv on cv.id = p.vote_id where cv.community_id = n.id),
			(select coalesce(jsonb_object_agg(state, c), '{}'::jsonb) from (
				select state, count(*) as c from council_proposals p where p.community_id = n.id
				group by state) x),
			coalesce(st.statements_pending, 0), coalesce(st.pending_cents, 0),
			now()
		from nodes n left join community_settlement_totals st on st.community_id = n.id
		where n.level = 'community'
		on conflict (community_id, day) do update set
			residents = excluded.residents, residents_verified = excluded.residents_verified,
			active_volunteers = excluded.active_volunteers,
			hours_outstanding_minutes = excluded.hours_outstanding_minutes,
			partners = excluded.partners, ballots_cast = excluded.ballots_cast,
			proposals_by_state = excluded.proposals_by_state,
			statements_pending = excluded.statements_pending, pending_cents = excluded.pending_cents,
			refreshed_at = excluded.refreshed_at`;
}
