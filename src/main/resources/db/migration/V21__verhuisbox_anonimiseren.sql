-- Anonymising closed cases after the retention term: the history tables stay append-only, except for the one
-- transaction that anonymises (it sets woonregie.anonimiseren = 'aan' locally) and may overwrite free text.
-- Deleting stays impossible.
create or replace function vhb_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and current_setting('woonregie.anonimiseren', true) = 'aan' then
        return new;
    end if;
    raise exception '% is append-only (% refused)', tg_table_name, tg_op;
end;
$$;
