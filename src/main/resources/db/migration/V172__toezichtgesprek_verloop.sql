-- A toezichtgesprek as a small process with the outside world (issue 19 §4, ADR 0058): planned with a time, a place
-- or an online link and an agenda; invited; held; a concept-verslag sent for comments until a date; the verslag fixed.
-- Talks recorded before this migration were recorded after the fact: they are GEHOUDEN.
alter table toezichtgesprek
    add column toestand        varchar(20)  not null default 'GEHOUDEN'
        check (toestand in ('GEPLAND', 'UITGENODIGD', 'GEHOUDEN', 'CONCEPT_TER_REACTIE', 'VASTGESTELD')),
    add column uitgenodigd_versie int,
    add column reactie_tot      date,
    add column vastgesteld_op   date,
    add column vastgesteld_door varchar(200),
    add constraint toezichtgesprek_reactie_tot check (toestand <> 'CONCEPT_TER_REACTIE' or reactie_tot is not null),
    add constraint toezichtgesprek_vastgesteld check (
        (toestand = 'VASTGESTELD') = (vastgesteld_op is not null and vastgesteld_door is not null));

-- A planned talk has no verslag yet; its time, place or link and its agenda are part of each version, so that a
-- changed date or agenda is a new version that can be sent as a gewijzigde uitnodiging.
alter table toezichtgesprek_versie
    alter column verslag drop not null,
    add column aanvang time,
    add column plaats  varchar(300),
    add column link    varchar(500),
    add column agenda  jsonb check (agenda is null or jsonb_typeof(agenda) = 'array');

-- The municipality's comments on a concept-verslag: by the municipality itself, or by the supervisor on its behalf.
create table toezichtgesprek_reactie (
    id             bigint generated always as identity primary key,
    gesprek_id     bigint        not null references toezichtgesprek (id),
    tekst          varchar(10000) not null check (length(trim(tekst)) > 0),
    ontvangen_op   date          not null,
    namens         varchar(200)  not null check (length(trim(namens)) > 0),
    akkoord        boolean       not null,
    vastgelegd_door varchar(200) not null,
    vastgelegd_op  timestamptz   not null default now()
);
create index toezichtgesprek_reactie_gesprek_idx on toezichtgesprek_reactie (gesprek_id);
