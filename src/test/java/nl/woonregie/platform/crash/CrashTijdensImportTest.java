package nl.woonregie.platform.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application is killed with SIGKILL while it stores a large COA import; after a restart on the same data
 * nothing of that import is there (no half state), and the same file then imports completely.
 */
class CrashTijdensImportTest {

    static final String WACHTWOORD = "crash-test-wachtwoord";
    static final Pattern POORT = Pattern.compile("Embedded PostgreSQL started on port (\\d+)");

    @TempDir
    Path dir;

    record App(Process proces, int poort, int pgPoort, List<String> log) {
    }

    @Test
    void kill_9_midden_in_een_import_laat_niets_half_achter() throws Exception {
        byte[] csv = grootBestand();
        App app = start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            CompletableFuture<HttpResponse<String>> bezig = http.sendAsync(importVerzoek(app, csv),
                    HttpResponse.BodyHandlers.ofString());
            // wait until PostgreSQL is executing the inserts of this import, then kill the application
            boolean gezien = false;
            Instant tot = Instant.now().plusSeconds(90);
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + app.pgPoort()
                    + "/postgres", "postgres", ""); Statement st = c.createStatement()) {
                while (!gezien && Instant.now().isBefore(tot) && !bezig.isDone()) {
                    try (ResultSet rs = st.executeQuery("select count(*) from pg_stat_activity where state = 'active' "
                            + "and query like 'insert into coa_stand%'")) {
                        rs.next();
                        gezien = rs.getLong(1) > 0;
                    }
                }
            }
            assertThat(gezien).as("the import was storing rows when the application was killed").isTrue();
            app.proces().destroyForcibly().waitFor();
        } finally {
            app.proces().destroyForcibly().waitFor();
        }

        App opnieuw = start();
        try {
            assertThat(opnieuw.log()).anyMatch(l -> l.contains("from an earlier run still uses"));
            assertThat(tel(opnieuw.pgPoort(), "select count(*) from coa_stand where periode = '2060-I'")).isZero();
            assertThat(tel(opnieuw.pgPoort(), "select count(*) from cijfer_import where soort = 'COA_STAND'")).isZero();
            HttpResponse<String> r = HttpClient.newHttpClient().send(importVerzoek(opnieuw, csv),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            assertThat(tel(opnieuw.pgPoort(), "select count(*) from coa_stand where periode = '2060-I'"))
                    .isEqualTo(rijen());
        } finally {
            opnieuw.proces().destroy();
            opnieuw.proces().waitFor();
        }
    }

    static List<String> gemeenten() throws IOException {
        try (var in = CrashTijdensImportTest.class.getResourceAsStream("/referentiedata/gemeenten-2024.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .map(l -> l.substring(0, 6)).toList();
        }
    }

    static long rijen() throws IOException {
        return gemeenten().size() * 181L;
    }

    /** Every municipality, every day of 2060-I: 342 × 181 = 61,902 rows, several seconds of work to store. */
    static byte[] grootBestand() throws IOException {
        StringBuilder sb = new StringBuilder("gemeente;periode;datum;gehuisvest;koppelingen;omkoppelingen;stapelgemeente\n");
        for (String g : gemeenten()) {
            LocalDate d = LocalDate.of(2060, 1, 1);
            for (int i = 0; i < 181; i++) {
                sb.append(g).append(";2060-I;").append(d.plusDays(i)).append(';').append(i).append(';')
                        .append(200 - i).append(";0;nee\n");
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    HttpRequest importVerzoek(App app, byte[] csv) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.poort() + "/api/v1/coa-standen/import"))
                .header("Content-Type", "text/csv")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("beheerder:" + WACHTWOORD).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build();
    }

    App start() throws Exception {
        int poort;
        try (ServerSocket s = new ServerSocket(0)) {
            poort = s.getLocalPort();
        }
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "nl.woonregie.WoonregieApplication",
                "--server.port=" + poort, "--woonregie.data-dir=" + dir.resolve("data"),
                "--spring.main.banner-mode=off").redirectErrorStream(true);
        pb.environment().put("WOONREGIE_ADMIN_PASSWORD", WACHTWOORD);
        Process p = pb.start();
        List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
        int[] pg = {0};
        Thread lezer = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
                String regel;
                while ((regel = in.readLine()) != null) {
                    log.add(regel);
                    Matcher m = POORT.matcher(regel);
                    if (m.find()) {
                        pg[0] = Integer.parseInt(m.group(1));
                    }
                }
            } catch (IOException e) {
                // process ended
            }
        });
        lezer.setDaemon(true);
        lezer.start();
        HttpClient http = HttpClient.newHttpClient();
        Instant tot = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(tot)) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + poort + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.body().contains("UP")) {
                    return new App(p, poort, pg[0], log);
                }
            } catch (IOException e) {
                // not up yet
            }
            if (!p.isAlive()) {
                throw new IllegalStateException("application ended: " + String.join("\n", log));
            }
            Thread.sleep(200);
        }
        p.destroyForcibly();
        throw new IllegalStateException("application did not start: " + String.join("\n", log));
    }

    static long tel(int pgPoort, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + pgPoort + "/postgres",
                "postgres", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
