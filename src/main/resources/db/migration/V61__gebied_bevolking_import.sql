-- Population files imported by an administrator (module gebied, docs/gebied.md): CBS figures of 1 January of a year
-- the shipped reference data lacks (2020 and 2021, later years), each import with its provenance. The figures go into
-- bevolking like the shipped ones, with the import they came from (null: shipped reference data, loaded by V3). A
-- year imported again replaces the figures of the earlier import, which stays here with vervangen_op.
create table bevolking_import (
    id               bigint generated always as identity primary key,
    peildatum        date          not null check (extract(month from peildatum) = 1 and extract(day from peildatum) = 1),
    bron             varchar(500)  not null check (length(trim(bron)) > 0),
    bestandsnaam     varchar(255),
    sha256           char(64)      not null check (sha256 ~ '^[0-9a-f]{64}$'),
    aantal_gemeenten int           not null check (aantal_gemeenten > 0),
    inwoners         bigint        not null check (inwoners >= 0),
    ingevoerd_door   varchar(200)  not null,
    ingevoerd_op     timestamptz   not null default now(),
    vervangen_op     timestamptz
);
create unique index bevolking_import_huidig on bevolking_import (peildatum) where vervangen_op is null;

alter table bevolking add column import_id bigint references bevolking_import (id);
create index bevolking_import_idx on bevolking (import_id);
