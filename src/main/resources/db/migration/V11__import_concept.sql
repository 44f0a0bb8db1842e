-- A checked but not yet confirmed upload of the import page ("check, then confirm"). Removed when confirmed or
-- discarded, and after a day at the latest.
create table import_concept (
    id             bigint generated always as identity primary key,
    soort          varchar(30)  not null,
    bestandsnaam   varchar(300),
    formaat        varchar(10)  not null,
    inhoud         bytea        not null,
    sha256         char(64)     not null,
    gebruiker      varchar(200) not null,
    reden          varchar(2000),
    aangemaakt_op  timestamptz  not null default now()
);
