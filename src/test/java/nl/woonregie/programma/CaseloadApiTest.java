package nl.woonregie.programma;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.audit.AuditTrail;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toewijzing;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.RondeFixture;
import nl.woonregie.support.TestKlok;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The integration caseload over the API (issue 18 §4): a case manager sees and changes only the statushouders
 * assigned to him or her (another's is 404), the municipality's programme manager the whole caseload and its overview,
 * nobody else (403); every read of a person logged; every invalid field named; the overdue participatieverklaringen on
 * the application's clock; anonymised after the retention term; the overview as a workbook without names; the
 * taakstelling read from toezicht's records; a yearly figure only for a year before them. Each test on a municipality
 * of its own ({@link RondeFixture}, with toezicht figures for one period).
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseloadApiTest {

    static final Gebruiker BEHEERDER = Gebruiker.met(0, "beheerder", Toewijzing.zonderScope(Rol.BEHEERDER));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GebiedService gebied;

    @Autowired
    TestKlok klok;

    @Autowired
    ProgrammaService programmas;

    @Autowired
    Caseload caseload;

    @Autowired
    AuditTrail audit;

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

    /** A municipality of this test, with its programme, programme manager and two case managers. */
    record Gemeente(String code, String programmamanager, String casemanagerA, String casemanagerB) {
    }

    Gemeente gemeente(RondeFixture.Cijfers cijfers) throws Exception {
        String code = rondes.vanKlasse(getClass()).gemeenteElders(cijfers);
        Programmaplan h = nl.woonregie.programma.HaarlemBegrotingTest.haarlem();
        Programmaplan plan = new Programmaplan("Integratie " + code, code, null, List.of(), h.vanJaar(), h.totJaar(),
                h.bronMiddelen(), h.besluit(), null, null, h.themas(), h.doelen(), h.projecten(), List.of(),
                List.of(), null);
        Programma p = programmas.aanmaken(BEHEERDER, plan, "caseloadtest", "test");
        return new Gemeente(code, accounts.maak("PROGRAMMAMANAGER", "\"programma\":" + p.id()),
                accounts.maak("CASEMANAGER_INTEGRATIE", "\"gemeente\":\"" + code + "\""),
                accounts.maak("CASEMANAGER_INTEGRATIE", "\"gemeente\":\"" + code + "\""));
    }

    Gemeente gemeente() throws Exception {
        return gemeente(RondeFixture.Cijfers.GEWOON);
    }

    static String persoon(String naam, LocalDate geboren, LocalDate aankomst, String extra) {
        return "{\"naam\":\"" + naam + "\",\"huishouden\":\"H-1\",\"geboortedatum\":\"" + geboren
                + "\",\"aankomstdatum\":\"" + aankomst + "\",\"inburgeringsroute\":\"B1_ROUTE\",\"school\":\"GEEN\""
                + (extra == null ? "" : "," + extra) + "}";
    }

    long registreer(String account, String gemeente, String json) {
        return api.als(account).post("/api/v1/gemeenten/" + gemeente + "/statushouders", json).idUitLocation();
    }

    @Test
    void een_casemanager_ziet_alleen_de_eigen_statushouders_de_programmamanager_alle_en_verder_niemand()
            throws Exception {
        Gemeente g = gemeente();
        LocalDate vandaag = gebied.vandaag();
        long vanA = registreer(g.casemanagerA(), g.code(), persoon("A. Test (fictief)", vandaag.minusYears(30),
                vandaag.minusMonths(2), null));
        long vanB = registreer(g.programmamanager(), g.code(), persoon("B. Test (fictief)", vandaag.minusYears(25),
                vandaag.minusMonths(3), "\"casemanager\":\"" + g.casemanagerB() + "\""));
        assertThat(api.als(g.casemanagerA()).get("/api/v1/statushouders/" + vanA).json().path("casemanager")
                .asString()).isEqualTo(g.casemanagerA());
        api.als(g.casemanagerA()).get("/api/v1/statushouders/" + vanB).probleem(404);
        api.als(g.casemanagerB()).get("/api/v1/statushouders/" + vanA).probleem(404);
        api.als(g.casemanagerB()).put("/api/v1/statushouders/" + vanA, persoon("X", vandaag.minusYears(30),
                vandaag.minusMonths(2), null), "1").probleem(404);
        assertThat(namen(api.als(g.casemanagerA()).get("/api/v1/gemeenten/" + g.code() + "/statushouders").json()))
                .containsExactly("A. Test (fictief)");
        assertThat(namen(api.als(g.programmamanager()).get("/api/v1/gemeenten/" + g.code() + "/statushouders")
                .json())).containsExactly("A. Test (fictief)", "B. Test (fictief)");
        // a case manager may not assign someone to a colleague, nor see the overview
        assertThat(api.als(g.casemanagerA()).post("/api/v1/gemeenten/" + g.code() + "/statushouders",
                persoon("C", vandaag.minusYears(30), vandaag, "\"casemanager\":\"" + g.casemanagerB() + "\""))
                .ongeldigeVelden()).containsExactly("casemanager");
        api.als(g.casemanagerA()).get("/api/v1/gemeenten/" + g.code() + "/caseload").probleem(403);
        // the municipality's policy officer, its executive, another municipality's case manager: nothing
        String gemeente = accounts.gemeente(g.code());
        String bestuur = accounts.maak("BESTUUR", "\"gemeente\":\"" + g.code() + "\"");
        String ander = accounts.maak("CASEMANAGER_INTEGRATIE", "\"gemeente\":\"GM0518\"");
        for (String a : List.of(gemeente, bestuur, ander)) {
            api.als(a).get("/api/v1/gemeenten/" + g.code() + "/statushouders").probleem(403);
            api.als(a).get("/api/v1/statushouders/" + vanA).probleem(404);
            api.als(a).get("/api/v1/gemeenten/" + g.code() + "/caseload").probleem(403);
        }
    }

    @Test
    void elke_inzage_van_een_statushouder_wordt_gelogd_met_rol_en_doel() throws Exception {
        Gemeente g = gemeente();
        LocalDate vandaag = gebied.vandaag();
        long id = registreer(g.casemanagerA(), g.code(), persoon("L. Test (fictief)", vandaag.minusYears(40),
                vandaag.minusMonths(1), null));
        api.als(g.casemanagerA()).get("/api/v1/statushouders/" + id).status(200);
        api.als(g.casemanagerA()).get("/api/v1/gemeenten/" + g.code() + "/statushouders").status(200);
        JsonNode log = api.als(g.programmamanager()).get("/api/v1/statushouders/" + id + "/verwerkingen").json()
                .path("verwerkingen");
        List<String> regels = new ArrayList<>();
        log.forEach(v -> regels.add(v.path("actor").asString() + "|" + v.path("rol").asString() + "|"
                + v.path("handeling").asString() + "|" + v.path("doel").asString()));
        assertThat(regels).containsExactly(
                g.casemanagerA() + "|CASEMANAGER_INTEGRATIE|statushouder (API)|Integratie: begeleiding van de "
                        + "statushouder",
                g.casemanagerA() + "|CASEMANAGER_INTEGRATIE|statushouderslijst (API)|Integratie: begeleiding van de "
                        + "statushouder");
        // a refused read is not a read; the case manager may not read the log
        api.als(g.casemanagerB()).get("/api/v1/statushouders/" + id).probleem(404);
        api.als(g.casemanagerA()).get("/api/v1/statushouders/" + id + "/verwerkingen").probleem(403);
        assertThat(api.als(g.programmamanager()).get("/api/v1/statushouders/" + id + "/verwerkingen").json()
                .path("verwerkingen").size()).isEqualTo(2);
        // the log is append-only
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("delete from caseload_verwerking")
                .update()).hasMessageContaining("append-only");
    }

    @Test
    void een_ongeldige_statushouder_noemt_elk_ongeldig_veld() throws Exception {
        Gemeente g = gemeente();
        String pad = "/api/v1/gemeenten/" + g.code() + "/statushouders";
        assertThat(api.als(g.programmamanager()).post(pad, "{}").ongeldigeVelden()).containsExactlyInAnyOrder(
                "naam", "huishouden", "geboortedatum", "aankomstdatum", "inburgeringsroute", "school");
        LocalDate vandaag = gebied.vandaag();
        String fout = "{\"naam\":\"" + "x".repeat(201) + "\",\"huishouden\":\"H\",\"geboortedatum\":\""
                + vandaag.minusYears(30) + "\",\"aankomstdatum\":\"" + vandaag.plusDays(1) + "\",\"amv\":true,"
                + "\"inburgeringsroute\":\"B1_ROUTE\",\"school\":\"GEEN\",\"taalniveau\":\"Z9\","
                + "\"casemanager\":\"niemand\",\"participatieverklaring\":\"" + vandaag.plusDays(3) + "\"}";
        assertThat(api.als(g.programmamanager()).post(pad, fout).ongeldigeVelden()).containsExactlyInAnyOrder(
                "naam", "aankomstdatum", "amv", "taalniveau", "casemanager", "participatieverklaring");
        assertThat(api.als(g.programmamanager()).post(pad, "{\"naam\":\"x\",\"onbekend\":1}").status())
                .isEqualTo(400);
        long id = registreer(g.programmamanager(), g.code(), persoon("V. Test (fictief)", vandaag.minusYears(30),
                vandaag, null));
        assertThat(api.als(g.programmamanager()).put("/api/v1/statushouders/" + id, persoon("V", vandaag
                .minusYears(30), vandaag, null), null).ongeldigeVelden()).containsExactly("If-Match");
        api.als(g.programmamanager()).put("/api/v1/statushouders/" + id, persoon("V", vandaag.minusYears(30),
                vandaag, null), "1").status(200);
        api.als(g.programmamanager()).put("/api/v1/statushouders/" + id, persoon("W", vandaag.minusYears(30),
                vandaag, null), "1").probleem(409);
        assertThat(audit.vanObject("statushouder", Long.toString(id))).extracting(AuditTrail.Gebeurtenis::actie)
                .containsExactly("CASELOAD_GEREGISTREERD", "CASELOAD_GEWIJZIGD");
    }

    @Test
    void de_participatieverklaring_is_te_laat_de_dag_na_een_jaar_na_aankomst() throws Exception {
        Gemeente g = gemeente();
        LocalDate aankomst = LocalDate.of(2024, 3, 15);
        klok.zet(LocalDate.of(2024, 4, 1));
        long id = registreer(g.casemanagerA(), g.code(), persoon("P. Test (fictief)", LocalDate.of(1990, 6, 1),
                aankomst, "\"spoorWerk\":true"));
        String pad = "/api/v1/gemeenten/" + g.code() + "/participatieverklaringen-te-laat";
        klok.zet(LocalDate.of(2025, 3, 15));
        assertThat(api.als(g.casemanagerA()).get(pad).json().path("statushouders").size()).isZero();
        klok.zet(LocalDate.of(2025, 3, 16));
        JsonNode teLaat = api.als(g.casemanagerA()).get(pad).json().path("statushouders");
        assertThat(teLaat.size()).isEqualTo(1);
        assertThat(teLaat.get(0).path("participatieverklaringUiterlijk").asString()).isEqualTo("2025-03-15");
        assertThat(api.als(g.programmamanager()).get("/api/v1/gemeenten/" + g.code() + "/caseload").json()
                .path("participatieverklaringTeLaat").asLong()).isEqualTo(1);
        api.als(g.casemanagerA()).put("/api/v1/statushouders/" + id, persoon("P. Test (fictief)",
                LocalDate.of(1990, 6, 1), aankomst, "\"spoorWerk\":true,\"participatieverklaring\":\"2025-03-16\""),
                "1").status(200);
        assertThat(api.als(g.casemanagerA()).get(pad).json().path("statushouders").size()).isZero();
    }

    @Test
    void na_de_bewaartermijn_anonimiseert_de_nachtelijke_taak_de_persoonsgegevens() throws Exception {
        Gemeente g = gemeente();
        klok.zet(LocalDate.of(2024, 6, 1));
        long id = registreer(g.programmamanager(), g.code(), persoon("Weg Test (fictief)", LocalDate.of(1985, 5, 20),
                LocalDate.of(2023, 1, 10), "\"uitCaseload\":\"2024-05-31\",\"toelichting\":\"verhuisd\""));
        int termijn = caseload.bewaartermijnMaanden();
        assertThat(caseload.anonimiseer(LocalDate.of(2024, 5, 31).plusMonths(termijn).minusDays(1), "test"))
                .isZero();
        api.als(g.programmamanager()).get("/api/v1/statushouders/" + id).status(200);
        assertThat(caseload.anonimiseer(LocalDate.of(2024, 5, 31).plusMonths(termijn), "test")).isGreaterThanOrEqualTo(1);
        assertThat(caseload.anonimiseer(LocalDate.of(2024, 5, 31).plusMonths(termijn), "test")).isZero();
        api.als(g.programmamanager()).get("/api/v1/statushouders/" + id).probleem(404);
        assertThat(jdbc.sql("select naam || '|' || geboortedatum || '|' || coalesce(toelichting, '-') "
                + "from caseload_statushouder where id = ?").param(id).query(String.class).single())
                .isEqualTo("geanonimiseerd|1985-01-01|-");
        assertThat(audit.vanObject("caseload", g.code())).extracting(AuditTrail.Gebeurtenis::actie)
                .contains("CASELOAD_GEANONIMISEERD");
    }

    @Test
    void het_overzicht_als_spreadsheet_telt_zonder_namen() throws Exception {
        Gemeente g = gemeente();
        LocalDate vandaag = gebied.vandaag();
        registreer(g.casemanagerA(), g.code(), persoon("Kind Test (fictief)", vandaag.minusYears(8),
                vandaag.minusMonths(1), null));
        registreer(g.casemanagerA(), g.code(), persoon("Ouder Test (fictief)", vandaag.minusYears(35),
                vandaag.minusMonths(1), null));
        byte[] xlsx = api.als(g.programmamanager()).get("/api/v1/gemeenten/" + g.code() + "/caseload.xlsx")
                .status(200).bytes();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet overzicht = wb.getSheet("Overzicht");
            assertThat(overzicht.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Personen in de caseload");
            assertThat(overzicht.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(2);
            // the child without a school, the adult without an extra track
            assertThat(waarde(overzicht, "Kinderen van 4 tot 18 zonder school")).isEqualTo(1);
            assertThat(waarde(overzicht, "18 jaar of ouder zonder extra spoor")).isEqualTo(1);
            assertThat(waarde(wb.getSheet("Leeftijd"), "4–12 jaar")).isEqualTo(1);
            assertThat(waarde(wb.getSheet("Casemanager"), g.casemanagerA())).isEqualTo(2);
            for (Sheet s : wb) {
                for (Row r : s) {
                    r.forEach(c -> assertThat(c.toString()).doesNotContain("Test (fictief)"));
                }
            }
        }
    }

    static double waarde(Sheet s, String kop) {
        for (Row r : s) {
            if (r.getCell(0) != null && kop.equals(r.getCell(0).getStringCellValue())) {
                return r.getCell(1).getNumericCellValue();
            }
        }
        throw new AssertionError(kop + " niet gevonden");
    }

    @Test
    void de_taakstelling_komt_uit_de_toezichtgegevens_en_jaarcijfers_alleen_voor_de_jaren_ervoor() throws Exception {
        Gemeente g = gemeente(new RondeFixture.Cijfers(5, "0", 100, 40, 100, 70, 10));
        JsonNode t = api.als(g.programmamanager()).get("/api/v1/gemeenten/" + g.code() + "/caseload/taakstelling")
                .json();
        // the same figures as toezicht's own API gives the municipality
        JsonNode toezicht = api.als(Api.BEHEERDER).get("/api/v1/gemeenten/" + g.code() + "/cijfers").json();
        assertThat(toezicht.toString()).contains("100");
        JsonNode h = t.path("halfjaren").get(0);
        assertThat(h.path("taakstelling").asLong()).isEqualTo(100);
        assertThat(h.path("gehuisvest").asLong()).isEqualTo(70);
        assertThat(h.path("achterstand").asLong()).isEqualTo(5 + 100 - 70);
        int eerste = t.path("eersteJaarToezicht").asInt();
        String pad = "/api/v1/gemeenten/" + g.code() + "/caseload/jaarcijfers";
        assertThat(api.als(g.programmamanager()).post(pad, "{\"jaar\":" + eerste + ",\"grootheid\":\"TAAKSTELLING\","
                + "\"deel\":\"JAAR\",\"waarde\":10,\"bron\":\"x\"}").ongeldigeVelden()).containsExactly("jaar");
        assertThat(api.als(g.programmamanager()).post(pad, "{}").ongeldigeVelden()).containsExactlyInAnyOrder(
                "jaar", "grootheid", "deel", "waarde", "bron");
        api.als(g.casemanagerA()).post(pad, "{\"jaar\":2016,\"grootheid\":\"TAAKSTELLING\",\"deel\":\"JAAR\","
                + "\"waarde\":51,\"bron\":\"004:L23-31\"}").probleem(403);
        api.als(g.programmamanager()).post(pad, "{\"jaar\":2016,\"grootheid\":\"TAAKSTELLING\",\"deel\":\"JAAR\","
                + "\"waarde\":51,\"bron\":\"004:L23-31\"}").status(201);
        JsonNode na = api.als(g.programmamanager()).post(pad, "{\"jaar\":2016,\"grootheid\":\"TAAKSTELLING\","
                + "\"deel\":\"JAAR\",\"waarde\":66,\"bron\":\"004:L84-112\"}").json(201);
        assertThat(na.path("bevindingen").get(0).path("soort").asString()).isEqualTo("MEERDERE_WAARDEN");
        assertThat(na.path("bevindingen").get(0).path("omschrijving").asString())
                .isEqualTo("Voor 2016 staan 2 verschillende waarden: 51 (004:L23-31), 66 (004:L84-112).");
    }

    static List<String> namen(JsonNode lijst) {
        List<String> l = new ArrayList<>();
        lijst.path("statushouders").forEach(s -> l.add(s.path("naam").asString()));
        return l;
    }
}
