-- What a municipality hands in to the province (issue 19 §5): its plan van aanpak (step 3a) and its answers to the
-- province's survey (uitvraag: measures taken, help needed), each with attachments in the document store (objectsoort
-- 'inzending'). Kept in versions: a change adds a version with its reason; versions are never changed or removed.
create table inzending (
    id              bigint generated always as identity primary key,
    gemeente_code   varchar(6)   not null references gemeente (code),
    soort           varchar(20)  not null check (soort in ('PLAN_VAN_AANPAK', 'UITVRAAG')),
    periode         varchar(8)   not null check (periode ~ '^\d{4}-(I|II)$'),
    ingediend_door  varchar(200) not null,
    ingediend_op    timestamptz  not null default now()
);
create index inzending_gemeente_idx on inzending (gemeente_code, soort);

create table inzending_versie (
    inzending_id bigint        not null references inzending (id),
    versie       int           not null check (versie >= 1),
    titel        varchar(300)  not null check (length(trim(titel)) > 0),
    toelichting  varchar(20000),
    maatregelen  varchar(20000),
    hulp_nodig   varchar(20000),
    reden        varchar(4000),
    door         varchar(200)  not null,
    op           timestamptz   not null default now(),
    primary key (inzending_id, versie),
    constraint inzending_versie_reden check (
        (versie = 1 and reden is null) or (versie > 1 and reden is not null and length(trim(reden)) > 0))
);

create function inzending_versie_onveranderlijk() returns trigger language plpgsql as $$
begin
    raise exception 'inzending_versie is append-only (% refused); change a submission by adding a version', tg_op;
end;
$$;
create trigger inzending_versie_geen_wijziging before update or delete on inzending_versie
    for each row execute function inzending_versie_onveranderlijk();
