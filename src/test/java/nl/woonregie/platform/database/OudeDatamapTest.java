package nl.woonregie.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

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

/**
 * A data directory of an earlier version (zonky's cluster: {@code trust} for every connection, the unix socket in
 * {@code /tmp}, only the superuser {@code postgres}, which owns every table) is secured at the next start, as the
 * application starts it (durable, not temporary), and keeps its data.
 */
@IntegratieTest
class OudeDatamapTest {

    @Autowired
    List<JavaMigration> javaMigraties;

    @TempDir
    Path dir;

    FluentConfiguration migraties() {
        return Flyway.configure().locations("classpath:db/migration")
                .javaMigrations(javaMigraties.toArray(JavaMigration[]::new));
    }

    @Test
    void een_oude_datamap_wordt_bij_de_volgende_start_beveiligd_en_houdt_zijn_gegevens() throws Exception {
        Path cluster = dir.resolve("postgres");
        Files.createDirectories(cluster);
        // the earlier version: zonky's defaults, schema version 29 migrated as postgres, a row in the audit trail
        try (EmbeddedPostgres oud = EmbeddedPostgres.builder().setDataDirectory(cluster).setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "localhost").setLocaleConfig("encoding", "UTF8")
                .setRegisterShutdownHook(false).start()) {
            DataSource ds = oud.getPostgresDatabase();
            migraties().dataSource(ds).target("29").load().migrate();
            JdbcClient.create(ds).sql("insert into audit_log (actor, actie, object_type, object_id) "
                    + "values ('oude-versie', 'OUD', 'test', '1')").update();
            try (Connection zonderWachtwoord = DriverManager.getConnection(
                    "jdbc:postgresql://localhost:" + oud.getPort() + "/postgres", "postgres", "")) {
                assertThat(zonderWachtwoord.isValid(1)).as("the old cluster trusts everyone").isTrue();
            }
        }
        assertThat(Files.readString(cluster.resolve("pg_hba.conf"))).contains("trust");

        // the next start, exactly as the application starts
        EmbeddedPostgresConfiguration configuratie = new EmbeddedPostgresConfiguration();
        DataMap data = new DataMap(dir.toString());
        DatabaseSecrets secrets = configuratie.databaseSecrets(data);
        try (EmbeddedPostgres nieuw = configuratie.embeddedPostgres(data, secrets, false, true,
                new TemporaryCluster(), Restore.GEEN)) {
            FluentConfiguration flyway = migraties();
            configuratie.flywayAsOwner(nieuw, secrets).customize(flyway);
            flyway.load().migrate();
            String url = "jdbc:postgresql://localhost:" + nieuw.getPort() + "/postgres";

            assertThat(Files.readString(cluster.resolve("pg_hba.conf"))).isEqualTo(ClusterAccess.HBA);
            assertThat(Files.getPosixFilePermissions(data.pad(DatabaseSecrets.FILE)))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            for (String rol : List.of("postgres", DatabaseRoles.OWNER, DatabaseRoles.APP)) {
                assertThatThrownBy(() -> DriverManager.getConnection(url, rol, "").close()).as(rol)
                        .isInstanceOf(SQLException.class);
            }
            SingleConnectionDataSource superuser = new SingleConnectionDataSource(url, "postgres",
                    secrets.superuser(), true);
            SingleConnectionDataSource app = new SingleConnectionDataSource(url, DatabaseRoles.APP, secrets.app(),
                    true);
            try {
                JdbcClient su = JdbcClient.create(superuser);
                assertThat(su.sql("show unix_socket_directories").query(String.class).single()).isEmpty();
                assertThat(su.sql("show fsync").query(String.class).single()).isEqualTo("on");
                assertThat(su.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
                assertThat(su.sql("""
                        select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = 'public' and c.relowner <> ?::regrole""").param(DatabaseRoles.OWNER)
                        .query(Long.class).single()).as("objects in public not owned by the owner role").isZero();
                assertThat(su.sql("""
                        select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                        where n.nspname = 'public' and p.proowner <> ?::regrole""").param(DatabaseRoles.OWNER)
                        .query(Long.class).single()).as("functions in public not owned by the owner role").isZero();
                assertThat(su.sql("select installed_by from flyway_schema_history where version = '30'")
                        .query(String.class).single()).isEqualTo(DatabaseRoles.OWNER);

                JdbcClient a = JdbcClient.create(app);
                assertThat(a.sql("select actor from audit_log where actie = 'OUD'").query(String.class).single())
                        .isEqualTo("oude-versie");
                assertThat(a.sql("select count(*) from gemeente").query(Long.class).single()).isGreaterThan(300);
                assertThatThrownBy(() -> a.sql("alter table audit_log disable trigger all").update()).rootCause()
                        .hasMessageContaining("must be owner of table audit_log");
                assertThatThrownBy(() -> a.sql("delete from audit_log").update()).rootCause()
                        .hasMessageContaining("permission denied for table audit_log");
            } finally {
                superuser.destroy();
                app.destroy();
            }
        }
        // and it starts again the same way (nothing left to upgrade)
        try (EmbeddedPostgres weer = new EmbeddedPostgresConfiguration().embeddedPostgres(new DataMap(dir.toString()),
                DatabaseSecrets.readOrCreate(dir.resolve(DatabaseSecrets.FILE)), false, true, new TemporaryCluster(), Restore.GEEN);
                Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + weer.getPort()
                        + "/postgres", DatabaseRoles.APP, secrets.app())) {
            assertThat(c.isValid(1)).isTrue();
        }
    }
}
