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

/** {@code GET /api/v1/gemeenten/{code}}: one gemeente with its history. */
@IntegratieTest
class GemeenteApiTest {

    @Autowired
    MockMvc mvc;
    Api.Als beheerder;

    @BeforeEach
    void api() {
        beheerder = new Api(mvc).als(Api.BEHEERDER);
    }

    @Test
    void den_haag_heeft_566221_inwoners_op_1_januari_2024_en_562839_op_1_januari_2023() {
        JsonNode denHaag = beheerder.get("/api/v1/gemeenten/GM0518").json();
        assertThat(denHaag.path("code").asString()).isEqualTo("GM0518");
        assertThat(denHaag.path("naam").asString()).isEqualTo("'s-Gravenhage");
        assertThat(denHaag.path("provincie").path("code").asString()).isEqualTo("PV28");
        assertThat(denHaag.path("inwoners").asInt()).isEqualTo(566221);
        assertThat(denHaag.path("inwonersPeildatum").asString()).isEqualTo("2024-01-01");
        assertThat(inwonersOp(denHaag, "2024-01-01")).isEqualTo(566221);
        assertThat(inwonersOp(denHaag, "2023-01-01")).isEqualTo(562839);
        assertThat(velden(denHaag.path("bevolking"), "peildatum")).containsExactly("2017-01-01", "2018-01-01",
                "2019-01-01", "2022-01-01", "2023-01-01", "2024-01-01");
        assertThat(velden(denHaag.path("regios"), "code")).containsExactly("VR15");
        assertThat(denHaag.path("opgegaanIn").isNull()).isTrue();
        assertThat(denHaag.path("voorgangers")).isEmpty();
    }

    @Test
    void weesp_is_opgeheven_en_opgegaan_in_amsterdam() {
        JsonNode weesp = beheerder.get("/api/v1/gemeenten/GM0457").json();
        assertThat(weesp.path("naam").asString()).isEqualTo("Weesp");
        assertThat(weesp.path("provincie").path("code").asString()).isEqualTo("PV27");
        assertThat(weesp.path("geldigTot").asString()).isEqualTo("2022-03-24");
        assertThat(weesp.path("opgegaanIn").asString()).isEqualTo("GM0363");
        assertThat(weesp.path("regios")).hasSize(1);
        assertThat(weesp.path("regios").path(0).path("code").asString()).isEqualTo("VR14");
        assertThat(weesp.path("regios").path(0).path("geldigTot").asString()).isEqualTo("2022-03-24");
        assertThat(weesp.path("inwoners").asInt()).isEqualTo(20766);
        assertThat(weesp.path("inwonersPeildatum").asString()).isEqualTo("2022-01-01");
    }

    @Test
    void amsterdam_en_voorne_aan_zee_noemen_hun_voorgangers() {
        JsonNode amsterdam = beheerder.get("/api/v1/gemeenten/GM0363").json();
        assertThat(velden(amsterdam.path("voorgangers"), "code")).containsExactly("GM0457");
        assertThat(amsterdam.path("geldigVanaf").isNull()).isTrue();
        JsonNode voorne = beheerder.get("/api/v1/gemeenten/GM1992").json();
        assertThat(voorne.path("geldigVanaf").asString()).isEqualTo("2023-01-01");
        assertThat(velden(voorne.path("voorgangers"), "naam"))
                .containsExactly("Brielle", "Hellevoetsluis", "Westvoorne");
        assertThat(velden(voorne.path("bevolking"), "peildatum")).containsExactly("2023-01-01", "2024-01-01");
        assertThat(voorne.path("regios").path(0).path("geldigVanaf").asString()).isEqualTo("2023-01-01");
    }

    @Test
    void een_naam_met_komma_en_een_naam_met_accent_komen_ongeschonden_door() {
        assertThat(beheerder.get("/api/v1/gemeenten/GM0820").json().path("naam").asString())
                .isEqualTo("Nuenen, Gerwen en Nederwetten");
        assertThat(beheerder.get("/api/v1/gemeenten/GM0080").json().path("provincie").path("naam").asString())
                .isEqualTo("Fryslân");
    }

    @Test
    void een_onbekende_gemeentecode_geeft_404() {
        JsonNode problem = beheerder.get("/api/v1/gemeenten/GM9999").probleem(404);
        assertThat(problem.path("detail").asString()).contains("GM9999");
        assertThat(problem.path("instance").asString()).isEqualTo("/api/v1/gemeenten/GM9999");
    }

    @Test
    void een_misvormde_gemeentecode_geeft_400() {
        for (String code : new String[] {"0518", "gm0518", "GM05188", "DenHaag", "Den Haag"}) {
            assertThat(beheerder.get("/api/v1/gemeenten/" + code).ongeldigeVelden()).containsExactly("code");
        }
    }

    private static int inwonersOp(JsonNode gemeente, String peildatum) {
        for (JsonNode b : gemeente.path("bevolking")) {
            if (b.path("peildatum").asString().equals(peildatum)) {
                return b.path("inwoners").asInt();
            }
        }
        throw new AssertionError("geen cijfer op " + peildatum);
    }
}
