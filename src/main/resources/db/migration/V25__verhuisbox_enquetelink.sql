-- The client survey filled in by the client: a one-time link (token) the casemanager hands over. Only the SHA-256 of
-- the token is stored; a link expires, is used once, and a new link for the case withdraws the older unused one.
create table vhb_enquetelink (
    id              bigint generated always as identity primary key,
    casus_id        bigint       not null references vhb_casus (id),
    token_sha256    bytea        not null unique,
    geldig_tot      date         not null,
    aangemaakt_door varchar(200) not null,
    aangemaakt_op   timestamptz  not null default now(),
    gebruikt_op     timestamptz,
    ingetrokken_op  timestamptz
);
create index vhb_enquetelink_casus_idx on vhb_enquetelink (casus_id);
