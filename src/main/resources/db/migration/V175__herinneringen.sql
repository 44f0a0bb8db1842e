-- Reminders through the outbox (module brieven, issue 19 §7, ADR 0059): each reminder is sent once per kind, subject
-- and contact. A row is written in the same transaction as the outbox message it placed, so the unique key is what
-- makes "once" hold when the daily job runs twice, on two instances or after a crash. The status of the message is the
-- outbox's own (platform.post); this table only records what was sent to whom about what.
-- Read and written only by brieven.internal.HerinneringOpslag.
create table herinnering (
    id              bigint generated always as identity primary key,
    soort           varchar(40)   not null check (soort in ('TERMIJN_HUURCONTRACTEN')),
    -- what the reminder is about, e.g. '2022-I/open' (the lease window of 2022-I has opened), '2022-I/sluit'
    onderwerp       varchar(100)  not null,
    provincie_code  varchar(4)    not null references provincie (code),
    gemeente_code   varchar(6)    not null references gemeente (code),
    contact_id      bigint        not null references brief_contact (id),
    contact_versie  int           not null,
    aan             varchar(320)  not null,
    post_bericht    bigint        not null,
    verzonden_op    date          not null,
    geplaatst_op    timestamptz   not null default now(),
    geplaatst_door  varchar(200)  not null,
    unique (soort, onderwerp, contact_id)
);
create index herinnering_provincie_idx on herinnering (provincie_code, verzonden_op);
