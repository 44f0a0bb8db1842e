-- Aftercare (nazorg) after a move and the client survey (inventory §8).

-- A task may be shown on the worklist only from a given day (aftercare reminders appear shortly before the
-- contact is due, not a year in advance).
alter table vhb_taak add column zichtbaar_vanaf date;

-- Aftercare contacts, planned at 1, 3, 6 and 12 months (configurable) after the move; recorded once.
create table vhb_nazorg (
    id                   bigint generated always as identity primary key,
    casus_id             bigint       not null references vhb_casus (id),
    maanden              int          not null check (maanden between 1 and 60),
    verhuisdatum         date         not null,
    deadline             date         not null,
    taak_id              bigint       references vhb_taak (id),
    vastgelegd_op        timestamptz,
    vastgelegd_door      varchar(200),
    woont_er_nog         boolean,
    inkomen              varchar(500),
    maatschappelijk_werk boolean,
    problemen            varchar(4000),
    vervolg              varchar(4000),
    unique (casus_id, maanden)
);

-- The client survey: six questions on a 1–5 scale and free text, one per case.
create table vhb_enquete (
    casus_id      bigint        primary key references vhb_casus (id),
    team_id       bigint        not null references vhb_team (id),
    jaar          int           not null,
    proces        smallint      not null check (proces between 1 and 5),
    steun         smallint      not null check (steun between 1 and 5),
    tevredenheid  smallint      not null check (tevredenheid between 1 and 5),
    vertrouwen    smallint      not null check (vertrouwen between 1 and 5),
    perspectief   smallint      not null check (perspectief between 1 and 5),
    overzicht     smallint      not null check (overzicht between 1 and 5),
    toelichting   varchar(4000),
    ingevuld_door varchar(20)   not null check (ingevuld_door in ('CASEMANAGER', 'CLIENT')),
    vastgelegd_door varchar(200) not null,
    vastgelegd_op timestamptz   not null default now()
);
create index vhb_enquete_jaar_idx on vhb_enquete (team_id, jaar);
