-- Notes beside the forecast get versions (module aanbod, docs/aanbod.md "Notes beside the forecast"): a gemeente
-- adds, changes and removes its notes in the browser and over the API, each change with who, when and why, as its
-- sources and counts. aanbod_notitie keeps the note's current day, source and text and its current version; a removal
-- is a last version with verwijderd. The notes the demo (or anyone) added before get their first version from the row.
-- Read and written only by aanbod.internal.NotitieOpslag.
alter table aanbod_notitie
    add column versie     int     not null default 1 check (versie >= 1),
    add column verwijderd boolean not null default false;

create table aanbod_notitie_versie (
    notitie_id  bigint        not null references aanbod_notitie (id),
    versie      int           not null check (versie >= 1),
    datum       date          not null,
    bron        varchar(200)  not null,
    tekst       varchar(2000) not null,
    verwijderd  boolean       not null default false,
    reden       varchar(2000) not null,
    door        varchar(200)  not null,
    op          timestamptz   not null default now(),
    primary key (notitie_id, versie)
);

insert into aanbod_notitie_versie (notitie_id, versie, datum, bron, tekst, reden, door, op)
select id, 1, datum, bron, tekst, 'toegevoegd voordat notities versies hadden', door, op from aanbod_notitie;
