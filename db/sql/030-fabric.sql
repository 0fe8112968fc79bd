-- Every transfer also waits in ledger_fabric_outbox until the Fabric anchoring job has recorded it
-- on the channel. A trigger, not the posting service, fills it: the row is written in the
-- transfer's own transaction whoever inserts the transfer, so a committed transfer can never be
-- missed, and a rolled-back one never appears. Statement-level with a transition table, so a
-- batch of a hundred transfers costs one extra INSERT, not a hundred. A plain insert: the rows are
-- transfers this very statement created, so none can be in the outbox yet, and the speculative
-- insertion of ON CONFLICT made the trigger ~40% dearer (EXPLAIN ANALYZE of 16-transfer batches).
-- Re-applied on every migration run, so everything here is idempotent.

create or replace function ledger_fabric_enqueue() returns trigger
language plpgsql as $$
begin
	insert into ledger_fabric_outbox (transfer_id, seq)
	select id, seq from fabric_new_transfers;
	return null;
end;
$$;

-- Created once and then left alone: the app switches it on or off to match its FABRIC_* settings
-- (web/src/lib/server/fabric/outbox-switch.ts), and re-creating it here would switch it back on
-- without the backfill that turning it on requires.
do $$
begin
	if not exists (
		select 1 from pg_trigger
		where tgrelid = 'ledger_transfers'::regclass and tgname = 'ledger_transfers_fabric_outbox'
	) then
		create trigger ledger_transfers_fabric_outbox
			after insert on ledger_transfers
			referencing new table as fabric_new_transfers
			for each statement execute function ledger_fabric_enqueue();
		-- Transfers written before this trigger existed still have to reach the ledger.
		insert into ledger_fabric_outbox (transfer_id, seq)
		select t.id, t.seq from ledger_transfers t
		where not exists (select 1 from ledger_fabric_anchors a where a.transfer_id = t.id)
			and not exists (select 1 from ledger_fabric_quarantine q where q.transfer_id = t.id)
		on conflict (transfer_id) do nothing;
	end if;
end;
$$;
