-- The population Gedeputeerde Staten fix for a gemeente changed by a herindeling after the population's peildatum
-- (Huisvestingswet 2014, art. 30; module verdeling, docs/verdeling.md), with the reference of their decision. The
-- distribution of the half-years whose population is of that peildatum uses it instead of the sum of the constituent
-- parts. Rows are never overwritten: a new figure replaces the current row (vervangen_op) by a new one.
create table herindelingsbevolking (
    id             bigint generated always as identity primary key,
    gemeente_code  varchar(6)    not null references gemeente (code),
    peildatum      date          not null check (extract(month from peildatum) = 1 and extract(day from peildatum) = 1),
    inwoners       int           not null check (inwoners >= 0),
    kenmerk        varchar(200)  not null check (length(trim(kenmerk)) > 0),
    besluitdatum   date,
    ingevoerd_door varchar(200)  not null,
    ingevoerd_op   timestamptz   not null default now(),
    vervangen_op   timestamptz
);
create unique index herindelingsbevolking_huidig on herindelingsbevolking (gemeente_code, peildatum)
    where vervangen_op is null;
