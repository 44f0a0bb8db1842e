package nl.woonregie.verhuisbox;

import static nl.woonregie.verhuisbox.VerhuisboxApiTest.json;
import static nl.woonregie.verhuisbox.VerhuisboxApiTest.ongeldig;
import static nl.woonregie.verhuisbox.VerhuisboxApiTest.probleem;
import static nl.woonregie.verhuisbox.VerhuisboxApiTest.status;
import static nl.woonregie.verhuisbox.VerhuisboxApiTest.tekst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;

import nl.woonregie.pdf.PdfAControle;
import nl.woonregie.support.Http;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * Verhuisbox money on a team of its own (municipality GM0518, like Den Haag) with the rules of the seed copied per
 * year: four eyes, access, money validation, gift or loan from rules and destination, pot limits with the
 * coordinator's override, warning, forecast, the beschikking (PDF/A, text, same bytes), immutability, exports.
 * Each test that counts money uses a year of its own, so the tests do not share a pot.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeldApiTest {

    static final String WW = VerhuisboxApiTest.WW;
    static final String A = "/api/v1/verhuisbox";
    static final String AANMELDER = "vhbg-aanmelder";
    static final String ICP = "vhbg-icp";
    static final String CM = "vhbg-casemanager";
    static final String CM2 = "vhbg-casemanager2";
    static final String ADM = "vhbg-administratief";
    static final String CONSULENT = "vhbg-consulent";
    static final String COORD = "vhbg-coordinator";
    static final String COORD_ANDER = "vhbg-coordinator-ander";
    static final String CONSULENT_ANDER = "vhbg-consulent-ander";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestKlok klok;

    @Autowired
    Beschikkingen beschikkingen;

    Testteam testteam;
    Http http;
    long team;

    @BeforeAll
    void accounts() {
        testteam = new Testteam(mvc, jdbc, "Geld-test");
        http = testteam.http;
        team = testteam.team;
        long ander = testteam.ander;
        account(AANMELDER, "AANMELDER", team);
        account(ICP, "ICP", team);
        account(CM, "CASEMANAGER", team);
        account(CM2, "CASEMANAGER", team);
        account(ADM, "ADMINISTRATIEF", team);
        account(CONSULENT, "CONSULENT", team);
        account(COORD, "COORDINATOR", team);
        account(COORD_ANDER, "COORDINATOR", ander);
        account(CONSULENT_ANDER, "CONSULENT", ander);
        status(http.put(COORD, A + "/capaciteit", "{\"jaar\":" + LocalDate.now().getYear()
                + ",\"categorie\":\"HUISHOUDEN\",\"aantal\":500}"), 200);
        jaar(LocalDate.now().getYear(), "220000.00");
    }

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    /** The pots of a year (through the API) and the seed's rules of 2024 copied to that year. */
    void jaar(int jaar, String vhbPlus) {
        if (jdbc.sql("select count(*) from vhb_pot where team_id = ? and jaar = ?").params(team, jaar)
                .query(Integer.class).single() > 0) {
            return;
        }
        status(http.post(COORD, A + "/budgetten", "{\"jaar\":" + jaar + ",\"code\":\"MAATWERK\",\"naam\":\"Maatwerk\","
                + "\"bedrag\":50000.00}"), 201);
        status(http.post(COORD, A + "/budgetten", "{\"jaar\":" + jaar + ",\"code\":\"VERHUISBOX_PLUS\",\"naam\":"
                + "\"Verhuisbox Plus\",\"bedrag\":" + vhbPlus + ",\"waarschuwingPct\":80}"), 201);
        status(http.post(COORD, A + "/budgetten", "{\"jaar\":" + jaar + ",\"code\":\"LEENBIJSTAND\",\"naam\":"
                + "\"Leenbijstand\",\"bedrag\":25000.00}"), 201);
        jdbc.sql("""
                insert into vhb_regel (team_id, jaar, soort, omschrijving, vorm_buiten, vorm_eigen, pot_gift, pot_lening,
                    richtbedrag, maximum, grondslag_gift, grondslag_lening, bezwaar, op_aanvraag, waardendriehoek)
                select ?, ?, soort, omschrijving, vorm_buiten, vorm_eigen, pot_gift, pot_lening, richtbedrag, maximum,
                    grondslag_gift, grondslag_lening, bezwaar, op_aanvraag, waardendriehoek
                from vhb_regel where jaar = 2024 and team_id = (select id from vhb_team where naam = 'Den Haag')""")
                .params(team, jaar).update();
    }

    void account(String naam, String rol, long team) {
        testteam.account(naam, rol, team);
    }

    /** A case in Verhuizing with an accepted offer in {@code gemeente}, assigned to CM and ADM. */
    long casus(String naam, String gemeente) {
        return testteam.metAanvaardAanbod(new Testteam.Rollen(AANMELDER, ICP, COORD, CM, ADM), naam, gemeente);
    }

    void overgang(String wie, long id, String naar) {
        testteam.overgang(wie, id, naar, "", 200);
    }

    void vinkAlles(long id, String lijst) {
        testteam.vinkAlles(CM, id, lijst);
    }

    long potId(int jaar, String code) {
        return jdbc.sql("select id from vhb_pot where team_id = ? and jaar = ? and code = ?").params(team, jaar, code)
                .query(Long.class).single();
    }

    MockHttpServletResponse voorstel(String wie, long casus, String soort, String bedrag, Integer jaar, String extra) {
        return http.post(wie, A + "/casussen/" + casus + "/verstrekkingen", "{\"soort\":\"" + soort + "\",\"bedrag\":"
                + bedrag + (jaar == null ? "" : ",\"jaar\":" + jaar) + (extra == null ? "" : "," + extra) + "}");
    }

    JsonNode stelVoor(long casus, String soort, String bedrag, Integer jaar) {
        String extra = soort.equals("INSCHRIJVING") ? "\"waardendriehoek\":\"Snel inschrijven weegt op tegen het "
                + "kleine bedrag; regelluw\"" : "\"toelichting\":\"volgens werkinstructie\"";
        return json(voorstel(CM, casus, soort, bedrag, jaar, extra), 201);
    }

    MockHttpServletResponse keurGoed(String wie, long v) {
        return http.post(wie, A + "/verstrekkingen/" + v + "/goedkeuring", "{}");
    }

    MockHttpServletResponse betaal(String wie, long v, LocalDate op) {
        return http.post(wie, A + "/verstrekkingen/" + v + "/betaling", op == null ? "{}"
                : "{\"betaaldOp\":\"" + op + "\",\"referentie\":\"BANK-1\"}");
    }

    JsonNode pot(int jaar, String code) {
        for (JsonNode p : json(http.get(COORD, A + "/budgetten?jaar=" + jaar), 200).path("potten")) {
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
        account("vhbg-wisselaar", "COORDINATOR", team);
        long v = json(voorstel("vhbg-wisselaar", casus, "REISKOSTEN", "40.00", null, null), 201).path("id").asLong();
        jdbc.sql("update gebruiker set rol = 'CONSULENT' where gebruikersnaam = 'vhbg-wisselaar'").update();
        try {
            JsonNode p = probleem(keurGoed("vhbg-wisselaar", v), 403);
            assertThat(p.path("title").asString()).isEqualTo("Vier ogen");
            probleem(http.post("vhbg-wisselaar", A + "/verstrekkingen/" + v + "/afwijzing", "{\"reden\":\"x\"}"), 403);
        } finally {
            jdbc.sql("update gebruiker set rol = 'COORDINATOR' where gebruikersnaam = 'vhbg-wisselaar'").update();
        }
        assertThatThrownBy(() -> jdbc.sql("""
                update vhb_verstrekking set status = 'AFGEWEZEN', afwijzingsreden = 'x', beoordeeld_door = voorgesteld_door,
                    beoordeeld_door_id = voorgesteld_door_id, beoordeeld_op = now() where id = ?""").param(v).update())
                .hasMessageContaining("vhb_verstrekking_vier_ogen");
        JsonNode ok = json(keurGoed(CONSULENT, v), 200);
        assertThat(ok.path("status").asString()).isEqualTo("GOEDGEKEURD");
        assertThat(ok.path("beoordeeldDoor").asString()).isEqualTo(CONSULENT);
    }

    @Test
    void alleen_toegewezen_of_coordinator_stelt_voor_alleen_consulent_van_het_team_keurt_goed() {
        long casus = casus("Testcliënt Toegang", "Heerlen");
        for (String wie : new String[] {CM2, ICP, CONSULENT, AANMELDER, COORD_ANDER, CONSULENT_ANDER}) {
            assertThat(voorstel(wie, casus, "REISKOSTEN", "40.00", null, null).getStatus()).as(wie).isEqualTo(403);
        }
        long v = json(voorstel(ADM, casus, "REISKOSTEN", "40.00", null, null), 201).path("id").asLong();
        for (String wie : new String[] {CM, CM2, ADM, COORD, CONSULENT_ANDER, COORD_ANDER}) {
            assertThat(keurGoed(wie, v).getStatus()).as(wie).isEqualTo(403);
        }
        assertThat(http.get(CM2, A + "/casussen/" + casus + "/verstrekkingen").getStatus()).isEqualTo(403);
        assertThat(http.get(COORD_ANDER, A + "/verstrekkingen/" + v).getStatus()).isEqualTo(403);
        assertThat(betaal(ADM, v, null).getStatus()).isEqualTo(409); // not approved yet
        status(keurGoed(CONSULENT, v), 200);
        for (String wie : new String[] {CM, CM2, COORD, CONSULENT_ANDER}) {
            assertThat(betaal(wie, v, null).getStatus()).as(wie).isEqualTo(403);
        }
        JsonNode b = json(betaal(ADM, v, null), 200);
        assertThat(b.path("status").asString()).isEqualTo("BETAALD");
        assertThat(b.path("betaaldDoor").asString()).isEqualTo(ADM);
        // every read of the money of a case is logged
        assertThat(jdbc.sql("select count(*) from vhb_verwerking where casus_id = ? and handeling = 'verstrekking "
                + "goedkeuren'").param(casus).query(Integer.class).single()).isEqualTo(1);
        // the coordinator of the team edits budgets; the consulent does not
        long pot = potId(LocalDate.now().getYear(), "MAATWERK");
        assertThat(http.put(CONSULENT, A + "/budgetten/" + pot, "{\"bedrag\":1.00}").getStatus()).isEqualTo(403);
        assertThat(http.put(COORD_ANDER, A + "/budgetten/" + pot, "{\"bedrag\":1.00}").getStatus()).isEqualTo(404);
    }

    @Test
    void geldbedragen_met_meer_dan_twee_decimalen_negatief_of_nul_worden_geweigerd_met_het_veld() {
        long casus = casus("Testcliënt Bedragen", "Heerlen");
        for (String bedrag : new String[] {"12.345", "-5.00", "0", "0.00"}) {
            assertThat(ongeldig(probleem(voorstel(CM, casus, "REISKOSTEN", bedrag, null, null), 400))).as(bedrag)
                    .contains("bedrag");
        }
        assertThat(ongeldig(probleem(http.post(CM, A + "/casussen/" + casus + "/verstrekkingen", "{}"), 400)))
                .contains("soort", "bedrag");
        assertThat(ongeldig(probleem(voorstel(CM, casus, "ONBEKEND", "10.00", null, null), 400))).contains("soort");
        // above the guideline a motivation is needed; the maatwerkbudget needs the waardendriehoek
        assertThat(ongeldig(probleem(voorstel(CM, casus, "INRICHTING", "1800.00", null, null), 400)))
                .contains("toelichting");
        assertThat(ongeldig(probleem(voorstel(CM, casus, "INSCHRIJVING", "30.00", null, null), 400)))
                .contains("waardendriehoek");
        long pot = potId(LocalDate.now().getYear(), "MAATWERK");
        assertThat(ongeldig(probleem(http.put(COORD, A + "/budgetten/" + pot, "{\"bedrag\":1000.001,"
                + "\"waarschuwingPct\":0}"), 400))).contains("bedrag", "waarschuwingPct");
        assertThat(ongeldig(probleem(http.put(COORD, A + "/budgetten/" + pot, "{\"bedrag\":-1}"), 400)))
                .contains("bedrag");
        assertThat(ongeldig(probleem(http.post(COORD, A + "/budgetten", "{\"jaar\":2040,\"code\":\"X\",\"naam\":\"x\","
                + "\"bedrag\":0}"), 400))).contains("bedrag");
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
        status(http.put(COORD, A + "/regels", """
                {"jaar":2034,"soort":"INRICHTING","omschrijving":"Inrichtingskosten","vormBuiten":"GIFT",
                 "vormEigen":"GIFT","potGift":"VERHUISBOX_PLUS","grondslagGift":"Artikel 35 Participatiewet",
                 "richtbedrag":1750.00,"bezwaar":true,"opAanvraag":true}"""), 200);
        long binnen = casus("Testcliënt Regel", "Den Haag");
        assertThat(stelVoor(binnen, "INRICHTING", "1750.00", jaar).path("vorm").asString()).isEqualTo("GIFT");
        assertThat(ongeldig(probleem(http.put(COORD, A + "/regels", """
                {"jaar":2034,"soort":"INRICHTING","omschrijving":"x","vormBuiten":"LENING","vormEigen":"GIFT",
                 "potGift":"VERHUISBOX_PLUS","grondslagGift":"x","bezwaar":true,"opAanvraag":true,
                 "maximum":100.005}"""), 400))).contains("potLening", "grondslagLening", "maximum");
        assertThat(http.put(CONSULENT, A + "/regels", "{}").getStatus()).isEqualTo(403);
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
        status(keurGoed(CONSULENT, eerste), 200);
        // the budget page offers the coordinator an override only where the grant does not fit in the pot
        assertThat(http.get(COORD, "/verhuisbox/budget?jaar=1900").getStatus()).isEqualTo(400);
        String pagina = tekst(http.get(COORD, "/verhuisbox/budget?jaar=" + jaar));
        assertThat(pagina).contains("/verhuisbox/verstrekkingen/" + tweede + "/overschrijden")
                .doesNotContain("/verhuisbox/verstrekkingen/" + eerste + "/overschrijden");
        JsonNode p = probleem(keurGoed(CONSULENT, tweede), 409);
        assertThat(p.path("title").asString()).isEqualTo("Budget ontoereikend");
        assertThat(p.path("detail").asString()).contains("€ 2.250,00", "€ 2.000,00");
        assertThat(http.post(CONSULENT, A + "/verstrekkingen/" + tweede + "/overschrijding", "{\"reden\":\"x\"}")
                .getStatus()).isEqualTo(403);
        assertThat(ongeldig(probleem(http.post(COORD, A + "/verstrekkingen/" + tweede + "/overschrijding", "{}"),
                400))).contains("reden");
        status(http.post(COORD, A + "/verstrekkingen/" + tweede + "/overschrijding",
                "{\"reden\":\"Verhuizing anders mislukt; aanvulling budget aangevraagd\"}"), 200);
        status(keurGoed(CONSULENT, tweede), 200);
        JsonNode stand = pot(jaar, "VERHUISBOX_PLUS");
        assertThat(stand.path("resterend").decimalValue()).isEqualByComparingTo("-250.00");
        assertThat(stand.path("uitgeput").asBoolean()).isTrue();
        assertThat(stand.path("overschrijdingen").get(0).path("reden").asString()).startsWith("Verhuizing anders");
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'VHB_POT_OVERSCHRIJDING_TOEGESTAAN' "
                + "and object_id = ?").param(String.valueOf(tweede)).query(Integer.class).single()).isEqualTo(1);
        // payment: the budget lowered below what is committed blocks the payment of a grant without override
        status(http.put(COORD, A + "/budgetten/" + potId(jaar, "VERHUISBOX_PLUS"), "{\"bedrag\":1500.00}"), 200);
        assertThat(probleem(betaal(ADM, eerste, LocalDate.of(jaar, 3, 1)), 409).path("title").asString())
                .isEqualTo("Budget ontoereikend");
        status(betaal(ADM, tweede, LocalDate.of(jaar, 3, 1)), 200);
        status(http.post(COORD, A + "/verstrekkingen/" + eerste + "/overschrijding", "{\"reden\":\"Budget verlaagd "
                + "na toezegging\"}"), 200);
        status(betaal(ADM, eerste, LocalDate.of(jaar, 3, 1)), 200);
    }

    @Test
    void waarschuwing_zodra_toegezegd_en_betaald_de_drempel_van_de_pot_bereiken() {
        int jaar = 2032;
        jaar(jaar, "2000.00");
        long casus = casus("Testcliënt Drempel", "Heerlen");
        klok.zet(LocalDate.of(jaar, 5, 1));
        status(keurGoed(CONSULENT, stelVoor(casus, "INRICHTING", "1500.00", jaar).path("id").asLong()), 200);
        JsonNode stand = pot(jaar, "VERHUISBOX_PLUS");
        assertThat(stand.path("verbruiktPct").asInt()).isEqualTo(75);
        assertThat(stand.path("waarschuwing").asBoolean()).isFalse();
        status(keurGoed(CONSULENT, stelVoor(casus, "REISKOSTEN", "100.00", jaar).path("id").asLong()), 200);
        stand = pot(jaar, "VERHUISBOX_PLUS");
        assertThat(stand.path("verbruiktPct").asInt()).isEqualTo(80);
        assertThat(stand.path("waarschuwing").asBoolean()).isTrue();
        assertThat(stand.path("toegezegd").decimalValue()).isEqualByComparingTo("1600.00");
        assertThat(stand.path("resterend").decimalValue()).isEqualByComparingTo("400.00");
        // the threshold is data per pot
        status(http.put(COORD, A + "/budgetten/" + potId(jaar, "VERHUISBOX_PLUS"), "{\"waarschuwingPct\":90}"), 200);
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
        status(keurGoed(CONSULENT, a), 200);
        status(keurGoed(CONSULENT, b), 200);
        status(betaal(ADM, a, LocalDate.of(jaar, 2, 1)), 200);
        assertThat(probleem(betaal(ADM, b, LocalDate.of(jaar, 2, 2)), 400).path("invalidParams").toString())
                .contains("betaaldOp");
        klok.zet(LocalDate.of(jaar, 4, 10)); // day 100 of 365
        status(betaal(ADM, b, LocalDate.of(jaar, 4, 10)), 200);
        JsonNode stand = pot(jaar, "VERHUISBOX_PLUS");
        assertThat(stand.path("betaald").decimalValue()).isEqualByComparingTo("2500.00");
        assertThat(stand.path("prognose").decimalValue()).isEqualByComparingTo("9125.00"); // 2500 / 100 × 365
        assertThat(json(http.get(COORD, A + "/budgetten?jaar=" + jaar), 200).path("prognose").asString())
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
        assertThat(http.get(CM, A + "/verstrekkingen/" + v + "/beschikking").getStatus()).isEqualTo(409);
        String kenmerk = json(keurGoed(CONSULENT, v), 200).path("kenmerk").asString();
        assertThat(kenmerk).matches("VHB-\\d{4}-\\d{6}");
        MockHttpServletResponse r = http.get(CM, A + "/verstrekkingen/" + v + "/beschikking");
        status(r, 200);
        assertThat(r.getContentType()).isEqualTo("application/pdf");
        byte[] pdf = r.getContentAsByteArray();
        assertThat(PdfAControle.overtredingen(pdf)).isEmpty();
        String tekst = pdfTekst(pdf);
        assertThat(tekst).contains("€ 1.750,00", kenmerk, "Testcliënt Beschikking", "Akerstraat 1, Heerlen",
                "Gift (om niet)", "Artikel 35 Participatiewet", "binnen zes weken", "bezwaar maken",
                "Algemene wet bestuursrecht");
        assertThat(r.getHeader("X-Kenmerk")).isEqualTo(kenmerk);
        assertThat(r.getHeader("X-Sha256")).isEqualTo(nl.woonregie.platform.core.Sha256.hex(pdf));
        byte[] nogmaals = http.get(CONSULENT, A + "/verstrekkingen/" + v + "/beschikking").getContentAsByteArray();
        assertThat(nogmaals).isEqualTo(pdf);
        // a loan: repayment note
        long lening = stelVoor(casus, "BORG", "900.00", null).path("id").asLong();
        status(keurGoed(CONSULENT, lening), 200);
        String t2 = pdfTekst(http.get(CM, A + "/verstrekkingen/" + lening + "/beschikking").getContentAsByteArray());
        assertThat(t2).contains("€ 900,00", "Lening (leenbijstand)", "betaalt dit bedrag aan ons terug", "artikel 48",
                "binnen zes weken");
    }

    @Test
    void beschikking_maatwerkbudget_is_een_gift_zonder_bezwaarprocedure() throws Exception {
        long casus = casus("Testcliënt Maatwerk", "Heerlen");
        long v = stelVoor(casus, "INSCHRIJVING", "45.50", null).path("id").asLong();
        JsonNode g = json(keurGoed(CONSULENT, v), 200);
        assertThat(g.path("potCode").asString()).isEqualTo("MAATWERK");
        assertThat(g.path("bezwaar").asBoolean()).isFalse();
        assertThat(g.path("waardendriehoek").asString()).contains("regelluw");
        byte[] pdf = http.get(CM, A + "/verstrekkingen/" + v + "/beschikking").getContentAsByteArray();
        assertThat(PdfAControle.overtredingen(pdf)).isEmpty();
        String tekst = pdfTekst(pdf);
        assertThat(tekst).contains("€ 45,50", g.path("kenmerk").asString(), "geen bezwaar", "maatwerkbudget",
                "waardendriehoek").doesNotContain("binnen zes weken");
    }

    @Test
    void zorg_voor_brief_maakt_een_ontbrekende_beschikking_uit_de_vastgelegde_verstrekking() {
        long casus = casus("Testcliënt Bulk", "Heerlen");
        long v = stelVoor(casus, "REISKOSTEN", "60.00", null).path("id").asLong();
        long consulent = jdbc.sql("select id from gebruiker where gebruikersnaam = ?").param(CONSULENT)
                .query(Long.class).single();
        // as a bulk load would: approved directly in the database, without a letter
        jdbc.sql("""
                update vhb_verstrekking set status = 'GOEDGEKEURD', beoordeeld_door = ?, beoordeeld_door_id = ?,
                    beoordeeld_op = now(), kenmerk = 'VHB-TEST-' || id, ontvanger = 'Testcliënt Bulk',
                    team_naam = 'Geld-test', beschikkingsdatum = current_date where id = ?""")
                .params(CONSULENT, consulent, v).update();
        assertThat(beschikkingen.opgeslagen(v)).isNull();
        Beschikkingen.Beschikking b = beschikkingen.zorgVoorBrief(v);
        assertThat(b.kenmerk()).isEqualTo("VHB-TEST-" + v);
        assertThat(beschikkingen.zorgVoorBrief(v).pdf()).isEqualTo(b.pdf());
        assertThat(http.get(COORD, A + "/verstrekkingen/" + v + "/beschikking").getContentAsByteArray())
                .isEqualTo(b.pdf());
    }

    @Autowired
    Privacy privacy;

    @Test
    void anonimiseren_haalt_naam_en_adres_uit_verstrekking_en_beschikking_bedragen_en_kenmerk_blijven() throws Exception {
        long casus = casus("Testcliënt Vergeten", "Heerlen");
        long v = stelVoor(casus, "INRICHTING", "1750.00", null).path("id").asLong();
        String kenmerk = json(keurGoed(CONSULENT, v), 200).path("kenmerk").asString();
        vinkAlles(casus, "VERHUIZING");
        status(http.post(CM, A + "/casussen/" + casus + "/overgangen", "{\"naar\":\"AFGESLOTEN\",\"reden\":\"verhuisd\","
                + "\"uitkomst\":\"VERHUISD\",\"bestemming\":\"Heerlen\",\"verhuisdatum\":\"" + LocalDate.now() + "\"}"),
                200);
        long coord = jdbc.sql("select id from gebruiker where gebruikersnaam = ?").param(COORD).query(Long.class)
                .single();
        privacy.anonimiseer(LocalDate.now().plusYears(10), team, new nl.woonregie.platform.security.Gebruiker(coord,
                COORD, null, nl.woonregie.platform.security.Rol.COORDINATOR, null, null, team, true, null), "test");
        JsonNode na = json(http.get(COORD, A + "/verstrekkingen/" + v), 200);
        assertThat(na.path("bedrag").decimalValue()).isEqualByComparingTo("1750.00");
        assertThat(na.path("kenmerk").asString()).isEqualTo(kenmerk);
        String tekst = pdfTekst(http.get(COORD, A + "/verstrekkingen/" + v + "/beschikking").getContentAsByteArray());
        assertThat(tekst).contains(kenmerk, "€ 1.750,00", "[geanonimiseerd]").doesNotContain("Testcliënt Vergeten",
                "Akerstraat");
    }

    @Test
    void goedgekeurde_en_betaalde_verstrekkingen_zijn_onveranderlijk_behalve_de_betaling() {
        long casus = casus("Testcliënt Vast", "Heerlen");
        long v = stelVoor(casus, "VERHUISKOSTEN", "300.00", null).path("id").asLong();
        status(keurGoed(CONSULENT, v), 200);
        assertThatThrownBy(() -> jdbc.sql("update vhb_verstrekking set bedrag = 3000 where id = ?").param(v).update())
                .hasMessageContaining("onveranderlijk");
        assertThatThrownBy(() -> jdbc.sql("delete from vhb_verstrekking where id = ?").param(v).update())
                .hasMessageContaining("verwijderen");
        status(betaal(ADM, v, null), 200);
        assertThatThrownBy(() -> jdbc.sql("update vhb_verstrekking set betaald_op = betaald_op - 1 where id = ?")
                .param(v).update()).hasMessageContaining("onveranderlijk");
        assertThat(probleem(betaal(ADM, v, null), 409).path("title").asString()).isEqualTo("Niet te betalen");
        assertThatThrownBy(() -> jdbc.sql("update vhb_beschikking set sha256 = repeat('0', 64) where verstrekking_id = ?")
                .param(v).update()).hasMessageContaining("append-only");
    }

    @Test
    void taken_beoordelen_voor_de_consulent_en_betalen_voor_de_administratief() {
        long casus = casus("Testcliënt Taken", "Heerlen");
        long v = stelVoor(casus, "REISKOSTEN", "35.00", null).path("id").asLong();
        assertThat(json(http.get(CONSULENT, A + "/werklijst"), 200).path("taken").toString())
                .contains("Verstrekking beoordelen", "Testcliënt Taken");
        status(keurGoed(CONSULENT, v), 200);
        assertThat(json(http.get(CONSULENT, A + "/werklijst"), 200).path("taken").toString())
                .doesNotContain("Verstrekking beoordelen: Reiskosten (bezichtigingen) € 35,00");
        assertThat(json(http.get(ADM, A + "/werklijst"), 200).path("taken").toString()).contains("Betaling vastleggen");
        status(betaal(ADM, v, null), 200);
        assertThat(json(http.get(ADM, A + "/werklijst"), 200).path("taken").toString())
                .doesNotContain("Betaling vastleggen: " + json(http.get(ADM, A + "/verstrekkingen/" + v), 200)
                        .path("kenmerk").asString());
        // the consulent's list of proposals to decide
        long w = stelVoor(casus, "REISKOSTEN", "36.00", null).path("id").asLong();
        assertThat(json(http.get(CONSULENT, A + "/verstrekkingen?status=VOORGESTELD"), 200).path("verstrekkingen")
                .toString()).contains("\"id\":" + w);
        assertThat(json(http.get(CM2, A + "/verstrekkingen"), 200).path("verstrekkingen").toString())
                .doesNotContain("\"id\":" + w);
    }

    // ---------------------------------------------------------------- pages

    MockHttpServletResponse formulier(String wie, String pad, String... velden) {
        MockHttpServletRequestBuilder b = MockMvcRequestBuilders.post(pad).with(csrf());
        for (int i = 0; i < velden.length; i += 2) {
            b = b.param(velden[i], velden[i + 1]);
        }
        return http.doe(wie, b);
    }

    @Test
    void op_de_paginas_voorstellen_goedkeuren_en_betalen_met_het_budgetoverzicht() throws Exception {
        long casus = casus("Testcliënt Pagina", "Heerlen");
        String pagina = http.get(CM, "/verhuisbox/casussen/" + casus).getContentAsString();
        assertThat(pagina).contains("id=\"geld\"", "Verstrekking voorstellen", "Inrichtingskosten");
        MockHttpServletResponse r = formulier(CM, "/verhuisbox/casussen/" + casus + "/geld/voorstel", "soort",
                "INRICHTING", "bedrag", "1.750,005");
        assertThat(r.getRedirectedUrl()).contains("/verhuisbox/casussen/" + casus);
        assertThat(jdbc.sql("select count(*) from vhb_verstrekking where casus_id = ?").param(casus)
                .query(Integer.class).single()).isZero();
        formulier(CM, "/verhuisbox/casussen/" + casus + "/geld/voorstel", "soort", "INRICHTING", "bedrag", "1.750,00");
        long v = jdbc.sql("select id from vhb_verstrekking where casus_id = ?").param(casus).query(Long.class).single();
        String budget = http.get(CONSULENT, "/verhuisbox/budget").getContentAsString();
        assertThat(budget).contains("Voorstellen om te beoordelen", "Testcliënt Pagina", "€ 1.750,00", "Prognose");
        assertThat(formulier(CM, "/verhuisbox/verstrekkingen/" + v + "/goedkeuren").getStatus()).isEqualTo(403);
        formulier(CONSULENT, "/verhuisbox/verstrekkingen/" + v + "/goedkeuren");
        formulier(ADM, "/verhuisbox/verstrekkingen/" + v + "/betalen", "terug", "casus", "betaaldOp",
                LocalDate.now().toString());
        assertThat(json(http.get(CM, A + "/verstrekkingen/" + v), 200).path("status").asString()).isEqualTo("BETAALD");
        assertThat(http.get(CM, "/verhuisbox/casussen/" + casus).getContentAsString()).contains("beschikking VHB-");
        assertThat(http.get(COORD, "/verhuisbox/budget").getContentAsString()).contains("Potten wijzigen",
                "Regel INSCHRIJVING wijzigen");
        assertThat(http.get(CM, "/verhuisbox/budget").getStatus()).isEqualTo(403);
        assertThat(formulier(CONSULENT, "/verhuisbox/budget/potten/" + potId(LocalDate.now().getYear(), "MAATWERK"),
                "bedrag", "1").getStatus()).isEqualTo(403);
    }

    // ---------------------------------------------------------------- exports

    @Test
    void export_van_verstrekkingen_en_budgetoverzicht_als_xlsx_met_euroformaat() throws Exception {
        int jaar = 2035;
        jaar(jaar, "10000.00");
        long casus = casus("Testcliënt Export", "Heerlen");
        klok.zet(LocalDate.of(jaar, 6, 1));
        long v = stelVoor(casus, "INRICHTING", "1750.00", jaar).path("id").asLong();
        String kenmerk = json(keurGoed(CONSULENT, v), 200).path("kenmerk").asString();
        MockHttpServletResponse r = http.get(COORD, A + "/verstrekkingen.xlsx?jaar=" + jaar + "&pot=VERHUISBOX_PLUS");
        status(r, 200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.getContentAsByteArray()))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Kenmerk");
            Row rij = s.getRow(1);
            assertThat(rij.getCell(0).getStringCellValue()).isEqualTo(kenmerk);
            Cell bedrag = rij.getCell(6);
            assertThat(bedrag.getNumericCellValue()).isEqualTo(1750.0);
            assertThat(bedrag.getCellStyle().getDataFormatString()).contains("€").contains("0.00");
            assertThat(s.getLastRowNum()).isEqualTo(1);
        }
        assertThat(http.get(CM, A + "/verstrekkingen.xlsx?jaar=" + jaar).getStatus()).isEqualTo(403);
        r = http.get(CONSULENT, A + "/budgetten.xlsx?jaar=" + jaar);
        status(r, 200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.getContentAsByteArray()))) {
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
