package nl.woonregie.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.woonregie.WoonregieApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Operations, over real HTTP against the application on its own database: the Prometheus metrics are closed to
 * anonymous callers and to every account but BEHEERDER, open to a scrape with the configured token (which opens
 * nothing else), and show requests, sign-ins, imports, backups and the connection pool; readiness follows the
 * database (the last test stops the database: readiness DOWN, liveness still UP).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MeetwaardenEnGereedheidTest {

    static final String TOKEN = "scrape-token-van-de-test-0123456789abcdef";
    static final String BEHEERDER = "beheerder-wachtwoord-van-de-test";

    ConfigurableApplicationContext app;
    Path data;
    String basis;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() throws Exception {
        data = Files.createTempDirectory("woonregie-test-meetwaarden-");
        app = new SpringApplicationBuilder(WoonregieApplication.class).run("--woonregie.data-dir=" + data,
                "--woonregie.embedded.tijdelijk=true", "--woonregie.embedded.duurzaam=false",
                "--woonregie.wachtwoorden.argon2-geheugen-kib=1024", "--WOONREGIE_ADMIN_PASSWORD=" + BEHEERDER,
                // Basic for the administrator (the shipped default asks a second step of it, tested in TotpContext)
                "--woonregie.totp.verplicht-voor=",
                "--woonregie.metrics.token=" + TOKEN, "--server.port=0", "--woonregie.backup.schema=-",
                "--woonregie.backup.map=" + data + "-backup");
        basis = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @AfterAll
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (Files.exists(Path.of(data + "-backup"))) {
            try (var p = Files.walk(Path.of(data + "-backup"))) {
                p.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    HttpResponse<String> get(String pad, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(basis + pad));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String naam, String wachtwoord) {
        return "Basic " + Base64.getEncoder().encodeToString((naam + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @Order(1)
    void de_meetwaarden_zijn_alleen_voor_de_beheerder_en_de_scrape_met_het_token() throws Exception {
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "Bearer " + TOKEN.substring(1) + "x").statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", basic("beheerder", "fout-wachtwoord-123")).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", basic("beheerder", BEHEERDER)).statusCode()).isEqualTo(200);
        HttpResponse<String> scrape = get("/actuator/prometheus", "Bearer " + TOKEN);
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        // the token opens nothing else
        assertThat(get("/api/v1/gebruikers", "Bearer " + TOKEN).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/audit", "Bearer " + TOKEN).statusCode()).isEqualTo(401);
    }

    @Test
    @Order(2)
    void de_meetwaarden_tonen_verzoeken_aanmeldingen_imports_backups_en_de_verbindingen() throws Exception {
        HttpResponse<String> importeren = http.send(HttpRequest.newBuilder(URI.create(basis
                + "/api/v1/taakstellingen/import")).header("Authorization", basic("beheerder", BEHEERDER))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("gemeente;periode;taakstelling\nGM0518;2023-I;12\n"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(importeren.statusCode()).as(importeren.body()).isEqualTo(201);
        http.send(HttpRequest.newBuilder(URI.create(basis + "/api/v1/taakstellingen/import"))
                .header("Authorization", basic("beheerder", BEHEERDER)).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("gemeente;periode;taakstelling\nGM9999;2023-I;-1\n"))
                .build(), HttpResponse.BodyHandlers.ofString());
        app.getBean(nl.woonregie.platform.database.Backups.class).maak();

        String m = get("/actuator/prometheus", "Bearer " + TOKEN).body();
        assertThat(m).contains("http_server_requests_seconds_count{")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/v1/taakstellingen/import\"")
                .containsPattern("woonregie_audit_gebeurtenissen_total\\{actie=\"AANGEMELD\",application=\"woonregie\"\\} 1")
                .containsPattern("woonregie_audit_gebeurtenissen_total\\{actie=\"AANMELDEN_MISLUKT\"[^}]*\\} 1")
                .containsPattern("woonregie_toezicht_import_seconds_count\\{[^}]*soort=\"TAAKSTELLING\",uitkomst=\"opgeslagen\"\\} 1")
                .containsPattern("woonregie_toezicht_import_seconds_count\\{[^}]*soort=\"TAAKSTELLING\",uitkomst=\"geweigerd\"\\} 1")
                .containsPattern("woonregie_database_backup_seconds_count\\{[^}]*uitkomst=\"gelukt\"\\} 1")
                .containsPattern("woonregie_database_backup_laatste_seconds\\{[^}]*\\} 1\\.[0-9]+E9")
                .contains("hikaricp_connections_active{");
    }

    @Test
    @Order(3)
    void alleen_gereed_zolang_de_database_antwoordt() throws Exception {
        assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
        app.getBean(EmbeddedPostgres.class).close();
        HttpResponse<String> gereed = get("/actuator/health/readiness", null);
        assertThat(gereed.statusCode()).isEqualTo(503);
        assertThat(gereed.body()).contains("DOWN");
        assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
    }
}
