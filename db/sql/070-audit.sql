-- The audit log is append-only, enforced here so that no code path (nor a hand-typed query from
-- the application role) can rewrite it. Re-applied on every migration run: idempotent.

create or replace function audit_events_append_only() returns trigger
language plpgsql as $$
begin
	raise exception '% on audit_events refused: the audit log is append-only', tg_op
		using errcode = 'restrict_violation';
end;
$$;

drop trigger if exists audit_events_append_only on audit_events;
create trigger audit_events_append_only before update or delete on audit_events
	for each row execute function audit_events_append_only();

drop trigger if exists audit_events_no_truncate on audit_events;
create trigger audit_events_no_truncate before truncate on audit_events
	for each statement execute function audit_events_append_only();
