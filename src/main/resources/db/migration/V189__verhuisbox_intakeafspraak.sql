-- Intake appointments (issue 20 §3; the team's "Checklist Intakegesprek Verhuisboxplus", inventory §5.2 steps 2–4,
-- 002:L1196–L1233): the assigned casemanager (or the coordinator) plans the intake talk of a case in Intake — day and
-- time (Europe/Amsterdam, as agreed with the client), place (e.g. "spreekbox HAS") and a note — and afterwards records
-- whether the client came (VERSCHENEN) or not (NIET_VERSCHENEN: a no-show, counted; a new appointment may then be
-- planned). A planned appointment may be moved (versie guards the change, 409 on a stale one).
-- Planning or moving places e-mails in platform.post's outbox in the same transaction: to the client (the
-- confirmation with the documents to bring) and to the aanmelder (the intake date); each is kept in
-- vhb_intakebericht with its outbox message id (the outbox's table belongs to platform.post, so no foreign key).
create table vhb_intakeafspraak (
    id               bigint generated always as identity primary key,
    casus_id         bigint        not null references vhb_casus (id),
    datum            date          not null,
    tijd             time          not null,
    plaats           varchar(200)  not null check (length(trim(plaats)) > 0),
    notitie          varchar(2000),
    aanmelder_email  varchar(320),
    uitkomst         varchar(20)   check (uitkomst in ('VERSCHENEN', 'NIET_VERSCHENEN')),
    uitkomst_door    varchar(200),
    uitkomst_op      timestamptz,
    versie           int           not null default 1,
    gepland_door     varchar(200)  not null,
    gepland_op       timestamptz   not null default now(),
    gewijzigd_door   varchar(200)  not null,
    gewijzigd_op     timestamptz   not null default now(),
    check ((uitkomst is null) = (uitkomst_door is null) and (uitkomst is null) = (uitkomst_op is null))
);
create index vhb_intakeafspraak_casus_idx on vhb_intakeafspraak (casus_id);
-- at most one appointment without an outcome per case
create unique index vhb_intakeafspraak_open on vhb_intakeafspraak (casus_id) where uitkomst is null;

create table vhb_intakebericht (
    id           bigint generated always as identity primary key,
    afspraak_id  bigint       not null references vhb_intakeafspraak (id),
    aan          varchar(20)  not null check (aan in ('CLIENT', 'AANMELDER')),
    soort        varchar(20)  not null check (soort in ('GEPLAND', 'GEWIJZIGD')),
    email        varchar(320) not null,
    post_id      bigint       not null,
    geplaatst_op timestamptz  not null default now()
);
create index vhb_intakebericht_afspraak_idx on vhb_intakebericht (afspraak_id);
