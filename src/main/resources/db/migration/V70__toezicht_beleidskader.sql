-- Beleidskaders a province's policy staff author in the product (module toezicht, docs/beleidskader.md, ADR 0023):
-- every saved text is a version of the kader its YAML names (kader_id); a version is a concept until it is
-- published. Only a valid kader whose test cases all pass is published, at most one version per kader_id (a change
-- after publication is a successor kader with its own id and start date, so a decided round keeps its kader).
-- The register (toezicht.BeleidskaderRegister) uses the published versions beside the shipped kaders.
create table beleidskader_versie (
    id                bigint generated always as identity primary key,
    provincie_code    varchar(4)     not null references provincie (code),
    kader_id          varchar(100)   not null,
    versie            int            not null check (versie >= 1),
    status            varchar(12)    not null check (status in ('CONCEPT', 'GEPUBLICEERD')),
    yaml              text           not null,
    testgevallen      text,
    reden             varchar(1000)  not null,
    opgeslagen_door   varchar(200)   not null,
    opgeslagen_op     timestamptz    not null default now(),
    gepubliceerd_door varchar(200),
    gepubliceerd_op   timestamptz,
    unique (kader_id, versie)
);
create index beleidskader_versie_provincie_idx on beleidskader_versie (provincie_code);
-- at most one published version per kader
create unique index beleidskader_versie_gepubliceerd_idx on beleidskader_versie (kader_id) where status = 'GEPUBLICEERD';
