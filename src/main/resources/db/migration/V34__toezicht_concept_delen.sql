-- A draft judgment shared with its municipality before the round is vastgesteld (for instance for a toezichtgesprek):
-- the province's recorded choice, per round and municipality, with its reason and the version of the round it saw.
-- A municipality sees only vastgestelde judgments, and a draft only while a share holds: a share is made after the
-- round's last reopening (a reopened round is a new draft). Rows are never changed or removed.
create table ronde_deling (
    id            bigint generated always as identity primary key,
    ronde_id      bigint        not null references beoordelingsronde (id),
    gemeente_code varchar(6)    not null references gemeente (code),
    reden         varchar(2000) not null check (length(trim(reden)) > 0),
    ronde_versie  int           not null,
    door          varchar(200)  not null,
    op            timestamptz   not null default now()
);
create index ronde_deling_ronde on ronde_deling (ronde_id, gemeente_code);
create index ronde_deling_gemeente on ronde_deling (gemeente_code);

create function ronde_deling_onveranderlijk() returns trigger language plpgsql as $$
begin
    raise exception 'ronde_deling is alleen aan te vullen';
end;
$$;
create trigger ronde_deling_onveranderlijk before update or delete on ronde_deling
    for each row execute function ronde_deling_onveranderlijk();
