-- Account requests (platform.security): an account with a Verhuisbox role, or a new password for one, is asked for by
-- an administrator and takes effect only when the team's coordinator approves it (never the one who asked).
create table accountverzoek (
    id                  bigint generated always as identity primary key,
    soort               varchar(20)  not null check (soort in ('NIEUW_ACCOUNT', 'WACHTWOORD_HERSTEL')),
    gebruikersnaam      varchar(100) not null,
    rol                 varchar(30)  not null,
    -- the Verhuisbox team whose coordinator decides (vhb_team, checked through the Teams port)
    team_id             bigint       not null,
    -- the account: set at once for a reset, on approval for a new account
    gebruiker_id        bigint references gebruiker (id),
    status              varchar(20)  not null default 'INGEDIEND'
        check (status in ('INGEDIEND', 'GOEDGEKEURD', 'GEWEIGERD')),
    aangevraagd_door    varchar(200) not null,
    aangevraagd_door_id bigint       not null,
    aangevraagd_op      timestamptz  not null,
    beoordeeld_door     varchar(200),
    beoordeeld_door_id  bigint,
    beoordeeld_op       timestamptz,
    reden               varchar(1000),
    constraint accountverzoek_vier_ogen check (beoordeeld_door_id is null or beoordeeld_door_id <> aangevraagd_door_id),
    check (soort = 'NIEUW_ACCOUNT' or gebruiker_id is not null),
    check (status = 'INGEDIEND' or (beoordeeld_door is not null and beoordeeld_door_id is not null
        and beoordeeld_op is not null)),
    check (status <> 'GEWEIGERD' or reden is not null),
    check (status <> 'GOEDGEKEURD' or gebruiker_id is not null)
);
-- one open request per account name
create unique index accountverzoek_open_idx on accountverzoek (gebruikersnaam) where status = 'INGEDIEND';
create index accountverzoek_team_idx on accountverzoek (team_id, status);

-- One-time links to set a password: activating a new account, or a reset. Only the SHA-256 of the link's secret is
-- stored; a link is used once, and a newer link of the same account ends the older ones.
create table wachtwoordlink (
    id              bigint generated always as identity primary key,
    gebruiker_id    bigint       not null references gebruiker (id),
    doel            varchar(20)  not null check (doel in ('ACTIVEREN', 'HERSTELLEN')),
    token_hash      char(64)     not null unique,
    aangemaakt_door varchar(200) not null,
    aangemaakt_op   timestamptz  not null,
    geldig_tot      timestamptz  not null,
    gebruikt_op     timestamptz
);
create index wachtwoordlink_gebruiker_idx on wachtwoordlink (gebruiker_id) where gebruikt_op is null;
