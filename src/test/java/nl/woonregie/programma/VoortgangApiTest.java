package nl.woonregie.programma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.pdf.PdfAControle;
import nl.woonregie.platform.audit.AuditTrail;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The progress report of Haarlem's programme over the API, and its evaluation moments: the programme manager changes
 * a project and adds a measurement and the report follows (who, when, why; the measurement against the target); an
 * evaluation moment is recorded with If-Match (missing: 400; stale: 409), every invalid field named, audited; a
 * planned moment past its date without an outcome is a finding; the same report as PDF/A (veraPDF) and XLSX.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VoortgangApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProgrammaService programmas;

    @Autowired
    AuditTrail audit;

    @Autowired
    GebiedService gebied;

    Api api;
    Accounts accounts;
    long id;
    String manager;
    String controller;

    @BeforeAll
    void opzet() throws Exception {
        api = new Api(mvc);
        accounts = new Accounts(mvc);
        id = programmas.aanmaken(ProgrammaServiceTest.BEHEERDER, HaarlemBegrotingTest.haarlem(), "test", "test").id();
        manager = accounts.maak("PROGRAMMAMANAGER", "\"programma\":" + id);
        controller = accounts.maak("CONTROLLER", "\"programma\":" + id);
    }

    String pad() {
        return "/api/v1/programmas/" + id;
    }

    String etag() {
        return api.als(manager).get(pad()).header("ETag");
    }

    @Test
    void de_rapportage_volgt_een_gewijzigd_project_en_een_nieuwe_meting() {
        JsonNode voor = api.als(controller).get(pad() + "/voortgang").json(200);
        assertThat(voor.path("voortgang").path("van").asString()).isEqualTo("2020-01-01");
        assertThat(voor.path("voortgang").path("tot").asString()).isEqualTo(gebied.vandaag().toString());
        assertThat(voor.path("voortgang").path("projecten").size()).isEqualTo(13);
        assertThat(voor.path("voortgang").path("indicatoren").size()).isEqualTo(6);
        assertThat(voor.path("begroting").path("totaal").path("bedrag").decimalValue())
                .isEqualByComparingTo("5621184");
        JsonNode jongeren = voor.path("voortgang").path("indicatoren").get(0);
        assertThat(jongeren.path("richting").asString()).isEqualTo("TEN_HOOGSTE");
        assertThat(jongeren.path("oordeel").asString()).isEqualTo("GEEN_METING");

        api.als(manager).put(pad() + "/projecten/3", """
                {"doel": 2, "naam": "Versterken inzet ervaringsdeskundigheid", "soort": "NIEUW",
                 "status": "IN_UITVOERING", "planning": "2021", "reden": "Gestart in januari 2021"}""", etag())
                .status(200);
        api.als(manager).post(pad() + "/indicatoren/1/metingen", "{}").status(400);
        api.als(manager).doe(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post(pad() + "/indicatoren/1/metingen").header("If-Match", etag())
                .contentType("application/json").content("""
                        {"datum": "2021-06-30", "waarde": 2.5, "bron": "Kenter Jeugdhulp", "reden": "halfjaar"}"""))
                .status(200);

        JsonNode na = api.als(controller).get(pad() + "/voortgang").json(200);
        JsonNode drie = na.path("voortgang").path("projecten").get(2);
        assertThat(drie.path("nummer").asInt()).isEqualTo(3);
        assertThat(drie.path("statuslabel").asString()).isEqualTo("In uitvoering");
        JsonNode w = drie.path("wijzigingen").get(0);
        assertThat(w.path("reden").asString()).isEqualTo("Gestart in januari 2021");
        assertThat(w.path("velden").get(0).path("was").asString()).isEqualTo("In voorbereiding");
        assertThat(w.path("velden").get(0).path("wordt").asString()).isEqualTo("In uitvoering");
        JsonNode jong = na.path("voortgang").path("indicatoren").get(0);
        assertThat(jong.path("metingenInPeriode").size()).isEqualTo(1);
        assertThat(jong.path("oordeel").asString()).as("2,5 months: within 3").isEqualTo("BEREIKT");

        // a period before the change: neither the change nor the measurement
        JsonNode eerder = api.als(controller).get(pad() + "/voortgang?van=2020-01-01&tot=2021-06-29").json(200);
        assertThat(eerder.path("voortgang").path("indicatoren").get(0).path("metingenInPeriode").size()).isZero();
    }

    @Test
    void een_ongeldige_periode_noemt_van_en_tot() {
        assertThat(Api.namen(api.als(manager).get(pad() + "/voortgang?van=1-1-2020&tot=morgen").probleem(400)))
                .containsExactlyInAnyOrder("van", "tot");
        assertThat(Api.namen(api.als(manager).get(pad() + "/voortgang?van=2021-02-01&tot=2021-01-31")
                .probleem(400))).containsExactly("van");
        api.als(accounts.gemeente("GM0546")).get(pad() + "/voortgang").probleem(404);
    }

    @Test
    void een_evaluatiemoment_vastleggen_met_if_match_elk_ongeldig_veld_genoemd_en_geaudit() {
        String moment = """
                {"naam": "Tussenevaluatie pilot vroegsignalering", "datum": "2020-10-31", "status": "GEPLAND",
                 "project": 1, "reden": "Het plan noemt de tussenevaluatie eind oktober (003:L248-251)"}""";
        assertThat(api.als(manager).put(pad() + "/evaluaties/1", moment).probleem(400).toString())
                .contains("If-Match");
        String etag = etag();
        assertThat(Api.namen(api.als(manager).put(pad() + "/evaluaties/1", """
                {"naam": " ", "status": "GEHOUDEN", "project": 77}""", etag).probleem(400)))
                .containsExactlyInAnyOrder("naam", "datum", "uitkomst", "project", "reden");
        api.als(manager).put(pad() + "/evaluaties/1", """
                {"naam": "x", "datum": "2020-10-31", "status": "GEPLAND", "reden": "x", "onbekend": 1}""", etag)
                .probleem(400);
        api.als(controller).put(pad() + "/evaluaties/1", moment, etag).probleem(403);
        api.als(accounts.gemeente("GM0546")).put(pad() + "/evaluaties/1", moment, etag).probleem(404);

        Api.Antwoord a = api.als(manager).put(pad() + "/evaluaties/1", moment, etag);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.header("ETag")).isNotEqualTo(etag);
        assertThat(a.json().path("versies").get(0).path("wat").asString()).isEqualTo("Evaluatiemoment 1 toegevoegd");
        api.als(manager).put(pad() + "/evaluaties/1", moment, etag).probleem(409);

        JsonNode r = api.als(controller).get(pad() + "/voortgang?tot=2020-12-31").json(200);
        assertThat(r.path("voortgang").path("evaluaties").get(0).path("naam").asString())
                .isEqualTo("Tussenevaluatie pilot vroegsignalering");
        List<String> soorten = new ArrayList<>();
        r.path("voortgang").path("bevindingen").forEach(b -> soorten.add(b.path("soort").asString()));
        assertThat(soorten).contains("EVALUATIE_ZONDER_UITKOMST");

        api.als(manager).put(pad() + "/evaluaties/1", """
                {"naam": "Tussenevaluatie pilot vroegsignalering", "datum": "2020-10-30", "status": "GEHOUDEN",
                 "uitkomst": "De pilot loopt door in alle wijkteams.", "project": 1, "reden": "Gehouden"}""",
                a.header("ETag")).status(200);
        JsonNode lijst = api.als(controller).get(pad() + "/evaluaties").json(200);
        assertThat(lijst.path("evaluaties").get(0).path("status").asString()).isEqualTo("GEHOUDEN");
        JsonNode daarna = api.als(controller).get(pad() + "/voortgang?tot=2020-12-31").json(200);
        daarna.path("voortgang").path("bevindingen").forEach(b -> assertThat(b.path("soort").asString())
                .isNotEqualTo("EVALUATIE_ZONDER_UITKOMST"));
        assertThat(audit.vanObject("programma", Long.toString(id))).extracting(AuditTrail.Gebeurtenis::actie)
                .contains("PROGRAMMA_EVALUATIE_GEZET");
    }

    @Test
    void de_rapportage_als_pdf_a_en_als_spreadsheet() throws Exception {
        Api.Antwoord pdf = api.als(controller).get("/programmas/" + id + "/voortgang.pdf?tot=2021-12-31").status(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(PdfAControle.overtredingen(pdf.bytes())).isEmpty();
        Api.Antwoord xlsx = api.als(controller).get("/programmas/" + id + "/voortgang.xlsx?tot=2021-12-31")
                .status(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            List<String> bladen = new ArrayList<>();
            wb.forEach(s -> bladen.add(s.getSheetName()));
            assertThat(bladen).containsExactly("Periode", "Projecten", "Wijzigingen", "Doelen", "Indicatoren",
                    "Metingen", "Evaluaties", "Bevindingen", "Begroting");
            assertThat(wb.getSheet("Indicatoren").getRow(1).getCell(3).getStringCellValue()).isEqualTo("Ten hoogste");
            assertThat(wb.getSheet("Bevindingen").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Deadline verstreken");
        }
        assumeTrue(PdfAControle.pdftotextAanwezig(), "pdftotext (poppler-utils) ontbreekt");
        String tekst = PdfAControle.tekst(pdf.bytes()).replaceAll("\\s+", " ");
        assertThat(tekst).contains("Voortgangsrapportage").contains("tot en met 31 december 2021")
                .contains("Ten hoogste 3 maanden").contains("€ 5.621.184,00");
    }
}
