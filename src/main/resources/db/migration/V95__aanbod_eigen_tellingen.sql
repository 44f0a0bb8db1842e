-- A gemeente's own count of its realisation (module aanbod, docs/aanbod.md "The own count"): persons housed in the
-- half-year of the date up to and including that date, as the gemeente counts them, with the causes of the difference
-- with COA's standing. Versioned as the supply sources: aanbod_telling holds the count's identity, date and current
-- version, aanbod_telling_versie every version with who, when and why (a removal is a last version with verwijderd).
-- The facts of a version are a typed record (aanbod.Eigentelling.Feiten) as JSON with its schema version, read and
-- written only by aanbod.internal.TellingOpslag.
create table aanbod_telling (
    id             bigint generated always as identity primary key,
    gemeente_code  varchar(6)   not null references gemeente (code),
    datum          date         not null,
    versie         int          not null check (versie >= 1),
    verwijderd     boolean      not null default false
);
create unique index aanbod_telling_datum_idx on aanbod_telling (gemeente_code, datum) where not verwijderd;

create table aanbod_telling_versie (
    telling_id     bigint        not null references aanbod_telling (id),
    versie         int           not null check (versie >= 1),
    schema_versie  int           not null check (schema_versie = 1),
    gegevens       jsonb         not null,
    verwijderd     boolean       not null default false,
    reden          varchar(2000) not null,
    door           varchar(200)  not null,
    op             timestamptz   not null default now(),
    primary key (telling_id, versie)
);
