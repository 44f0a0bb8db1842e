-- Historical cases from the team's spreadsheet (POST /api/v1/verhuisbox/historie/import, issue 20 (c)): every row
-- of the file is one closed case (vhb_casus, with a history of MELDING, ICP_TOETS and its end, written by the
-- existing bulk import) plus one row here with the row's values as written: the key (kenmerk, per team) that makes a
-- second import of the same rows add nothing, the dates by which the case counts in the figures (toetsdatum for
-- GESCREEND, startdatum for GESTART: an imported case never passes the waiting list or the intake, so it never
-- counts against capacity), and the structured data behind the breakdowns (organisatie, huishoudtype, …).
-- Both tables are append-only: an import never changes or deletes what an earlier import stored; anonymisation
-- leaves them alone (they hold no name, contact detail or free text about the person).

create table vhb_historie_import (
    id                 bigint generated always as identity primary key,
    team_id            bigint       not null references vhb_team (id),
    bestandsnaam       varchar(300),
    soort              varchar(4)   not null check (soort in ('CSV', 'XLSX')),
    sha256             char(64)     not null,
    aantal_regels      int          not null,
    aantal_nieuw       int          not null,
    aantal_ongewijzigd int          not null,
    door               varchar(200) not null,
    op                 timestamptz  not null default now()
);

create table vhb_historie (
    casus_id        bigint       primary key references vhb_casus (id),
    team_id         bigint       not null references vhb_team (id),
    kenmerk         varchar(100) not null,
    import_id       bigint       not null references vhb_historie_import (id),
    regel           int          not null,
    organisatie     varchar(200) not null,
    aanmelddatum    date         not null,
    toetsdatum      date,
    startdatum      date,
    einddatum       date         not null,
    geboortejaar    int          not null,
    huishoudtype    varchar(20)  not null check (huishoudtype in ('ALLEENSTAANDE', 'EENOUDER', 'STEL', 'GEZIN', 'OVERIG')),
    uitkomst        varchar(30)  not null check (uitkomst in ('GEWEIGERD', 'GESTOPT', 'VERHUISD', 'GEHUISVEST_DEN_HAAG')),
    dienstverlening varchar(20)  check (dienstverlening in ('INTENSIEF', 'ALLEEN_GELD')),
    stopreden       varchar(40),
    bestemming_code varchar(6)   references gemeente (code),
    kinderen        int          check (kinderen between 0 and 20),
    remigrant       boolean,
    werkperspectief boolean,
    inkomen         varchar(30)  check (inkomen in ('PARTICIPATIEWET', 'DAKLOZENUITKERING', 'INSTELLINGSNORM',
                                                    'KOSTENDELERSNORM', 'IOAW', 'AANVULLEND', 'ANDERS')),
    opvang          varchar(200),
    constraint vhb_historie_kenmerk unique (team_id, kenmerk),
    constraint vhb_historie_data check (aanmelddatum <= coalesce(toetsdatum, aanmelddatum)
        and coalesce(toetsdatum, aanmelddatum) <= coalesce(startdatum, toetsdatum, aanmelddatum)
        and coalesce(startdatum, toetsdatum, aanmelddatum) <= einddatum)
);
create index vhb_historie_team_toets_idx on vhb_historie (team_id, toetsdatum);
create index vhb_historie_team_start_idx on vhb_historie (team_id, startdatum);

create trigger vhb_historie_import_append_only before update or delete on vhb_historie_import
    for each row execute function vhb_append_only();
create trigger vhb_historie_append_only before update or delete on vhb_historie
    for each row execute function vhb_append_only();
