package nl.woonregie.toezicht.simulatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.InputStream;
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
import tools.jackson.databind.node.ObjectNode;

/** The what-if API against its contract (toezicht-simulatie-api.md) and the worked example of 's-Gravenhage. */
@IntegratieTest
class SimulatieContractTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    JsonNode voorbeeld() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/contract/toezicht-voorbeelden.json")) {
            return json.readTree(in);
        }
    }

    MvcResult simuleer(String body) throws Exception {
        return mvc.perform(post("/api/v1/toezicht/simulaties").contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn();
    }

    JsonNode ok(String body) throws Exception {
        MvcResult r = simuleer(body);
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        return json.readTree(r.getResponse().getContentAsString());
    }

    JsonNode probleem(String body, int status) throws Exception {
        MvcResult r = simuleer(body);
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(status);
        assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode p = json.readTree(r.getResponse().getContentAsString());
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("title").asString()).isNotBlank();
        assertThat(p.get("type").asString()).isNotBlank();
        assertThat(p.get("detail").asString()).isNotBlank();
        assertThat(r.getResponse().getContentAsString()).doesNotContain("Exception").doesNotContain("at nl.");
        return p;
    }

    static List<String> namen(JsonNode problem) {
        List<String> namen = new ArrayList<>();
        problem.get("invalidParams").forEach(p -> {
            assertThat(p.get("reason").asString()).isNotBlank();
            namen.add(p.get("name").asString());
        });
        return namen;
    }

    @Test
    void uitgewerkt_voorbeeld_s_gravenhage_geeft_exact_de_verwachte_uitkomsten() throws Exception {
        JsonNode voorbeeld = voorbeeld();
        JsonNode antwoord = ok(voorbeeld.get("request").toString());
        JsonNode beoordelingen = antwoord.get("beoordelingen");
        JsonNode verwacht = voorbeeld.get("verwacht");
        assertThat(beoordelingen.size()).isEqualTo(verwacht.size());
        for (int i = 0; i < verwacht.size(); i++) {
            JsonNode v = verwacht.get(i);
            JsonNode b = beoordelingen.get(i);
            for (String veld : v.propertyNames()) {
                assertThat(b.get(veld)).as("beoordelingen[%d].%s", i, veld).isNotNull();
                if (v.get(veld).isNumber()) {
                    assertThat(b.get(veld).decimalValue()).as("beoordelingen[%d].%s", i, veld)
                            .isEqualByComparingTo(v.get(veld).decimalValue());
                } else {
                    assertThat(b.get(veld)).as("beoordelingen[%d].%s", i, veld).isEqualTo(v.get(veld));
                }
            }
            assertThat(b.get("motivering").size()).isPositive();
            b.get("motivering").forEach(m -> {
                assertThat(m.get("regel").asString()).matches("R\\d+");
                assertThat(m.get("tekst").asString()).isNotBlank();
            });
        }
        assertThat(antwoord.get("beleidskader").asString()).isEqualTo("zuid-holland-2020");
        assertThat(antwoord.get("gemeente").asString()).isEqualTo("GM0518");
        assertThat(antwoord.get("bevindingen").isArray()).isTrue();
    }

    @Test
    void voorbeeld_uit_het_contract_2021_I() throws Exception {
        String body = """
                {"beleidskader":"zuid-holland-2020","gemeente":"GM0518","startTrede":"0","perioden":[
                 {"periode":"2021-I","taakstelling":418,"saldoIn":0,"additioneleOpgave":0,
                  "tussenstand":{"gehuisvest":106,"koppelingen":250,"koppelingenVoldoende":false},
                  "eindstand":{"gehuisvestCoa":223,"huurcontracten":0,"gehuisvestCoaDefinitief":null,"omkoppelingen":0,
                   "stapelgemeenteMaanden":0,"stapelgemeenteLaatsteMaand":false,"verschoonbareReden":null}},
                 {"periode":"2021-II","taakstelling":340}],
                 "besluiten":[{"peildatum":"2024-01-01","trede":"4","motivering":"..."}]}
                """;
        JsonNode a = ok(body);
        JsonNode t = a.get("beoordelingen").get(0);
        assertThat(t.get("soort").asString()).isEqualTo("TUSSENTIJDS");
        assertThat(t.get("minimaal").asLong()).isEqualTo(209);
        assertThat(t.get("nogTeHuisvesten").asLong()).isEqualTo(312);
        assertThat(t.get("koppelingenVoldoende").asBoolean()).isFalse();
        assertThat(t.get("percentageVanOpgave").asInt()).isEqualTo(25);
        assertThat(t.get("tredeNa").asString()).isEqualTo("1");
        assertThat(t.get("voorgesteldeTrede").isNull()).isTrue();
        assertThat(t.get("besluitVereist").asBoolean()).isFalse();
        JsonNode e = a.get("beoordelingen").get(1);
        assertThat(e.get("soort").asString()).isEqualTo("EINDOORDEEL");
        assertThat(e.get("drempelNietStijgen").decimalValue()).isEqualByComparingTo("292.6");
        assertThat(e.get("drempelGehaald").asBoolean()).isFalse();
        assertThat(e.get("conclusie").asString()).isEqualTo("ZELFDE_FASE");
        assertThat(e.get("saldoUit").asLong()).isEqualTo(195);
        assertThat(e.get("volgendePeriode").toString())
                .isEqualTo("{\"periode\":\"2021-II\",\"taakstelling\":340,\"saldoIn\":195,\"opgave\":535,\"minimaal\":268}");
        assertThat(a.get("beoordelingen").size()).isEqualTo(2);
        // the decision of 2024-01-01 matches no proposal: reported, not applied
        assertThat(a.get("bevindingen").get(0).get("type").asString()).isEqualTo("BESLUIT_NIET_TOEGEPAST");
    }

    /**
     * R8 (toezicht.md): the threshold "niet stijgen" compares {@code gehuisvestCoa + huurcontracten}, for every period
     * that has one; {@code huurcontractenMeegeteld} reports the leases counted for the judgment (R7 and R8 alike).
     * Per threshold period a municipality on step 1 whose leases lift it over the threshold: it stays on step 1.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({
        // periode, taakstelling, saldoIn, tussenstand (gehuisvest, koppelingen), gehuisvestCoa, huurcontracten, drempel
        "2020-II, 200,   0,  0,   0, 135, 6, 140",
        "2021-I,  418,   0,  0,   0, 285, 8, 292.6",
        "2021-II, 340, 195, 270, 300, 380, 9, 388.75",
    })
    void huurcontracten_tellen_mee_voor_de_drempel_niet_stijgen_in_elke_periode_met_een_drempel(String periode,
            long taakstelling, long saldoIn, long tussen, long koppelingen, long coa, long huur, String drempel)
            throws Exception {
        String tussenstand = tussen == 0 ? "" : ",\"tussenstand\":{\"gehuisvest\":" + tussen + ",\"koppelingen\":"
                + koppelingen + "}";
        JsonNode a = ok("{\"beleidskader\":\"zuid-holland-2020\",\"gemeente\":\"GM0629\",\"startTrede\":\"1\","
                + "\"perioden\":[{\"periode\":\"" + periode + "\",\"taakstelling\":" + taakstelling + ",\"saldoIn\":"
                + saldoIn + tussenstand + ",\"eindstand\":{\"gehuisvestCoa\":" + coa + ",\"huurcontracten\":" + huur
                + "}}]}");
        JsonNode e = a.get("beoordelingen").get(a.get("beoordelingen").size() - 1);
        assertThat(e.get("soort").asString()).isEqualTo("EINDOORDEEL");
        assertThat(e.get("gerealiseerd").asBoolean()).isFalse();
        assertThat(e.get("drempelNietStijgen").decimalValue()).isEqualByComparingTo(drempel);
        assertThat(e.get("drempelGehaald").asBoolean()).isTrue();
        assertThat(e.get("huurcontractenMeegeteld").asLong()).isEqualTo(huur);
        assertThat(e.get("tredeNa").asString()).isEqualTo("1");
        assertThat(e.get("conclusie").asString()).isEqualTo("ZELFDE_FASE");
        assertThat(e.get("saldoUit").asLong()).as("the saldo stays on COA's figure (R13)")
                .isEqualTo(taakstelling + saldoIn - coa);
        assertThat(e.get("percentageVanOpgave").asInt()).as("the percentage stays on COA's figure (R16)")
                .isEqualTo(Math.round(100.0 * coa / (taakstelling + saldoIn)));
    }

    @Test
    void zonder_drempel_tellen_huurcontracten_die_de_opgave_niet_halen_niet_mee() throws Exception {
        JsonNode a = ok("""
                {"beleidskader":"zuid-holland-2020","startTrede":"1","perioden":[
                 {"periode":"2022-I","taakstelling":100,"eindstand":{"gehuisvestCoa":90,"huurcontracten":5}}]}
                """);
        JsonNode e = a.get("beoordelingen").get(0);
        assertThat(e.get("drempelNietStijgen").isNull()).isTrue();
        assertThat(e.get("huurcontractenMeegeteld").asLong()).isZero();
        assertThat(e.get("tredeNa").asString()).isEqualTo("2");
    }

    @Test
    void saldocorrectie_wordt_gemeld_als_bevinding_met_beide_waarden() throws Exception {
        String body = """
                {"beleidskader":"zuid-holland-2020","startTrede":"1","perioden":[
                 {"periode":"2022-I","taakstelling":100,"eindstand":{"gehuisvestCoa":50}},
                 {"periode":"2022-II","taakstelling":40,"saldoIn":70,"tussenstand":{"gehuisvest":10}}]}
                """;
        JsonNode a = ok(body);
        assertThat(a.get("beoordelingen").get(0).get("saldoUit").asLong()).isEqualTo(50);
        assertThat(a.get("beoordelingen").get(1).get("saldoIn").asLong()).isEqualTo(70);
        JsonNode bevinding = a.get("bevindingen").get(0);
        assertThat(bevinding.get("type").asString()).isEqualTo("SALDO_GECORRIGEERD");
        assertThat(bevinding.get("peildatum").asString()).isEqualTo("2022-07-01");
        assertThat(a.get("gemeente").isNull()).isTrue();
    }

    @Test
    void besluit_maakt_voorgestelde_stap_naar_4_van_kracht() throws Exception {
        String zonder = """
                {"beleidskader":"zuid-holland-2020","startTrede":"3b","perioden":[
                 {"periode":"2023-II","taakstelling":100,"eindstand":{"gehuisvestCoa":10}}]}
                """;
        JsonNode voorstel = ok(zonder).get("beoordelingen").get(0);
        assertThat(voorstel.get("conclusie").asString()).isEqualTo("VOLGENDE_FASE_VOORGESTELD");
        assertThat(voorstel.get("tredeNa").asString()).isEqualTo("3b");
        assertThat(voorstel.get("voorgesteldeTrede").asString()).isEqualTo("4");
        assertThat(voorstel.get("besluitVereist").asBoolean()).isTrue();

        ObjectNode met = (ObjectNode) json.readTree(zonder);
        met.putArray("besluiten").addObject().put("peildatum", "2024-01-01").put("trede", "4")
                .put("motivering", "GS besluiten tot vooraankondiging.");
        JsonNode besluit = ok(met.toString()).get("beoordelingen").get(0);
        assertThat(besluit.get("conclusie").asString()).isEqualTo("VOLGENDE_FASE");
        assertThat(besluit.get("tredeNa").asString()).isEqualTo("4");
    }

    @Test
    void trede_3_wordt_als_3a_gelezen() throws Exception {
        JsonNode a = ok("""
                {"beleidskader":"zuid-holland-2020","startTrede":"3","perioden":[
                 {"periode":"2022-I","taakstelling":100,"eindstand":{"gehuisvestCoa":10}}]}
                """);
        assertThat(a.get("beoordelingen").get(0).get("tredeVoor").asString()).isEqualTo("3a");
        assertThat(a.get("beoordelingen").get(0).get("tredeNa").asString()).isEqualTo("3b");
    }

    @Test
    void elk_ongeldig_veld_wordt_genoemd() throws Exception {
        String body = """
                {"beleidskader":"onbekend","gemeente":"Den Haag","startTrede":"7","extra":1,"perioden":[
                 {"periode":"2021-I","taakstelling":-1,"tussenstand":{"gehuisvest":-5,"koppelingen":"veel"},"x":true},
                 {"periode":"2022-I","taakstelling":1.5,"eindstand":{"gehuisvestCoa":null,"stapelgemeenteMaanden":7}},
                 {"periode":"2022-III","taakstelling":10}],
                 "besluiten":[{"peildatum":"2022-02-30","trede":"9"}]}
                """;
        JsonNode p = probleem(body, 400);
        assertThat(namen(p)).containsExactlyInAnyOrder(
                "beleidskader", "gemeente", "startTrede", "extra",
                "perioden[0].taakstelling", "perioden[0].tussenstand.gehuisvest", "perioden[0].tussenstand.koppelingen",
                "perioden[0].x", "perioden[0].eindstand",
                "perioden[1].periode", "perioden[1].taakstelling", "perioden[1].eindstand.gehuisvestCoa",
                "perioden[1].eindstand.stapelgemeenteMaanden",
                "perioden[2].periode",
                "besluiten[0].peildatum", "besluiten[0].trede", "besluiten[0].motivering");
    }

    @Test
    void niet_aansluitende_perioden_worden_geweigerd() throws Exception {
        JsonNode p = probleem("""
                {"beleidskader":"zuid-holland-2020","perioden":[
                 {"periode":"2021-I","taakstelling":1,"eindstand":{"gehuisvestCoa":1}},
                 {"periode":"2021-I","taakstelling":1}]}
                """, 400);
        assertThat(namen(p)).containsExactly("perioden[1].periode");
        assertThat(p.get("invalidParams").get(0).get("reason").asString()).contains("2021-II");
    }

    @Test
    void onbekend_beleidskader_geeft_400() throws Exception {
        assertThat(namen(probleem("{\"beleidskader\":\"utrecht-2099\",\"perioden\":[{\"periode\":\"2021-I\",\"taakstelling\":1}]}",
                400))).containsExactly("beleidskader");
    }

    @Test
    void ontbrekende_of_lege_perioden_geven_400() throws Exception {
        assertThat(namen(probleem("{\"beleidskader\":\"zuid-holland-2020\"}", 400))).containsExactly("perioden");
        assertThat(namen(probleem("{\"beleidskader\":\"zuid-holland-2020\",\"perioden\":[]}", 400)))
                .containsExactly("perioden");
    }

    @Test
    void meer_dan_40_perioden_geeft_400() throws Exception {
        StringBuilder sb = new StringBuilder("{\"beleidskader\":\"zuid-holland-2020\",\"perioden\":[");
        int jaar = 2000;
        for (int i = 0; i < 41; i++) {
            sb.append(i > 0 ? "," : "").append("{\"periode\":\"").append(jaar + i / 2).append(i % 2 == 0 ? "-I" : "-II")
                    .append("\",\"taakstelling\":1,\"eindstand\":{\"gehuisvestCoa\":1}}");
        }
        sb.append("]}");
        assertThat(namen(probleem(sb.toString(), 400))).containsExactly("perioden");
    }

    @Test
    void veertig_perioden_mag_wel() throws Exception {
        StringBuilder sb = new StringBuilder("{\"beleidskader\":\"zuid-holland-2020\",\"perioden\":[");
        for (int i = 0; i < 40; i++) {
            sb.append(i > 0 ? "," : "").append("{\"periode\":\"").append(2000 + i / 2).append(i % 2 == 0 ? "-I" : "-II")
                    .append("\",\"taakstelling\":10,\"tussenstand\":{\"gehuisvest\":3,\"koppelingen\":2},"
                            + "\"eindstand\":{\"gehuisvestCoa\":8}}");
        }
        sb.append("]}");
        assertThat(ok(sb.toString()).get("beoordelingen").size()).isEqualTo(80);
    }

    @Test
    void kapotte_json_geeft_400_met_invalid_params() throws Exception {
        for (String body : List.of("{", "", "[1,2]", "null", "{\"beleidskader\":\"zuid-holland-2020\"} extra",
                "{\"beleidskader\":\"a\",\"beleidskader\":\"b\"}")) {
            JsonNode p = probleem(body, 400);
            assertThat(p.get("invalidParams")).as(body).isNotNull();
        }
    }

    @Test
    void te_groot_verzoek_geeft_413() throws Exception {
        String groot = "{\"beleidskader\":\"zuid-holland-2020\",\"gemeente\":\"" + "x".repeat(70_000) + "\"}";
        probleem(groot, 413);
    }

    @Test
    void ander_mediatype_geeft_415_als_problem_json() throws Exception {
        MvcResult r = mvc.perform(post("/api/v1/toezicht/simulaties").contentType(MediaType.TEXT_PLAIN).content("x"))
                .andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(415);
        assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
    }

    @Test
    void er_wordt_niets_opgeslagen_en_geen_aanmelding_gevraagd() throws Exception {
        long auditVoor = jdbc.sql("select count(*) from audit_log").query(Long.class).single();
        JsonNode a = ok(voorbeeld().get("request").toString());
        assertThat(a.get("beoordelingen").size()).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from audit_log").query(Long.class).single()).isEqualTo(auditVoor);
    }
}
