package nl.woonregie.aanbod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;

import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/aanbod/prognoses} against the spec (aanbod-prognose.md): the worked example exactly, anonymous
 * and storing nothing, and every invalid field named in a 400 problem.
 */
@IntegratieTest
class PrognoseApiTest {

    /** The spec's request, verbatim. */
    static final String VOORBEELD = """
            {"gemeente": "GM0518", "periode": "2022-II", "opgave": 489, "additioneleOpgave": 131,
             "peildatum": "2022-08-26", "gehuisvest": 210,
             "bronnen": [
               {"soort": "CORPORATIE", "naam": "Corporaties 2022", "jaar": 2022, "personen": 777,
                "verwachteVerhuringen": 4440, "maxAandeel": 0.10},
               {"soort": "PROJECT", "naam": "SoZa", "plaatsen": 40, "startInhuizing": "2022-10-15", "perWeek": 10},
               {"soort": "PROJECT", "naam": "Haga", "plaatsen": 30, "startInhuizing": "2022-11-01"},
               {"soort": "EENMALIG", "naam": "Uitruil Rijswijk", "datum": "2022-11-15", "personen": 6},
               {"soort": "TEMPO", "naam": "Overig", "perWeek": 2}]}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    MvcResult stuur(String body) throws Exception {
        return mvc.perform(post("/api/v1/aanbod/prognoses").contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn();
    }

    JsonNode ok(String body) throws Exception {
        MvcResult r = stuur(body);
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(r.getResponse().getContentType()).startsWith("application/json");
        return json.readTree(r.getResponse().getContentAsString());
    }

    JsonNode probleem(String body) throws Exception {
        MvcResult r = stuur(body);
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(400);
        assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode p = json.readTree(r.getResponse().getContentAsString());
        assertThat(p.get("status").asInt()).isEqualTo(400);
        assertThat(p.get("detail").asString()).isNotBlank();
        return p;
    }

    static List<String> namen(JsonNode probleem) {
        List<String> namen = new ArrayList<>();
        probleem.get("invalidParams").forEach(p -> {
            assertThat(p.get("reason").asString()).isNotBlank();
            namen.add(p.get("name").asString());
        });
        return namen;
    }

    @Test
    void het_voorbeeld_van_de_spec_geeft_19_november_geen_ambitie_592_en_saldo_min_103() throws Exception {
        JsonNode a = ok(VOORBEELD);
        assertThat(a.get("gemeente").asString()).isEqualTo("GM0518");
        assertThat(a.get("periode").asString()).isEqualTo("2022-II");
        assertThat(a.get("opgave").asLong()).isEqualTo(489);
        assertThat(a.get("ambitie").asLong()).isEqualTo(620);
        assertThat(a.get("taakstellingGehaaldOp").asString()).isEqualTo("2022-11-19");
        assertThat(a.has("ambitieGehaaldOp")).isTrue();
        assertThat(a.get("ambitieGehaaldOp").isNull()).isTrue();
        assertThat(a.get("verwachtGehuisvest").asLong()).isEqualTo(592);
        assertThat(a.get("verwachtSaldoUit").asLong()).isEqualTo(-103);
        List<String> perBron = new ArrayList<>();
        a.get("perBron").forEach(b -> perBron.add(b.get("naam").asString() + "|" + b.get("soort").asString() + "|"
                + b.get("verwacht").decimalValue().toPlainString()));
        assertThat(perBron).containsExactly("Corporaties 2022|CORPORATIE|270.4", "SoZa|PROJECT|40.0",
                "Haga|PROJECT|30.0", "Uitruil Rijswijk|EENMALIG|6.0", "Overig|TEMPO|36.3");
        JsonNode reeks = a.get("reeks");
        assertThat(reeks.size()).isEqualTo(19);
        assertThat(reeks.get(0).get("datum").asString()).isEqualTo("2022-08-28");
        assertThat(reeks.get(0).get("verwacht").asLong()).isEqualTo(214);
        assertThat(reeks.get(18).get("datum").asString()).isEqualTo("2022-12-31");
        assertThat(reeks.get(18).get("verwacht").asLong()).isEqualTo(592);
        assertThat(a.get("bevindingen").isEmpty()).isTrue();
    }

    @Test
    void anoniem_en_er_wordt_niets_opgeslagen() throws Exception {
        long auditVoor = jdbc.sql("select count(*) from audit_log").query(Long.class).single();
        ok(VOORBEELD);
        assertThat(jdbc.sql("select count(*) from audit_log").query(Long.class).single()).isEqualTo(auditVoor);
    }

    @Test
    void zonder_ambitie_is_ambitie_null_en_een_taakstelling_die_niet_gehaald_wordt_ook() throws Exception {
        JsonNode a = ok("""
                {"periode": "2022-II", "opgave": 489, "peildatum": "2022-08-26", "gehuisvest": 210}""");
        assertThat(a.get("ambitie").isNull()).isTrue();
        assertThat(a.get("taakstellingGehaaldOp").isNull()).isTrue();
        assertThat(a.get("ambitieGehaaldOp").isNull()).isTrue();
        assertThat(a.get("gemeente").isNull()).isTrue();
        assertThat(a.get("verwachtSaldoUit").asLong()).isEqualTo(279);
        assertThat(a.get("perBron").isEmpty()).isTrue();
    }

    @Test
    void meer_woningen_dan_het_afgesproken_aandeel_is_een_bevinding_met_de_standaardbezetting() throws Exception {
        JsonNode a = ok("""
                {"periode": "2022-II", "opgave": 100, "peildatum": "2022-06-30", "gehuisvest": 0,
                 "bronnen": [{"soort": "CORPORATIE", "naam": "Corporaties", "jaar": 2022, "personen": 1200,
                              "verwachteVerhuringen": 4440}]}""");
        assertThat(a.get("bevindingen").size()).isEqualTo(1);
        assertThat(a.get("bevindingen").get(0).get("type").asString()).isEqualTo("BOVEN_AFGESPROKEN_AANDEEL");
        assertThat(a.get("bevindingen").get(0).get("tekst").asString()).contains("500 woningen", "10%", "4.440");
    }

    @Test
    void een_datum_van_een_bron_buiten_de_periode_is_geen_fout_maar_telt_niet() throws Exception {
        JsonNode a = ok("""
                {"periode": "2022-II", "opgave": 10, "peildatum": "2022-06-30", "gehuisvest": 0,
                 "bronnen": [{"soort": "EENMALIG", "naam": "Later", "datum": "2023-05-01", "personen": 6},
                             {"soort": "CORPORATIE", "naam": "Vorig jaar", "jaar": 2021, "woningen": 100},
                             {"soort": "TEMPO", "naam": "Voorbij", "perWeek": 7, "vanaf": "2021-01-01",
                              "tot": "2021-12-31"},
                             {"soort": "PROJECT", "naam": "Lang geleden", "plaatsen": 40,
                              "startInhuizing": "2019-01-01", "perWeek": 1}]}""");
        a.get("perBron").forEach(b -> assertThat(b.get("verwacht").decimalValue()).isZero());
    }

    @Test
    void de_peildatum_mag_de_dag_voor_de_periode_zijn_maar_niet_daarvoor_of_erna() throws Exception {
        ok("""
                {"periode": "2022-II", "opgave": 1, "peildatum": "2022-06-30", "gehuisvest": 0}""");
        assertThat(namen(probleem("""
                {"periode": "2022-II", "opgave": 1, "peildatum": "2022-06-29", "gehuisvest": 0}""")))
                .containsExactly("peildatum");
        assertThat(namen(probleem("""
                {"periode": "2022-II", "opgave": 1, "peildatum": "2023-01-01", "gehuisvest": 0}""")))
                .containsExactly("peildatum");
    }

    @Test
    void elk_ongeldig_veld_wordt_genoemd() throws Exception {
        JsonNode p = probleem("""
                {"gemeente": "Den Haag", "periode": "2022-III", "opgave": -1, "additioneleOpgave": -5,
                 "peildatum": "26-08-2022", "gehuisvest": -2, "extra": 1,
                 "bronnen": [
                   {"soort": "ONBEKEND", "naam": "x", "personen": -1},
                   {"soort": "CORPORATIE", "naam": "c", "jaar": 2022, "woningen": -3, "bezetting": 0,
                    "maxAandeel": 0, "verwachteVerhuringen": -1},
                   {"soort": "PROJECT", "naam": "p", "perWeek": -1},
                   {"soort": "TEMPO", "naam": "t", "perWeek": 1, "vanaf": "2022-09-10", "tot": "2022-09-01"},
                   {"soort": "EENMALIG", "naam": "e", "plaatsen": 3},
                   {"soort": "CORPORATIE", "naam": "zonder"},
                   {"naam": "geen soort", "perWeek": -2},
                   {"soort": "TEMPO", "perWeek": 1.5}]}""");
        assertThat(namen(p)).containsExactlyInAnyOrder("gemeente", "periode", "opgave", "additioneleOpgave",
                "peildatum", "gehuisvest", "extra",
                "bronnen[0].soort", "bronnen[0].personen",
                "bronnen[1].woningen", "bronnen[1].bezetting", "bronnen[1].maxAandeel",
                "bronnen[1].verwachteVerhuringen",
                "bronnen[2].perWeek", "bronnen[2].plaatsen", "bronnen[2].startInhuizing",
                "bronnen[3].tot",
                "bronnen[4].plaatsen", "bronnen[4].datum", "bronnen[4].personen",
                "bronnen[5].jaar", "bronnen[5].personen",
                "bronnen[6].soort", "bronnen[6].perWeek",
                "bronnen[7].naam");
    }

    @Test
    void verplichte_velden_en_verkeerde_soorten_waarden() throws Exception {
        assertThat(namen(probleem("{}"))).containsExactlyInAnyOrder("periode", "opgave", "peildatum", "gehuisvest");
        assertThat(namen(probleem("""
                {"periode": 2022, "opgave": "veel", "peildatum": 20220826, "gehuisvest": 1.5,
                 "bronnen": {"soort": "TEMPO"}}""")))
                .containsExactlyInAnyOrder("periode", "opgave", "peildatum", "gehuisvest", "bronnen");
        assertThat(namen(probleem("""
                {"periode": "2022-II", "opgave": 1, "peildatum": "2022-08-26", "gehuisvest": 0,
                 "bronnen": [{"soort": "CORPORATIE", "naam": "c", "jaar": 2022, "personen": 10, "woningen": 4},
                             {"soort": "TEMPO", "naam": "t", "perWeek": 0.00001}, 7]}""")))
                .containsExactlyInAnyOrder("bronnen[0].woningen", "bronnen[1].perWeek", "bronnen[2]");
        assertThat(namen(probleem("[1, 2]"))).containsExactly("body");
        assertThat(namen(probleem("{\"periode\": "))).containsExactly("body");
    }

    @Test
    void een_verzoek_boven_64_kib_is_te_groot() throws Exception {
        String groot = "{\"periode\": \"" + "x".repeat(70_000) + "\"}";
        MvcResult r = stuur(groot);
        assertThat(r.getResponse().getStatus()).isEqualTo(413);
        assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
    }
}
