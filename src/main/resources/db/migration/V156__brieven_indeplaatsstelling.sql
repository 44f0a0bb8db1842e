-- Step 5 of the interventieladder as a legal document (module brieven, docs/toezicht-cyclus.md §3, issue 19 §3,
-- ADR 0052): the besluit tot indeplaatsstelling of Gedeputeerde Staten with one or more begunstigingstermijnen (by a
-- date, a number of vergunninghouders housed since the decision's date). Drafted (CONCEPT, versie counts every
-- change) from the stored figures, which the draft keeps as they were read (cijfers_*); decided with the GS decision's
-- date and number, which freezes the letter as PDF/A (pdf, sha256: never changed after). A decided besluit is sent
-- through the same sending as the round's letters (brief_verzending.besluit_id, V157) and followed: a term that passed
-- without the required number housed (COA plus leases, as R7) is a finding (indeplaatsstelling_bevinding), open on the
-- province supervisor's worklist. Read and written only by brieven.internal.IndeplaatsstellingOpslag.
create table indeplaatsstelling (
    id                 bigint generated always as identity primary key,
    provincie_code     varchar(4)    not null references provincie (code),
    gemeente_code      varchar(6)    not null references gemeente (code),
    status             varchar(16)   not null check (status in ('CONCEPT', 'BESLOTEN')),
    versie             int           not null default 1 check (versie >= 1),
    overwegingen       text          not null,
    cijfers_periode    varchar(8)    not null,
    cijfers_taakstelling int,
    cijfers_coa        int,
    cijfers_coa_tot    date,
    cijfers_huur       int           not null,
    besluitdatum       date,
    besluitnummer      varchar(40),
    pdf                bytea,
    sha256             char(64),
    aangemaakt_door    varchar(200)  not null,
    aangemaakt_op      timestamptz   not null default now(),
    besloten_door      varchar(200),
    besloten_op        timestamptz,
    check ((status = 'BESLOTEN') = (besluitdatum is not null and besluitnummer is not null and pdf is not null
        and sha256 is not null and besloten_door is not null and besloten_op is not null))
);
create index indeplaatsstelling_gemeente_idx on indeplaatsstelling (gemeente_code);
create index indeplaatsstelling_provincie_idx on indeplaatsstelling (provincie_code, status);

create table indeplaatsstelling_termijn (
    indeplaatsstelling_id bigint not null references indeplaatsstelling (id) on delete cascade,
    volgnummer            int    not null check (volgnummer >= 1),
    datum                 date   not null,
    aantal                int    not null check (aantal >= 1),
    primary key (indeplaatsstelling_id, volgnummer)
);

-- A term that passed without the required number housed: recorded once (the figures as judged then), open on the
-- supervisor's worklist until handled.
create table indeplaatsstelling_bevinding (
    id                    bigint generated always as identity primary key,
    indeplaatsstelling_id bigint       not null references indeplaatsstelling (id),
    volgnummer            int          not null,
    termijndatum          date         not null,
    vereist               int          not null,
    gehuisvest            int          not null,
    gehuisvest_coa        int          not null,
    personen_huur         int          not null,
    cijfers_tot           date,
    geconstateerd_op      timestamptz  not null default now(),
    unique (indeplaatsstelling_id, volgnummer),
    foreign key (indeplaatsstelling_id, volgnummer) references indeplaatsstelling_termijn (indeplaatsstelling_id, volgnummer)
);
