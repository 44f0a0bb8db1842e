package nl.woonregie.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.woonregie.support.IntegratieTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Migration 40 gives every account its role and scope as its first assignment, the account requests for a new account
 * the assignment they asked for, and ends every session (a stored session held the account with one role).
 */
@IntegratieTest
class ToewijzingenMigratieTest {

    static final String DEZE = "40";

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    List<JavaMigration> javaMigraties;

    private Flyway flyway(DataSource ds, String doel) {
        return Flyway.configure().dataSource(ds).locations("classpath:db/migration")
                .javaMigrations(javaMigraties.toArray(JavaMigration[]::new))
                .placeholders(java.util.Map.of("applicatierol", "woonregie_app")).target(doel).load();
    }

    @Test
    void elk_account_krijgt_zijn_rol_en_scope_als_eerste_toewijzing() throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("drop database if exists migratie_toewijzingen");
            s.execute("create database migratie_toewijzingen");
        }
        DataSource ds = postgres.getDatabase("postgres", "migratie_toewijzingen");
        MigrationVersion deze = MigrationVersion.fromVersion(DEZE);
        MigrationVersion voor = Arrays.stream(flyway(ds, DEZE).info().all()).map(MigrationInfo::getVersion)
                .filter(v -> v != null && v.compareTo(deze) < 0).max(MigrationVersion::compareTo).orElseThrow();
        flyway(ds, voor.getVersion()).migrate();
        JdbcClient db = JdbcClient.create(ds);
        long team = db.sql("select id from vhb_team where naam = 'Den Haag'").query(Long.class).single();
        db.sql("""
                insert into gebruiker (gebruikersnaam, wachtwoord_hash, rol, provincie_code, gemeente_code, team_id)
                values ('b', 'x', 'BEHEERDER', null, null, null), ('t', 'x', 'TOEZICHTHOUDER', 'PV28', null, null),
                       ('g', 'x', 'GEMEENTE', null, 'GM0518', null), ('c', 'x', 'COA', null, null, null),
                       ('cm', 'x', 'CASEMANAGER', null, null, ?)""").param(team).update();
        long beheerder = db.sql("select id from gebruiker where gebruikersnaam = 'b'").query(Long.class).single();
        db.sql("""
                insert into accountverzoek (soort, gebruikersnaam, rol, team_id, gebruiker_id, aangevraagd_door,
                    aangevraagd_door_id, aangevraagd_op)
                values ('NIEUW_ACCOUNT', 'nieuw', 'CONSULENT', ?, null, 'b', ?, now()),
                       ('WACHTWOORD_HERSTEL', 'cm', 'CASEMANAGER', ?, (select id from gebruiker where gebruikersnaam = 'cm'),
                        'b', ?, now())""").params(team, beheerder, team, beheerder).update();
        db.sql("""
                insert into spring_session (primary_id, session_id, creation_time, last_access_time,
                    max_inactive_interval, expiry_time, principal_name)
                values ('00000000-0000-0000-0000-000000000001', 's1', 0, 0, 1800, 0, 'g')""").update();

        flyway(ds, DEZE).migrate();

        assertThat(db.sql("""
                select g.gebruikersnaam || ' ' || t.rol || ' ' || coalesce(t.provincie_code, '-') || ' '
                       || coalesce(t.gemeente_code, '-') || ' ' || coalesce(t.team_id::text, '-') || ' ' || t.bron
                from toewijzing t join gebruiker g on g.id = t.gebruiker_id order by g.gebruikersnaam""")
                .query(String.class).list()).containsExactly("b BEHEERDER - - - BEHEER", "c COA - - - BEHEER",
                        "cm CASEMANAGER - - " + team + " BEHEER", "g GEMEENTE - GM0518 - BEHEER",
                        "t TOEZICHTHOUDER PV28 - - BEHEER");
        assertThat(db.sql("select column_name from information_schema.columns where table_name = 'gebruiker' "
                + "and column_name in ('rol', 'provincie_code', 'gemeente_code', 'team_id')").query(String.class)
                .list()).isEmpty();
        assertThat(db.sql("""
                select v.soort || ' ' || coalesce(t.rol, '-') || ' ' || coalesce(t.team_id::text, '-')
                from accountverzoek v left join accountverzoek_toewijzing t on t.verzoek_id = v.id order by v.id""")
                .query(String.class).list()).containsExactly("NIEUW_ACCOUNT CONSULENT " + team,
                        "WACHTWOORD_HERSTEL - -");
        assertThat(db.sql("select count(*) from spring_session").query(Long.class).single()).isZero();
    }
}
