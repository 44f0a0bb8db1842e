package nl.woonregie.aanbod;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * Households by size imported from a file (issue 16 §5's optional import): all or nothing, every error named by line
 * and column, the rows judged as typed ones; Den Haag's 31 families of seven or more with 225 persons.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HuishoudensImportApiTest {

    static final String GEMEENTE = "GM0518";
    static final String PAD = "/api/v1/gemeenten/" + GEMEENTE + "/huishoudens/2031-I";

    @Autowired
    MockMvc mvc;

    Api api;
    String eigen;

    @BeforeAll
    void opzet() {
        api = new Api(mvc);
        eigen = new Accounts(mvc).gemeente(GEMEENTE);
    }

    Api.Antwoord importeer(String account, String naam, String inhoud, String versie, String reden) {
        return api.als(account).doe(MockMvcRequestBuilders.multipart(PAD + "/import")
                .file(new MockMultipartFile("bestand", naam, "text/csv", inhoud.getBytes(StandardCharsets.UTF_8)))
                .param("versie", versie).param("reden", reden));
    }

    @Test
    void een_bestand_met_huishoudens_per_grootte_wordt_in_zijn_geheel_vastgelegd_of_met_elke_fout_geweigerd() {
        JsonNode fout = importeer(eigen, "huishoudens.csv", """
                Grootte;Huishoudens;Personen;Woningen
                3;2;7;
                9;1;;
                1;veel;;2
                """, "0", " ").probleem(400);
        assertThat(Api.namen(fout)).containsExactlyInAnyOrder("regel 2, kolom Personen", "regel 3, kolom Grootte",
                "regel 4, kolom Huishoudens", "reden");
        assertThat(Api.namen(importeer(eigen, "huishoudens.csv", "Grootte,Gezinnen\n1,2\n", "0", "r").probleem(400)))
                .containsExactlyInAnyOrder("kolom Gezinnen", "kolom Huishoudens");
        assertThat(api.als(eigen).get("/api/v1/gemeenten/" + GEMEENTE + "/huishoudens?periode=2031-I").json()
                .path("versie").asInt()).isZero();

        JsonNode h = importeer(eigen, "huishoudens.csv", """
                Woningen,Grootte,Huishoudens,Personen
                4,1,10,
                5,7 of meer,31,225
                """, "0", "Koppelingen uit het overzicht van het COA").json(201);
        assertThat(h.path("versie").asInt()).isEqualTo(1);
        JsonNode zeven = h.path("regels").get(6);
        assertThat(zeven.path("huishoudens").asLong()).isEqualTo(31);
        assertThat(zeven.path("personen").asLong()).isEqualTo(225);
        assertThat(zeven.path("tekort").asLong()).isEqualTo(26);
        assertThat(h.path("totaal").path("tekort").asLong()).isEqualTo(32);
        assertThat(h.path("reden").asString()).isEqualTo("Koppelingen uit het overzicht van het COA");

        // from the old version: 409; the supervisor of the province reads, but does not import
        importeer(eigen, "huishoudens.csv", "Grootte;Huishoudens\n1;1\n", "0", "r").probleem(409);
        importeer(new Accounts(mvc).toezichthouder("PV28"), "huishoudens.csv", "Grootte;Huishoudens\n1;1\n", "1", "r")
                .probleem(403);
        // not multipart: 415
        api.als(eigen).post(PAD + "/import", "{}").probleem(415);
    }
}
