-- A gemeente's own multi-year table in the form of the planning memo's Table 1 (module aanbod, docs/aanbod.md "The
-- year view"), typed on its page or over the API, or imported from CSV/XLSX with the columns of the year view's
-- export. Every version is a row (the current one is the highest), with who, when, why and where it came from
-- (herkomst INVOER or IMPORT, the file's name); the rows per year are a typed record list
-- (aanbod.EigenJaartabel.Regel) as JSON with its schema version, read and written only by
-- aanbod.internal.JaartabelOpslag. Nothing of it is used by the supervision: it is checked and shown beside the
-- table computed from the stored figures.
create table aanbod_jaartabel (
    gemeente_code  varchar(6)    not null references gemeente (code),
    versie         int           not null check (versie >= 1),
    schema_versie  int           not null check (schema_versie = 1),
    regels         jsonb         not null,
    herkomst       varchar(10)   not null check (herkomst in ('INVOER', 'IMPORT')),
    bestand        varchar(200),
    reden          varchar(2000) not null,
    door           varchar(200)  not null,
    op             timestamptz   not null default now(),
    primary key (gemeente_code, versie)
);
