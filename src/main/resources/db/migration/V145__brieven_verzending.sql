-- Sending the frozen letters of a vastgestelde round (module brieven, docs/toezicht-cyclus.md, issue 19 §2, ADR 0048):
-- one row per letter and addressee (the active bestuurlijke contacts of the municipality at the moment of sending),
-- with the way it goes (Awb 2:14: by e-mail to whom accepted it, else by post) and, for an e-mail, the message of the
-- outbox (platform.post) that carries the letter as PDF/A with a cover e-mail. Its status (in the queue, sent, failed)
-- is the outbox's; a failed e-mail is placed again by the next call (the row keeps how often). Never a second row for
-- the same letter and addressee: a letter is not sent twice. Read and written only by brieven.internal.VerzendOpslag.
create table brief_verzending (
    id              bigint generated always as identity primary key,
    ronde_id        bigint        not null references beoordelingsronde (id),
    ronde_versie    int           not null,
    gemeente_code   varchar(6)    not null references gemeente (code),
    kenmerk         varchar(40)   not null,
    contact_id      bigint        not null references brief_contact (id),
    contact_versie  int           not null,
    naam            varchar(300)  not null,
    rol             varchar(40)   not null,
    adres           varchar(2000),
    wijze           varchar(16)   not null check (wijze in ('ELEKTRONISCH', 'POST', 'ONBEKEND')),
    post_bericht_id bigint,
    plaatsingen     int           not null default 1 check (plaatsingen >= 1),
    aangemaakt_op   timestamptz   not null default now(),
    aangemaakt_door varchar(200)  not null,
    laatst_op       timestamptz   not null default now(),
    check ((wijze = 'ELEKTRONISCH') = (post_bericht_id is not null)),
    unique (ronde_id, ronde_versie, gemeente_code, contact_id)
);
create index brief_verzending_ronde_idx on brief_verzending (ronde_id, ronde_versie);
create index brief_verzending_gemeente_idx on brief_verzending (gemeente_code);
