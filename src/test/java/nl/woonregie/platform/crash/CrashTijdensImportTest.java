package nl.woonregie.platform.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application is killed with SIGKILL while it stores a large COA import; after a restart on the same data
 * nothing of that import is there (no half state), and the same file then imports completely.
 */
class CrashTijdensImportTest {

    static final String WACHTWOORD = "crash-test-wachtwoord";

    @TempDir
    Path dir;

    @Test
    void kill_9_midden_in_een_import_laat_niets_half_achter() throws Exception {
        byte[] csv = grootBestand();
        AppProces app = AppProces.start(dir.resolve("data"), WACHTWOORD);
        try {
            HttpClient http = HttpClient.newHttpClient();
            CompletableFuture<HttpResponse<String>> bezig = http.sendAsync(importVerzoek(app, csv),
                    HttpResponse.BodyHandlers.ofString());
            // wait until PostgreSQL is executing the inserts of this import, then kill the application
            boolean gezien = false;
            Instant tot = Instant.now().plusSeconds(90);
            try (Connection c = app.superuser(); Statement st = c.createStatement()) {
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

        AppProces opnieuw = AppProces.start(dir.resolve("data"), WACHTWOORD);
        try {
            assertThat(opnieuw.log()).anyMatch(l -> l.contains("from an earlier run still uses"));
            assertThat(opnieuw.tel("select count(*) from coa_stand where periode = '2060-I'")).isZero();
            assertThat(opnieuw.tel("select count(*) from cijfer_import where soort = 'COA_STAND'")).isZero();
            HttpResponse<String> r = HttpClient.newHttpClient().send(importVerzoek(opnieuw, csv),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            assertThat(opnieuw.tel("select count(*) from coa_stand where periode = '2060-I'")).isEqualTo(rijen());
        } finally {
            opnieuw.stop();
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

    HttpRequest importVerzoek(AppProces app, byte[] csv) {
        return HttpRequest.newBuilder(app.uri("/api/v1/coa-standen/import"))
                .header("Content-Type", "text/csv")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("beheerder:" + WACHTWOORD).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build();
    }
}
