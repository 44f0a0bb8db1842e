-- Issue 20 §4, ADR 0064: the spend of a year as the team stated it in its own report (verantwoording), per category
-- with the stated total — e.g. 2021: € 196.413,45 "uitputting van budget", onderbouwd met reiskosten, overbrugging
-- huur, huisraad, overbrugging uitkering en verhuiskosten (002:L9269-L9282), whose categories sum to € 196.413,55.
-- The report computes the sum of the stated categories and, where a category names a kind of grant, the spend the
-- grants in Woonregie give, and shows each difference as a finding. Kept by the team's coordinator (versioned: every
-- change raises versie and is audited as VHB_UITGAVENOPGAVE_*). Owned by verhuisbox.rapportage.
create table vhb_uitgavenopgave (
    id              bigint generated always as identity primary key,
    team_id         bigint         not null references vhb_team (id),
    jaar            int            not null check (jaar between 2019 and 2100),
    bron            varchar(500)   not null check (length(trim(bron)) > 0),
    totaal          numeric(12, 2) not null check (totaal >= 0),
    versie          int            not null default 1,
    vastgelegd_door varchar(200)   not null,
    vastgelegd_op   timestamptz    not null default now(),
    unique (team_id, jaar)
);

create table vhb_uitgavenopgave_post (
    opgave_id    bigint         not null references vhb_uitgavenopgave (id) on delete cascade,
    volgnummer   int            not null check (volgnummer between 1 and 20),
    omschrijving varchar(200)   not null check (length(trim(omschrijving)) > 0),
    soort        varchar(40)    check (soort ~ '^[A-Z][A-Z0-9_]*$'),
    bedrag       numeric(12, 2) not null check (bedrag >= 0),
    primary key (opgave_id, volgnummer)
);
