-- Citizen council: the records a vote rests on are never edited or deleted.
-- Re-applied on every migration run, so everything here is idempotent.

create or replace function council_append_only() returns trigger
language plpgsql as $$
begin
	raise exception '% on % refused: council records are append-only', tg_op, tg_table_name
		using errcode = 'restrict_violation';
end;
$$;

do $$
declare
	t text;
begin
	foreach t in array array['council_vote_participation', 'council_ballots',
		'council_proposal_events']
	loop
		execute format('drop trigger if exists %I on %I', t || '_append_only', t);
		execute format('create trigger %I before update or delete on %I
			for each row execute function council_append_only()', t || '_append_only', t);
		execute format('drop trigger if exists %I on %I', t || '_no_truncate', t);
		execute format('create trigger %I before truncate on %I
			for each statement execute function council_append_only()', t || '_no_truncate', t);
	end loop;
end;
$$;

-- The ballot box is never edited; rows leave it only when their vote has been closed (they are
-- moved to council_ballots in the same transaction).
create or replace function council_ballot_box_guard() returns trigger
language plpgsql as $$
begin
	if tg_op = 'UPDATE' then
		raise exception 'ballots are never edited' using errcode = 'restrict_violation';
	end if;
	if not exists (select 1 from council_votes where id = old.vote_id and state = 'closed') then
		raise exception 'ballots leave the box only when the vote is closed'
			using errcode = 'restrict_violation';
	end if;
	return old;
end;
$$;

drop trigger if exists council_ballot_box_guard on council_ballot_box;
create trigger council_ballot_box_guard before update or delete on council_ballot_box
	for each row execute function council_ballot_box_guard();

-- A ballot or a participation row is accepted only while its vote is open: a last line of
-- defence behind the service's own window check.
create or replace function council_vote_is_open() returns trigger
language plpgsql as $$
begin
	if not exists (select 1 from council_votes where id = new.vote_id and state = 'open'
		and opens_at <= now() and closes_at > now()) then
		raise exception 'vote % is not open', new.vote_id using errcode = 'check_violation';
	end if;
	return new;
end;
$$;

drop trigger if exists council_participation_open on council_vote_participation;
create trigger council_participation_open before insert on council_vote_participation
	for each row execute function council_vote_is_open();
drop trigger if exists council_ballot_box_open on council_ballot_box;
create trigger council_ballot_box_open before insert on council_ballot_box
	for each row execute function council_vote_is_open();
