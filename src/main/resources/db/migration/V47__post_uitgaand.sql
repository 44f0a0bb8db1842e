-- The durable outbox for mail (platform.post, ADR 0015): a message is stored, in the transaction of whatever caused
-- it, before any attempt to send it; a background job sends what is due over SMTP, and every attempt is recorded.
-- Without a mail server a message stays here, NIET_VERZONDEN; after the last attempt it is MISLUKT and the
-- administrator offers it again. Messages are never deleted by the application.
create table post_bericht (
    id              bigint generated always as identity primary key,
    aan             varchar(320)  not null,
    onderwerp       varchar(300)  not null,
    tekst           text          not null,
    html            text,
    sjabloon        varchar(100)  not null,
    status          varchar(16)   not null check (status in ('NIET_VERZONDEN', 'VERZONDEN', 'MISLUKT')),
    pogingen        int           not null default 0 check (pogingen >= 0),
    volgende_poging timestamptz   not null default now(),
    aangemaakt_op   timestamptz   not null default now(),
    aangemaakt_door varchar(200)  not null,
    verzonden_op    timestamptz,
    laatste_fout    varchar(2000),
    check (status <> 'VERZONDEN' or verzonden_op is not null)
);
create index post_bericht_te_verzenden_idx on post_bericht (volgende_poging) where status = 'NIET_VERZONDEN';

-- Every attempt to send a message: when, on which instance, to which server, and how it ended.
create table post_poging (
    id         bigint generated always as identity primary key,
    bericht_id bigint        not null references post_bericht (id),
    op         timestamptz   not null default now(),
    instantie  varchar(200)  not null,
    server     varchar(300)  not null,
    gelukt     boolean       not null,
    fout       varchar(2000)
);
create index post_poging_bericht_idx on post_poging (bericht_id, op);
