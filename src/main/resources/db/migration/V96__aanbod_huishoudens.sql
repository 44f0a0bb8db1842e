-- Households waiting by size against the dwellings of that size expected in a half-year (module aanbod,
-- docs/aanbod.md "Household sizes"). Every version of a gemeente's table for a period is a row (the current one is
-- the highest version), with who, when and why; the rows per size class are a typed record list
-- (aanbod.Huishoudens.Regel) as JSON with its schema version, read and written only by aanbod.internal.HuishoudensOpslag.
create table aanbod_huishoudens (
    gemeente_code  varchar(6)    not null references gemeente (code),
    periode        varchar(7)    not null,
    versie         int           not null check (versie >= 1),
    schema_versie  int           not null check (schema_versie = 1),
    regels         jsonb         not null,
    reden          varchar(2000) not null,
    door           varchar(200)  not null,
    op             timestamptz   not null default now(),
    primary key (gemeente_code, periode, versie)
);
