-- Typed ledger records (db/schema/records.ts): append-only, and queued for the journal and for
-- Fabric by a trigger in the record's own transaction, so a committed record can never miss the
-- ledger and a rolled-back one never reaches it. Records are rare (one per closed vote), so a
-- trigger costs nothing that matters; transfers do not pass through any of this.
-- Re-applied on every migration run, so everything here is idempotent. Needs 020-journal.sql
-- (journal_append_only) first, hence the name.

do $$
declare
	t text;
begin
	foreach t in array array['ledger_records', 'ledger_fabric_record_anchors'] loop
		execute format('drop trigger if exists %I on %I', t || '_append_only', t);
		execute format(
			'create trigger %I before update or delete on %I '
			'for each row execute function journal_append_only()',
			t || '_append_only', t
		);
		execute format('drop trigger if exists %I on %I', t || '_no_truncate', t);
		execute format(
			'create trigger %I before truncate on %I '
			'for each statement execute function journal_append_only()',
			t || '_no_truncate', t
		);
	end loop;
end;
$$;

create or replace function ledger_records_enqueue() returns trigger
language plpgsql as $$
begin
	insert into ledger_record_outbox (record_id, seq) select id, seq from new_ledger_records;
	insert into ledger_fabric_record_outbox (record_id, seq) select id, seq from new_ledger_records;
	return null;
end;
$$;

drop trigger if exists ledger_records_outbox on ledger_records;
create trigger ledger_records_outbox
	after insert on ledger_records
	referencing new table as new_ledger_records
	for each statement execute function ledger_records_enqueue();

-- Votes closed before tallies went on the journal each had a row in council_tally_records, a
-- separate signed chain (dropped by migration 0022). Their tallies move into the journal path
-- here: the same facts, taken from council_votes (whose result and ballot-list hash the old
-- record was made from), become 'council.tally' records, and the drainer journals them like any
-- other. From then on the journal record is the one source of truth for every closed vote.
insert into ledger_records (id, kind, subject, body, created_at)
select gen_random_uuid(), 'council.tally', 'council-vote:' || v.id,
	jsonb_build_object(
		'vote_id', v.id,
		'community_id', v.community_id,
		'method', v.method,
		'closed_at', to_char(v.closed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
		'eligible', v.result -> 'eligible',
		'turnout', v.result -> 'turnout',
		'quorum_percent', v.result -> 'quorumPercent',
		'quorum_met', v.result -> 'quorumMet',
		'answers', case when jsonb_typeof(v.result -> 'answers') = 'object' then jsonb_build_object(
			'yes', v.result -> 'answers' -> 'yes',
			'no', v.result -> 'answers' -> 'no',
			'abstain', v.result -> 'answers' -> 'abstain') else 'null'::jsonb end,
		'options', coalesce((
			select jsonb_agg(jsonb_build_object(
				'proposal_id', o -> 'proposalId', 'cost', o -> 'cost',
				'votes', o -> 'votes', 'selected', o -> 'selected') order by (o ->> 'proposalId')::int)
			from jsonb_array_elements(v.result -> 'options') o), '[]'::jsonb),
		'winners', v.result -> 'winners',
		'spent', v.result -> 'spent',
		'ballot_list_sha256', v.ballot_list_sha256),
	v.closed_at
from council_votes v
where v.state = 'closed' and v.result is not null and v.ballot_list_sha256 is not null
	and v.closed_at is not null
	and not exists (
		select 1 from ledger_records r
		where r.kind = 'council.tally' and r.subject = 'council-vote:' || v.id)
order by v.closed_at, v.id
on conflict (kind, subject) do nothing;
