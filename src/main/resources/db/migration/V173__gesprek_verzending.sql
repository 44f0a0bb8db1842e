-- What went to whom about a toezichtgesprek (issue 19 §4, ADR 0058): the invitation (per version of the talk: a
-- changed talk is sent again as a gewijzigde uitnodiging), the concept-verslag and the vastgestelde verslag, each by
-- e-mail through the outbox to a contact of the register. Unique per talk, step, version and contact: never twice.
create table gesprek_verzending (
    id             bigint generated always as identity primary key,
    gesprek_id     bigint        not null references toezichtgesprek (id),
    stap           varchar(20)   not null check (stap in ('UITNODIGING', 'CONCEPTVERSLAG', 'VERSLAG')),
    gesprek_versie int           not null check (gesprek_versie >= 1),
    gemeente_code  varchar(6)    not null references gemeente (code),
    contact_id     bigint        not null references brief_contact (id),
    contact_versie int           not null,
    naam           varchar(200)  not null,
    adres          varchar(320)  not null,
    post_bericht   bigint        not null,
    verzonden_door varchar(200)  not null,
    verzonden_op   timestamptz   not null default now(),
    unique (gesprek_id, stap, gesprek_versie, contact_id)
);
create index gesprek_verzending_gesprek_idx on gesprek_verzending (gesprek_id);
