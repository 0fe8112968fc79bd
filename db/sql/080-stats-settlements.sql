-- Settlement figures for the dashboards, kept incrementally: every change to a settlement
-- statement takes the old row's contribution out of the summary tables and puts the new row's in,
-- so a statement counts once per state it reached, whoever changed it and however. Dashboards then
-- read only community_daily_stats / community_snapshot_stats. Idempotent: re-applied on every run.

-- One statement's contribution, added (sign 1) or taken away (sign -1):
-- approved that day, paid that day with its cents (China-time days), and unpaid now.
create or replace function stats_settlement_apply(
	p_community integer, p_status statement_status, p_cents bigint,
	p_approved timestamptz, p_paid timestamptz, p_sign integer
) returns void
language plpgsql as $$
begin
	if p_approved is not null then
		insert into community_daily_stats as s (community_id, day, statements_approved)
		values (p_community, (p_approved at time zone 'Asia/Shanghai')::date, p_sign)
		on conflict (community_id, day) do update
			set statements_approved = s.statements_approved + excluded.statements_approved;
	end if;
	if p_status = 'paid' and p_paid is not null then
		insert into community_daily_stats as s (community_id, day, statements_paid, settled_cents)
		values (p_community, (p_paid at time zone 'Asia/Shanghai')::date, p_sign, p_sign * p_cents)
		on conflict (community_id, day) do update
			set statements_paid = s.statements_paid + excluded.statements_paid,
				settled_cents = s.settled_cents + excluded.settled_cents;
	end if;
	if p_status <> 'paid' then
		insert into community_settlement_totals as t (community_id, statements_pending, pending_cents)
		values (p_community, p_sign, p_sign * p_cents)
		on conflict (community_id) do update
			set statements_pending = t.statements_pending + excluded.statements_pending,
				pending_cents = t.pending_cents + excluded.pending_cents;
	end if;
end;
$$;

create or replace function stats_settlement_statements() returns trigger
language plpgsql as $$
begin
	if tg_op = 'UPDATE' and (old.community_id, old.status, old.cents, old.approved_at, old.paid_at)
		is not distinct from (new.community_id, new.status, new.cents, new.approved_at, new.paid_at) then
		return null;
	end if;
	if tg_op in ('UPDATE', 'DELETE') then
		perform stats_settlement_apply(old.community_id, old.status, old.cents, old.approved_at,
			old.paid_at, -1);
	end if;
	if tg_op in ('INSERT', 'UPDATE') then
		perform stats_settlement_apply(new.community_id, new.status, new.cents, new.approved_at,
			new.paid_at, 1);
	end if;
	return null;
end;
$$;

drop trigger if exists stats_settlement_statements on settlement_statements;
create trigger stats_settlement_statements
	after insert or update or delete on settlement_statements
	for each row execute function stats_settlement_statements();

-- Statements made before the trigger existed are counted once, the first time this file runs
-- (the 'settlements' watermark row marks that it has). This whole file runs as one statement
-- batch, so no statement can slip in between the trigger and the backfill.
do $$
declare
	s record;
begin
	if exists (select 1 from stats_watermarks where source = 'settlements') then
		return;
	end if;
	for s in select community_id, status, cents, approved_at, paid_at from settlement_statements loop
		perform stats_settlement_apply(s.community_id, s.status, s.cents, s.approved_at, s.paid_at, 1);
	end loop;
	insert into stats_watermarks (source, position, updated_at) values ('settlements', 0, now());
end;
$$;
