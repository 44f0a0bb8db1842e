package nl.woonregie.gebied;

import static nl.woonregie.support.Api.velden;
import static org.assertj.core.api.Assertions.assertThat;

import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/regios} and {@code GET /api/v1/regios/{code}}. */
@IntegratieTest
class RegiosApiTest {

    @Autowired
    MockMvc mvc;
    Api.Als beheerder;

    @BeforeEach
    void api() {
        beheerder = new Api(mvc).als(Api.BEHEERDER);
    }

    @Test
    void de_25_veiligheidsregios_met_hun_aantal_gemeenten_en_inwoners() {
        JsonNode regios = beheerder.get("/api/v1/regios?soort=VEILIGHEIDSREGIO").json().path("regios");
        assertThat(regios).hasSize(25);
        assertThat(velden(regios, "soort")).containsOnly("VEILIGHEIDSREGIO");
        JsonNode haaglanden = GemeentenApiTest.zoek(regios, "VR15");
        assertThat(haaglanden.path("naam").asString()).isEqualTo("Haaglanden");
        assertThat(haaglanden.path("aantalGemeenten").asInt()).isEqualTo(9);
        assertThat(haaglanden.path("inwoners").asLong()).isEqualTo(1_162_453L);
        long gemeenten = 0;
        for (JsonNode r : regios) {
            gemeenten += r.path("aantalGemeenten").asLong();
        }
        assertThat(gemeenten).isEqualTo(342);
        assertThat(beheerder.get("/api/v1/regios").json().path("regios")).hasSize(25);
    }

    @Test
    void een_onbekende_soort_geeft_400() {
        assertThat(beheerder.get("/api/v1/regios?soort=GGD").ongeldigeVelden()).containsExactly("soort");
        assertThat(beheerder.get("/api/v1/regios?soort=veiligheidsregio").ongeldigeVelden())
                .containsExactly("soort");
    }

    @Test
    void haaglanden_bestaat_uit_precies_negen_gemeenten() {
        JsonNode vr15 = beheerder.get("/api/v1/regios/VR15").json();
        assertThat(vr15.path("naam").asString()).isEqualTo("Haaglanden");
        assertThat(vr15.path("soort").asString()).isEqualTo("VEILIGHEIDSREGIO");
        assertThat(vr15.path("aantalGemeenten").asInt()).isEqualTo(9);
        assertThat(vr15.path("inwoners").asLong()).isEqualTo(1_162_453L);
        assertThat(velden(vr15.path("gemeenten"), "naam"))
                .containsExactlyInAnyOrderElementsOf(GemeentenApiTest.HAAGLANDEN);
        assertThat(velden(vr15.path("gemeenten"), "code")).isSorted();
    }

    @Test
    void gooi_en_vechtstreek_had_weesp_tot_de_herindeling() {
        assertThat(velden(beheerder.get("/api/v1/regios/VR14?peildatum=2022-01-01").json().path("gemeenten"), "code"))
                .contains("GM0457");
        JsonNode vandaag = beheerder.get("/api/v1/regios/VR14").json();
        assertThat(velden(vandaag.path("gemeenten"), "code")).doesNotContain("GM0457");
        // Weesp's last figure is from 2022, the others from 2024: no sum over mixed peildata.
        JsonNode toen = beheerder.get("/api/v1/regios/VR14?peildatum=2022-01-01").json();
        assertThat(toen.path("inwoners").isNull()).isTrue();
        assertThat(vandaag.path("inwoners").isNull()).isFalse();
    }

    @Test
    void een_onbekende_regio_geeft_404_en_een_misvormde_code_of_peildatum_400() {
        assertThat(beheerder.get("/api/v1/regios/VR99").probleem(404).path("detail").asString()).contains("VR99");
        assertThat(beheerder.get("/api/v1/regios/haaglanden?peildatum=2020-01-01").ongeldigeVelden())
                .containsExactlyInAnyOrder("code", "peildatum");
    }
}
