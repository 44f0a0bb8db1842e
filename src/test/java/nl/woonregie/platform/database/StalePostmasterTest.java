package nl.woonregie.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a {@code kill -9} of the application its PostgreSQL server keeps running with its {@code postmaster.pid}.
 * The next start must stop it and start again on the same data, losing nothing that was committed.
 */
class StalePostmasterTest {

    @TempDir
    Path dir;

    @Test
    void achtergebleven_server_wordt_gestopt_en_de_data_blijft() throws Exception {
        Path cluster = dir.resolve("postgres");
        Files.createDirectories(cluster);
        // the application, in its own JVM, is killed with SIGKILL: its PostgreSQL server stays behind
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), VerlatenServer.class.getName(), cluster.toString())
                .redirectErrorStream(true).start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(app.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.contains("GEREED")) {
                // wait until the server runs and the row is committed
            }
            assertThat(line).as("child JVM output").isNotNull();
            app.destroyForcibly().waitFor();
        }
        long pid = Long.parseLong(Files.readAllLines(cluster.resolve("postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(pid)).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

        StalePostmaster.clear(cluster);

        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(cluster.resolve("postmaster.pid")).doesNotExist();
        try (EmbeddedPostgres opnieuw = EmbeddedPostgres.builder().setDataDirectory(cluster)
                .setCleanDataDirectory(false).start();
                Connection c = opnieuw.getPostgresDatabase().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id from bewaard")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(42);
        }
    }

    @Test
    void pid_bestand_van_een_verdwenen_proces_wordt_opgeruimd() throws Exception {
        Path cluster = dir.resolve("leeg");
        Files.createDirectories(cluster);
        Files.writeString(cluster.resolve("postmaster.pid"), "999999999\n" + cluster + "\n");
        StalePostmaster.clear(cluster);
        assertThat(cluster.resolve("postmaster.pid")).doesNotExist();
    }
}
