-- Issue 20 §2, ADR 0061: the register of search areas (zoekgebieden) of a Verhuisbox team with the housing-market
-- pressure of each (five levels, or not yet set: druk null), its kind (krimpgebied, anticipeergebied, overig), the
-- gemeenten it consists of (CBS codes) and the source of the level. Kept by the team's coordinator (versioned: every
-- change raises versie and is audited as VHB_ZOEKGEBIED_*). Owned by verhuisbox.zoeken.
create table vhb_zoekgebied (
    id             bigint generated always as identity primary key,
    team_id        bigint        not null references vhb_team (id),
    naam           varchar(200)  not null check (length(trim(naam)) > 0),
    soort          varchar(20)   not null check (soort in ('KRIMPGEBIED', 'ANTICIPEERGEBIED', 'OVERIG')),
    druk           varchar(20)   check (druk in ('ZEER_LAAG', 'LAAG', 'GEMIDDELD', 'HOOG', 'ZEER_HOOG')),
    gemeenten      varchar(6)[]  not null default '{}',
    bron           varchar(1000),
    versie         int           not null default 1,
    gewijzigd_door varchar(200)  not null,
    gewijzigd_op   timestamptz   not null default now()
);
create unique index vhb_zoekgebied_naam on vhb_zoekgebied (team_id, lower(naam));
