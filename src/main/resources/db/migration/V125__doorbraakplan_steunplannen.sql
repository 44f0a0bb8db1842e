-- Stored support plans of a municipality's doorbraakplan (module doorbraakplan, docs/doorbraakplan.md, issue 17 §4):
-- the register of the municipality's departments (a DIENST assignment names one), its own tariff table (versioned;
-- without a version the shipped doorbraakplan/tarieven.yaml applies) and one support plan per project (an aanbod
-- PROJECT source, project_id) or for all locations together (project_id null), versioned with who, when and why.
-- The tariffs and a plan's lines and cover are typed records as JSON with their schema version, read and written only
-- by doorbraakplan.internal.SteunOpslag.
create table steun_afdeling (
    gemeente_code  varchar(6)   not null references gemeente (code),
    code           varchar(20)  not null check (code ~ '^[A-Z0-9][A-Z0-9_-]{0,19}$'),
    naam           varchar(200) not null,
    door           varchar(200) not null,
    op             timestamptz  not null default now(),
    primary key (gemeente_code, code)
);

create table steun_tarief_versie (
    gemeente_code  varchar(6)    not null references gemeente (code),
    versie         int           not null check (versie >= 1),
    schema_versie  int           not null check (schema_versie = 1),
    gegevens       jsonb         not null,
    reden          varchar(2000) not null,
    door           varchar(200)  not null,
    op             timestamptz   not null default now(),
    primary key (gemeente_code, versie)
);

create table steun_plan (
    id             bigint generated always as identity primary key,
    gemeente_code  varchar(6)  not null references gemeente (code),
    project_id     bigint,
    versie         int         not null check (versie >= 1)
);
create unique index steun_plan_project_idx on steun_plan (gemeente_code, coalesce(project_id, 0));

create table steun_plan_versie (
    plan_id        bigint        not null references steun_plan (id),
    versie         int           not null check (versie >= 1),
    schema_versie  int           not null check (schema_versie = 1),
    gegevens       jsonb         not null,
    reden          varchar(2000) not null,
    door           varchar(200)  not null,
    op             timestamptz   not null default now(),
    primary key (plan_id, versie)
);
