package nl.woonregie.aanbod;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.RondeFixture;
import nl.woonregie.support.TestKlok;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * A project's facts of the doorbraakplan (issue 17 §5) over the API: stored as part of a PROJECT source's version,
 * checked when read (share, own requirements, findings by the application's clock), every invalid field named, and a
 * version stored under schema 1 (before the facts existed) still read.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectfeitenApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GebiedService gebied;

    @Autowired
    TestKlok klok;

    Api api;
    Accounts accounts;
    RondeFixture rondes;

    @BeforeAll
    void opzet() {
        api = new Api(mvc);
        accounts = new Accounts(mvc);
        rondes = new RondeFixture(mvc, jdbc, gebied);
    }

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    static String pad(String gemeente) {
        return "/api/v1/gemeenten/" + gemeente + "/aanbodbronnen";
    }

    /** Leeghwaterplein as the memos give it (000:L108-127, L320-336, L363-368, L897-898). */
    static final String LEEGHWATERPLEIN = """
            {"soort": "PROJECT", "naam": "Leeghwaterplein", "duur": "TIJDELIJK", "woonvorm": "ONZELFSTANDIG",
             "plaatsen": 40, "eenheden": 120, "eigenaar": "Haag Wonen", "startInhuizing": "2023-06-01",
             "eindeGebruik": "2028-05-31", "status": "IN_VOORBEREIDING", "reden": "De memo's",
             "projectfeiten": {
               "eisen": [{"tekst": "1 harde eis: 33% statushouders", "soort": "MIN_AANDEEL", "waarde": 33},
                         {"tekst": "Een ontmoetingsruimte"}],
               "doelgroepen": [{"naam": "MBO-studenten (Mondriaan)", "aantal": 15, "partners": "Haag Wonen, Inspire",
                                "toelichting": "Intentieovereenkomst niet getekend"}],
               "tijdelijkeTermijnJaren": 5, "exploitatietermijnJaren": 6,
               "financiering": [{"bron": "BZK-middelen"},
                                {"bron": "12k-subsidie", "bedrag": 12000, "vervaltOp": "2023-03-01"}],
               "goBesluit": {"uitkomst": "IN_AFWACHTING"},
               "oekraineGebruik": true, "oekraineToelichting": "3 van de 7 locaties (mogelijk)",
               "stadsdeel": "Laak",
               "adviezen": [{"adviseur": "OOV", "datum": "2022-02-21", "uitkomst": "VERWACHT",
                             "toelichting": "Vroegste moment om het college positief te adviseren"}]}}""";

    @Test
    void de_feiten_van_een_project_worden_opgeslagen_en_bij_het_lezen_getoetst() {
        String gm = rondes.vanKlasse(getClass()).gemeenteElders();
        String eigen = accounts.gemeente(gm);
        klok.zet(LocalDate.of(2023, 3, 6));
        JsonNode b = api.als(eigen).post(pad(gm), LEEGHWATERPLEIN).json(201);
        JsonNode p = b.path("feiten").path("projectfeiten");
        assertThat(p.path("eisen").get(0).path("soort").asString()).isEqualTo("MIN_AANDEEL");
        assertThat(p.path("doelgroepen").get(0).path("aantal").asInt()).isEqualTo(15);
        assertThat(p.path("financiering").get(1).path("bedrag").decimalValue()).isEqualByComparingTo("12000");
        assertThat(p.path("stadsdeel").asString()).isEqualTo("Laak");
        assertThat(p.path("oekraineGebruik").asBoolean()).isTrue();
        assertThat(p.path("adviezen").get(0).path("datum").asString()).isEqualTo("2022-02-21");

        JsonNode t = api.als(eigen).get(pad(gm) + "/" + b.path("id").asLong()).json().path("projecttoetsing");
        assertThat(t.path("aandeel").toString()).isEqualTo("{\"plaatsen\":40,\"eenheden\":120,\"procent\":33.3}");
        assertThat(t.path("eisen").get(0).path("uitslag").asString()).isEqualTo("VOLDAAN");
        assertThat(t.path("eisen").get(0).path("uitleg").asString())
                .isEqualTo("40 van 120 is 33,3%; gevraagd: minstens 33% statushouders.");
        assertThat(t.path("eisen").get(1).path("uitslag").asString()).isEqualTo("GEEN_TOETS");
        List<String> bevindingen = new ArrayList<>();
        t.path("bevindingen").forEach(x -> bevindingen.add(x.path("type").asString()));
        assertThat(bevindingen).containsExactly("TERMIJNEN_VERSCHILLEN", "FINANCIERING_VERVALLEN");

        // a change is a new version: 30 of 120 no longer meets the requirement
        String gewijzigd = LEEGHWATERPLEIN.replace("\"plaatsen\": 40", "\"plaatsen\": 30")
                .replace("{\"soort\": \"PROJECT\"", "{\"versie\": 1, \"soort\": \"PROJECT\"");
        JsonNode v2 = api.als(eigen).put(pad(gm) + "/" + b.path("id").asLong(), gewijzigd).json();
        assertThat(v2.path("versie").asInt()).isEqualTo(2);
        assertThat(v2.path("projecttoetsing").path("eisen").get(0).path("uitslag").asString())
                .isEqualTo("NIET_VOLDAAN");
        assertThat(v2.path("versies").get(1).path("feiten").path("plaatsen").asInt()).isEqualTo(40);
        // the audit trail holds the facts before and after
        assertThat(jdbc.sql("select count(*) from audit_log where object_type = 'aanbodbron' and object_id = ? "
                        + "and actie = 'AANBODBRON_GEWIJZIGD' and nieuwe_waarde::text like '%Laak%'")
                .param(Long.toString(b.path("id").asLong())).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void elk_ongeldig_veld_van_de_projectfeiten_wordt_genoemd() {
        String gm = rondes.vanKlasse(getClass()).gemeenteElders();
        String eigen = accounts.gemeente(gm);
        JsonNode fout = api.als(eigen).post(pad(gm), """
                {"soort": "PROJECT", "naam": "X", "duur": "TIJDELIJK", "woonvorm": "ZELFSTANDIG", "plaatsen": 10,
                 "startInhuizing": "2023-01-01", "status": "BESLOTEN", "reden": "test",
                 "projectfeiten": {
                   "eisen": [{"soort": "MIN_AANDEEL", "waarde": 130}, {"tekst": "t", "soort": "ONBEKEND"},
                             {"tekst": "t", "waarde": 3}, {"tekst": "t", "soort": "MAX_AANTAL", "waarde": 2.5}],
                   "doelgroepen": [{"aantal": -1}],
                   "tijdelijkeTermijnJaren": 0, "exploitatietermijnJaren": "zes",
                   "financiering": [{"bedrag": 10.001, "vervaltOp": "2023-02-30"}],
                   "goBesluit": {"datum": "morgen"},
                   "oekraineGebruik": "misschien",
                   "adviezen": [{"toelichting": "zonder alles"}, {"adviseur": "POLITIE", "datum": "2022-02-21",
                                 "uitkomst": "GOED"}]}}""").probleem(400);
        assertThat(Api.namen(fout)).containsExactlyInAnyOrder(
                "projectfeiten.eisen[0].tekst", "projectfeiten.eisen[0].waarde", "projectfeiten.eisen[1].soort",
                "projectfeiten.eisen[2].waarde", "projectfeiten.eisen[3].waarde",
                "projectfeiten.doelgroepen[0].naam", "projectfeiten.doelgroepen[0].aantal",
                "projectfeiten.tijdelijkeTermijnJaren", "projectfeiten.exploitatietermijnJaren",
                "projectfeiten.financiering[0].bron", "projectfeiten.financiering[0].bedrag",
                "projectfeiten.financiering[0].vervaltOp",
                "projectfeiten.goBesluit.uitkomst", "projectfeiten.goBesluit.datum",
                "projectfeiten.oekraineGebruik",
                "projectfeiten.adviezen[0].adviseur", "projectfeiten.adviezen[0].datum",
                "projectfeiten.adviezen[0].uitkomst", "projectfeiten.adviezen[1].adviseur",
                "projectfeiten.adviezen[1].uitkomst");
        // project facts on another kind of source, and an unknown field, are refused
        JsonNode anders = api.als(eigen).post(pad(gm), """
                {"soort": "TEMPO", "naam": "Overig", "perWeek": 2, "reden": "test",
                 "projectfeiten": {"stadsdeel": "Laak"}}""").probleem(400);
        assertThat(Api.namen(anders)).containsExactly("projectfeiten");
        api.als(eigen).post(pad(gm), LEEGHWATERPLEIN.replace("\"stadsdeel\": \"Laak\"",
                "\"stadsdeel\": \"Laak\", \"wijk\": \"Laakkwartier\"")).probleem(400);
    }

    @Test
    void een_versie_van_voor_de_projectfeiten_schemaversie_1_wordt_nog_gelezen() {
        String gm = rondes.vanKlasse(getClass()).gemeenteElders();
        String eigen = accounts.gemeente(gm);
        long id = jdbc.sql("insert into aanbod_bron (gemeente_code, soort, versie) values (?, 'PROJECT', 1) "
                + "returning id").param(gm).query(Long.class).single();
        jdbc.sql("""
                insert into aanbod_bron_versie (bron_id, versie, schema_versie, gegevens, reden, door)
                values (?, 1, 1, cast(? as jsonb), 'van voor V135', 'test')""")
                .params(id, "{\"naam\": \"Oud project\", \"duur\": \"PERMANENT\", \"woonvorm\": \"ZELFSTANDIG\", "
                        + "\"eenheden\": 90, \"plaatsen\": 45, \"startInhuizing\": \"2022-10-01\", "
                        + "\"status\": \"IN_GEBRUIK\"}")
                .update();
        JsonNode b = api.als(eigen).get(pad(gm) + "/" + id).json();
        assertThat(b.path("feiten").path("naam").asString()).isEqualTo("Oud project");
        assertThat(b.path("feiten").has("projectfeiten")).isFalse();
        assertThat(b.path("projecttoetsing").path("aandeel").path("procent").decimalValue())
                .isEqualByComparingTo("50");
        // a change writes schema version 2 beside it; the old version stays readable
        api.als(eigen).put(pad(gm) + "/" + id, """
                {"versie": 1, "soort": "PROJECT", "naam": "Oud project", "duur": "PERMANENT",
                 "woonvorm": "ZELFSTANDIG", "eenheden": 90, "plaatsen": 45, "startInhuizing": "2022-10-01",
                 "status": "IN_GEBRUIK", "reden": "stadsdeel erbij", "projectfeiten": {"stadsdeel": "Escamp"}}""")
                .status(200);
        assertThat(jdbc.sql("select schema_versie from aanbod_bron_versie where bron_id = ? order by versie")
                .param(id).query(Integer.class).list()).containsExactly(1, 2);
        JsonNode nu = api.als(eigen).get(pad(gm) + "/" + id).json();
        assertThat(nu.path("feiten").path("projectfeiten").path("stadsdeel").asString()).isEqualTo("Escamp");
        assertThat(nu.path("versies").get(1).path("feiten").has("projectfeiten")).isFalse();
    }
}
