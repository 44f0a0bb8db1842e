package nl.woonregie.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.woonregie.support.BrowserTest;
import nl.woonregie.support.RuwHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every answer of the API carries {@code API-Version} with the API's full version: success, download, every error
 * the application gives (the security filter's 401 and 403, a 404 without a controller, a 405, a service's 400) and
 * the errors Tomcat gives before the application sees the request. Pages do not.
 */
@BrowserTest
class ApiVersieTest {

    static final String[] TOEZICHT_ZH = {"Authorization", RuwHttp.basic("toezicht-zh", BrowserTest.DEMO_WACHTWOORD)};
    static final String[] COA = {"Authorization", RuwHttp.basic("coa", BrowserTest.DEMO_WACHTWOORD)};

    @LocalServerPort
    int poort;

    @Value("${woonregie.api.versie}")
    String versie;

    @Test
    void de_versie_is_de_semantische_versie_uit_een_eigenschap() {
        assertThat(versie).isEqualTo("1.48.0");
    }

    @Test
    void elk_api_antwoord_van_de_applicatie_heeft_api_version() throws IOException {
        RuwHttp http = new RuwHttp(poort);
        byte[] ongeldig = "{\"beleidskader\": \"bestaat-niet\"}".getBytes(StandardCharsets.UTF_8);
        List<Object[]> gevallen = List.of(
                new Object[] {http.stuur("GET", "/api/v1/gemeenten?provincie=PV28", List.<String[]>of(TOEZICHT_ZH),
                        null), 200},
                new Object[] {http.stuur("GET", "/api/v1/provincies/PV28/overzicht.xlsx?peildatum=2023-01-01",
                        List.<String[]>of(TOEZICHT_ZH), null), 200},
                new Object[] {http.stuur("GET", "/api/v1/openapi.json", List.of(), null), 200},
                new Object[] {http.stuur("POST", "/api/v1/toezicht/simulaties",
                        List.<String[]>of(new String[] {"Content-Type", "application/json"}), ongeldig), 400},
                new Object[] {http.stuur("GET", "/api/v1/gemeenten", List.of(), null), 401},
                new Object[] {http.stuur("GET", "/api/v1/gemeenten", List.<String[]>of(new String[] {"Authorization",
                        RuwHttp.basic("bestaat-niet-" + System.nanoTime(), "fout")}), null), 401},
                new Object[] {http.stuur("GET", "/api/v1/audit", List.<String[]>of(COA), null), 403},
                new Object[] {http.stuur("GET", "/api/v1/gemeenten/GM9999", List.<String[]>of(TOEZICHT_ZH), null),
                        404},
                new Object[] {http.stuur("GET", "/api/v1/bestaat-niet", List.<String[]>of(TOEZICHT_ZH), null), 404},
                new Object[] {http.stuur("DELETE", "/api/v1/gemeenten", List.<String[]>of(TOEZICHT_ZH), null), 405});
        for (Object[] g : gevallen) {
            RuwHttp.Antwoord a = (RuwHttp.Antwoord) g[0];
            assertThat(a.status()).as(a.tekst()).isEqualTo(g[1]);
            assertThat(a.koppen()).as("status %s", g[1]).containsEntry("api-version", versie);
        }
    }

    @Test
    void ook_de_fouten_die_tomcat_zelf_geeft_hebben_api_version() throws IOException {
        RuwHttp http = new RuwHttp(poort);
        for (RuwHttp.Antwoord a : List.of(
                http.stuur("GET", "/api/v1/gemeenten/%zz", List.of(), null),
                http.stuur("GET", "/api/v1/gemeenten/%00", List.of(), null),
                http.stuur("GET", "/api/v1/" + "a".repeat(9_000), List.of(), null),
                http.stuur("GET", "/api/v1/gemeenten", List.<String[]>of(new String[] {"X-Lang", "x".repeat(20_000)}),
                        null))) {
            assertThat(a.status()).as(a.tekst()).isBetween(400, 499);
            assertThat(a.contentType()).startsWith("application/problem+json");
            assertThat(a.koppen()).containsEntry("api-version", versie);
        }
    }

    @Test
    void paginas_hebben_geen_api_version() throws IOException {
        RuwHttp.Antwoord a = new RuwHttp(poort).stuur("GET", "/inloggen", List.of(), null);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.koppen()).doesNotContainKey("api-version");
    }

    @Test
    void een_api_versie_die_geen_semver_is_of_een_adres_zonder_hoofdversie_houdt_de_start_tegen() {
        assertThatThrownBy(() -> new ApiVersie("v1", "", "http://localhost:8080"))
                .hasMessageContaining("woonregie.api.versie");
        assertThatThrownBy(() -> new ApiVersie("1.0.0-SNAPSHOT.", "", "http://localhost:8080"))
                .hasMessageContaining("woonregie.api.versie");
        assertThatThrownBy(() -> new ApiVersie("1.48.0", "https://woonregie.provincie.nl/api", "http://x"))
                .hasMessageContaining("/v1");
        assertThatThrownBy(() -> new ApiVersie("2.0.0", "https://woonregie.provincie.nl/api/v1", "http://x"))
                .hasMessageContaining("/v2");
        assertThat(new ApiVersie("1.2.3", "", "https://woonregie.provincie.nl/").basisUrl())
                .isEqualTo("https://woonregie.provincie.nl/api/v1");
        assertThat(new ApiVersie("1.2.3", "https://api.provincie.nl/woonregie/v1/", "http://x").basisUrl())
                .isEqualTo("https://api.provincie.nl/woonregie/v1");
    }
}
