-- Issue 19 §6: how a foreign file's columns couple to an import's columns (COA's monthly overview: other names,
-- another order, title rows above the header), saved per source and reused. provincie_code null: a national
-- coupling (COA, BEHEERDER); otherwise the province whose supervisors keep and use it. Versioned like every
-- maintained record: a change is a new version (versie + 1), the previous ones are in the audit trail.
create table kolomindeling (
    id              bigint generated always as identity primary key,
    naam            varchar(200)  not null,
    soort           varchar(30)   not null,
    provincie_code  varchar(4)    references provincie (code),
    koprij          integer       not null check (koprij between 1 and 50),
    kolommen        jsonb         not null,
    vaste_waarden   jsonb         not null default '{}'::jsonb,
    overslaan       jsonb         not null default '[]'::jsonb,
    versie          integer       not null default 1,
    gewijzigd_door  varchar(200)  not null,
    gewijzigd_op    timestamptz   not null default now()
);
create unique index kolomindeling_naam on kolomindeling (coalesce(provincie_code, ''), lower(naam));

-- the coupling a waiting upload of the import page is checked with, and the one an import was made with
alter table import_concept add column kolomindeling_id bigint references kolomindeling (id),
    add column kolomindeling_versie integer;
alter table cijfer_import add column kolomindeling_id bigint references kolomindeling (id);
