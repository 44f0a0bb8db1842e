-- The planning of a tranche of a municipality's doorbraakplan (module doorbraakplan, docs/doorbraakplan.md, issue 17
-- §7, ADR 0035): its milestones with a date or a date range, what, who, a note and the day it was done; each change
-- raises the milestone's version (a change names the version it changes) and is in the audit trail with before and
-- after. Read and written only by doorbraakplan.internal.PlanningOpslag. No foreign key to dbp_tranche: this
-- migration's number (given) precedes V120, which makes that table; the service adds milestones only to a tranche of
-- the municipality.
create table dbp_mijlpaal (
    id             bigint generated always as identity primary key,
    tranche_id     bigint        not null,
    van            date          not null,
    tot            date,
    wat            varchar(300)  not null,
    wie            varchar(200),
    toelichting    varchar(2000),
    gedaan_op      date,
    bron           varchar(200),
    versie         int           not null default 1 check (versie >= 1),
    door           varchar(200)  not null,
    op             timestamptz   not null default now(),
    check (tot is null or tot > van)
);
create index dbp_mijlpaal_tranche_idx on dbp_mijlpaal (tranche_id, van);
