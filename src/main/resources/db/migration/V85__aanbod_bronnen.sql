-- The stored supply sources of a gemeente (module aanbod, docs/aanbod.md): corporation agreements per year, projects,
-- other routes (hotel regulation, hervestigers, planned exchange, self-found housing) and a free tempo. A source is
-- versioned: aanbod_bron holds its identity and current version, aanbod_bron_versie every version with who, when and
-- why (the first version is its creation; a removal is a last version with verwijderd). The facts of a version are a
-- typed record (aanbod.Bronfeiten) as JSON with its schema version, read and written only by
-- aanbod.internal.BronOpslag.
create table aanbod_bron (
    id             bigint generated always as identity primary key,
    gemeente_code  varchar(6)   not null references gemeente (code),
    soort          varchar(20)  not null check (soort in ('CORPORATIE', 'PROJECT', 'ROUTE', 'TEMPO')),
    versie         int          not null check (versie >= 1),
    verwijderd     boolean      not null default false
);
create index aanbod_bron_gemeente_idx on aanbod_bron (gemeente_code) where not verwijderd;

create table aanbod_bron_versie (
    bron_id        bigint        not null references aanbod_bron (id),
    versie         int           not null check (versie >= 1),
    schema_versie  int           not null check (schema_versie = 1),
    gegevens       jsonb         not null,
    verwijderd     boolean       not null default false,
    reden          varchar(2000) not null,
    door           varchar(200)  not null,
    op             timestamptz   not null default now(),
    primary key (bron_id, versie)
);
