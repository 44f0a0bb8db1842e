package nl.woonregie.aanbod;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.pdf.PdfAControle;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.RondeFixture;
import nl.woonregie.support.TestKlok;
import nl.woonregie.support.Testgegevens;
import nl.woonregie.toezicht.regels.Periode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
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
 * A gemeente's year view and the draft of its plan van aanpak over the API, from {@link RondeFixture}'s figures
 * (period P: taakstelling 100, saldo 0, 40 housed at the mid date and 70 at its end) and the next period Q's
 * (taakstelling 50 with an ambition of 10 above it, 20 housed by COA's standing on Q's 31st day): P ends with 30
 * behind, Q's opgave is 80 and its total 90. The plan van aanpak is PDF/A-2a (veraPDF, as the letters) and an ODT
 * that opens (mimetype first and stored, content.xml parses), both with these numbers; nothing is stored or audited.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JaaroverzichtApiTest {

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

    record Opzet(RondeFixture.Toezicht t, String gemeente, Periode q, LocalDate stand) {
    }

    /** P as the fixture gives it, from step {@code trede}; Q with its taakstelling, ambition and one standing. */
    Opzet opzet(String trede) {
        RondeFixture.Toezicht t = rondes.nieuw();
        String gemeente = t.gemeente(new RondeFixture.Cijfers(0, trede, 100, 40, 100, 70, 10));
        Periode q = t.periode().volgende();
        Testgegevens.taakstelling(jdbc, gemeente, q.code(), 50);
        jdbc.sql("update taakstelling set additionele_opgave = 10 where gemeente_code = ? and periode = ?")
                .params(gemeente, q.code()).update();
        LocalDate stand = q.eersteDag().plusDays(30);
        Testgegevens.coaStand(jdbc, gemeente, q.code(), stand, 20, 20, 0, false);
        return new Opzet(t, gemeente, q, stand);
    }

    static String pad(String gemeente) {
        return "/api/v1/gemeenten/" + gemeente;
    }

    @Test
    void het_jaaroverzicht_rekent_per_halfjaar_en_per_jaar_uit_de_opgeslagen_cijfers() throws Exception {
        Opzet o = opzet("0");
        klok.zet(o.q().eersteDag().plusDays(40));
        String eigen = accounts.gemeente(o.gemeente());
        // before the eindoordeel over P the gemeente does not see P's saldo (as in its history), the supervisor does
        JsonNode voor = api.als(eigen).get(pad(o.gemeente()) + "/jaaroverzicht").json();
        assertThat(voor.path("halfjaren")).hasSize(1);
        assertThat(voor.path("halfjaren").get(0).path("gehuisvest").asLong()).isEqualTo(70);
        assertThat(voor.path("halfjaren").get(0).path("saldoUit").isNull()).isTrue();
        assertThat(voor.path("ontbrekend").get(0).asString()).isEqualTo("het eindoordeel over de "
                + o.t().periode().omschrijving() + " (nog niet vastgesteld of gedeeld)");
        assertThat(api.als(o.t().toezichthouder()).get(pad(o.gemeente()) + "/jaaroverzicht").json()
                .path("halfjaren")).hasSize(2);
        o.t().vastgesteld(o.t().eindoordeel());

        JsonNode j = api.als(eigen).get(pad(o.gemeente()) + "/jaaroverzicht").json();
        JsonNode h = j.path("halfjaren");
        assertThat(h).hasSize(2);
        assertThat(h.get(0).path("periode").asString()).isEqualTo(o.t().periode().code());
        assertThat(h.get(0).path("taakstelling").asLong()).isEqualTo(100);
        assertThat(h.get(0).path("saldoIn").asLong()).isEqualTo(0);
        assertThat(h.get(0).path("gehuisvest").asLong()).isEqualTo(70);
        assertThat(h.get(0).path("saldoUit").asLong()).isEqualTo(30);
        assertThat(h.get(1).path("periode").asString()).isEqualTo(o.q().code());
        assertThat(h.get(1).path("saldoIn").asLong()).isEqualTo(30);
        assertThat(h.get(1).path("opgave").asLong()).isEqualTo(80);
        assertThat(h.get(1).path("additioneleOpgave").asLong()).isEqualTo(10);
        assertThat(h.get(1).path("totaal").asLong()).isEqualTo(90);
        assertThat(h.get(1).path("gehuisvest").asLong()).isEqualTo(20);
        assertThat(h.get(1).path("gehuisvestOp").asString()).isEqualTo(o.stand().toString());
        assertThat(h.get(1).path("saldoUit").isNull()).isTrue();
        assertThat(j.path("ontbrekend")).isEmpty();
        // toezicht's table of periods computes the same saldi: nothing to report
        assertThat(j.path("bevindingen")).isEmpty();
        if (o.t().periode().jaar() == o.q().jaar()) {
            assertThat(j.path("jaren")).hasSize(1);
            assertThat(j.path("jaren").get(0).path("totaal").asLong()).isEqualTo(100 + 50 + 10);
            assertThat(j.path("jaren").get(0).path("gehuisvest").asLong()).isEqualTo(90);
        } else {
            assertThat(j.path("jaren")).hasSize(2);
            assertThat(j.path("jaren").get(1).path("saldoIn").asLong()).isEqualTo(30);
            assertThat(j.path("jaren").get(1).path("totaal").asLong()).isEqualTo(90);
        }

        // the supervisor reads the same; another gemeente and another province's supervisor nothing
        assertThat(api.als(o.t().toezichthouder()).get(pad(o.gemeente()) + "/jaaroverzicht").json()
                .path("halfjaren")).isEqualTo(h);
        api.als(accounts.gemeente("GM0363")).get(pad(o.gemeente()) + "/jaaroverzicht").probleem(403);
        api.als(accounts.toezichthouder("PV27")).get(pad(o.gemeente()) + "/jaaroverzicht.xlsx").probleem(403);

        Api.Antwoord x = api.als(eigen).get(pad(o.gemeente()) + "/jaaroverzicht.xlsx").status(200);
        assertThat(x.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.bytes()))) {
            Sheet s = wb.getSheet("Halfjaren");
            DataFormatter f = new DataFormatter();
            Row r = s.getRow(2);
            assertThat(f.formatCellValue(r.getCell(0))).isEqualTo(o.q().omschrijving());
            assertThat(r.getCell(3).getNumericCellValue()).isEqualTo(80);
            assertThat(r.getCell(5).getNumericCellValue()).isEqualTo(90);
            assertThat(r.getCell(6).getNumericCellValue()).isEqualTo(20);
            assertThat(s.getRow(1).getCell(9).getNumericCellValue()).isEqualTo(30);
            assertThat(wb.getSheet("Jaren")).isNotNull();
            assertThat(wb.getSheet("Bevindingen").getLastRowNum()).isZero();
        }
    }

    @Test
    void het_concept_plan_van_aanpak_is_pdfa_en_odt_met_de_stand_de_prognose_en_de_maatregelen() throws Exception {
        Opzet o = opzet("3a");
        klok.zet(o.t().tussentijds().plusDays(1));
        o.t().vastgesteld(o.t().tussentijds());
        klok.zet(o.t().eindoordeel().plusDays(1));
        o.t().vastgesteld(o.t().eindoordeel());
        LocalDate vandaag = o.stand().plusDays(5);
        klok.zet(vandaag);
        String eigen = accounts.gemeente(o.gemeente());
        // one a day from the day after COA's standing: 80 is reached on the 60th day
        api.als(eigen).post("/api/v1/gemeenten/" + o.gemeente() + "/aanbodbronnen", """
                {"soort": "TEMPO", "naam": "Vrij tempo Noord", "perWeek": 7, "reden": "Wat niet apart staat"}""")
                .status(201);
        String gehaald = Weergave.dag(o.stand().plusDays(60));
        long audit = jdbc.sql("select coalesce(max(id), 0) from audit_log").query(Long.class).single();

        Api.Antwoord p = api.als(eigen).get(pad(o.gemeente()) + "/plan-van-aanpak.pdf").status(200);
        assertThat(p.contentType()).isEqualTo("application/pdf");
        assertThat(PdfAControle.overtredingen(p.bytes())).isEmpty();
        String pdf;
        try (PDDocument d = Loader.loadPDF(p.bytes())) {
            pdf = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
        String naam = gebied.naam(o.gemeente());
        assertThat(pdf).contains("Plan van aanpak huisvesting vergunninghouders " + naam)
                .contains("een plan van aanpak is verplicht")
                .contains("Taakstelling 50").contains("Saldo uit de vorige periode achterstand van 30")
                .contains("Opgave (taakstelling en saldo) 80").contains("Ambitie (opgave en additionele opgave) 90")
                .contains("Gehuisvest volgens het COA tot en met " + Weergave.dag(o.stand()) + " 20")
                .contains("Nog te huisvesten voor de opgave 60")
                .contains("Taakstelling verwacht gehaald op " + gehaald)
                .contains("Vrij tempo Noord").contains("7 per week")
                .contains("Oorzaken van de achterstand (In te vullen door de gemeente)");

        Api.Antwoord a = api.als(o.t().toezichthouder()).get(pad(o.gemeente()) + "/plan-van-aanpak.odt").status(200);
        assertThat(a.contentType()).isEqualTo("application/vnd.oasis.opendocument.text");
        Map<String, byte[]> delen = new TreeMap<>();
        List<String> volgorde = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(a.bytes()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (volgorde.isEmpty()) {
                    assertThat(e.getMethod()).as("mimetype ongecomprimeerd").isEqualTo(ZipEntry.STORED);
                }
                volgorde.add(e.getName());
                delen.put(e.getName(), zip.readAllBytes());
            }
        }
        assertThat(volgorde.get(0)).isEqualTo("mimetype");
        assertThat(new String(delen.get("mimetype"), StandardCharsets.US_ASCII))
                .isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(delen).containsKeys("META-INF/manifest.xml", "content.xml", "styles.xml");
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        for (String xml : List.of("META-INF/manifest.xml", "styles.xml", "meta.xml")) {
            dbf.newDocumentBuilder().parse(new ByteArrayInputStream(delen.get(xml)));
        }
        var inhoud = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(delen.get("content.xml")));
        assertThat(inhoud.getDocumentElement().getLocalName()).isEqualTo("document-content");
        var cellen = inhoud.getElementsByTagNameNS("urn:oasis:names:tc:opendocument:xmlns:table:1.0", "table-cell");
        List<String> tekst = new ArrayList<>();
        for (int i = 0; i < cellen.getLength(); i++) {
            tekst.add(cellen.item(i).getTextContent());
        }
        assertThat(String.join("|", tekst)).contains("Opgave (taakstelling en saldo)|80")
                .contains("Taakstelling|50").contains("Nog te huisvesten voor de opgave|60")
                .contains("Vrij tempo Noord|Vrij tempo|7 per week");
        var koppen = inhoud.getElementsByTagNameNS("urn:oasis:names:tc:opendocument:xmlns:text:1.0", "h");
        List<String> kopteksten = new ArrayList<>();
        for (int i = 0; i < koppen.getLength(); i++) {
            kopteksten.add(koppen.item(i).getTextContent());
        }
        assertThat(kopteksten).contains("1. Stand van zaken", "2. Prognose",
                "5. Aanvullende maatregelen (In te vullen door de gemeente)");
        assertThat(inhoud.getDocumentElement().getTextContent()).contains("Taakstelling verwacht gehaald op " + gehaald);

        // a GET stores nothing and audits nothing: no entry by the two readers but their sign-in (the background jobs
        // may write their own entries meanwhile); another gemeente may not
        List<String> nieuw = jdbc.sql("select actor || ' ' || actie || ' ' || object_type || ' ' || "
                + "coalesce(object_id, '') from audit_log where id > ? and actie <> 'AANGEMELD'").param(audit)
                .query(String.class).list();
        assertThat(nieuw).noneMatch(r -> r.startsWith(eigen + " ") || r.startsWith(o.t().toezichthouder() + " "));
        api.als(accounts.gemeente("GM0363")).get(pad(o.gemeente()) + "/plan-van-aanpak.pdf").probleem(403);
        api.als(accounts.gemeente("GM0363")).get(pad(o.gemeente()) + "/plan-van-aanpak.odt").probleem(403);
    }

    @Test
    void onder_trede_3a_is_het_plan_een_concept_op_verzoek_met_de_trend_zonder_bronnen() throws Exception {
        Opzet o = opzet("0");
        klok.zet(o.stand().plusDays(5));
        String eigen = accounts.gemeente(o.gemeente());
        byte[] pdf = api.als(eigen).get(pad(o.gemeente()) + "/plan-van-aanpak.pdf").status(200).bytes();
        String tekst;
        try (PDDocument d = Loader.loadPDF(pdf)) {
            tekst = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
        assertThat(tekst).contains("Concept op verzoek: er is nog geen vastgestelde trede")
                .contains("Scenario Trend").contains("Nog geen bronnen van aanbod opgeslagen.")
                .doesNotContain("een plan van aanpak is verplicht");
    }
}
