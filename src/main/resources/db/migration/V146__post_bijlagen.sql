-- Attachments of a message of the outbox (platform.post, ADR 0015, ADR 0048): e.g. the frozen letter as PDF/A with the
-- cover e-mail of its sending. Stored with the message in the same transaction; sent with every attempt.
create table post_bijlage (
    id          bigint generated always as identity primary key,
    bericht_id  bigint        not null references post_bericht (id),
    volgorde    int           not null,
    naam        varchar(255)  not null,
    mediatype   varchar(100)  not null,
    inhoud      bytea         not null,
    unique (bericht_id, volgorde)
);
