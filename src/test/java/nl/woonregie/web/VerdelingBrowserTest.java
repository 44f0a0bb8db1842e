package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The distribution's main path in the browser, as Zuid-Holland's supervisor: compute 2024-I (Dutch numbers, a
 * missing population year named at its field), download it as XLSX, compare 2023-I with the demo's taakstellingen,
 * record the population Gedeputeerde Staten fixed for Voorne aan Zee, and store 2025-II (a period the demo and the
 * other browser tests do not use) as the province's taakstellingen. Accessible (axe) and in Dutch words and formats
 * (the crawler's checks) on every page.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerdelingBrowserTest {

    @Autowired
    JdbcClient jdbc;

    Browser browser;

    Page bereken(Page page, String periode, String landelijk) {
        page.navigate(browser.url("/verdeling"));
        page.getByLabel("Halfjaar (bijvoorbeeld 2024-I of 2024-II)").fill(periode);
        page.getByLabel("Landelijk aantal vergunninghouders (Staatscourant)").fill(landelijk);
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bereken")));
        return page;
    }

    @Test
    void een_toezichthouder_berekent_downloadt_vergelijkt_en_legt_vast() throws Exception {
        Page page = browser.inloggen("toezicht-zh", BrowserTest.DEMO_WACHTWOORD);
        Browser.klikEnWacht(page, page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Verdeling").setExact(true)));
        assertThat(page.url()).endsWith("/verdeling");

        // a half-year whose population is missing: the year is named at the field, what was typed stays
        bereken(page, "2022-I", "13.000");
        PlaywrightAssertions.assertThat(page.locator("#periode-fout")).containsText("1 januari 2021");
        PlaywrightAssertions.assertThat(page.locator("#periode")).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(page.locator("#landelijk")).hasValue("13.000");
        PlaywrightAssertions.assertThat(page.locator("#uitkomst")).hasCount(0);
        browser.toegankelijkEnNederlands(page);

        // 2024-I with 18.750: 18.928 in all, 's-Gravenhage 593 on 562.839 inhabitants
        bereken(page, "2024-I", "18.750");
        PlaywrightAssertions.assertThat(page.locator("#som")).hasText("18.928");
        PlaywrightAssertions.assertThat(page.locator("#verdeling tbody tr")).hasCount(342);
        PlaywrightAssertions.assertThat(page.locator("#verdeling tr[data-gemeente=GM0518]")).containsText("562.839");
        PlaywrightAssertions.assertThat(page.locator("#verdeling tr[data-gemeente=GM0518] td").last()).hasText("593");
        PlaywrightAssertions.assertThat(page.locator("#verdeling tfoot")).containsText("18.928");
        browser.screenshot(page, "verdeling");
        browser.toegankelijkEnNederlands(page);
        for (int breedte : Browser.BREEDTES) {
            browser.assertPastBinnen(page, breedte);
        }

        Download xlsx = page.waitForDownload(() -> page.locator("#xlsx").click());
        assertThat(xlsx.suggestedFilename()).isEqualTo("verdeling-2024-I.xlsx");
        try (InputStream in = Files.newInputStream(xlsx.path()); XSSFWorkbook werkmap = new XSSFWorkbook(in)) {
            Sheet blad = werkmap.getSheet("Verdeling 2024-I");
            assertThat(blad.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Taakstelling");
            Row totaal = blad.getRow(343);
            assertThat(totaal.getCell(0).getStringCellValue()).isEqualTo("Totaal");
            assertThat(totaal.getCell(6).getNumericCellValue()).isEqualTo(18_928d);
            assertThat(werkmap.getSheet("Invoer").getRow(4).getCell(1).getStringCellValue())
                    .contains("naar boven afgerond");
        }

        // 2023-I beside the demo's taakstellingen (computed by the demo on other figures): the differences shown
        bereken(page, "2023-I", "19000");
        Browser.klikEnWacht(page, page.locator("#vergelijk"));
        PlaywrightAssertions.assertThat(page.locator("#vergelijking tbody tr")).hasCount(50);
        int verschillend = Integer.parseInt(page.locator("#aantal-verschillend").innerText().replace(".", ""));
        assertThat(verschillend).isPositive();
        PlaywrightAssertions.assertThat(page.locator("#verschillen tbody tr")).hasCount(verschillend);
        PlaywrightAssertions.assertThat(page.locator("#vervangen")).hasCount(1);
        browser.screenshot(page, "verdeling-vergelijking");
        browser.toegankelijkEnNederlands(page);
        // storing without replacing is refused and changes nothing
        long voor = jdbc.sql("select count(*) from taakstelling where periode = '2023-I'").query(Long.class).single();
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leg vast")));
        PlaywrightAssertions.assertThat(page.locator("#geweigerd")).containsText("al een andere taakstelling");
        assertThat(jdbc.sql("select count(*) from taakstelling where periode = '2023-I'").query(Long.class).single())
                .isEqualTo(voor);
        browser.toegankelijkEnNederlands(page);

        // art. 30: Voorne aan Zee in 2023 counts the sum of its three parts until the province records its figure
        page.navigate(browser.url("/verdeling/herindelingen?periode=2023-I"));
        PlaywrightAssertions.assertThat(page.locator("#herindelingen tr[data-gemeente=GM1992]")).containsText("Brielle");
        page.getByLabel("Aantal inwoners").fill("71.234");
        page.getByLabel("Kenmerk van het besluit van Gedeputeerde Staten").fill("PZH-2022-812345");
        page.getByLabel("Datum van het besluit (optioneel)").fill("2022-09-20");
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leg vast")));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("71.234");
        PlaywrightAssertions.assertThat(page.locator("#herindelingen tr[data-gemeente=GM1992]"))
                .containsText("PZH-2022-812345");
        browser.screenshot(page, "verdeling-herindelingen");
        browser.toegankelijkEnNederlands(page);

        // 2025-II stored as the province's taakstellingen
        bereken(page, "2025-II", "12000");
        Browser.klikEnWacht(page, page.locator("#vergelijk"));
        PlaywrightAssertions.assertThat(page.locator("#aantal-zonder")).hasText("50");
        page.getByLabel("Reden (optioneel, bijvoorbeeld: circulaire eerste helft 2024)").fill("browsertest");
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leg vast")));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("50 nieuw");
        PlaywrightAssertions.assertThat(page.locator("#aantal-gelijk")).hasText("50");
        assertThat(jdbc.sql("select count(*) from taakstelling where periode = '2025-II' and vervangen_op is null")
                .query(Long.class).single()).isEqualTo(50);
        browser.toegankelijkEnNederlands(page);
    }
}
