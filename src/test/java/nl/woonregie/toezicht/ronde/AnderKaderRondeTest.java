package nl.woonregie.toezicht.ronde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.pdf.PdfAControle;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Achtergrondwerk;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.Testgegevens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Rounds and letters for beleidskaders of another calendar (issue 15 §5 step 4, ADR 0033), end to end through the
 * API on the law's half-yearly figures:
 * <ul>
 * <li>{@code voorbeeld-jaar-2025} (test data for Zeeland, PV29): 2025 judged on 25 January 2026 — the year's
 * taakstelling is the sum of its two half years', realised the sum of their end standings (COA's final figure where
 * stored), the next year's opgave follows in the letter;</li>
 * <li>{@code voorbeeld-kwartaal-2025} (test data for Overijssel, PV23): half years with a tussentijdse toets on
 * 15 April, on COA's standing at the end of March (a row of 10 April is not used), with its own factor (80%), and
 * the eindoordeel on 15 July;</li>
 * <li>a kader that judges quarters ({@code test-kwartaal-pv20}) is refused by rounds, with the reason.</li>
 * </ul>
 * Each letter is a PDF/A whose text carries the kader's dates and step names, and no date of Zuid-Holland's calendar.
 * Own database: the figures of 2025 and 2026 of these provinces are this test's.
 */
@IntegratieTest
@TestPropertySource(properties = "woonregie.test.database=kader-rondes")
class AnderKaderRondeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GebiedService gebied;

    Api api;
    Accounts accounts;

    @BeforeEach
    void fixtures() {
        api = new Api(mvc);
        accounts = new Accounts(mvc);
    }

    @Test
    void een_jaarkader_oordeelt_2025_op_25_januari_2026_op_de_som_van_de_halfjaren() throws Exception {
        List<String> zeeland = gemeenten("PV29", LocalDate.of(2025, 12, 31));
        String a = zeeland.get(0);
        String b = zeeland.get(1);
        String c = zeeland.get(2);
        // A: 12 + 18 = 30 to house, 10 + 8 = 18 housed (COA's final figure of the first half: 11) → not realised
        Testgegevens.beginstand(jdbc, a, "2025-I", 0, "0");
        Testgegevens.taakstelling(jdbc, a, "2025-I", 12);
        Testgegevens.taakstelling(jdbc, a, "2025-II", 18);
        Testgegevens.taakstelling(jdbc, a, "2026-I", 15);
        Testgegevens.taakstelling(jdbc, a, "2026-II", 16);
        Testgegevens.coaStand(jdbc, a, "2025-I", LocalDate.of(2025, 3, 31), 4, 9, 0, false);
        Testgegevens.coaStand(jdbc, a, "2025-I", LocalDate.of(2025, 6, 30), 10, 9, 1, false);
        Testgegevens.coaStand(jdbc, a, "2025-II", LocalDate.of(2025, 12, 31), 8, 5, 1, false);
        jdbc.sql("insert into coa_definitief (gemeente_code, periode, gehuisvest, reden, ingevoerd_door) "
                + "values (?, '2025-I', 11, 'test: definitieve opgave van COA', 'test')").param(a).update();
        // B: 10 + 10 = 20 to house, 9 + 12 = 21 housed → realised
        Testgegevens.beginstand(jdbc, b, "2025-I", 0, "1");
        Testgegevens.taakstelling(jdbc, b, "2025-I", 10);
        Testgegevens.taakstelling(jdbc, b, "2025-II", 10);
        Testgegevens.coaStand(jdbc, b, "2025-I", LocalDate.of(2025, 6, 27), 9, 0, 0, false);
        Testgegevens.coaStand(jdbc, b, "2025-II", LocalDate.of(2025, 12, 31), 12, 0, 0, false);
        // C: the second half year has no taakstelling
        Testgegevens.beginstand(jdbc, c, "2025-I", 0, "0");
        Testgegevens.taakstelling(jdbc, c, "2025-I", 10);
        Testgegevens.coaStand(jdbc, c, "2025-I", LocalDate.of(2025, 6, 30), 10, 0, 0, false);
        Testgegevens.coaStand(jdbc, c, "2025-II", LocalDate.of(2025, 12, 31), 10, 0, 0, false);

        String th = accounts.toezichthouder("PV29");
        // 1 January is no peildatum of this kader: the reason names the kader's dates
        JsonNode p = api.als(th).post("/api/v1/provincies/PV29/beoordelingsrondes", "{\"peildatum\":\"2026-01-01\"}")
                .probleem(400);
        assertThat(Api.namen(p)).containsExactly("peildatum");
        assertThat(Api.reden(p, "peildatum")).contains("voorbeeld-jaar-2025").contains("25 januari 2026");

        long id = api.als(th).post("/api/v1/provincies/PV29/beoordelingsrondes", "{\"peildatum\":\"2026-01-25\"}")
                .idUitLocation();
        JsonNode ronde = api.als(th).get("/api/v1/beoordelingsrondes/" + id).json();
        assertThat(ronde.get("soort").asString()).isEqualTo("EINDOORDEEL");
        assertThat(ronde.get("beleidskader").asString()).isEqualTo("voorbeeld-jaar-2025");
        JsonNode ua = uitkomst(ronde, a);
        assertThat(ua.get("periode").asString()).isEqualTo("2025");
        assertThat(ua.get("taakstelling").asLong()).isEqualTo(30);
        assertThat(ua.get("opgave").asLong()).isEqualTo(30);
        assertThat(ua.get("gehuisvestCoa").asLong()).isEqualTo(18);
        assertThat(ua.get("gehuisvestCoaDefinitief").asLong()).isEqualTo(19);
        assertThat(ua.get("omkoppelingenGemeld").asLong()).isEqualTo(2);
        assertThat(ua.get("tredeVoor").asString()).isEqualTo("0");
        assertThat(ua.get("tredeNa").asString()).isEqualTo("1");
        assertThat(ua.get("conclusie").asString()).isEqualTo("VOLGENDE_FASE");
        assertThat(ua.get("saldoUit").asLong()).isEqualTo(11);
        assertThat(ua.get("volgendePeriode").get("periode").asString()).isEqualTo("2026");
        assertThat(ua.get("volgendePeriode").get("taakstelling").asLong()).isEqualTo(31);
        assertThat(ua.get("volgendePeriode").get("opgave").asLong()).isEqualTo(42);
        JsonNode ub = uitkomst(ronde, b);
        assertThat(ub.get("conclusie").asString()).isEqualTo("GEREALISEERD");
        assertThat(ub.get("tredeNa").asString()).isEqualTo("0");
        assertThat(ub.get("saldoUit").asLong()).isEqualTo(-1);
        assertThat(gemeente(ronde, c).get("uitkomst").isNull()).isTrue();
        assertThat(gemeente(ronde, c).get("ontbrekend").toString()).contains("taakstelling 2025-II");

        // the overview at the kader's peildatum
        JsonNode overzicht = api.als(th).get("/api/v1/provincies/PV29/overzicht?peildatum=2026-01-25").json();
        assertThat(overzicht.get("soort").asString()).isEqualTo("EINDOORDEEL");
        assertThat(overzicht.get("totalen").get("opgave").asLong()).isEqualTo(50);
        assertThat(overzicht.get("totalen").get("koppelingenOordeelPer").isNull()).isTrue();
        assertThat(api.als(th).get("/provincies/PV29?peildatum=2026-01-25").status(200).tekst())
                .contains("Kaart: trede per gemeente").doesNotContain("te weinig koppelingen op");

        vaststellen(id);
        // the municipality's history follows the kader's calendar: 2025 computed up to 25 January 2026
        JsonNode historie = api.als(th).get("/api/v1/gemeenten/" + a + "/toezicht").json();
        assertThat(historie.get("beleidskader").asString()).isEqualTo("voorbeeld-jaar-2025");
        assertThat(historie.get("berekendTotEnMet").asString()).isEqualTo("2026-01-25");
        assertThat(Api.velden(historie.get("perioden"), "periode")).startsWith("2025");
        assertThat(historie.get("perioden").get(0).get("tredeNaEindoordeel").asString()).isEqualTo("1");
        String tekst = brief(th, id, a, "PZL-");
        assertThat(tekst).contains("beoordeling per 25 januari 2026").contains("Resultaat periode 2025")
                .contains("Taakstelling periode 2025").contains("Saldo per 1 januari 2025")
                .contains("Gehuisvest volgens COA per 31 december 2025").contains("signaleren")
                .contains("bestuurlijk overleg").contains("indeplaatsstelling").contains("Opgave periode 2026")
                .contains("Bij het eindoordeel (25 januari)").contains("Niet beoordeeld")
                .doesNotContain("tussentijdse toets (").doesNotContain("1 april").doesNotContain("1 juli")
                .doesNotContain("1 oktober");
    }

    @Test
    void een_kwartaaltoets_op_15_april_en_het_eindoordeel_op_15_juli_in_een_halfjaar() throws Exception {
        List<String> overijssel = gemeenten("PV23", LocalDate.of(2025, 6, 30));
        String d = overijssel.get(0);
        String e = overijssel.get(1);
        // D: opgave 20, minimaal 10, on schedule from 8 (80%); at the end of March 7 housed → not on schedule;
        // a row of 10 April (9, which would be on schedule) lies after the end of the month before 15 April
        Testgegevens.beginstand(jdbc, d, "2025-I", 0, "0");
        Testgegevens.taakstelling(jdbc, d, "2025-I", 20);
        Testgegevens.taakstelling(jdbc, d, "2025-II", 24);
        Testgegevens.coaStand(jdbc, d, "2025-I", LocalDate.of(2025, 3, 28), 7, 15, 0, false);
        Testgegevens.coaStand(jdbc, d, "2025-I", LocalDate.of(2025, 4, 10), 9, 15, 0, false);
        Testgegevens.coaStand(jdbc, d, "2025-I", LocalDate.of(2025, 6, 30), 14, 6, 0, false);
        // E: no standing from March
        Testgegevens.beginstand(jdbc, e, "2025-I", 0, "0");
        Testgegevens.taakstelling(jdbc, e, "2025-I", 20);
        Testgegevens.coaStand(jdbc, e, "2025-I", LocalDate.of(2025, 4, 10), 9, 15, 0, false);

        String th = accounts.toezichthouder("PV23");
        long toets = api.als(th).post("/api/v1/provincies/PV23/beoordelingsrondes", "{\"peildatum\":\"2025-04-15\"}")
                .idUitLocation();
        JsonNode ronde = api.als(th).get("/api/v1/beoordelingsrondes/" + toets).json();
        assertThat(ronde.get("soort").asString()).isEqualTo("TUSSENTIJDS");
        JsonNode ud = uitkomst(ronde, d);
        assertThat(ud.get("periode").asString()).isEqualTo("2025-I");
        assertThat(ud.get("gehuisvest").asLong()).isEqualTo(7);
        assertThat(ud.get("minimaal").asLong()).isEqualTo(10);
        assertThat(ud.get("opSchema").asBoolean()).isFalse();
        assertThat(ud.get("tredeNa").asString()).isEqualTo("1");
        // the kader's 80% is its norm, not a temporary exception as Zuid-Holland's corona peildata were
        assertThat(ud.get("motivering").toString()).contains("De norm is 80% van het minimaal")
                .doesNotContain("tijdelijk");
        assertThat(gemeente(ronde, e).get("ontbrekend").toString())
                .contains("COA-stand van de eerste helft 2025 uit maart (vóór 15 april 2025)");
        vaststellen(toets);
        String brief = brief(th, toets, d, "POV-");
        assertThat(brief).contains("stand van zaken per 15 april 2025").contains("Minimaal te huisvesten per 15 april 2025")
                .contains("Norm op schema per 15 april 2025 (80% van het")
                .contains("vóór 15 juli 2025 te realiseren").contains("bij het eindoordeel per 15 juli 2025")
                .contains("Bij een tussentijdse toets (15 april en 15 oktober)")
                .contains("Bij het eindoordeel (15 januari en 15 juli)").contains("signaleren")
                .contains("ambtelijk gesprek").doesNotContain("1 april").doesNotContain("1 oktober");

        long eind = api.als(th).post("/api/v1/provincies/PV23/beoordelingsrondes", "{\"peildatum\":\"2025-07-15\"}")
                .idUitLocation();
        ronde = api.als(th).get("/api/v1/beoordelingsrondes/" + eind).json();
        assertThat(ronde.get("soort").asString()).isEqualTo("EINDOORDEEL");
        ud = uitkomst(ronde, d);
        assertThat(ud.get("tredeVoor").asString()).isEqualTo("1");
        assertThat(ud.get("gehuisvestCoa").asLong()).isEqualTo(14);
        // 14 < 16 (80% of 20); 15 koppelingen on 15 April for the 13 left were enough: no excuse → step 2
        assertThat(ud.get("koppelingenVoldoende").asBoolean()).isTrue();
        assertThat(ud.get("tredeNa").asString()).isEqualTo("2");
        assertThat(ud.get("saldoUit").asLong()).isEqualTo(6);
        JsonNode overzicht = api.als(th).get("/api/v1/provincies/PV23/overzicht?peildatum=2025-07-15").json();
        assertThat(overzicht.get("totalen").get("koppelingenOordeelPer").asString()).isEqualTo("2025-04-15");
        vaststellen(eind);
        brief = brief(th, eind, d, "POV-");
        assertThat(brief).contains("beoordeling per 15 juli 2025")
                .contains("Waren er per 15 april 2025 voldoende koppelingen")
                .contains("Opgave tweede helft 2025").contains("Minimaal te huisvesten per 15 oktober 2025")
                .contains("ambtelijk gesprek").doesNotContain("1 april").doesNotContain("1 oktober");
    }

    @Test
    void een_kader_dat_per_kwartaal_oordeelt_wordt_door_rondes_geweigerd() {
        String th = accounts.toezichthouder("PV20");
        long voor = jdbc.sql("select count(*) from beoordelingsronde where provincie_code = 'PV20'")
                .query(Long.class).single();
        JsonNode p = api.als(th).post("/api/v1/provincies/PV20/beoordelingsrondes", "{\"peildatum\":\"2030-04-01\"}")
                .probleem(400);
        assertThat(Api.namen(p)).containsExactly("peildatum");
        assertThat(Api.reden(p, "peildatum")).contains("test-kwartaal-pv20").contains("elk kwartaal")
                .contains("Huisvestingswet").contains("per half jaar");
        assertThat(jdbc.sql("select count(*) from beoordelingsronde where provincie_code = 'PV20'")
                .query(Long.class).single()).isEqualTo(voor);
    }

    // ---------------------------------------------------------------------------------------------------------

    private List<String> gemeenten(String provincie, LocalDate datum) {
        return gebied.gemeentenVanProvincie(provincie, datum).stream().map(Gemeente::code).sorted().toList();
    }

    /** Makes the round final as a BEHEERDER (the province's other gemeenten have no figures) and waits for letters. */
    private void vaststellen(long id) {
        int versie = api.als(Api.BEHEERDER).get("/api/v1/beoordelingsrondes/" + id).json().get("versie").asInt();
        JsonNode r = api.als(Api.BEHEERDER).post("/api/v1/beoordelingsrondes/" + id + "/vaststellen",
                Api.JSON.writeValueAsString(Map.of("versie", versie, "overschrijfControle", true, "reden",
                        "test: alleen de gemeenten van deze test hebben cijfers"))).json();
        assertThat(r.get("status").asString()).isEqualTo("VASTGESTELD");
        Achtergrondwerk.wacht(jdbc);
    }

    /** The stored letter: a PDF/A with a kenmerk of the province's series; its text (the HTML's when no pdftotext). */
    private String brief(String th, long id, String gemeente, String kenmerk) throws Exception {
        Api.Antwoord pdf = api.als(th).get("/api/v1/beoordelingsrondes/" + id + "/brieven/" + gemeente + "/brief.pdf")
                .status(200);
        assertThat(pdf.header("X-Kenmerk")).startsWith(kenmerk);
        assertThat(PdfAControle.overtredingen(pdf.bytes())).isEmpty();
        assumeTrue(PdfAControle.pdftotextAanwezig(), "pdftotext (poppler-utils) ontbreekt");
        return PdfAControle.tekst(pdf.bytes()).replaceAll("\\s+", " ");
    }

    private static JsonNode gemeente(JsonNode ronde, String code) {
        for (JsonNode g : ronde.get("gemeenten")) {
            if (g.get("gemeente").asString().equals(code)) {
                return g;
            }
        }
        throw new AssertionError("gemeente " + code + " niet in de ronde");
    }

    private static JsonNode uitkomst(JsonNode ronde, String code) {
        JsonNode u = gemeente(ronde, code).get("uitkomst");
        assertThat(u.isNull()).as(code + ": " + gemeente(ronde, code)).isFalse();
        return u;
    }
}
