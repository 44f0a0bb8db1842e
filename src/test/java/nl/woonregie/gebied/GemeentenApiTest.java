package nl.woonregie.gebied;

import static nl.woonregie.support.Api.namen;
import static nl.woonregie.support.Api.velden;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/gemeenten}: paging, filters and the peildatum. */
@IntegratieTest
class GemeentenApiTest {

    static final List<String> HAAGLANDEN = List.of("Delft", "'s-Gravenhage", "Leidschendam-Voorburg",
            "Midden-Delfland", "Pijnacker-Nootdorp", "Rijswijk (ZH.)", "Wassenaar", "Westland", "Zoetermeer");

    @Autowired
    MockMvc mvc;
    Api.Als beheerder;

    @BeforeEach
    void api() {
        beheerder = new Api(mvc).als(Api.BEHEERDER);
    }

    @Test
    void zonder_parameters_geeft_de_eerste_50_van_de_342_gemeenten_van_vandaag() {
        JsonNode pagina = beheerder.get("/api/v1/gemeenten").json();
        assertThat(pagina.path("totaalAantal").asInt()).isEqualTo(342);
        assertThat(pagina.path("pagina").asInt()).isEqualTo(1);
        assertThat(pagina.path("paginaGrootte").asInt()).isEqualTo(50);
        assertThat(pagina.path("aantalPaginas").asInt()).isEqualTo(7);
        assertThat(pagina.path("gemeenten")).hasSize(50);
        assertThat(velden(pagina.path("gemeenten"), "code")).isSorted().startsWith("GM0014");
        JsonNode links = pagina.path("_links");
        assertThat(links.path("self").path("href").asString()).isEqualTo("/api/v1/gemeenten?pagina=1&paginaGrootte=50");
        assertThat(links.path("next").path("href").asString()).isEqualTo("/api/v1/gemeenten?pagina=2&paginaGrootte=50");
        assertThat(links.path("last").path("href").asString()).isEqualTo("/api/v1/gemeenten?pagina=7&paginaGrootte=50");
        assertThat(links.has("prev")).isFalse();
    }

    @Test
    void een_gemeente_in_de_lijst_heeft_provincie_regios_inwoners_en_geldigheid() {
        JsonNode pagina = beheerder.get("/api/v1/gemeenten?regio=VR15").json();
        JsonNode denHaag = zoek(pagina.path("gemeenten"), "GM0518");
        assertThat(denHaag.path("naam").asString()).isEqualTo("'s-Gravenhage");
        assertThat(denHaag.path("provincie").path("code").asString()).isEqualTo("PV28");
        assertThat(denHaag.path("provincie").path("naam").asString()).isEqualTo("Zuid-Holland");
        assertThat(denHaag.path("regios")).hasSize(1);
        assertThat(denHaag.path("regios").path(0).path("code").asString()).isEqualTo("VR15");
        assertThat(denHaag.path("regios").path(0).path("naam").asString()).isEqualTo("Haaglanden");
        assertThat(denHaag.path("regios").path(0).path("soort").asString()).isEqualTo("VEILIGHEIDSREGIO");
        assertThat(denHaag.path("inwoners").asInt()).isEqualTo(566221);
        assertThat(denHaag.path("inwonersPeildatum").asString()).isEqualTo("2024-01-01");
        assertThat(denHaag.path("geldigVanaf").isNull()).isTrue();
        assertThat(denHaag.path("geldigTot").isNull()).isTrue();
    }

    @Test
    void de_laatste_pagina_heeft_de_rest_en_een_prev_maar_geen_next() {
        JsonNode pagina = beheerder.get("/api/v1/gemeenten?pagina=7").json();
        assertThat(pagina.path("gemeenten")).hasSize(42);
        assertThat(pagina.path("_links").path("prev").path("href").asString())
                .isEqualTo("/api/v1/gemeenten?pagina=6&paginaGrootte=50");
        assertThat(pagina.path("_links").has("next")).isFalse();
    }

    @Test
    void alle_paginas_samen_bevatten_elke_gemeente_precies_een_keer() {
        List<String> codes = new ArrayList<>();
        String volgende = "/api/v1/gemeenten?paginaGrootte=100";
        int paginas = 0;
        while (volgende != null) {
            JsonNode pagina = beheerder.get(volgende).json();
            codes.addAll(velden(pagina.path("gemeenten"), "code"));
            volgende = pagina.path("_links").has("next") ? pagina.path("_links").path("next").path("href").asString()
                    : null;
            paginas++;
        }
        assertThat(paginas).isEqualTo(4);
        assertThat(codes).hasSize(342).doesNotHaveDuplicates().isSorted();
        assertThat(beheerder.get("/api/v1/gemeenten?paginaGrootte=500").json().path("gemeenten")).hasSize(342);
    }

    @Test
    void een_pagina_voorbij_het_einde_is_leeg_en_wijst_terug_naar_de_laatste() {
        JsonNode pagina = beheerder.get("/api/v1/gemeenten?pagina=99").json();
        assertThat(pagina.path("gemeenten")).isEmpty();
        assertThat(pagina.path("totaalAantal").asInt()).isEqualTo(342);
        assertThat(pagina.path("_links").path("prev").path("href").asString())
                .isEqualTo("/api/v1/gemeenten?pagina=7&paginaGrootte=50");
    }

    @Test
    void filter_op_provincie_geeft_alleen_de_gemeenten_van_die_provincie() {
        JsonNode pagina = beheerder.get("/api/v1/gemeenten?provincie=PV28&paginaGrootte=100").json();
        assertThat(pagina.path("totaalAantal").asInt()).isEqualTo(50);
        assertThat(pagina.path("aantalPaginas").asInt()).isEqualTo(1);
        pagina.path("gemeenten").forEach(g -> assertThat(g.path("provincie").path("code").asString()).isEqualTo("PV28"));
        assertThat(pagina.path("_links").path("self").path("href").asString())
                .isEqualTo("/api/v1/gemeenten?provincie=PV28&pagina=1&paginaGrootte=100");
    }

    @Test
    void filter_op_veiligheidsregio_haaglanden_geeft_precies_de_negen_gemeenten() {
        JsonNode pagina = beheerder.get("/api/v1/gemeenten?regio=VR15").json();
        assertThat(pagina.path("totaalAantal").asInt()).isEqualTo(9);
        assertThat(velden(pagina.path("gemeenten"), "naam")).containsExactlyInAnyOrderElementsOf(HAAGLANDEN);
    }

    @Test
    void filters_op_provincie_en_regio_worden_gecombineerd() {
        assertThat(beheerder.get("/api/v1/gemeenten?provincie=PV28&regio=VR15").json().path("totaalAantal").asInt())
                .isEqualTo(9);
        assertThat(beheerder.get("/api/v1/gemeenten?provincie=PV27&regio=VR15").json().path("totaalAantal").asInt())
                .isZero();
    }

    @Test
    void peildatum_1_januari_2022_geeft_de_345_gemeenten_van_toen_met_weesp_en_de_voornse_gemeenten() {
        JsonNode pagina = beheerder.get("/api/v1/gemeenten?peildatum=2022-01-01&paginaGrootte=500").json();
        assertThat(pagina.path("totaalAantal").asInt()).isEqualTo(345);
        assertThat(pagina.path("peildatum").asString()).isEqualTo("2022-01-01");
        List<String> codes = velden(pagina.path("gemeenten"), "code");
        assertThat(codes).contains("GM0457", "GM0501", "GM0530", "GM0614").doesNotContain("GM1992");
        JsonNode weesp = zoek(pagina.path("gemeenten"), "GM0457");
        assertThat(weesp.path("geldigTot").asString()).isEqualTo("2022-03-24");
        assertThat(weesp.path("opgegaanIn").asString()).isEqualTo("GM0363");
        assertThat(velden(weesp.path("regios"), "code")).containsExactly("VR14");
        assertThat(pagina.path("_links").path("self").path("href").asString())
                .isEqualTo("/api/v1/gemeenten?peildatum=2022-01-01&pagina=1&paginaGrootte=500");
    }

    @Test
    void weesp_bestaat_tot_en_met_de_dag_voor_de_herindeling() {
        assertThat(codes("/api/v1/gemeenten?provincie=PV27&peildatum=2022-03-23")).contains("GM0457");
        assertThat(codes("/api/v1/gemeenten?provincie=PV27&peildatum=2022-03-24")).doesNotContain("GM0457")
                .contains("GM0363");
        assertThat(codes("/api/v1/gemeenten?peildatum=2024-01-01&paginaGrootte=500")).doesNotContain("GM0457");
    }

    @Test
    void voorne_aan_zee_bestaat_vanaf_2023_en_zit_dan_in_rotterdam_rijnmond() {
        assertThat(codes("/api/v1/gemeenten?regio=VR17&peildatum=2022-12-31"))
                .contains("GM0501", "GM0530", "GM0614").doesNotContain("GM1992");
        assertThat(codes("/api/v1/gemeenten?regio=VR17&peildatum=2023-01-01"))
                .contains("GM1992").doesNotContain("GM0501", "GM0530", "GM0614");
        assertThat(beheerder.get("/api/v1/gemeenten?peildatum=2023-01-01").json().path("totaalAantal").asInt())
                .isEqualTo(342);
    }

    @Test
    void ongeldige_paginering_geeft_400_met_elke_ongeldige_parameter() {
        JsonNode problem = beheerder.get("/api/v1/gemeenten?pagina=0&paginaGrootte=501").probleem(400);
        assertThat(namen(problem)).containsExactlyInAnyOrder("pagina", "paginaGrootte");
        assertThat(problem.path("instance").asString()).isEqualTo("/api/v1/gemeenten");
        assertThat(beheerder.get("/api/v1/gemeenten?pagina=een&paginaGrootte=-5").ongeldigeVelden())
                .containsExactlyInAnyOrder("pagina", "paginaGrootte");
        assertThat(beheerder.get("/api/v1/gemeenten?paginaGrootte=0").ongeldigeVelden())
                .containsExactly("paginaGrootte");
        assertThat(beheerder.get("/api/v1/gemeenten?paginaGrootte=500").json().path("paginaGrootte").asInt())
                .isEqualTo(500);
    }

    @Test
    void ongeldige_filters_geven_400_met_elke_ongeldige_parameter() {
        JsonNode problem = beheerder
                .get("/api/v1/gemeenten?provincie=Zuid-Holland&regio=haaglanden&peildatum=gisteren").probleem(400);
        assertThat(namen(problem)).containsExactlyInAnyOrder("provincie", "regio", "peildatum");
        assertThat(beheerder.get("/api/v1/gemeenten?provincie=PV99&regio=VR99").ongeldigeVelden())
                .containsExactlyInAnyOrder("provincie", "regio");
    }

    @Test
    void een_peildatum_voor_2022_wordt_geweigerd_omdat_de_indeling_dan_niet_bekend_is() {
        JsonNode problem = beheerder.get("/api/v1/gemeenten?peildatum=2021-12-31").probleem(400);
        assertThat(namen(problem)).containsExactly("peildatum");
        assertThat(problem.path("invalidParams").path(0).path("reason").asString()).contains("2022-01-01");
    }

    private List<String> codes(String uri) {
        return velden(beheerder.get(uri).json().path("gemeenten"), "code");
    }

    static JsonNode zoek(JsonNode gemeenten, String code) {
        for (JsonNode g : gemeenten) {
            if (g.path("code").asString().equals(code)) {
                return g;
            }
        }
        throw new AssertionError(code + " staat niet in " + gemeenten);
    }
}
