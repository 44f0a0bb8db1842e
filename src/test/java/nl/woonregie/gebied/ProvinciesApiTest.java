package nl.woonregie.gebied;

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

/** {@code GET /api/v1/provincies}. */
@IntegratieTest
class ProvinciesApiTest {

    @Autowired
    MockMvc mvc;
    Api.Als beheerder;

    @BeforeEach
    void api() {
        beheerder = new Api(mvc).als(Api.BEHEERDER);
    }

    @Test
    void de_twaalf_provincies_met_hun_aantal_gemeenten() {
        JsonNode provincies = beheerder.get("/api/v1/provincies").json().path("provincies");
        assertThat(velden(provincies, "code")).containsExactly("PV20", "PV21", "PV22", "PV23", "PV24", "PV25",
                "PV26", "PV27", "PV28", "PV29", "PV30", "PV31");
        List<Integer> aantallen = new ArrayList<>();
        provincies.forEach(p -> aantallen.add(p.path("aantalGemeenten").asInt()));
        assertThat(aantallen).containsExactly(10, 18, 12, 25, 6, 51, 26, 44, 50, 13, 56, 31);
        assertThat(aantallen.stream().mapToInt(Integer::intValue).sum()).isEqualTo(342);
        assertThat(velden(provincies, "naam")).contains("Fryslân", "Zuid-Holland", "Limburg");
    }

    @Test
    void inwoners_zijn_de_som_van_de_gemeenten_op_de_laatste_peildatum() {
        JsonNode provincies = beheerder.get("/api/v1/provincies").json().path("provincies");
        long totaal = 0;
        for (JsonNode p : provincies) {
            assertThat(p.path("inwonersPeildatum").asString()).isEqualTo("2024-01-01");
            totaal += p.path("inwoners").asLong();
        }
        assertThat(provincies.path(0).path("inwoners").asLong()).isEqualTo(601_347L);
        assertThat(provincies.path(8).path("inwoners").asLong()).isEqualTo(3_840_460L);
        assertThat(totaal).isEqualTo(17_942_942L);
    }
}
