package nl.woonregie.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.woonregie.platform.core.DataMap;
import nl.woonregie.support.IntegratieTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.mock.env.MockEnvironment;

/**
 * A data directory that Woonregie made with PostgreSQL 14 (started as the previous version started it: secured, both
 * roles, migrated by Flyway as the owner, rows added by the application role) is upgraded at the next start: exported
 * with PostgreSQL 14's binaries, moved aside, and restored into a new PostgreSQL 17 cluster, with every row of every
 * table, the same passwords and the two roles. The backup command also reads such a directory while Woonregie is not
 * running (with the old binaries).
 */
@IntegratieTest
class PostgresUpgradeTest {

    @Autowired
    List<JavaMigration> javaMigraties;

    @TempDir
    Path dir;

    FluentConfiguration migraties() {
        return Flyway.configure().locations("classpath:db/migration")
                .javaMigrations(javaMigraties.toArray(JavaMigration[]::new));
    }

    static JdbcClient als(SingleConnectionDataSource ds) {
        return JdbcClient.create(ds);
    }

    static SingleConnectionDataSource verbinding(EmbeddedPostgres pg, String rol, String wachtwoord) {
        return new SingleConnectionDataSource("jdbc:postgresql://localhost:" + pg.getPort() + "/postgres", rol,
                wachtwoord, true);
    }

    @Test
    void een_datamap_van_postgresql_14_wordt_bij_de_start_bijgewerkt_en_houdt_elke_rij() throws Exception {
        Path data = dir.resolve("data");
        Path cluster = data.resolve("postgres");
        Files.createDirectories(data);
        DatabaseSecrets secrets = DatabaseSecrets.readOrCreate(data.resolve(DatabaseSecrets.FILE));
        EmbeddedPostgresConfiguration configuratie = new EmbeddedPostgresConfiguration();
        Map<String, String> voor;
        long laatsteAudit;
        // today's data directory: PostgreSQL 14, as the previous version of Woonregie made and used it
        try (EmbeddedPostgres oud = EmbeddedPostgresConfiguration.start(cluster, secrets, PostgresBinaries.PREVIOUS,
                false)) {
            FluentConfiguration flyway = migraties();
            configuratie.flywayAsOwner(oud, secrets).customize(flyway);
            flyway.load().migrate();
            SingleConnectionDataSource app = verbinding(oud, DatabaseRoles.APP, secrets.app());
            try {
                JdbcClient a = als(app);
                assertThat(a.sql("show server_version_num").query(Integer.class).single() / 10000).isEqualTo(14);
                for (int i = 0; i < 3; i++) {
                    a.sql("insert into audit_log (actor, actie, object_type, object_id, nieuwe_waarde, omschrijving) "
                            + "values ('versie-14', 'OUD', 'test', ?, ?::jsonb, ?)").params(String.valueOf(i),
                                    "{\"naam\": \"Zoë d'Ancona\", \"regels\": \"1\\n2\\t3 \\\\ \"}",
                                    "Oud, met een \\ en een tab\t").update();
                }
                laatsteAudit = a.sql("select max(id) from audit_log").query(Long.class).single();
                voor = BackupHerstelTest.opslag(a, laatsteAudit);
            } finally {
                app.destroy();
            }
        }
        assertThat(Files.readString(cluster.resolve("PG_VERSION")).strip()).isEqualTo("14");

        // the backup command on this directory while Woonregie is not running: with the old binaries
        Backups.Backup handmatig = BackupCommand.maak(new MockEnvironment()
                .withProperty("woonregie.data-dir", data.toString())
                .withProperty("woonregie.backup.map", dir.resolve("handmatig").toString()));
        assertThat(BackupFile.verify(handmatig.bestand()).postgresql()).startsWith("14.");
        assertThat(BackupCommand.runningPort(cluster)).isEmpty();

        // the next start, as the application starts
        DataMap map = new DataMap(data.toString());
        BackupDirectory backups = configuratie.backupDirectory(map, dir.resolve("backups").toString());
        DatabaseSecrets zelfde = configuratie.databaseSecrets(map);
        assertThat(zelfde).isEqualTo(secrets);
        Restore restore = configuratie.restore(map, zelfde, backups, "", Clock.systemUTC());
        try (EmbeddedPostgres nieuw = configuratie.embeddedPostgres(map, zelfde, false, true, new TemporaryCluster(),
                restore)) {
            FluentConfiguration flyway = migraties();
            configuratie.flywayAsOwner(nieuw, zelfde).customize(flyway);
            configuratie.flywayWithRestore(restore, nieuw).migrate(flyway.load());

            SingleConnectionDataSource app = verbinding(nieuw, DatabaseRoles.APP, secrets.app());
            SingleConnectionDataSource su = verbinding(nieuw, DatabaseRoles.SUPERUSER, secrets.superuser());
            try {
                JdbcClient a = als(app);
                assertThat(a.sql("show server_version_num").query(Integer.class).single() / 10000)
                        .isEqualTo(PostgresBinaries.CURRENT_MAJOR);
                assertThat(BackupHerstelTest.opslag(a, laatsteAudit)).isEqualTo(voor);
                assertThat(a.sql("select omschrijving from audit_log where actie = 'OUD' order by id limit 1")
                        .query(String.class).single()).isEqualTo("Oud, met een \\ en een tab\t");
                assertThatThrownBy(() -> a.sql("alter table audit_log disable trigger all").update()).rootCause()
                        .hasMessageContaining("must be owner of table audit_log");
                JdbcClient s = als(su);
                assertThat(s.sql("select count(*) from pg_roles where rolname in (?, ?) and not rolsuper")
                        .params(DatabaseRoles.OWNER, DatabaseRoles.APP).query(Long.class).single()).isEqualTo(2);
                assertThat(s.sql("""
                        select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = 'public' and c.relowner <> ?::regrole""").param(DatabaseRoles.OWNER)
                        .query(Long.class).single()).isZero();
                // a new row continues the sequence of the old cluster
                long id = a.sql("insert into audit_log (actor, actie, object_type) values ('versie-17', 'NIEUW', "
                        + "'test') returning id").query(Long.class).single();
                assertThat(id).isGreaterThan(laatsteAudit);
            } finally {
                app.destroy();
                su.destroy();
            }
            assertThat(restore.hersteld().reden()).isEqualTo("UPGRADE");
            assertThat(restore.hersteld().postgresql()).startsWith(PostgresBinaries.CURRENT_MAJOR + ".");
        }
        // the old cluster and its export stay until the operator removes them
        assertThat(Files.readString(data.resolve("postgres-14/PG_VERSION")).strip()).isEqualTo("14");
        assertThat(Files.list(dir.resolve("backups")).map(p -> p.getFileName().toString()).toList())
                .singleElement().asString().startsWith(PostgresUpgrade.PREFIX);
        assertThat(Backups.lijst(dir.resolve("backups"))).as("outside the retention").isEmpty();
        assertThat(data.resolve(RestoreOrder.FILE)).doesNotExist();

        // and the start after that finds nothing to do
        Restore geen = configuratie.restore(map, zelfde, backups, "", Clock.systemUTC());
        try (EmbeddedPostgres weer = configuratie.embeddedPostgres(map, zelfde, false, true, new TemporaryCluster(),
                geen)) {
            assertThat(geen.hersteld()).isNull();
            SingleConnectionDataSource app = verbinding(weer, DatabaseRoles.APP, secrets.app());
            try {
                assertThat(als(app).sql("select count(*) from audit_log where actie = 'NIEUW'").query(Long.class)
                        .single()).isEqualTo(1);
            } finally {
                app.destroy();
            }
        }
    }
}
