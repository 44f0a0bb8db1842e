package nl.woonregie.brieven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.pdf.PdfAControle;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.RondeFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The letter's own content set during the round's review (issue 19 §2, ADR 0050): the college's postal address from the
 * contacts register, "Uw kenmerk", the province's zaaknummer, a named signer with function, free paragraphs of the
 * round and of the municipality, and the copy-to list are frozen into the letters at vaststellen — a table of cases,
 * one municipality each, all in one round; the frozen PDF stays PDF/A (veraPDF). Bad input is refused naming every
 * invalid field; a stale version and a vastgestelde round answer 409; every change is audited; only the province's
 * supervisor (and the administrator) reads and changes it.
 */
@IntegratieTest
class BriefinhoudTest {

    static final String ZAAKNUMMER = "Z-2022-012345";
    static final String ONDERTEKENAAR = "drs. J. Jansen (fictief)";
    static final String FUNCTIE = "Teamleider interbestuurlijk toezicht";
    static final String RONDE_ALINEA = "Wij danken u voor het gesprek van 1 september 2022 over de aanpak.";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GebiedService gebied;

    Api api;
    Accounts accounts;
    RondeFixture rondes;

    @BeforeEach
    void fixtures() {
        api = new Api(mvc);
        accounts = new Accounts(mvc);
        rondes = new RondeFixture(mvc, jdbc, gebied);
    }

    /**
     * One municipality's case: the college's postal address in the register (null: none), what is set for its letter
     * (null: nothing), and what its frozen letter must and must not say (besides the round's part, which every
     * letter carries).
     */
    record Geval(String naam, String postadres, String uwKenmerk, String alinea, List<String> afschrift,
            List<String> wel, List<String> niet) {
    }

    static Stream<Geval> gevallen() {
        return Stream.of(
                new Geval("niets voor de gemeente, geen college in het register", null, null, null, null,
                        List.of(), List.of("Uw kenmerk", "Afschrift aan", "Postbus")),
                new Geval("postadres uit het register, uw kenmerk en afschrift aan de raad",
                        "Postbus 901 (fictief)\\n9000 AA Ergens", "GEM-2022/0815", null,
                        List.of("de gemeenteraad", "de commissaris van de Koning"),
                        List.of("Postbus 901 (fictief)", "9000 AA Ergens", "Uw kenmerk", "GEM-2022/0815",
                                "Afschrift aan:", "de gemeenteraad", "de commissaris van de Koning"),
                        List.of()),
                new Geval("eigen alinea van de gemeente, twee alinea's", null, null,
                        "Wij hebben uw plan van aanpak van 15 augustus 2022 ontvangen.\n\nWij reageren daar apart op.",
                        null,
                        List.of("Wij hebben uw plan van aanpak van 15 augustus 2022 ontvangen.",
                                "Wij reageren daar apart op."),
                        List.of("Uw kenmerk", "Afschrift aan")));
    }

    @Test
    void de_inhoud_uit_de_beoordeling_staat_in_de_brieven_die_bij_het_vaststellen_worden_vastgelegd()
            throws Exception {
        RondeFixture.Toezicht t = rondes.nieuw();
        String toezicht = t.toezichthouder();
        List<Geval> gevallen = gevallen().toList();
        List<String> gemeenten = new ArrayList<>();
        for (Geval g : gevallen) {
            String code = t.gemeente();
            gemeenten.add(code);
            if (g.postadres() != null) {
                api.als(toezicht).post("/api/v1/gemeenten/" + code + "/contacten", "{\"soort\": \"BESTUURLIJK\", "
                        + "\"rol\": \"COLLEGE\", \"naam\": \"College van burgemeester en wethouders\", \"postadres\": \""
                        + g.postadres() + "\", \"elektronischBereikbaar\": false, \"reden\": \"Voor de brieven\"}")
                        .status(201);
            }
        }
        long ronde = t.ronde(t.tussentijds());
        String pad = "/api/v1/beoordelingsrondes/" + ronde + "/briefinhoud";

        // nothing set yet: version 0, the municipalities with a letter listed with their college's postal address
        JsonNode leeg = api.als(toezicht).get(pad).json();
        assertThat(leeg.get("versie").asInt()).isZero();
        assertThat(leeg.get("wijzigen").asBoolean()).isTrue();
        assertThat(gemeente(leeg, gemeenten.get(1)).get("postadres").toString())
                .isEqualTo("[\"Postbus 901 (fictief)\",\"9000 AA Ergens\"]");

        Api.Antwoord gezet = api.als(toezicht).put(pad, json(Map.of("zaaknummer", ZAAKNUMMER, "ondertekenaar",
                ONDERTEKENAAR, "functie", FUNCTIE, "alinea", RONDE_ALINEA)), "\"0\"").status(200);
        assertThat(gezet.header("ETag")).isEqualTo("\"1\"");
        for (int i = 0; i < gevallen.size(); i++) {
            Geval g = gevallen.get(i);
            if (g.uwKenmerk() == null && g.alinea() == null && g.afschrift() == null) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("uwKenmerk", g.uwKenmerk());
            m.put("alinea", g.alinea());
            m.put("afschrift", g.afschrift());
            m.put("versie", 0);
            api.als(toezicht).put(pad + "/" + gemeenten.get(i), json(m)).status(200);
        }

        // the preview of the CONCEPT round shows it already
        String voorbeeld = api.als(toezicht).get("/api/v1/beoordelingsrondes/" + ronde + "/brieven/"
                + gemeenten.get(1) + "/brief.html").tekst();
        assertThat(voorbeeld).contains(ZAAKNUMMER, "GEM-2022/0815", ONDERTEKENAAR);

        t.vaststellen(ronde);
        for (int i = 0; i < gevallen.size(); i++) {
            Geval g = gevallen.get(i);
            String code = gemeenten.get(i);
            String html = api.als(toezicht).get("/api/v1/beoordelingsrondes/" + ronde + "/brieven/" + code
                    + "/brief.html").tekst();
            assertThat(html).as(g.naam()).contains(ZAAKNUMMER, "Zaaknummer", ONDERTEKENAAR, FUNCTIE, RONDE_ALINEA)
                    .doesNotContain("de toezichthouder huisvesting vergunninghouders</p>");
            for (String w : g.wel()) {
                assertThat(html).as(g.naam() + ": " + w).contains(w);
            }
            for (String n : g.niet()) {
                assertThat(html).as(g.naam() + ": niet " + n).doesNotContain(n);
            }
        }
        byte[] pdf = api.als(toezicht).get("/api/v1/beoordelingsrondes/" + ronde + "/brieven/" + gemeenten.get(1)
                + "/brief.pdf").status(200).bytes();
        assertThat(PdfAControle.overtredingen(pdf)).as("veraPDF, PDF/A-2a").isEmpty();
        if (PdfAControle.pdftotextAanwezig()) {
            assertThat(PdfAControle.tekst(pdf)).contains("Uw kenmerk", "GEM-2022/0815", ONDERTEKENAAR,
                    "Afschrift aan", "de gemeenteraad", "Postbus 901 (fictief)");
        }

        // once vastgesteld it no longer changes (409), the page says so and offers no form
        JsonNode vast = api.als(toezicht).get(pad).json();
        assertThat(vast.get("wijzigen").asBoolean()).isFalse();
        api.als(toezicht).put(pad, json(Map.of("zaaknummer", "Z-ANDERS")), "\"1\"").probleem(409);
        api.als(toezicht).put(pad + "/" + gemeenten.get(0), json(Map.of("uwKenmerk", "X", "versie", 0)))
                .probleem(409);
        assertThat(api.als(toezicht).get(pad).json().get("zaaknummer").asString()).isEqualTo(ZAAKNUMMER);
        String pagina = api.als(toezicht).get("/rondes/" + ronde + "/briefinhoud").tekst();
        assertThat(pagina).contains("De ronde is vastgesteld", ZAAKNUMMER).doesNotContain("id=\"rondeformulier\"");

        // audited: the round's part and the two municipalities' parts
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'BRIEFINHOUD_GEWIJZIGD' and "
                + "(object_id = ? or object_id like ?)").params(Long.toString(ronde), ronde + "/%")
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void ongeldige_invoer_noemt_elk_veld_een_oude_versie_is_409_en_alleen_de_toezichthouder_mag_het() {
        RondeFixture.Toezicht t = rondes.vanKlasse(getClass());
        String toezicht = t.toezichthouder();
        String code = t.gemeente();
        long ronde = t.ronde(t.tussentijds());
        String pad = "/api/v1/beoordelingsrondes/" + ronde + "/briefinhoud";

        JsonNode p = api.als(toezicht).put(pad, json(Map.of("zaaknummer", "Z".repeat(61), "ondertekenaar",
                "J. Jansen", "alinea", "x".repeat(4001)))).probleem(400);
        assertThat(Api.namen(p)).containsExactlyInAnyOrder("versie", "zaaknummer", "functie", "alinea");
        JsonNode q = api.als(toezicht).put(pad + "/" + code, json(Map.of("uwKenmerk", "A\nB", "afschrift",
                List.of("de gemeenteraad", "r".repeat(201)), "versie", -1))).probleem(400);
        assertThat(Api.namen(q)).containsExactlyInAnyOrder("versie", "uwKenmerk", "afschrift[1]");
        api.als(toezicht).put(pad, "{\"zaaknummer\": \"Z-1\", \"versie\": 0, \"onbekend\": 1}").probleem(400);
        assertThat(api.als(toezicht).get(pad).json().get("versie").asInt()).as("niets vastgelegd").isZero();

        api.als(toezicht).put(pad, json(Map.of("zaaknummer", "Z-1", "versie", 0))).status(200);
        api.als(toezicht).put(pad, json(Map.of("zaaknummer", "Z-2", "versie", 0))).probleem(409);
        api.als(toezicht).put(pad, json(Map.of("zaaknummer", "Z-2")), "\"1\"").status(200);
        assertThat(api.als(toezicht).get(pad).json().get("zaaknummer").asString()).isEqualTo("Z-2");
        api.als(toezicht).get(pad + "/GM9999").probleem(404);

        String gemeente = accounts.gemeente(code);
        api.als(gemeente).get(pad).probleem(403);
        api.als(gemeente).put(pad + "/" + code, json(Map.of("uwKenmerk", "X", "versie", 0))).probleem(403);
        String elders = accounts.toezichthouder(RondeFixture.ELDERS);
        api.als(elders).get(pad).probleem(403);
        api.als(elders).put(pad, json(Map.of("zaaknummer", "Z-3", "versie", 2))).probleem(403);
        assertThat(api.als(Api.BEHEERDER).get(pad).json().get("zaaknummer").asString()).isEqualTo("Z-2");
    }

    static JsonNode gemeente(JsonNode inhoud, String code) {
        for (JsonNode g : inhoud.get("gemeenten")) {
            if (g.get("gemeente").asString().equals(code)) {
                return g;
            }
        }
        throw new AssertionError(code + " niet in " + inhoud);
    }

    static String json(Object o) {
        return Api.JSON.writeValueAsString(o);
    }
}
