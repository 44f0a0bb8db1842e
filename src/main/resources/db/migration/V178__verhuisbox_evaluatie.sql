-- Verhuisbox (issue 20 §6, ADR 0060): the pseudonymised case-level dataset for an external evaluator. A request names
-- the period, the purpose and the recipient; the team's COORDINATOR approves or refuses it; only an approved request
-- can be downloaded, and every download is recorded. The pseudonym of a case is an HMAC of its id under the team's
-- own secret key (random, made at the first dataset, never shown or exported), so it stays the same across exports.
create table vhb_evaluatie_sleutel (
    team_id       bigint      primary key references vhb_team (id),
    sleutel       bytea       not null check (length(sleutel) = 32),
    aangemaakt_op timestamptz not null default now()
);

create table vhb_evaluatie_export (
    id               bigint generated always as identity primary key,
    team_id          bigint        not null references vhb_team (id),
    van              date          not null,
    tot              date          not null,
    doel             varchar(1000) not null,
    ontvanger        varchar(200)  not null,
    status           varchar(20)   not null check (status in ('AANGEVRAAGD', 'GOEDGEKEURD', 'AFGEWEZEN')),
    aangevraagd_door varchar(200)  not null,
    aangevraagd_op   timestamptz   not null default now(),
    beoordeeld_door  varchar(200),
    beoordeeld_op    timestamptz,
    toelichting      varchar(1000),
    versie           int           not null default 1,
    constraint vhb_evaluatie_export_periode check (van <= tot),
    constraint vhb_evaluatie_export_beoordeeld check ((status = 'AANGEVRAAGD') = (beoordeeld_op is null))
);
create index vhb_evaluatie_export_team_idx on vhb_evaluatie_export (team_id, id);

create table vhb_evaluatie_download (
    id        bigint generated always as identity primary key,
    export_id bigint       not null references vhb_evaluatie_export (id),
    door      varchar(200) not null,
    op        timestamptz  not null default now(),
    casussen  int          not null
);
create index vhb_evaluatie_download_export_idx on vhb_evaluatie_download (export_id);
