-- Signing in with an identity provider over OpenID Connect (platform.security, ADR 0020). An account made at a
-- user's first sign-in through the provider is linked to the provider's identity of that user: the issuer and the
-- subject of its ID tokens, which never change (the name the provider shows may). One account, one identity. Such an
-- account has no password in Woonregie: it cannot sign in with the form or HTTP Basic.
alter table gebruiker alter column wachtwoord_hash drop not null;

create table externe_identiteit (
    id                  bigint generated always as identity primary key,
    gebruiker_id        bigint       not null unique references gebruiker (id) on delete cascade,
    -- the client registration it signed in through (spring.security.oauth2.client.registration.<id>)
    registratie         varchar(100) not null,
    uitgever            varchar(500) not null,
    onderwerp           varchar(255) not null,
    aangemaakt_op       timestamptz  not null default now(),
    laatst_aangemeld_op timestamptz,
    constraint externe_identiteit_uniek unique (uitgever, onderwerp)
);
