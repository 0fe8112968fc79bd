-- The journal, its blocks, their anchors and the signing keys are append-only: an entry once
-- written is evidence, and changing it must be impossible rather than merely detectable.
-- (ledger:verify still detects it, for anyone who bypasses these triggers as superuser.)
-- Re-applied on every migration run, so everything here is idempotent.

create or replace function journal_append_only() returns trigger
language plpgsql as $$
begin
	raise exception '% on % refused: the journal is append-only', tg_op, tg_table_name
		using errcode = 'restrict_violation';
end;
$$;

do $$
declare
	t text;
begin
	foreach t in array array[
		'ledger_journal_entries', 'ledger_blocks', 'ledger_block_anchors', 'ledger_signing_keys'
	] loop
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
