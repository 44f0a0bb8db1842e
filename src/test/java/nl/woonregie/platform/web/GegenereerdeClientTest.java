package nl.woonregie.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;

import nl.woonregie.client.ApiClient;
import nl.woonregie.client.ApiException;
import nl.woonregie.client.ApiResponse;
import nl.woonregie.client.api.BeoordelingsrondesApi;
import nl.woonregie.client.api.GebiedApi;
import nl.woonregie.client.api.ToezichtbrievenApi;
import nl.woonregie.client.api.WatAlsBerekeningApi;
import nl.woonregie.client.model.Eindoordeel;
import nl.woonregie.client.model.GemeenteOverzicht;
import nl.woonregie.client.model.GemeentenPagina;
import nl.woonregie.client.model.InvalidParam;
import nl.woonregie.client.model.Problem;
import nl.woonregie.client.model.RondeSamenvatting;
import nl.woonregie.client.model.SimulatieAntwoord;
import nl.woonregie.client.model.SimulatieEindstand;
import nl.woonregie.client.model.SimulatiePeriode;
import nl.woonregie.client.model.SimulatieTussenstand;
import nl.woonregie.client.model.SimulatieVerzoek;
import nl.woonregie.client.model.TussentijdseToets;
import nl.woonregie.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The OpenAPI document is usable as integrators use it: a Java client generated from the snapshot
 * ({@code docs/api/openapi.json}, by openapi-generator at build time, {@code nl.woonregie.client}) talks to the
 * running application — the what-if simulation, an authenticated list, a refused request with its invalid fields,
 * and a download. The server address of the document is replaced by the test application's, as an integrator
 * replaces it by the installation's.
 */
@BrowserTest
class GegenereerdeClientTest {

    @LocalServerPort
    int poort;

    ApiClient client(String account) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + poort + "/api/v1");
        if (account != null) {
            String basic = Base64.getEncoder().encodeToString((account + ":" + BrowserTest.DEMO_WACHTWOORD)
                    .getBytes(StandardCharsets.UTF_8));
            client.setRequestInterceptor(verzoek -> verzoek.header("Authorization", "Basic " + basic));
        }
        return client;
    }

    /** The worked example of the contract (shared/specs/toezicht-simulatie-api.md): 's-Gravenhage, 2021-I. */
    static SimulatieVerzoek denHaag2021() {
        return new SimulatieVerzoek().beleidskader("zuid-holland-2020").gemeente("GM0518")
                .startTrede(SimulatieVerzoek.StartTredeEnum.fromValue("0"))
                .perioden(List.of(new SimulatiePeriode().periode("2021-I").taakstelling(418L).saldoIn(0L)
                        .tussenstand(new SimulatieTussenstand().gehuisvest(106L).koppelingen(250L))
                        .eindstand(new SimulatieEindstand().gehuisvestCoa(223L))));
    }

    @Test
    void de_wat_als_berekening_geeft_de_client_beide_soorten_oordeel_zoals_het_contract_ze_noemt() throws Exception {
        ApiResponse<SimulatieAntwoord> antwoord = new WatAlsBerekeningApi(client(null))
                .simuleerWithHttpInfo(denHaag2021());

        assertThat(antwoord.getStatusCode()).isEqualTo(200);
        assertThat(antwoord.getHeaders().get("api-version")).containsExactly("1.48.0");
        SimulatieAntwoord a = antwoord.getData();
        assertThat(a.getGemeente()).isEqualTo("GM0518");
        assertThat(a.getBeoordelingen()).hasSize(2);
        TussentijdseToets t = a.getBeoordelingen().get(0).getTussentijdseToets();
        assertThat(t.getPeildatum()).isEqualTo(java.time.LocalDate.of(2021, 4, 1));
        assertThat(t.getOpgave()).isEqualTo(418L);
        assertThat(t.getMinimaal()).isEqualTo(209L);
        assertThat(t.getNogTeHuisvesten()).isEqualTo(312L);
        assertThat(t.getPercentageVanOpgave()).isEqualTo(25);
        assertThat(t.getTredeNa()).isEqualTo("1");
        assertThat(t.getConclusie()).isEqualTo("VOLGENDE_FASE");
        Eindoordeel e = a.getBeoordelingen().get(1).getEindoordeel();
        assertThat(e.getPeildatum()).isEqualTo(java.time.LocalDate.of(2021, 7, 1));
        assertThat(e.getGehuisvestCoa()).isEqualTo(223L);
        assertThat(e.getDrempelNietStijgen().doubleValue()).isEqualTo(292.6);
        assertThat(e.getConclusie()).isEqualTo("ZELFDE_FASE");
        assertThat(e.getSaldoUit()).isEqualTo(195L);
        assertThat(e.getMotivering()).isNotEmpty();
    }

    @Test
    void een_ongeldig_verzoek_geeft_de_client_een_probleem_dat_elk_ongeldig_veld_noemt() throws Exception {
        ApiClient client = client(null);
        SimulatieVerzoek verzoek = denHaag2021();
        verzoek.getPerioden().get(0).periode("2021-III").taakstelling(-1L);

        ApiException fout = catchThrowableOfType(ApiException.class,
                () -> new WatAlsBerekeningApi(client).simuleer(verzoek));

        assertThat(fout.getCode()).isEqualTo(400);
        assertThat(fout.getResponseHeaders().firstValue("API-Version")).hasValue("1.48.0");
        assertThat(fout.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        Problem p = client.getObjectMapper().readValue(fout.getResponseBody(), Problem.class);
        assertThat(p.getStatus()).isEqualTo(400);
        assertThat(p.getType()).isNotNull();
        assertThat(p.getTitle()).isNotBlank();
        assertThat(p.getInvalidParams()).extracting(InvalidParam::getName)
                .contains("perioden[0].periode", "perioden[0].taakstelling");
    }

    @Test
    void een_aangemelde_client_leest_de_gemeenten_van_een_provincie() throws Exception {
        GemeentenPagina pagina = new GebiedApi(client("toezicht-zh")).gemeenten("PV28", null, null, 1, 100);

        assertThat(pagina.getTotaalAantal()).isGreaterThan(40L);
        assertThat(pagina.getGemeenten()).extracting(GemeenteOverzicht::getCode).contains("GM0518");
        ApiException anoniem = catchThrowableOfType(ApiException.class,
                () -> new GebiedApi(client(null)).gemeenten("PV28", null, null, 1, 100));
        assertThat(anoniem.getCode()).isEqualTo(401);
    }

    @Test
    void de_client_downloadt_een_toezichtbrief_als_pdf() throws Exception {
        ApiClient client = client("toezicht-zh");
        List<RondeSamenvatting> rondes = new BeoordelingsrondesApi(client).rondeLijst("PV28").values().stream()
                .flatMap(List::stream).toList();
        assertThat(rondes).isNotEmpty();
        long ronde = rondes.stream().filter(r -> "VASTGESTELD".equals(r.getStatus())).findFirst()
                .orElse(rondes.get(0)).getId();

        File brief = new ToezichtbrievenApi(client).pdf(ronde, "GM0518");

        byte[] inhoud = Files.readAllBytes(brief.toPath());
        assertThat(new String(inhoud, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(brief.getName()).endsWith(".pdf");
        Files.deleteIfExists(brief.toPath());
    }
}
