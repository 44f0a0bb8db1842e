package nl.woonregie.verhuisbox;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * TEST-ONLY, temporary: creates the money tables of V23 (branch {@code geld}) when they are missing, with the same
 * columns and checks as V23, so that the report's money figures can be tested before both branches are merged.
 * Once V23 is on main this is a no-op (the tables exist) and can be removed.
 */
final class GeldTabellen {

    private GeldTabellen() {
    }

    static synchronized void zorgVoor(JdbcClient jdbc) {
        if (Boolean.TRUE.equals(jdbc.sql("select to_regclass('vhb_verstrekking') is not null").query(Boolean.class)
                .single())) {
            return;
        }
        jdbc.sql("""
                create table if not exists vhb_pot (
                    id               bigint generated always as identity primary key,
                    team_id          bigint        not null references vhb_team (id),
                    jaar             int           not null check (jaar between 2019 and 2100),
                    code             varchar(40)   not null check (code ~ '^[A-Z][A-Z0-9_]*$'),
                    naam             varchar(200)  not null,
                    bedrag           numeric(12, 2) not null check (bedrag >= 0),
                    waarschuwing_pct int           not null default 80,
                    bron             varchar(1000),
                    gewijzigd_door   varchar(200),
                    gewijzigd_op     timestamptz,
                    unique (team_id, jaar, code))""").update();
        jdbc.sql("""
                create table if not exists vhb_verstrekking (
                    id                   bigint generated always as identity primary key,
                    casus_id             bigint        not null references vhb_casus (id),
                    pot_id               bigint        not null references vhb_pot (id),
                    soort                varchar(40)   not null,
                    vorm                 varchar(10)   not null check (vorm in ('GIFT', 'LENING')),
                    bedrag               numeric(10, 2) not null check (bedrag > 0),
                    status               varchar(20)   not null check (status in ('VOORGESTELD', 'GOEDGEKEURD', 'AFGEWEZEN', 'BETAALD')),
                    omschrijving         varchar(300)  not null,
                    toelichting          varchar(2000),
                    waardendriehoek      varchar(2000),
                    gemeente             varchar(200)  not null,
                    eigen_gemeente       boolean       not null,
                    grondslag            varchar(1000) not null,
                    bezwaar              boolean       not null,
                    voorgesteld_door     varchar(200)  not null,
                    voorgesteld_door_id  bigint        not null references gebruiker (id),
                    voorgesteld_op       timestamptz   not null,
                    beoordeeld_door      varchar(200),
                    beoordeeld_door_id   bigint references gebruiker (id),
                    beoordeeld_op        timestamptz,
                    afwijzingsreden      varchar(2000),
                    ontvanger            varchar(200),
                    adres                varchar(300),
                    team_naam            varchar(100),
                    beschikkingsdatum    date,
                    betaald_door         varchar(200),
                    betaald_op           date,
                    betaalreferentie     varchar(100),
                    kenmerk              varchar(40) unique,
                    taak_id              bigint references vhb_taak (id),
                    check (beoordeeld_door_id is null or beoordeeld_door_id <> voorgesteld_door_id),
                    check ((status = 'BETAALD') = (betaald_op is not null and betaald_door is not null)))""").update();
        jdbc.sql("create index if not exists vhb_verstrekking_casus_idx on vhb_verstrekking (casus_id)").update();
        jdbc.sql("create index if not exists vhb_verstrekking_pot_idx on vhb_verstrekking (pot_id, status)").update();
        jdbc.sql("""
                create table if not exists vhb_overschrijding (
                    id               bigint generated always as identity primary key,
                    verstrekking_id  bigint        not null unique references vhb_verstrekking (id),
                    reden            varchar(2000) not null,
                    door             varchar(200)  not null,
                    op               timestamptz   not null default now())""").update();
    }
}
