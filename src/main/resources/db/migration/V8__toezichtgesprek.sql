-- Supervision follow-up (ladder steps 2, 3a and 3b): toezichtgesprekken, kept in versions, and plannen van aanpak
-- with their acties. No personal names: participants and those responsible are recorded by organisation and role.

create table toezichtgesprek (
    id              bigint generated always as identity primary key,
    gemeente_code   varchar(6)   not null references gemeente (code),
    aangemaakt_door varchar(200) not null,
    aangemaakt_op   timestamptz  not null default now()
);
create index toezichtgesprek_gemeente_idx on toezichtgesprek (gemeente_code);

-- Every version of the record of a talk. A correction adds a version with its reason; versions are never changed or
-- removed (the trigger below refuses it), so an earlier version stays readable. The current one has the highest number.
create table toezichtgesprek_versie (
    gesprek_id  bigint        not null references toezichtgesprek (id),
    versie      int           not null check (versie >= 1),
    periode     varchar(8)    not null check (periode ~ '^\d{4}-(I|II)$'),
    datum       date          not null,
    soort       varchar(20)   not null check (soort in ('AMBTELIJK', 'BESTUURLIJK')),
    deelnemers  jsonb         not null check (jsonb_typeof(deelnemers) = 'array'),
    verslag     text          not null check (length(trim(verslag)) > 0 and length(verslag) <= 20000),
    trede       varchar(3),
    reden       varchar(4000),
    door        varchar(200)  not null,
    op          timestamptz   not null default now(),
    primary key (gesprek_id, versie),
    constraint toezichtgesprek_versie_reden check (
        (versie = 1 and reden is null) or (versie > 1 and reden is not null and length(trim(reden)) > 0))
);

create function toezichtgesprek_versie_onveranderlijk() returns trigger language plpgsql as $$
begin
    raise exception 'toezichtgesprek_versie is append-only (% refused); correct a talk by adding a version', tg_op;
end;
$$;
create trigger toezichtgesprek_versie_geen_wijziging before update or delete on toezichtgesprek_versie
    for each row execute function toezichtgesprek_versie_onveranderlijk();

create table plan_van_aanpak (
    id                          bigint generated always as identity primary key,
    gemeente_code               varchar(6)   not null references gemeente (code),
    periode                     varchar(8)   not null check (periode ~ '^\d{4}-(I|II)$'),
    titel                       varchar(300) not null check (length(trim(titel)) > 0),
    ontvangen_op                date         not null,
    bekrachtigd_door_college_op date,
    aangemaakt_door             varchar(200) not null,
    aangemaakt_op               timestamptz  not null default now(),
    constraint plan_van_aanpak_bekrachtigd_na_ontvangst check (
        bekrachtigd_door_college_op is null or bekrachtigd_door_college_op >= ontvangen_op)
);
create index plan_van_aanpak_gemeente_idx on plan_van_aanpak (gemeente_code);

-- An action of a plan: OPEN until it is marked done (AFGEROND, with the date and an explanation). It is overdue
-- (verlopen) while OPEN after its deadline; that is derived from the date of today, never stored.
create table plan_actie (
    id                bigint generated always as identity primary key,
    plan_id           bigint        not null references plan_van_aanpak (id),
    omschrijving      varchar(2000) not null check (length(trim(omschrijving)) > 0),
    verantwoordelijke varchar(200)  not null check (length(trim(verantwoordelijke)) > 0),
    deadline          date          not null,
    status            varchar(10)   not null default 'OPEN' check (status in ('OPEN', 'AFGEROND')),
    afgerond_op       date,
    toelichting       varchar(4000),
    afgerond_door     varchar(200),
    afgerond_vastgelegd_op timestamptz,
    aangemaakt_door   varchar(200)  not null,
    aangemaakt_op     timestamptz   not null default now(),
    constraint plan_actie_afgerond check (
        (status = 'OPEN' and afgerond_op is null and toelichting is null and afgerond_door is null
            and afgerond_vastgelegd_op is null)
        or (status = 'AFGEROND' and afgerond_op is not null and toelichting is not null and afgerond_door is not null
            and afgerond_vastgelegd_op is not null))
);
create index plan_actie_plan_idx on plan_actie (plan_id);
create index plan_actie_open_deadline_idx on plan_actie (deadline) where status = 'OPEN';
