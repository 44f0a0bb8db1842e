package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FilePayload;
import nl.woonregie.programma.Programmaplan;
import nl.woonregie.programma.internal.Planwerkmap;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import nl.woonregie.support.IntegratieTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 18 §6 in the browser: the administrator imports Haarlem's plan from a workbook — a broken one is refused with
 * the reason missing at its field and the broken cell named by sheet, line and column, nothing stored; the good one
 * makes a programme whose begroting is the demo's (€ 5.621.184,00) — and opens the form that replaces the plan of that
 * programme, refused without a file at the field; a theme added and a goal changed in their forms (errors at the
 * field, typed values kept). Accessible (axe), Dutch words and formats.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammaImportBrowserTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    Browser browser;

    static byte[] haarlem() throws Exception {
        try (InputStream in = ProgrammaImportBrowserTest.class.getResourceAsStream(
                "/programma/haarlem-brede-aanpak-2020-2021.json")) {
            return Planwerkmap.schrijf(JsonMapper.builder().build().readValue(in, Programmaplan.class));
        }
    }

    static byte[] metCel(byte[] werkmap, String blad, int regel, int kolom, String waarde) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(werkmap))) {
            Row r = wb.getSheet(blad).getRow(regel - 1);
            r.getCell(kolom).setBlank();
            r.getCell(kolom).setCellValue(waarde);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void de_beheerder_importeert_het_plan_van_haarlem_uit_een_werkmap() throws Exception {
        Page page = browser.inloggen("beheerder", IntegratieTest.BEHEERDER_WACHTWOORD);
        page.navigate(browser.url("/programmas"));
        int voor = page.locator("#programmas tbody tr").count();
        Browser.klikEnWacht(page, page.locator("#programma-importeren"));
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Programma importeren");
        PlaywrightAssertions.assertThat(page.locator("#sjabloon")).hasAttribute("href",
                "/api/v1/programmas/importsjabloon.xlsx");
        browser.toegankelijkEnNederlands(page);

        // a broken cell and no reason: both named, nothing stored
        page.setInputFiles("#bestand", new FilePayload("kapot.xlsx", XLSX,
                metCel(haarlem(), "Begrotingsregels", 3, 2, "vierhonderd")));
        Browser.klikEnWacht(page, page.locator("#formulier button[type=submit]"));
        PlaywrightAssertions.assertThat(page.locator("#reden-fout")).containsText("verplicht");
        PlaywrightAssertions.assertThat(page.locator("#import-fouten")).containsText("niets opgeslagen");
        PlaywrightAssertions.assertThat(page.locator("#fouttabel tbody tr")).hasCount(1);
        PlaywrightAssertions.assertThat(page.locator("#fouttabel")).containsText(
                "blad Begrotingsregels, regel 3, kolom Bedrag");
        PlaywrightAssertions.assertThat(page.locator("#bestand-gekozen")).containsText("kapot.xlsx");
        browser.toegankelijkEnNederlands(page);
        page.navigate(browser.url("/programmas"));
        PlaywrightAssertions.assertThat(page.locator("#programmas tbody tr")).hasCount(voor);
        page.navigate(browser.url("/programmas/import"));

        // the good workbook: a programme with the demo's begroting
        page.setInputFiles("#bestand", new FilePayload("haarlem.xlsx", XLSX, haarlem()));
        page.locator("#reden").fill("Plan van aanpak 2020–2021, vastgesteld");
        Browser.klikEnWacht(page, page.locator("#formulier button[type=submit]"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("is aangemaakt uit haarlem.xlsx");
        PlaywrightAssertions.assertThat(page.locator("#totaal")).containsText("€ 5.621.184,00");
        PlaywrightAssertions.assertThat(page.locator(".per-thema").nth(2)).containsText("€ 3.596.184,00");
        browser.toegankelijkEnNederlands(page);

        // a theme and a goal of the imported programme in their forms: errors at the field, typed values kept
        String programma = page.url().replaceAll("#.*", "");
        Browser.klikEnWacht(page, page.locator("#thema-toevoegen"));
        PlaywrightAssertions.assertThat(page.locator("#nummer")).hasValue("4");
        page.locator("#reden").fill("Nieuw thema in de regio");
        Browser.klikEnWacht(page, page.locator("#opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#naam-fout")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#reden")).hasValue("Nieuw thema in de regio");
        browser.toegankelijkEnNederlands(page);
        page.locator("#naam").fill("Nazorg");
        Browser.klikEnWacht(page, page.locator("#opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("Thema 4 is opgeslagen.");
        PlaywrightAssertions.assertThat(page.locator("#thema-4")).containsText("Thema 4: Nazorg");
        Browser.klikEnWacht(page, page.locator("a", new Page.LocatorOptions().setHasText("Doel 7 wijzigen")));
        page.locator("#soort").selectOption("EIGEN");
        page.locator("#thema").selectOption("4");
        Browser.klikEnWacht(page, page.locator("#opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#reden-fout")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#soort")).hasValue("EIGEN");
        PlaywrightAssertions.assertThat(page.locator("#thema")).hasValue("4");
        browser.toegankelijkEnNederlands(page);
        page.locator("#reden").fill("Nazorg is een eigen doel");
        Browser.klikEnWacht(page, page.locator("#opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("Doel 7 is opgeslagen.");
        PlaywrightAssertions.assertThat(page.locator("#thema-4 #doel-7")).containsText("eigen doel");
        page.navigate(programma);

        // replacing its plan: without a file refused at the field
        Browser.klikEnWacht(page, page.locator("#plan-importeren"));
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Plan importeren");
        browser.toegankelijkEnNederlands(page);
        page.locator("#reden").fill("Nieuwe stand");
        Browser.klikEnWacht(page, page.locator("#formulier button[type=submit]"));
        PlaywrightAssertions.assertThat(page.locator("#bestand-fout")).containsText("verplicht");
        PlaywrightAssertions.assertThat(page.locator("#reden")).hasValue("Nieuwe stand");
        browser.toegankelijkEnNederlands(page);
    }
}
