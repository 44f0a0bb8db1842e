-- Programma's (module programma, docs/programma.md): a municipality's plan with themes, goals, projects, budget lines
-- and indicators. A programme is versioned as a whole: programma holds its identity, owner, readers and current
-- version; programma_versie every version's facts (programma.Programmaplan, schema version 1, as JSON) with who, when
-- and why. Read and written only by programma.internal.ProgrammaOpslag. Totals are never stored: they are computed.
create table programma (
    id                bigint generated always as identity primary key,
    eigenaar_gemeente varchar(6)   not null references gemeente (code),
    partnergemeenten  varchar(6)[] not null default '{}',
    versie            int          not null check (versie >= 1)
);
create index programma_eigenaar_idx on programma (eigenaar_gemeente);

create table programma_versie (
    programma_id   bigint        not null references programma (id),
    versie         int           not null check (versie >= 1),
    schema_versie  int           not null check (schema_versie = 1),
    gegevens       jsonb         not null,
    wat            varchar(200)  not null,
    reden          varchar(2000) not null,
    door           varchar(200)  not null,
    op             timestamptz   not null default now(),
    primary key (programma_id, versie)
);
