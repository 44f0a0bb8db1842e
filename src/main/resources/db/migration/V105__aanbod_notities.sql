-- A gemeente's own statements about its forecast (module aanbod, docs/aanbod.md#notes-beside-the-forecast): what a
-- memo or a report said on a day ("de taakstelling in oktober 2022 halen, …"), kept beside the forecast Woonregie
-- computes as of that day, so that a claim can be checked against the inputs it rests on. Not tied to a source.
-- Read and written only by aanbod.internal.NotitieOpslag.
create table aanbod_notitie (
    id             bigint generated always as identity primary key,
    gemeente_code  varchar(6)    not null references gemeente (code),
    datum          date          not null,
    bron           varchar(200)  not null,
    tekst          varchar(2000) not null,
    door           varchar(200)  not null,
    op             timestamptz   not null default now()
);
create index aanbod_notitie_gemeente_idx on aanbod_notitie (gemeente_code);
