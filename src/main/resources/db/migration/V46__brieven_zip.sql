-- The ZIP of all letters of a round, made by a background job (platform.achtergrond) and kept in the database, so
-- that its progress and the file itself are the same on every instance and survive a restart. One row per round:
-- the latest ZIP, replaced by the next. Owned by brieven. (Before, progress lived in one instance's memory and the
-- file on its disk.)
create table brief_zip (
    ronde_id     bigint       primary key references beoordelingsronde (id),
    ronde_versie int          not null,
    ronde_status varchar(20)  not null,
    status       varchar(10)  not null check (status in ('BEZIG', 'KLAAR', 'MISLUKT')),
    totaal       int          not null check (totaal >= 0),
    klaar        int          not null default 0 check (klaar >= 0),
    mislukt      text         not null default '[]',
    sha256       char(64) check (sha256 ~ '^[0-9a-f]{64}$'),
    zip          bytea,
    gestart_op   timestamptz  not null,
    gereed_op    timestamptz,
    gestart_door varchar(200) not null,
    check (status <> 'KLAAR' or zip is not null and sha256 is not null)
);
