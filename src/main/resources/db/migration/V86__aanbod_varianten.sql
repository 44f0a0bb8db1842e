-- User-named variants of a gemeente's Plan (module aanbod, docs/aanbod.md): a set of changes to its stored sources
-- ("SoZa 90 i.p.v. 40": another number of places; a source left out), as a typed record (aanbod.Variant.Aanpassing)
-- list in JSON with its schema version, read and written only by aanbod.internal.VariantOpslag. A variant is not
-- changed: it is removed (who, when, why kept) and another is added.
create table aanbod_variant (
    id               bigint generated always as identity primary key,
    gemeente_code    varchar(6)    not null references gemeente (code),
    naam             varchar(200)  not null,
    schema_versie    int           not null check (schema_versie = 1),
    aanpassingen     jsonb         not null,
    reden            varchar(2000) not null,
    door             varchar(200)  not null,
    op               timestamptz   not null default now(),
    verwijderd_door  varchar(200),
    verwijderd_op    timestamptz,
    verwijder_reden  varchar(2000)
);
create unique index aanbod_variant_naam_idx on aanbod_variant (gemeente_code, lower(naam)) where verwijderd_op is null;
