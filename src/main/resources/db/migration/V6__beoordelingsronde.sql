-- Assessment rounds: the engine run for every municipality of a province at one peildatum, with a snapshot of the
-- exact inputs, the supervisor's judgments, and the step of the ladder once the round is final (VASTGESTELD).

create table beoordelingsronde (
    id               bigint generated always as identity primary key,
    provincie_code   varchar(4)   not null references provincie (code),
    peildatum        date         not null check (extract(day from peildatum) = 1
                                                  and extract(month from peildatum) in (1, 4, 7, 10)),
    beleidskader     varchar(100) not null,
    status           varchar(20)  not null check (status in ('CONCEPT', 'VASTGESTELD')),
    versie           int          not null default 0,
    aangemaakt_door  varchar(200) not null,
    aangemaakt_op    timestamptz  not null default now(),
    berekend_op      timestamptz  not null default now(),
    vastgesteld_door varchar(200),
    vastgesteld_op   timestamptz
);
create unique index beoordelingsronde_uniek on beoordelingsronde (provincie_code, peildatum);

create table ronde_gemeente (
    ronde_id      bigint      not null references beoordelingsronde (id),
    gemeente_code varchar(6)  not null references gemeente (code),
    invoer        jsonb,                 -- the exact engine input (a what-if request), null when figures were missing
    uitkomst      jsonb,                 -- the judgment at the peildatum as the what-if API reports it
    bevindingen   jsonb       not null default '[]',
    ontbrekend    jsonb       not null default '[]',
    trede_voor    varchar(3),
    trede_na      varchar(3),
    conclusie     varchar(40),
    primary key (ronde_id, gemeente_code)
);

-- The supervisor's judgments in a round, each with a mandatory motivation. Never updated: a new judgment of the
-- same kind replaces the previous one (vervangen_op), which stays visible.
create table ronde_beslissing (
    id            bigint generated always as identity primary key,
    ronde_id      bigint       not null references beoordelingsronde (id),
    gemeente_code varchar(6)   not null references gemeente (code),
    soort         varchar(30)  not null check (soort in ('VERSCHOONBARE_REDEN', 'KOPPELINGEN_OORDEEL', 'BESLUIT')),
    waarde        varchar(2000) not null,
    motivering    varchar(4000) not null check (length(trim(motivering)) > 0),
    door          varchar(200) not null,
    op            timestamptz  not null default now(),
    vervangen_op  timestamptz
);
create unique index ronde_beslissing_huidig on ronde_beslissing (ronde_id, gemeente_code, soort)
    where vervangen_op is null;

create table ronde_heropening (
    id        bigint generated always as identity primary key,
    ronde_id  bigint        not null references beoordelingsronde (id),
    reden     varchar(4000) not null check (length(trim(reden)) > 0),
    door      varchar(200)  not null,
    op        timestamptz   not null default now()
);

-- A final (VASTGESTELD) round is immutable: its outcomes and judgments cannot change until a BEHEERDER reopens it.
create function ronde_is_vastgesteld(p_ronde bigint) returns boolean language sql stable as $$
    select status = 'VASTGESTELD' from beoordelingsronde where id = p_ronde
$$;

create function ronde_onveranderlijk() returns trigger language plpgsql as $$
begin
    if ronde_is_vastgesteld(coalesce(new.ronde_id, old.ronde_id)) then
        raise exception 'beoordelingsronde % is vastgesteld en kan niet worden gewijzigd', coalesce(new.ronde_id, old.ronde_id);
    end if;
    return coalesce(new, old);
end;
$$;
create trigger ronde_gemeente_onveranderlijk before insert or update or delete on ronde_gemeente
    for each row execute function ronde_onveranderlijk();
create trigger ronde_beslissing_onveranderlijk before insert or update or delete on ronde_beslissing
    for each row execute function ronde_onveranderlijk();
