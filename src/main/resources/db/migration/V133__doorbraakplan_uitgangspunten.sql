-- The uitgangspunten check of a municipality's doorbraakplan (module doorbraakplan, docs/doorbraakplan.md, issue 17 §2,
-- ADR 0035): the programme's uitgangspunten as data its programme team keeps (a list per municipality, versioned as a
-- whole with who, when and why; each with a name, a description and optionally a limit "at most N of the target group
-- per location") and each lead's scores per uitgangspunt, append-only: a change is a new row with a higher version,
-- the current score is the last one. Read and written only by doorbraakplan.internal.ToetsOpslag.
-- No foreign key to dbp_lead: this migration's number (given) precedes V120, which makes that table; the service
-- writes scores only for a lead of the municipality.
create table dbp_uitgangspuntenlijst (
    gemeente_code  varchar(6)    primary key references gemeente (code),
    versie         int           not null check (versie >= 1),
    reden          varchar(2000) not null,
    door           varchar(200)  not null,
    op             timestamptz   not null default now()
);

create table dbp_uitgangspunt (
    gemeente_code  varchar(6)    not null references dbp_uitgangspuntenlijst (gemeente_code),
    code           varchar(40)   not null check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    naam           varchar(200)  not null,
    omschrijving   varchar(2000),
    maximum        int           check (maximum >= 0),
    bron           varchar(500),
    volgorde       int           not null,
    primary key (gemeente_code, code)
);

create table dbp_uitgangspunt_score (
    lead_id        bigint        not null,
    versie         int           not null check (versie >= 1),
    uitgangspunt   varchar(40)   not null,
    uitkomst       varchar(20)   not null check (uitkomst in ('VOLDOET', 'VOLDOET_DEELS', 'VOLDOET_NIET', 'ONBEKEND')),
    toelichting    varchar(2000),
    door           varchar(200)  not null,
    op             timestamptz   not null default now(),
    primary key (lead_id, versie, uitgangspunt)
);
