package nl.woonregie.platform.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 201 means stored: the application (in its own JVM, configured as in production) confirms five writes, then the
 * JVM and every PostgreSQL process are killed with SIGKILL at once, before anything could be flushed later; after a
 * restart on the same data all five writes and their five audit entries are there.
 *
 * <p>With zonky's defaults ({@code synchronous_commit=off}, {@code fsync=off}) a commit was confirmed before its WAL
 * was written: killed within 0–34 ms, 0 of 5 writes survived (issue 13). A kill cannot show the loss of data the
 * operating system had not yet written to disk ({@code fsync}); that the server runs with {@code fsync},
 * {@code synchronous_commit} and {@code full_page_writes} on is checked here as well.
 */
class BevestigdIsBewaardTest {

    static final String WACHTWOORD = "crash-test-wachtwoord";
    static final int SCHRIJVINGEN = 5;

    @TempDir
    Path dir;

    @Test
    void vijf_bevestigde_schrijvingen_overleven_kill_9_van_applicatie_en_database() throws Exception {
        Path data = dir.resolve("data");
        AppProces app = AppProces.start(data, WACHTWOORD);
        List<String> namen = new ArrayList<>();
        try {
            assertThat(app.waarde("show fsync")).isEqualTo("on");
            assertThat(app.waarde("show synchronous_commit")).isEqualTo("on");
            assertThat(app.waarde("show full_page_writes")).isEqualTo("on");
            // the server's processes, listed before the writes: listing them takes longer than the kill may wait
            List<ProcessHandle> postgres = new ArrayList<>(app.postmaster().descendants().toList());
            postgres.add(app.postmaster());
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 1; i <= SCHRIJVINGEN; i++) {
                String naam = "bewaard-" + i;
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(app.uri("/api/v1/gebruikers"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Basic " + Base64.getEncoder()
                                .encodeToString(("beheerder:" + WACHTWOORD).getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.ofString("""
                                {"gebruikersnaam": "%s", "wachtwoord": "%s", "rol": "COA"}"""
                                .formatted(naam, UUID.randomUUID()))).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                namen.add(naam);
            }
            // right after the fifth 201: every PostgreSQL process (server, WAL writer, backends), then the application
            long bevestigd = System.nanoTime();
            postgres.forEach(ProcessHandle::destroyForcibly);
            app.proces().destroyForcibly();
            long gedood = System.nanoTime();
            for (ProcessHandle p : postgres) {
                p.onExit().join();
            }
            app.proces().waitFor();
            System.out.printf("BevestigdIsBewaardTest: %d PostgreSQL processes and the application killed %.1f ms "
                    + "after the fifth 201%n", postgres.size(), (gedood - bevestigd) / 1e6);
        } finally {
            app.proces().destroyForcibly().waitFor();
        }

        AppProces opnieuw = AppProces.start(data, WACHTWOORD);
        try {
            String lijst = "('" + String.join("', '", namen) + "')";
            assertThat(opnieuw.tel("select count(*) from gebruiker where gebruikersnaam in " + lijst))
                    .isEqualTo(SCHRIJVINGEN);
            assertThat(opnieuw.tel("select count(*) from audit_log where actie = 'GEBRUIKER_AANGEMAAKT' "
                    + "and object_id in " + lijst)).isEqualTo(SCHRIJVINGEN);
        } finally {
            opnieuw.stop();
        }
    }
}
