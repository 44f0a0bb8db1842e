package nl.woonregie.verhuisbox;

import static nl.woonregie.verhuisbox.Testteam.A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;

import nl.woonregie.pdf.PdfAControle;
import nl.woonregie.support.Achtergrondwerk;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.TestKlok;
import nl.woonregie.verhuisbox.traject.Privacy;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * Verhuisbox money, each test on a new team of its own ({@link Testteam}: municipality GM0518, like Den Haag) with
 * the rules of the seed copied per year: four eyes, access, money validation, gift or loan from rules and
 * destination, pot limits with the coordinator's override, warning, forecast, the beschikking (PDF/A, text, same
 * bytes), immutability, exports. A test that counts money in another year makes that year's pots itself.
 */
@IntegratieTest
class GeldApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestKlok klok;

    @Autowired
    Beschikkingen beschikkingen;

    Testteam testteam;
    Api api;
    long team;
    String icp;
    String aanmelder;
    String cm;
    String cm2;
    String adm;
    String consulent;
    String coord;
    String coordAnder;
    String consulentAnder;

    @BeforeEach
    void team() {
        testteam = new Testteam(mvc, jdbc);
        api = testteam.api;
        team = testteam.team;
        aanmelder = testteam.aanmelder;
        icp = testteam.icp;
        cm = testteam.casemanager;
        cm2 = testteam.account("CASEMANAGER");
        adm = testteam.administratief;
        consulent = testteam.consulent;
        coord = testteam.coordinator;
        coordAnder = testteam.anderAccount("COORDINATOR");
        consulentAnder = testteam.anderAccount("CONSULENT");
        testteam.capaciteit(LocalDate.now().getYear(), 500);
        jaar(LocalDate.now().getYear(), "220000.00");
    }

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    /** The pots of a year (through the API) and the seed's rules of 2024 copied to that year. */
    void jaar(int jaar, String vhbPlus) {
        testteam.geldjaar(jaar, vhbPlus);
    }

    /** A case in Verhuizing with an accepted offer in {@code gemeente}, assigned to cm and adm. */
    long casus(String naam, String gemeente) {
        return testteam.metAanvaardAanbod(naam, gemeente);
    }

    void vinkAlles(long id, String lijst) {
        testteam.vinkAlles(cm, id, lijst);
    }

    long potId(int jaar, String code) {
        return jdbc.sql("select id from vhb_pot where team_id = ? and jaar = ? and code = ?").params(team, jaar, code)
                .query(Long.class).single();
    }

    Api.Antwoord voorstel(String wie, long casus, String soort, String bedrag, Integer jaar, String extra) {
        return api.als(wie).post(A + "/casussen/" + casus + "/verstrekkingen", "{\"soort\":\"" + soort
                + "\",\"bedrag\":" + bedrag + (jaar == null ? "" : ",\"jaar\":" + jaar)
                + (extra == null ? "" : "," + extra) + "}");
    }

    JsonNode stelVoor(long casus, String soort, String bedrag, Integer jaar) {
        String extra = soort.equals("INSCHRIJVING") ? "\"waardendriehoek\":\"Snel inschrijven weegt op tegen het "
                + "kleine bedrag; regelluw\"" : "\"toelichting\":\"volgens werkinstructie\""
                + (soort.equals("INRICHTING") ? ",\"woonoppervlakte\":64" : "");
        return voorstel(cm, casus, soort, bedrag, jaar, extra).json(201);
    }

    /** Approves; the beschikking is made by a background job right after, which this waits for. */
    Api.Antwoord keurGoed(String wie, long v) {
        Api.Antwoord a = api.als(wie).post(A + "/verstrekkingen/" + v + "/goedkeuring", "{}");
        Achtergrondwerk.wacht(jdbc);
        return a;
    }

    Api.Antwoord betaal(String wie, long v, LocalDate op) {
        return api.als(wie).post(A + "/verstrekkingen/" + v + "/betaling", op == null ? "{}"
                : "{\"betaaldOp\":\"" + op + "\",\"referentie\":\"BANK-1\"}");
    }

    JsonNode pot(int jaar, String code) {
        for (JsonNode p : api.als(coord).get(A + "/budgetten?jaar=" + jaar).json().path("potten")) {
            if (p.path("pot").path("code").asString().equals(code)) {
                return p;
            }
        }
        throw new AssertionError("geen pot " + code);
    }

    // ---------------------------------------------------------------- four eyes and access

    @Test
    void vier_ogen_de_voorsteller_keurt_nooit_goed_ook_niet_in_de_database() {
        long casus = casus("Testcliënt Vier Ogen", "Heerlen");
        // an account that proposed and later became consulent (role changed by the beheerder)
        String wisselaar = testteam.account("COORDINATOR");
        long v = voorstel(wisselaar, casus, "REISKOSTEN", "40.00", null, null).json(201).path("id").asLong();
        jdbc.sql("update toewijzing set rol = 'CONSULENT' where rol = 'COORDINATOR' and gebruiker_id = "
                + "(select id from gebruiker where gebruikersnaam = ?)").param(wisselaar).update();
        JsonNode p = keurGoed(wisselaar, v).probleem(403);
        assertThat(p.path("title").asString()).isEqualTo("Vier ogen");
        api.als(wisselaar).post(A + "/verstrekkingen/" + v + "/afwijzing", "{\"reden\":\"x\"}").probleem(403);
        assertThatThrownBy(() -> jdbc.sql("""
                update vhb_verstrekking set status = 'AFGEWEZEN', afwijzingsreden = 'x', beoordeeld_door = voorgesteld_door,
                    beoordeeld_door_id = voorgesteld_door_id, beoordeeld_op = now() where id = ?""").param(v).update())
                .hasMessageContaining("vhb_verstrekking_vier_ogen");
        JsonNode ok = keurGoed(consulent, v).json();
        assertThat(ok.path("status").asString()).isEqualTo("GOEDGEKEURD");
        assertThat(ok.path("beoordeeldDoor").asString()).isEqualTo(consulent);
    }

    @Test
    void alleen_toegewezen_of_coordinator_stelt_voor_alleen_consulent_van_het_team_keurt_goed() {
        long casus = casus("Testcliënt Toegang", "Heerlen");
        for (String wie : new String[] {cm2, icp, consulent, aanmelder, coordAnder, consulentAnder}) {
            assertThat(voorstel(wie, casus, "REISKOSTEN", "40.00", null, null).status()).as(wie).isEqualTo(403);
        }
        long v = voorstel(adm, casus, "REISKOSTEN", "40.00", null, null).json(201).path("id").asLong();
        for (String wie : new String[] {cm, cm2, adm, coord, consulentAnder, coordAnder}) {
            assertThat(keurGoed(wie, v).status()).as(wie).isEqualTo(403);
        }
        assertThat(api.als(cm2).get(A + "/casussen/" + casus + "/verstrekkingen").status()).isEqualTo(403);
        assertThat(api.als(coordAnder).get(A + "/verstrekkingen/" + v).status()).isEqualTo(403);
        assertThat(betaal(adm, v, null).status()).isEqualTo(409); // not approved yet
        keurGoed(consulent, v).status(200);
        for (String wie : new String[] {cm, cm2, coord, consulentAnder}) {
            assertThat(betaal(wie, v, null).status()).as(wie).isEqualTo(403);
        }
        JsonNode b = betaal(adm, v, null).json();
        assertThat(b.path("status").asString()).isEqualTo("BETAALD");
        assertThat(b.path("betaaldDoor").asString()).isEqualTo(adm);
        // every read of the money of a case is logged
        assertThat(jdbc.sql("select count(*) from vhb_verwerking where casus_id = ? and handeling = 'verstrekking "
                + "goedkeuren'").param(casus).query(Integer.class).single()).isEqualTo(1);
        // the coordinator of the team edits budgets; the consulent does not
        long pot = potId(LocalDate.now().getYear(), "MAATWERK");
        assertThat(api.als(consulent).put(A + "/budgetten/" + pot, "{\"bedrag\":1.00}").status()).isEqualTo(403);
        assertThat(api.als(coordAnder).put(A + "/budgetten/" + pot, "{\"bedrag\":1.00}").status()).isEqualTo(404);
    }

    @Test
    void geldbedragen_met_meer_dan_twee_decimalen_negatief_of_nul_worden_geweigerd_met_het_veld() {
        long casus = casus("Testcliënt Bedragen", "Heerlen");
        for (String bedrag : new String[] {"12.345", "-5.00", "0", "0.00"}) {
            assertThat(voorstel(cm, casus, "REISKOSTEN", bedrag, null, null).ongeldigeVelden()).as(bedrag)
                    .contains("bedrag");
        }
        assertThat(api.als(cm).post(A + "/casussen/" + casus + "/verstrekkingen", "{}").ongeldigeVelden())
                .contains("soort", "bedrag");
        assertThat(voorstel(cm, casus, "ONBEKEND", "10.00", null, null).ongeldigeVelden()).contains("soort");
        // above the guideline a motivation is needed; the maatwerkbudget needs the waardendriehoek
        assertThat(voorstel(cm, casus, "INRICHTING", "1800.00", null, null).ongeldigeVelden())
                .contains("toelichting");
        assertThat(voorstel(cm, casus, "INSCHRIJVING", "30.00", null, null).ongeldigeVelden())
                .contains("waardendriehoek");
        long pot = potId(LocalDate.now().getYear(), "MAATWERK");
        assertThat(api.als(coord).put(A + "/budgetten/" + pot, "{\"bedrag\":1000.001,"
                + "\"waarschuwingPct\":0}").ongeldigeVelden()).contains("bedrag", "waarschuwingPct");
        assertThat(api.als(coord).put(A + "/budgetten/" + pot, "{\"bedrag\":-1}").ongeldigeVelden())
                .contains("bedrag");
        assertThat(api.als(coord).post(A + "/budgetten", "{\"jaar\":2040,\"code\":\"X\",\"naam\":\"x\","
                + "\"bedrag\":0}").ongeldigeVelden()).contains("bedrag");
    }

    /**
     * "Woning boven 80 m2? Dan naar rato berekenen stoffering" (L10024, ADR 0065): the furnishing guideline of
     * € 1.750,00 holds up to 80 m²; above it a motivation is needed only beyond € 1.750,00 × m² / 80.
     */
    @Test
    void stoffering_boven_80_m2_het_richtbedrag_naar_rato_van_de_woonoppervlakte() {
        long casus = casus("Testcliënt Naar Rato", "Heerlen");
        // without a floor area the guideline holds as up to 80 m² (optional: API clients of before are judged as before)
        assertThat(voorstel(cm, casus, "INRICHTING", "1750.01", null, null).ongeldigeVelden())
                .containsExactly("toelichting");
        for (String m2 : new String[] {"0", "1001", "-80"}) {
            assertThat(voorstel(cm, casus, "INRICHTING", "1750.00", null, "\"woonoppervlakte\":" + m2)
                    .ongeldigeVelden()).as(m2).containsExactly("woonoppervlakte");
        }
        // m², amount → the fields refused (none: accepted without a motivation)
        String[][] gevallen = {
                {"80", "1750.01", "toelichting"},
                {"120", "2625.01", "toelichting"},
                {"100", "2187.51", "toelichting"},
                {"100", "2187.50", ""},
                {"120", "2625.00", ""}};
        for (String[] g : gevallen) {
            Api.Antwoord a = voorstel(cm, casus, "INRICHTING", g[1], null, "\"woonoppervlakte\":" + g[0]);
            if (g[2].isEmpty()) {
                assertThat(a.json(201).path("woonoppervlakte").asInt()).as(g[0] + " m²").isEqualTo(Integer.parseInt(g[0]));
            } else {
                assertThat(a.ongeldigeVelden()).as(g[0] + " m² " + g[1]).containsExactly(g[2]);
            }
        }
        // a soort that is not pro rata: the guideline stays, the floor area is kept as told
        assertThat(voorstel(cm, casus, "VERHUISKOSTEN", "500.01", null, "\"woonoppervlakte\":120").ongeldigeVelden())
                .containsExactly("toelichting");
        // the floor area is part of the fixed grant once decided
        long v = voorstel(cm, casus, "INRICHTING", "2625.00", null, "\"woonoppervlakte\":120").json(201).path("id")
                .asLong();
        keurGoed(consulent, v).status(200);
        assertThatThrownBy(() -> jdbc.sql("update vhb_verstrekking set woonoppervlakte = 80 where id = ?").param(v)
                .update()).hasMessageContaining("onveranderlijk");
    }

    // ---------------------------------------------------------------- rules

    @Test
    void gift_bij_een_woning_buiten_de_eigen_gemeente_lening_in_de_eigen_gemeente_uit_de_regel() {
        long buiten = casus("Testcliënt Heerlen", "Heerlen");
        JsonNode gift = stelVoor(buiten, "INRICHTING", "1750.00", null);
        assertThat(gift.path("vorm").asString()).isEqualTo("GIFT");
        assertThat(gift.path("potCode").asString()).isEqualTo("VERHUISBOX_PLUS");
        assertThat(gift.path("eigenGemeente").asBoolean()).isFalse();
        assertThat(gift.path("grondslag").asString()).contains("Artikel 35 Participatiewet");
        for (String dh : new String[] {"Den Haag", "'s-Gravenhage", "gemeente Den Haag"}) {
            long binnen = casus("Testcliënt " + dh, dh);
            JsonNode lening = stelVoor(binnen, "INRICHTING", "1750.00", null);
            assertThat(lening.path("vorm").asString()).as(dh).isEqualTo("LENING");
            assertThat(lening.path("potCode").asString()).isEqualTo("LEENBIJSTAND");
            assertThat(lening.path("eigenGemeente").asBoolean()).isTrue();
            assertThat(lening.path("grondslag").asString()).contains("artikel 48");
        }
        // the rule is data: a coordinator makes furnishing a gift in the own municipality for a year
        int jaar = 2034;
        jaar(jaar, "220000.00");
        api.als(coord).put(A + "/regels", """
                {"jaar":2034,"soort":"INRICHTING","omschrijving":"Inrichtingskosten","vormBuiten":"GIFT",
                 "vormEigen":"GIFT","potGift":"VERHUISBOX_PLUS","grondslagGift":"Artikel 35 Participatiewet",
                 "richtbedrag":1750.00,"bezwaar":true,"opAanvraag":true}""").status(200);
        long binnen = casus("Testcliënt Regel", "Den Haag");
        assertThat(stelVoor(binnen, "INRICHTING", "1750.00", jaar).path("vorm").asString()).isEqualTo("GIFT");
        assertThat(api.als(coord).put(A + "/regels", """
                {"jaar":2034,"soort":"INRICHTING","omschrijving":"x","vormBuiten":"LENING","vormEigen":"GIFT",
                 "potGift":"VERHUISBOX_PLUS","grondslagGift":"x","bezwaar":true,"opAanvraag":true,
                 "maximum":100.005}""").ongeldigeVelden()).contains("potLening", "grondslagLening", "maximum");
        assertThat(api.als(consulent).put(A + "/regels", "{}").status()).isEqualTo(403);
    }

    @Test
    void borg_is_altijd_een_lening_ook_buiten_de_eigen_gemeente() {
        long buiten = casus("Testcliënt Borg", "Winterswijk");
        JsonNode borg = stelVoor(buiten, "BORG", "900.00", null);
        assertThat(borg.path("vorm").asString()).isEqualTo("LENING");
        assertThat(borg.path("potCode").asString()).isEqualTo("LEENBIJSTAND");
        assertThat(borg.path("eigenGemeente").asBoolean()).isFalse();
    }

    // ---------------------------------------------------------------- pots

    @Test
    void een_goedkeuring_of_betaling_boven_het_budget_vraagt_een_geaudite_overschrijding_van_de_coordinator() {
        int jaar = 2031;
        jaar(jaar, "2000.00");
        long casus = casus("Testcliënt Potgrens", "Heerlen");
        klok.zet(LocalDate.of(jaar, 3, 1));
        long eerste = stelVoor(casus, "INRICHTING", "1750.00", jaar).path("id").asLong();
        long tweede = stelVoor(casus, "VERHUISKOSTEN", "500.00", jaar).path("id").asLong();
        keurGoed(consulent, eerste).status(200);
        // the budget page offers the coordinator an override only where the grant does not fit in the pot
        assertThat(api.als(coord).get("/verhuisbox/budget?jaar=1900").status()).isEqualTo(400);
        String pagina = api.als(coord).get("/verhuisbox/budget?jaar=" + jaar).tekst();
        assertThat(pagina).contains("/verhuisbox/verstrekkingen/" + tweede + "/overschrijden")
                .doesNotContain("/verhuisbox/verstrekkingen/" + eerste + "/overschrijden");
        JsonNode p = keurGoed(consulent, tweede).probleem(409);
        assertThat(p.path("title").asString()).isEqualTo("Budget ontoereikend");
        assertThat(p.path("detail").asString()).contains("€ 2.250,00", "€ 2.000,00");
        assertThat(api.als(consulent).post(A + "/verstrekkingen/" + tweede + "/overschrijding", "{\"reden\":\"x\"}")
                .status()).isEqualTo(403);
        assertThat(api.als(coord).post(A + "/verstrekkingen/" + tweede + "/overschrijding", "{}").ongeldigeVelden())
                .contains("reden");
        api.als(coord).post(A + "/verstrekkingen/" + tweede + "/overschrijding",
                "{\"reden\":\"Verhuizing anders mislukt; aanvulling budget aangevraagd\"}").status(200);
        keurGoed(consulent, tweede).status(200);
        JsonNode stand = pot(jaar, "VERHUISBOX_PLUS");
        assertThat(stand.path("resterend").decimalValue()).isEqualByComparingTo("-250.00");
        assertThat(stand.path("uitgeput").asBoolean()).isTrue();
        assertThat(stand.path("overschrijdingen").get(0).path("reden").asString()).startsWith("Verhuizing anders");
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'VHB_POT_OVERSCHRIJDING_TOEGESTAAN' "
                + "and object_id = ?").param(String.valueOf(tweede)).query(Integer.class).single()).isEqualTo(1);
        // payment: the budget lowered below what is committed blocks the payment of a grant without override
        api.als(coord).put(A + "/budgetten/" + potId(jaar, "VERHUISBOX_PLUS"), "{\"bedrag\":1500.00}").status(200);
        assertThat(betaal(adm, eerste, LocalDate.of(jaar, 3, 1)).probleem(409).path("title").asString())
                .isEqualTo("Budget ontoereikend");
        betaal(adm, tweede, LocalDate.of(jaar, 3, 1)).status(200);
        api.als(coord).post(A + "/verstrekkingen/" + eerste + "/overschrijding", "{\"reden\":\"Budget verlaagd "
                + "na toezegging\"}").status(200);
        betaal(adm, eerste, LocalDate.of(jaar, 3, 1)).status(200);
    }

    @Test
    void waarschuwing_zodra_toegezegd_en_betaald_de_drempel_van_de_pot_bereiken() {
        int jaar = 2032;
        jaar(jaar, "2000.00");
        long casus = casus("Testcliënt Drempel", "Heerlen");
        klok.zet(LocalDate.of(jaar, 5, 1));
        keurGoed(consulent, stelVoor(casus, "INRICHTING", "1500.00", jaar).path("id").asLong()).status(200);
        JsonNode stand = pot(jaar, "VERHUISBOX_PLUS");
        assertThat(stand.path("verbruiktPct").asInt()).isEqualTo(75);
        assertThat(stand.path("waarschuwing").asBoolean()).isFalse();
        keurGoed(consulent, stelVoor(casus, "REISKOSTEN", "100.00", jaar).path("id").asLong()).status(200);
        stand = pot(jaar, "VERHUISBOX_PLUS");
        assertThat(stand.path("verbruiktPct").asInt()).isEqualTo(80);
        assertThat(stand.path("waarschuwing").asBoolean()).isTrue();
        assertThat(stand.path("toegezegd").decimalValue()).isEqualByComparingTo("1600.00");
        assertThat(stand.path("resterend").decimalValue()).isEqualByComparingTo("400.00");
        // the threshold is data per pot
        api.als(coord).put(A + "/budgetten/" + potId(jaar, "VERHUISBOX_PLUS"), "{\"waarschuwingPct\":90}").status(200);
        assertThat(pot(jaar, "VERHUISBOX_PLUS").path("waarschuwing").asBoolean()).isFalse();
    }

    @Test
    void prognose_is_betaald_tot_nu_gedeeld_door_verstreken_dagen_maal_dagen_in_het_jaar() {
        int jaar = 2033;
        jaar(jaar, "100000.00");
        long casus = casus("Testcliënt Prognose", "Heerlen");
        klok.zet(LocalDate.of(jaar, 2, 1));
        long a = stelVoor(casus, "INRICHTING", "1750.00", jaar).path("id").asLong();
        long b = stelVoor(casus, "EERSTE_HUUR", "750.00", jaar).path("id").asLong();
        keurGoed(consulent, a).status(200);
        keurGoed(consulent, b).status(200);
        betaal(adm, a, LocalDate.of(jaar, 2, 1)).status(200);
        assertThat(betaal(adm, b, LocalDate.of(jaar, 2, 2)).probleem(400).path("invalidParams").toString())
                .contains("betaaldOp");
        klok.zet(LocalDate.of(jaar, 4, 10)); // day 100 of 365
        betaal(adm, b, LocalDate.of(jaar, 4, 10)).status(200);
        JsonNode stand = pot(jaar, "VERHUISBOX_PLUS");
        assertThat(stand.path("betaald").decimalValue()).isEqualByComparingTo("2500.00");
        assertThat(stand.path("prognose").decimalValue()).isEqualByComparingTo("9125.00"); // 2500 / 100 × 365
        assertThat(api.als(coord).get(A + "/budgetten?jaar=" + jaar).json().path("prognose").asString())
                .contains("verstreken dagen");
        klok.zet(LocalDate.of(jaar + 1, 1, 15));
        assertThat(pot(jaar, "VERHUISBOX_PLUS").path("prognose").decimalValue()).isEqualByComparingTo("2500.00");
    }

    // ---------------------------------------------------------------- beschikking

    static String pdfTekst(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void beschikking_is_pdfa_met_bedrag_kenmerk_en_bezwaarclausule_en_steeds_dezelfde_bytes() throws Exception {
        long casus = casus("Testcliënt Beschikking", "Heerlen");
        long v = stelVoor(casus, "INRICHTING", "1750.00", null).path("id").asLong();
        assertThat(api.als(cm).get(A + "/verstrekkingen/" + v + "/beschikking").status()).isEqualTo(409);
        String kenmerk = keurGoed(consulent, v).json().path("kenmerk").asString();
        assertThat(kenmerk).matches("VHB-\\d{4}-\\d{6}");
        Api.Antwoord r = api.als(cm).get(A + "/verstrekkingen/" + v + "/beschikking");
        r.status(200);
        assertThat(r.contentType()).isEqualTo("application/pdf");
        byte[] pdf = r.bytes();
        assertThat(PdfAControle.overtredingen(pdf)).isEmpty();
        String tekst = pdfTekst(pdf);
        assertThat(tekst).contains("€ 1.750,00", kenmerk, "Testcliënt Beschikking", "Akerstraat 1, Heerlen",
                "Gift (om niet)", "Artikel 35 Participatiewet", "binnen zes weken", "bezwaar maken",
                "Algemene wet bestuursrecht");
        assertThat(r.header("X-Kenmerk")).isEqualTo(kenmerk);
        assertThat(r.header("X-Sha256")).isEqualTo(nl.woonregie.platform.core.Sha256.hex(pdf));
        byte[] nogmaals = api.als(consulent).get(A + "/verstrekkingen/" + v + "/beschikking").bytes();
        assertThat(nogmaals).isEqualTo(pdf);
        // a loan: repayment note
        long lening = stelVoor(casus, "BORG", "900.00", null).path("id").asLong();
        keurGoed(consulent, lening).status(200);
        String t2 = pdfTekst(api.als(cm).get(A + "/verstrekkingen/" + lening + "/beschikking").bytes());
        assertThat(t2).contains("€ 900,00", "Lening (leenbijstand)", "betaalt dit bedrag aan ons terug", "artikel 48",
                "binnen zes weken");
    }

    @Test
    void beschikking_maatwerkbudget_is_een_gift_zonder_bezwaarprocedure() throws Exception {
        long casus = casus("Testcliënt Maatwerk", "Heerlen");
        long v = stelVoor(casus, "INSCHRIJVING", "45.50", null).path("id").asLong();
        JsonNode g = keurGoed(consulent, v).json();
        assertThat(g.path("potCode").asString()).isEqualTo("MAATWERK");
        assertThat(g.path("bezwaar").asBoolean()).isFalse();
        assertThat(g.path("waardendriehoek").asString()).contains("regelluw");
        byte[] pdf = api.als(cm).get(A + "/verstrekkingen/" + v + "/beschikking").bytes();
        assertThat(PdfAControle.overtredingen(pdf)).isEmpty();
        String tekst = pdfTekst(pdf);
        assertThat(tekst).contains("€ 45,50", g.path("kenmerk").asString(), "geen bezwaar", "maatwerkbudget",
                "waardendriehoek").doesNotContain("binnen zes weken");
    }

    @Test
    void zorg_voor_brief_maakt_een_ontbrekende_beschikking_uit_de_vastgelegde_verstrekking() {
        long casus = casus("Testcliënt Bulk", "Heerlen");
        long v = stelVoor(casus, "REISKOSTEN", "60.00", null).path("id").asLong();
        long consulentId = testteam.id(consulent);
        // as a bulk load would: approved directly in the database, without a letter
        jdbc.sql("""
                update vhb_verstrekking set status = 'GOEDGEKEURD', beoordeeld_door = ?, beoordeeld_door_id = ?,
                    beoordeeld_op = now(), kenmerk = 'VHB-TEST-' || id, ontvanger = 'Testcliënt Bulk',
                    team_naam = ?, beschikkingsdatum = current_date where id = ?""")
                .params(consulent, consulentId, testteam.naam, v).update();
        assertThat(beschikkingen.opgeslagen(v)).isNull();
        // reading never makes it: 409 until the job (here: zorgVoorBrief) has made it
        assertThat(api.als(coord).get(A + "/verstrekkingen/" + v + "/beschikking").probleem(409).path("detail")
                .asString()).contains("nog niet gemaakt");
        assertThat(beschikkingen.opgeslagen(v)).isNull();
        Beschikkingen.Beschikking b = beschikkingen.zorgVoorBrief(v);
        assertThat(b.kenmerk()).isEqualTo("VHB-TEST-" + v);
        assertThat(beschikkingen.zorgVoorBrief(v).pdf()).isEqualTo(b.pdf());
        assertThat(api.als(coord).get(A + "/verstrekkingen/" + v + "/beschikking").bytes())
                .isEqualTo(b.pdf());
    }

    @Autowired
    Privacy privacy;

    @Test
    void anonimiseren_haalt_naam_en_adres_uit_verstrekking_en_beschikking_bedragen_en_kenmerk_blijven() throws Exception {
        long casus = casus("Testcliënt Vergeten", "Heerlen");
        long v = stelVoor(casus, "INRICHTING", "1750.00", null).path("id").asLong();
        String kenmerk = keurGoed(consulent, v).json().path("kenmerk").asString();
        vinkAlles(casus, "VERHUIZING");
        api.als(cm).post(A + "/casussen/" + casus + "/overgangen", "{\"naar\":\"AFGESLOTEN\",\"reden\":\"verhuisd\","
                + "\"uitkomst\":\"VERHUISD\",\"bestemming\":\"Heerlen\",\"verhuisdatum\":\"" + LocalDate.now() + "\"}")
                .status(200);
        privacy.anonimiseer(LocalDate.now().plusYears(10), team, nl.woonregie.platform.security.Gebruiker.met(
                testteam.id(coord), coord, nl.woonregie.platform.security.Toewijzing.team(
                        nl.woonregie.platform.security.Rol.COORDINATOR, team)), "test");
        JsonNode na = api.als(coord).get(A + "/verstrekkingen/" + v).json();
        assertThat(na.path("bedrag").decimalValue()).isEqualByComparingTo("1750.00");
        assertThat(na.path("kenmerk").asString()).isEqualTo(kenmerk);
        String tekst = pdfTekst(api.als(coord).get(A + "/verstrekkingen/" + v + "/beschikking").bytes());
        assertThat(tekst).contains(kenmerk, "€ 1.750,00", "[geanonimiseerd]").doesNotContain("Testcliënt Vergeten",
                "Akerstraat");
    }

    @Test
    void goedgekeurde_en_betaalde_verstrekkingen_zijn_onveranderlijk_behalve_de_betaling() {
        long casus = casus("Testcliënt Vast", "Heerlen");
        long v = stelVoor(casus, "VERHUISKOSTEN", "300.00", null).path("id").asLong();
        keurGoed(consulent, v).status(200);
        assertThatThrownBy(() -> jdbc.sql("update vhb_verstrekking set bedrag = 3000 where id = ?").param(v).update())
                .hasMessageContaining("onveranderlijk");
        assertThatThrownBy(() -> jdbc.sql("delete from vhb_verstrekking where id = ?").param(v).update())
                .hasMessageContaining("verwijderen");
        betaal(adm, v, null).status(200);
        assertThatThrownBy(() -> jdbc.sql("update vhb_verstrekking set betaald_op = betaald_op - 1 where id = ?")
                .param(v).update()).hasMessageContaining("onveranderlijk");
        assertThat(betaal(adm, v, null).probleem(409).path("title").asString()).isEqualTo("Niet te betalen");
        assertThatThrownBy(() -> jdbc.sql("update vhb_beschikking set sha256 = repeat('0', 64) where verstrekking_id = ?")
                .param(v).update()).hasMessageContaining("append-only");
    }

    @Test
    void taken_beoordelen_voor_de_consulent_en_betalen_voor_de_administratief() {
        long casus = casus("Testcliënt Taken", "Heerlen");
        long v = stelVoor(casus, "REISKOSTEN", "35.00", null).path("id").asLong();
        assertThat(api.als(consulent).get(A + "/werklijst").json().path("taken").toString())
                .contains("Verstrekking beoordelen", "Testcliënt Taken");
        keurGoed(consulent, v).status(200);
        assertThat(api.als(consulent).get(A + "/werklijst").json().path("taken").toString())
                .doesNotContain("Verstrekking beoordelen: Reiskosten (bezichtigingen) € 35,00");
        assertThat(api.als(adm).get(A + "/werklijst").json().path("taken").toString()).contains("Betaling vastleggen");
        betaal(adm, v, null).status(200);
        assertThat(api.als(adm).get(A + "/werklijst").json().path("taken").toString())
                .doesNotContain("Betaling vastleggen: " + api.als(adm).get(A + "/verstrekkingen/" + v).json()
                        .path("kenmerk").asString());
        // the consulent's list of proposals to decide
        long w = stelVoor(casus, "REISKOSTEN", "36.00", null).path("id").asLong();
        assertThat(api.als(consulent).get(A + "/verstrekkingen?status=VOORGESTELD").json().path("verstrekkingen")
                .toString()).contains("\"id\":" + w);
        assertThat(api.als(cm2).get(A + "/verstrekkingen").json().path("verstrekkingen").toString())
                .doesNotContain("\"id\":" + w);
    }

    // ---------------------------------------------------------------- pages

    Api.Antwoord formulier(String wie, String pad, String... velden) {
        MockHttpServletRequestBuilder b = MockMvcRequestBuilders.post(pad).with(csrf());
        for (int i = 0; i < velden.length; i += 2) {
            b = b.param(velden[i], velden[i + 1]);
        }
        return api.als(wie).doe(b);
    }

    @Test
    void op_de_paginas_voorstellen_goedkeuren_en_betalen_met_het_budgetoverzicht() throws Exception {
        long casus = casus("Testcliënt Pagina", "Heerlen");
        String pagina = api.als(cm).get("/verhuisbox/casussen/" + casus).tekst();
        assertThat(pagina).contains("id=\"geld\"", "Verstrekking voorstellen", "Inrichtingskosten");
        // refused: the case page again, with the message at the amount and the amount as typed
        Api.Antwoord r = formulier(cm, "/verhuisbox/casussen/" + casus + "/geld/voorstel", "soort",
                "INRICHTING", "bedrag", "1.750,005", "woonoppervlakte", "9x6");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.tekst()).contains("id=\"geld-bedrag-fout\"", "hoogstens 2 decimalen", "value=\"1.750,005\"",
                "id=\"geld-woonoppervlakte-fout\"", "value=\"9x6\"");
        assertThat(jdbc.sql("select count(*) from vhb_verstrekking where casus_id = ?").param(casus)
                .query(Integer.class).single()).isZero();
        formulier(cm, "/verhuisbox/casussen/" + casus + "/geld/voorstel", "soort", "INRICHTING", "bedrag", "1.750,00",
                "woonoppervlakte", "96");
        assertThat(api.als(cm).get("/verhuisbox/casussen/" + casus).tekst()).contains("(woning van 96 m²)",
                "tot 80 m², daarboven naar rato");
        long v = jdbc.sql("select id from vhb_verstrekking where casus_id = ?").param(casus).query(Long.class).single();
        String budget = api.als(consulent).get("/verhuisbox/budget").tekst();
        assertThat(budget).contains("Voorstellen om te beoordelen", "Testcliënt Pagina", "€ 1.750,00", "Prognose");
        assertThat(formulier(cm, "/verhuisbox/verstrekkingen/" + v + "/goedkeuren").status()).isEqualTo(403);
        formulier(consulent, "/verhuisbox/verstrekkingen/" + v + "/goedkeuren");
        formulier(adm, "/verhuisbox/verstrekkingen/" + v + "/betalen", "terug", "casus", "betaaldOp",
                LocalDate.now().toString());
        assertThat(api.als(cm).get(A + "/verstrekkingen/" + v).json().path("status").asString()).isEqualTo("BETAALD");
        // the beschikking is made by a background job after the approval's commit
        nl.woonregie.support.Achtergrondwerk.wacht(jdbc);
        assertThat(api.als(cm).get("/verhuisbox/casussen/" + casus).tekst()).contains("beschikking VHB-");
        assertThat(api.als(coord).get("/verhuisbox/budget").tekst()).contains("Potten wijzigen",
                "Regel Inschrijfkosten woonnetverdeelsystemen (maatwerkbudget) wijzigen");
        assertThat(api.als(cm).get("/verhuisbox/budget").status()).isEqualTo(403);
        assertThat(formulier(consulent, "/verhuisbox/budget/potten/" + potId(LocalDate.now().getYear(), "MAATWERK"),
                "bedrag", "1").status()).isEqualTo(403);
    }

    // ---------------------------------------------------------------- exports

    @Test
    void export_van_verstrekkingen_en_budgetoverzicht_als_xlsx_met_euroformaat() throws Exception {
        int jaar = 2035;
        jaar(jaar, "10000.00");
        long casus = casus("Testcliënt Export", "Heerlen");
        klok.zet(LocalDate.of(jaar, 6, 1));
        long v = stelVoor(casus, "INRICHTING", "1750.00", jaar).path("id").asLong();
        String kenmerk = keurGoed(consulent, v).json().path("kenmerk").asString();
        Api.Antwoord r = api.als(coord).get(A + "/verstrekkingen.xlsx?jaar=" + jaar + "&pot=VERHUISBOX_PLUS");
        r.status(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.bytes()))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Kenmerk");
            Row rij = s.getRow(1);
            assertThat(rij.getCell(0).getStringCellValue()).isEqualTo(kenmerk);
            Cell bedrag = rij.getCell(6);
            assertThat(bedrag.getNumericCellValue()).isEqualTo(1750.0);
            assertThat(bedrag.getCellStyle().getDataFormatString()).contains("€").contains("0.00");
            assertThat(s.getRow(0).getCell(16).getStringCellValue()).isEqualTo("Woonoppervlakte (m²)");
            assertThat(rij.getCell(16).getNumericCellValue()).isEqualTo(64.0);
            assertThat(s.getLastRowNum()).isEqualTo(1);
        }
        assertThat(api.als(cm).get(A + "/verstrekkingen.xlsx?jaar=" + jaar).status()).isEqualTo(403);
        r = api.als(consulent).get(A + "/budgetten.xlsx?jaar=" + jaar);
        r.status(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.bytes()))) {
            Sheet s = wb.getSheetAt(0);
            Row vhb = null;
            for (Row rij : s) {
                if (rij.getRowNum() > 0 && rij.getCell(0).getStringCellValue().equals("VERHUISBOX_PLUS")) {
                    vhb = rij;
                }
            }
            assertThat(vhb).isNotNull();
            assertThat(vhb.getCell(2).getNumericCellValue()).isEqualTo(10000.0);
            assertThat(vhb.getCell(4).getNumericCellValue()).isEqualTo(1750.0);
            assertThat(vhb.getCell(6).getNumericCellValue()).isEqualTo(8250.0);
            assertThat(vhb.getCell(2).getCellStyle().getDataFormatString()).contains("€");
            assertThat(wb.getSheet("Toelichting").getRow(2).getCell(0).getStringCellValue()).contains("Prognose");
        }
        assertThat(new BigDecimal("1750.00")).isEqualByComparingTo("1750");
    }
}
