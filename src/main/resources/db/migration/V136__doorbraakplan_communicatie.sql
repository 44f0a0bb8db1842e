-- Module doorbraakplan (issue 17 §6, inventory A.7): the communication and participation plan of a tranche and of a
-- project (a designated lead): actions (what, who, when — a day or only a month —, audiences, channel, extra, state),
-- meetings (date, audiences, name and place, registrations, outcome), the municipality's list of audiences, and
-- every version of an action or meeting (who, when, why).
--
-- This migration is numbered before V120 (the lead pipeline), so it cannot name dbp_tranche and dbp_lead in foreign
-- keys on a fresh database: doorbraakplan.Communicatieplannen checks that a tranche and a lead belong to the
-- municipality before it stores one (ADR 0038).

create table dbp_doelgroep (
    gemeente_code varchar(6)   not null,
    code          varchar(40)  not null check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    omschrijving  varchar(200) not null,
    volgorde      int          not null,
    actief        boolean      not null default true,
    primary key (gemeente_code, code)
);

create table dbp_communicatieactie (
    id              bigint generated always as identity primary key,
    gemeente_code   varchar(6)    not null,
    tranche_id      bigint,
    lead_id         bigint,
    versie          int           not null default 1,
    wat             varchar(300)  not null,
    wie             varchar(300),
    uitvoerders     varchar(300)  not null default '',
    datum           date          not null,
    precisie        varchar(5)    not null check (precisie in ('DAG', 'MAAND')),
    doelgroepen     varchar(1000) not null default '',
    kanaal          varchar(20)   check (kanaal in ('BRIEF', 'NIEUWSBRIEF', 'RAADSMEDEDELING', 'EMAIL',
                        'TELEFONISCH', 'PERSOONLIJK', 'BIJEENKOMST', 'PERSBERICHT', 'WEBSITE', 'ANDERS')),
    extra           varchar(2000),
    stand           varchar(10)   not null check (stand in ('GEPLAND', 'GEDAAN', 'VERVALLEN')),
    gedaan_op       date,
    vervallen_reden varchar(2000),
    check (tranche_id is not null or lead_id is not null),
    check (precisie = 'DAG' or extract(day from datum) = 1),
    check ((stand = 'GEDAAN') = (gedaan_op is not null)),
    check ((stand = 'VERVALLEN') = (vervallen_reden is not null))
);
create index dbp_communicatieactie_tranche_idx on dbp_communicatieactie (gemeente_code, tranche_id);
create index dbp_communicatieactie_lead_idx on dbp_communicatieactie (lead_id);

create table dbp_bijeenkomst (
    id                    bigint generated always as identity primary key,
    gemeente_code         varchar(6)    not null,
    tranche_id            bigint,
    lead_id               bigint,
    versie                int           not null default 1,
    naam                  varchar(200)  not null,
    plaats                varchar(300),
    datum                 date,
    doelgroepen           varchar(1000) not null default '',
    wie                   varchar(300),
    aanmeldingen          int check (aanmeldingen >= 0),
    aanmeldingen_meer_dan boolean       not null default false,
    uitkomst              varchar(4000),
    check (tranche_id is not null or lead_id is not null),
    check (aanmeldingen is not null or not aanmeldingen_meer_dan)
);
create index dbp_bijeenkomst_tranche_idx on dbp_bijeenkomst (gemeente_code, tranche_id);
create index dbp_bijeenkomst_lead_idx on dbp_bijeenkomst (lead_id);

-- every version of an action or a meeting as it was stored, with who, when and why (append-only)
create table dbp_communicatie_versie (
    soort     varchar(12)   not null check (soort in ('ACTIE', 'BIJEENKOMST')),
    object_id bigint        not null,
    versie    int           not null,
    inhoud    jsonb         not null,
    reden     varchar(2000),
    door      varchar(200)  not null,
    op        timestamptz   not null default now(),
    primary key (soort, object_id, versie)
);

create function dbp_communicatie_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only (% refused)', tg_table_name, tg_op;
end;
$$;
create trigger dbp_communicatie_versie_append_only before update or delete on dbp_communicatie_versie
    for each row execute function dbp_communicatie_append_only();
create trigger dbp_communicatie_versie_no_truncate before truncate on dbp_communicatie_versie
    for each statement execute function dbp_communicatie_append_only();
