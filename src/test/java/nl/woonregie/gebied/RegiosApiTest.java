package nl.woonregie.gebied;

import static nl.woonregie.gebied.Api.ongeldigeParameters;
import static nl.woonregie.gebied.Api.velden;
import static org.assertj.core.api.Assertions.assertThat;

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
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    @Test
    void de_25_veiligheidsregios_met_hun_aantal_gemeenten_en_inwoners() {
        JsonNode regios = api.json("/api/v1/regios?soort=VEILIGHEIDSREGIO").path("regios");
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
        assertThat(api.json("/api/v1/regios").path("regios")).hasSize(25);
    }

    @Test
    void een_onbekende_soort_geeft_400() {
        assertThat(ongeldigeParameters(api.probleem("/api/v1/regios?soort=GGD", 400))).containsExactly("soort");
        assertThat(ongeldigeParameters(api.probleem("/api/v1/regios?soort=veiligheidsregio", 400)))
                .containsExactly("soort");
    }

    @Test
    void haaglanden_bestaat_uit_precies_negen_gemeenten() {
        JsonNode vr15 = api.json("/api/v1/regios/VR15");
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
        assertThat(velden(api.json("/api/v1/regios/VR14?peildatum=2022-01-01").path("gemeenten"), "code"))
                .contains("GM0457");
        JsonNode vandaag = api.json("/api/v1/regios/VR14");
        assertThat(velden(vandaag.path("gemeenten"), "code")).doesNotContain("GM0457");
        // Weesp's last figure is from 2022, the others from 2024: no sum over mixed peildata.
        JsonNode toen = api.json("/api/v1/regios/VR14?peildatum=2022-01-01");
        assertThat(toen.path("inwoners").isNull()).isTrue();
        assertThat(vandaag.path("inwoners").isNull()).isFalse();
    }

    @Test
    void een_onbekende_regio_geeft_404_en_een_misvormde_code_of_peildatum_400() {
        assertThat(api.probleem("/api/v1/regios/VR99", 404).path("detail").asString()).contains("VR99");
        assertThat(ongeldigeParameters(api.probleem("/api/v1/regios/haaglanden?peildatum=2020-01-01", 400)))
                .containsExactlyInAnyOrder("code", "peildatum");
    }
}
