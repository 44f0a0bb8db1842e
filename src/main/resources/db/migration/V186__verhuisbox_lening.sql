-- Loans with a repayment schedule (issue 20 §4, ADR 0062). A grant with vorm LENING gets its terms after its
-- approval (the grant and its beschikking stay as approved: vhb_verstrekking_vast); the schedule (aflossingsschema)
-- is computed from the terms by a plain-Java rule and not stored. Repayments and follow-up notes are append-only
-- rows of the loan. The loan's open task "Achterstand lening …" (vhb_taak, soort ACHTERSTAND_LENING) shows from
-- signaal_vanaf: the day the oldest instalment not covered by the repayments is more than achterstand_dagen overdue.
create table vhb_lening (
    verstrekking_id    bigint        primary key references vhb_verstrekking (id),
    looptijd_maanden   integer       not null check (looptijd_maanden between 1 and 120),
    eerste_vervaldatum date          not null,
    achterstand_dagen  integer       not null default 30 check (achterstand_dagen between 1 and 365),
    taak_id            bigint        references vhb_taak (id),
    signaal_vanaf      date,
    versie             integer       not null default 0,
    vastgelegd_door    varchar(200)  not null,
    vastgelegd_op      timestamptz   not null
);

create table vhb_aflossing (
    id              bigint generated always as identity primary key,
    verstrekking_id bigint         not null references vhb_lening (verstrekking_id),
    datum           date           not null,
    bedrag          numeric(10, 2) not null check (bedrag > 0),
    referentie      varchar(100),
    door            varchar(200)   not null,
    op              timestamptz    not null
);
create index vhb_aflossing_lening_idx on vhb_aflossing (verstrekking_id);

create table vhb_lening_opvolging (
    id              bigint generated always as identity primary key,
    verstrekking_id bigint        not null references vhb_lening (verstrekking_id),
    soort           varchar(20)   not null check (soort in ('CONTACT', 'REGELING', 'INVORDERING')),
    toelichting     varchar(2000) not null,
    door            varchar(200)  not null,
    op              timestamptz   not null
);
create index vhb_lening_opvolging_lening_idx on vhb_lening_opvolging (verstrekking_id);
