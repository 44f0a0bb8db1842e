package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The programme team of 's-Gravenhage keeps its support plans in the browser (issue 17 §4): it registers its
 * departments (an error at its field, the typed values kept), stores a project's plan with Leeghwaterplein's lines and
 * the plan of all locations through their forms (errors at their fields, every value kept), and the overview adds the
 * memo's amounts to the demo's plans (DoorbraakplanDemoTest: € 1.312.400,00 alone) — € 14.800,00 a month; 2022
 * € 44.400,00 covered; 2023 € 177.600,00 and 2027 € 257.600,00 more, of which € 80.000,00 incidental; € 1.012.400,00 for
 * the project — also as XLSX, with a PDF per department. The bestuur reads without
 * a form. Accessible (axe), in Dutch words and formats, no sideways scrolling.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SteunplanBrowserTest {

    static final String DEN_HAAG = "GM0518";

    @Autowired
    MockMvc mvc;

    Browser browser;
    long project;

    @BeforeAll
    void project() {
        String gemeente = new Accounts(mvc).gemeente(DEN_HAAG);
        project = new Api(mvc).als(gemeente).post("/api/v1/gemeenten/" + DEN_HAAG + "/aanbodbronnen", """
                {"soort": "PROJECT", "naam": "Proeflocatie steunplan (test)", "duur": "TIJDELIJK", "woonvorm": "ONZELFSTANDIG",
                 "plaatsen": 40, "eenheden": 120, "startInhuizing": "2022-10-01", "status": "BESLOTEN",
                 "reden": "Doorbraakplanlocatie"}""").idUitLocation();
    }

    /** The overview's total before this test (0 without plans). */
    static BigDecimal totaal(JsonNode overzicht) {
        JsonNode t = overzicht.path("berekening").path("totaal");
        return t.isMissingNode() || t.isNull() ? BigDecimal.ZERO : t.decimalValue();
    }

    /** A year's amount in the overview before this test (0 for a year it does not have). */
    static BigDecimal jaar(JsonNode overzicht, int jaar, String veld) {
        for (JsonNode j : overzicht.path("perJaar")) {
            if (j.path("jaar").asInt() == jaar) {
                return j.path(veld).decimalValue();
            }
        }
        return BigDecimal.ZERO;
    }

    /** As the page shows an amount: € 1.312.400,00. */
    static String bedrag(BigDecimal b) {
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.00",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.forLanguageTag("nl-NL")));
        return "€ " + f.format(b);
    }

    void afdeling(Page page, String code, String naam) {
        page.locator("#code").fill(code);
        page.locator("#afdeling-naam").fill(naam);
        page.locator("#reden").fill("Register van het programma");
        Browser.klikEnWacht(page, page.locator("#afdeling-vastleggen"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText(naam);
    }

    @Test
    void het_programmateam_legt_het_plan_leeghwaterplein_vast_en_het_overzicht_geeft_de_bedragen_van_de_memo()
            throws Exception {
        Page page = browser.inloggen("programma-denhaag", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/gemeenten/" + DEN_HAAG + "/ondersteuning"));
        // the demo has Leeghwaterplein's plan and the plan of all locations: this test's plan adds to them
        JsonNode voor = new Api(mvc).als(Api.BEHEERDER).get("/api/v1/gemeenten/" + DEN_HAAG + "/steunplannen").json();
        Browser.klikEnWacht(page, page.locator("#naar-steunplannen"));
        PlaywrightAssertions.assertThat(page.locator("#totaal")).isVisible();
        browser.toegankelijkEnNederlands(page);

        // the register of departments: an error at its field, the typed values kept
        Browser.klikEnWacht(page, page.locator("#naar-afdelingen"));
        browser.toegankelijkEnNederlands(page);
        page.locator("#code").fill("o c w");
        page.locator("#afdeling-naam").fill("Onderwijs, Cultuur en Welzijn");
        Browser.klikEnWacht(page, page.locator("#afdeling-vastleggen"));
        PlaywrightAssertions.assertThat(page.locator("#code-fout")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#reden-fout")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#code")).hasValue("o c w");
        PlaywrightAssertions.assertThat(page.locator("#afdeling-naam")).hasValue("Onderwijs, Cultuur en Welzijn");
        browser.toegankelijkEnNederlands(page);
        afdeling(page, "OCW", "Onderwijs, Cultuur en Welzijn");
        afdeling(page, "DSO", "Stedelijke Ontwikkeling");
        afdeling(page, "DPZ", "Publiekszaken");
        // the demo registers SZW too
        PlaywrightAssertions.assertThat(page.locator("#afdelingen tbody tr")).hasCount(4);

        // this project's plan: first with an error, then as the memo has it for Leeghwaterplein
        page.navigate(browser.url("/gemeenten/" + DEN_HAAG + "/steunplannen"));
        Browser.klikEnWacht(page, page.locator("#plan-" + project + " a"));
        browser.toegankelijkEnNederlands(page);
        page.locator("#regel-soort-0").selectOption("WOONBEGELEIDING");
        page.locator("#regel-dienst-0").selectOption("OCW");
        page.locator("#regel-wonen-0").selectOption("ONZELFSTANDIG");
        page.locator("#regel-personen-0").fill("-40");
        page.locator("#regel-van-0").fill("2022-Q4");
        page.locator("#regel-tot-0").fill("2027-Q4");
        page.locator("#regel-soort-1").selectOption("DOORSTROOMBEGELEIDING");
        page.locator("#regel-dienst-1").selectOption("DSO");
        page.locator("#regel-personen-1").fill("40");
        page.locator("#regel-kwartaal-1").fill("2027-Q3");
        page.locator("#dekking-jaar-0").fill("2022");
        page.locator("#dekking-bron-0").fill("Retraiteclaim 2022");
        page.locator("#dekking-bedrag-0").fill("44.400,00");
        page.locator("#dekking-dienst-0").selectOption("OCW");
        page.locator("#reden").fill("Memo Benodigde begeleiding statushouders");
        Browser.klikEnWacht(page, page.locator("#vastleggen"));
        PlaywrightAssertions.assertThat(page.locator("#fouten")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#regel-personen-0-fout")).containsText("negatief");
        PlaywrightAssertions.assertThat(page.locator("#regel-personen-0")).hasValue("-40");
        PlaywrightAssertions.assertThat(page.locator("#regel-kwartaal-1")).hasValue("2027-Q3");
        PlaywrightAssertions.assertThat(page.locator("#dekking-bedrag-0")).hasValue("44.400,00");
        PlaywrightAssertions.assertThat(page.locator("#reden")).hasValue("Memo Benodigde begeleiding statushouders");
        browser.toegankelijkEnNederlands(page);
        page.locator("#regel-personen-0").fill("40");
        Browser.klikEnWacht(page, page.locator("#vastleggen"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("versie 1");
        PlaywrightAssertions.assertThat(page.locator("#regel-1")).containsText("€ 14.800,00");
        PlaywrightAssertions.assertThat(page.locator("#jaar-2022")).containsText("€ 44.400,00");
        PlaywrightAssertions.assertThat(page.locator("#regel-dekking-bedrag-0")).hasCount(0);
        PlaywrightAssertions.assertThat(page.locator("#dekking-bedrag-0")).hasValue("44.400,00");
        browser.toegankelijkEnNederlands(page);

        // the plan of all locations: location management (the demo's, stored again as it is: a new version)
        page.navigate(browser.url("/gemeenten/" + DEN_HAAG + "/steunplannen/alle-locaties"));
        page.locator("#regel-soort-0").selectOption("LOCATIEMANAGEMENT");
        page.locator("#regel-dienst-0").selectOption("DPZ");
        page.locator("#regel-perjaar-0").fill("60.000");
        page.locator("#regel-van-0").fill("2023-Q1");
        page.locator("#regel-tot-0").fill("2027-Q4");
        page.locator("#reden").fill("Locatiemanagement voor alle locaties");
        Browser.klikEnWacht(page, page.locator("#vastleggen"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("Alle locaties");
        PlaywrightAssertions.assertThat(page.locator("#regel-perjaar-0")).hasValue("60.000,00");

        // the overview: what was there plus the memo's amounts of this plan (the demo's alone: € 1.312.400,00)
        page.navigate(browser.url("/gemeenten/" + DEN_HAAG + "/steunplannen"));
        PlaywrightAssertions.assertThat(page.locator("#totaal")).containsText(bedrag(totaal(voor).add(
                new BigDecimal("1012400"))));
        PlaywrightAssertions.assertThat(page.locator("#jaar-2022")).containsText(bedrag(jaar(voor, 2022, "kosten")
                .add(new BigDecimal("44400"))));
        PlaywrightAssertions.assertThat(page.locator("#jaar-2023")).containsText(bedrag(jaar(voor, 2023, "kosten")
                .add(new BigDecimal("177600"))));
        PlaywrightAssertions.assertThat(page.locator("#jaar-2027")).containsText(bedrag(jaar(voor, 2027, "kosten")
                .add(new BigDecimal("257600"))));
        PlaywrightAssertions.assertThat(page.locator("#jaar-2027")).containsText(bedrag(jaar(voor, 2027,
                "incidenteel").add(new BigDecimal("80000"))));
        PlaywrightAssertions.assertThat(page.locator("#plan-" + project)).containsText("€ 1.012.400,00");
        PlaywrightAssertions.assertThat(page.locator("#per-dienst")).containsText("Publiekszaken");
        browser.toegankelijkEnNederlands(page);
        for (int breedte : Browser.BREEDTES) {
            browser.assertPastBinnen(page, breedte);
        }

        Download xlsx = page.waitForDownload(() -> page.locator("#xlsx").click());
        assertThat(xlsx.suggestedFilename()).isEqualTo("steunplannen-GM0518.xlsx");
        try (InputStream in = Files.newInputStream(xlsx.path()); XSSFWorkbook werkmap = new XSSFWorkbook(in)) {
            Sheet jaren = werkmap.getSheet("Per jaar");
            assertThat(jaren.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(2022d);
            assertThat(jaren.getRow(1).getCell(4).getNumericCellValue())
                    .isEqualTo(jaar(voor, 2022, "gedekt").doubleValue() + 44_400d);
            assertThat(jaren.getRow(6).getCell(0).getNumericCellValue()).isEqualTo(2027d);
            assertThat(jaren.getRow(6).getCell(2).getNumericCellValue())
                    .isEqualTo(jaar(voor, 2027, "incidenteel").doubleValue() + 80_000d);
            assertThat(jaren.getRow(6).getCell(5).getNumericCellValue())
                    .isEqualTo(jaar(voor, 2027, "ongedekt").doubleValue() + 257_600d);
            assertThat(jaren.getRow(7).getCell(1).getNumericCellValue())
                    .isEqualTo(totaal(voor).doubleValue() + 1_012_400d);
        }
        Download pdf = page.waitForDownload(() -> page.locator("#pdf-OCW").click());
        byte[] inhoud = Files.readAllBytes(pdf.path());
        assertThat(new String(inhoud, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String tekst = new String(inhoud, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(tekst).contains("pdfaid");

        // the tariffs: the defaults with their source
        Browser.klikEnWacht(page, page.locator("#naar-tarieven"));
        PlaywrightAssertions.assertThat(page.locator("#tarieven")).containsText("€ 370,00");
        PlaywrightAssertions.assertThat(page.locator("#tarieven")).containsText("1 januari 2022");
        browser.toegankelijkEnNederlands(page);

        // the bestuur reads the plan, without a form
        Page bestuur = browser.inloggen("bestuur-denhaag", BrowserTest.DEMO_WACHTWOORD);
        bestuur.navigate(browser.url("/gemeenten/" + DEN_HAAG + "/steunplannen/" + project));
        PlaywrightAssertions.assertThat(bestuur.locator("#regel-1")).containsText("€ 14.800,00");
        PlaywrightAssertions.assertThat(bestuur.locator("#planformulier")).hasCount(0);
        browser.toegankelijkEnNederlands(bestuur);
    }
}
