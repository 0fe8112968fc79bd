-- Ledger transfers are never edited or deleted: a mistake is corrected by a reversing transfer.
-- Re-applied on every migration run, so everything here is idempotent.

create or replace function ledger_append_only() returns trigger
language plpgsql as $$
begin
	raise exception '% on % refused: the ledger is append-only', tg_op, tg_table_name
		using errcode = 'restrict_violation';
end;
$$;

drop trigger if exists ledger_transfers_append_only on ledger_transfers;
create trigger ledger_transfers_append_only
	before update or delete on ledger_transfers
	for each row execute function ledger_append_only();

drop trigger if exists ledger_transfers_no_truncate on ledger_transfers;
create trigger ledger_transfers_no_truncate
	before truncate on ledger_transfers
	for each statement execute function ledger_append_only();
