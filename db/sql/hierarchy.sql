-- Hierarchy integrity that a CHECK cannot express because it needs the parent row.
-- Idempotent: re-applied on every migration run.

create or replace function linli_node_level_rank(l node_level) returns int
language sql immutable as $$
  select case l when 'city' then 1 when 'district' then 2 when 'street' then 3
                when 'community' then 4 when 'grid' then 5 end
$$;

-- On insert: the child must sit exactly one level below its parent, and its path is the parent's
-- path plus its own id. Identity defaults are applied before BEFORE triggers, so NEW.id is known.
create or replace function linli_nodes_fill_path() returns trigger
language plpgsql as $$
declare
  parent record;
begin
  if new.parent_id is null then
    new.path := '/' || new.id || '/';
    return new;
  end if;
  select level, path into parent from nodes where id = new.parent_id;
  if not found then
    raise exception 'parent node % does not exist', new.parent_id using errcode = '23503';
  end if;
  if linli_node_level_rank(new.level) <> linli_node_level_rank(parent.level) + 1 then
    raise exception 'a % cannot be placed under a %', new.level, parent.level
      using errcode = '23514', constraint = 'nodes_level_below_parent';
  end if;
  new.path := parent.path || new.id || '/';
  return new;
end
$$;

drop trigger if exists nodes_fill_path on nodes;
create trigger nodes_fill_path before insert on nodes
  for each row execute function linli_nodes_fill_path();

-- Renaming is allowed; moving or re-levelling a node is not.
create or replace function linli_nodes_freeze_place() returns trigger
language plpgsql as $$
begin
  if new.parent_id is distinct from old.parent_id or new.level <> old.level
     or new.path <> old.path then
    raise exception 'nodes cannot be moved or change level'
      using errcode = '23514', constraint = 'nodes_place_frozen';
  end if;
  return new;
end
$$;

drop trigger if exists nodes_freeze_place on nodes;
create trigger nodes_freeze_place before update on nodes
  for each row execute function linli_nodes_freeze_place();
