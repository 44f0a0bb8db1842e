package nl.woonregie.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.Migraties;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The README's set-up of an external PostgreSQL, run as written there (the SQL block under "External PostgreSQL", with
 * passwords filled in) on a server of its own; then Flyway migrates as the owner role, as Spring Boot does with
 * {@code SPRING_FLYWAY_USER}, with the datasource user as application role. The application role can then work
 * with rows and cannot switch off a trigger or change the audit trail.
 */
@IntegratieTest
class ExterneDatabaseTest {

    @Autowired
    List<JavaMigration> javaMigraties;

    @TempDir
    Path dir;

    /** The first SQL block after the heading "External PostgreSQL" in README.md. */
    static String readmeSql() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int kop = readme.indexOf("### External PostgreSQL");
        int start = readme.indexOf("```sql\n", kop) + "```sql\n".length();
        return readme.substring(start, readme.indexOf("```", start));
    }

    @Test
    void de_opzet_uit_de_readme_geeft_een_eigenaar_en_een_applicatierol() throws Exception {
        String sql = readmeSql().replace("PASSWORD '…'", "PASSWORD 'geheim-uit-de-test'");
        assertThat(sql).contains("CREATE ROLE woonregie_eigenaar", "CREATE ROLE woonregie_app", "\\c woonregie");
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("extern"))
                .setServerConfig("listen_addresses", "localhost").setLocaleConfig("encoding", "UTF8")
                .setRegisterShutdownHook(false).start()) {
            String[] delen = sql.split("\\\\c woonregie\\s*\n");
            uitvoeren(server, "postgres", delen[0]);
            uitvoeren(server, "woonregie", delen[1]);
            String url = "jdbc:postgresql://localhost:" + server.getPort() + "/woonregie";

            Migraties.flyway(javaMigraties).dataSource(url, "woonregie_eigenaar", "geheim-uit-de-test").load()
                    .migrate();

            SingleConnectionDataSource ds = new SingleConnectionDataSource(url, "woonregie_app", "geheim-uit-de-test",
                    true);
            try {
                JdbcClient app = JdbcClient.create(ds);
                assertThat(app.sql("select count(*) from gemeente").query(Long.class).single()).isGreaterThan(300);
                app.sql("insert into audit_log (actor, actie, object_type, object_id) values ('t', 'T', 't', '1')")
                        .update();
                assertThatThrownBy(() -> app.sql("delete from audit_log").update()).rootCause()
                        .hasMessageContaining("permission denied for table audit_log");
                assertThatThrownBy(() -> app.sql("alter table audit_log disable trigger all").update()).rootCause()
                        .hasMessageContaining("must be owner of table audit_log");
                assertThatThrownBy(() -> app.sql("create table eigen (id int)").update()).rootCause()
                        .hasMessageContaining("permission denied for schema public");
            } finally {
                ds.destroy();
            }
        }
    }

    /** Runs the statements of {@code sql} (comments removed first, then split at semicolons) on {@code database}. */
    private static void uitvoeren(EmbeddedPostgres server, String database, String sql) throws Exception {
        String zonderCommentaar = String.join("\n", sql.lines().map(l -> l.replaceFirst("--.*$", "")).toList());
        try (Connection c = server.getDatabase("postgres", database).getConnection();
                Statement s = c.createStatement()) {
            for (String opdracht : zonderCommentaar.split(";")) {
                if (!opdracht.isBlank()) {
                    s.execute(opdracht.strip());
                }
            }
        }
    }
}
