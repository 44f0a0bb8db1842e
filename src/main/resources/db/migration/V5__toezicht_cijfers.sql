-- The figures of supervision, one source of truth per figure. Rows are never overwritten: a correction inserts a
-- new row and marks the old one with vervangen_op (it stays visible); the current value is the row without it.

create table cijfer_import (
    id             bigint generated always as identity primary key,
    soort          varchar(30)  not null check (soort in ('TAAKSTELLING', 'BEGINSTAND', 'COA_STAND')),
    bestandsnaam   varchar(300),
    sha256         char(64)     not null,
    aantal_regels  int          not null,
    aantal_gewijzigd int        not null,
    ingevoerd_door varchar(200) not null,
    ingevoerd_op   timestamptz  not null default now()
);

create table taakstelling (
    id                 bigint generated always as identity primary key,
    gemeente_code      varchar(6)   not null references gemeente (code),
    periode            varchar(8)   not null check (periode ~ '^\d{4}-(I|II)$'),
    taakstelling       int          not null check (taakstelling >= 0),
    additionele_opgave int          check (additionele_opgave >= 0),
    reden              text,
    import_id          bigint references cijfer_import (id),
    ingevoerd_door     varchar(200) not null,
    ingevoerd_op       timestamptz  not null default now(),
    vervangen_op       timestamptz
);
create unique index taakstelling_huidig on taakstelling (gemeente_code, periode) where vervangen_op is null;

create table beginstand (
    id             bigint generated always as identity primary key,
    gemeente_code  varchar(6)   not null references gemeente (code),
    periode        varchar(8)   not null check (periode ~ '^\d{4}-(I|II)$'),
    saldo_in       int          not null,
    trede          varchar(3)   not null,
    reden          text,
    import_id      bigint references cijfer_import (id),
    ingevoerd_door varchar(200) not null,
    ingevoerd_op   timestamptz  not null default now(),
    vervangen_op   timestamptz
);
create unique index beginstand_huidig on beginstand (gemeente_code) where vervangen_op is null;

-- COA's standing "up to and including datum": gehuisvest in the period so far, koppelingen open at datum,
-- omkoppelingen in the period so far, stapelgemeente in the month of datum.
create table coa_stand (
    id             bigint generated always as identity primary key,
    gemeente_code  varchar(6)   not null references gemeente (code),
    periode        varchar(8)   not null check (periode ~ '^\d{4}-(I|II)$'),
    datum          date         not null,
    gehuisvest     int          not null check (gehuisvest >= 0),
    koppelingen    int          not null check (koppelingen >= 0),
    omkoppelingen  int          not null check (omkoppelingen >= 0),
    stapelgemeente boolean      not null,
    reden          text,
    import_id      bigint references cijfer_import (id),
    ingevoerd_door varchar(200) not null,
    ingevoerd_op   timestamptz  not null default now(),
    vervangen_op   timestamptz
);
create unique index coa_stand_huidig on coa_stand (gemeente_code, periode, datum) where vervangen_op is null;
create index coa_stand_periode on coa_stand (periode, gemeente_code) where vervangen_op is null;

-- COA's corrected final realisation of an ended period (R13), always with a reason.
create table coa_definitief (
    id             bigint generated always as identity primary key,
    gemeente_code  varchar(6)   not null references gemeente (code),
    periode        varchar(8)   not null check (periode ~ '^\d{4}-(I|II)$'),
    gehuisvest     int          not null check (gehuisvest >= 0),
    reden          text         not null,
    ingevoerd_door varchar(200) not null,
    ingevoerd_op   timestamptz  not null default now(),
    vervangen_op   timestamptz
);
create unique index coa_definitief_huidig on coa_definitief (gemeente_code, periode) where vervangen_op is null;

-- Leases sent in by a municipality (R14): no personal names, only a reference of its own.
create table huurcontract (
    id              bigint generated always as identity primary key,
    gemeente_code   varchar(6)   not null references gemeente (code),
    periode         varchar(8)   not null check (periode ~ '^\d{4}-(I|II)$'),
    ingangsdatum    date         not null,
    aantal_personen int          not null check (aantal_personen between 1 and 30),
    referentie      varchar(100) not null,
    ingediend_door  varchar(200) not null,
    ingediend_op    timestamptz  not null default now(),
    ingetrokken_op  timestamptz
);
create unique index huurcontract_referentie on huurcontract (gemeente_code, periode, referentie)
    where ingetrokken_op is null;
