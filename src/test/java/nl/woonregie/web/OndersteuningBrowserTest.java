package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The programme team of 's-Gravenhage tries the support computation in the browser: the start page leads to it; the
 * memo's Leeghwaterplein example gives € 14.800,00 a month and € 1.312.400,00 in total, 2022 covered and the later
 * years not; a form with errors shows them at the top, each at its field, with every typed value kept; the result
 * downloads as XLSX with the same amounts. Accessible (axe), in Dutch words and formats, no sideways scrolling.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OndersteuningBrowserTest {

    Browser browser;

    @Test
    void het_programmateam_rekent_het_voorbeeld_leeghwaterplein_door_ziet_fouten_bij_hun_veld_en_downloadt_de_uitkomst()
            throws Exception {
        Page page = browser.inloggen("programma-denhaag", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/start"));
        // the doorbraakplan's overview first: where the work stands, each part linked
        assertThat(page.url()).endsWith("/gemeenten/GM0518/doorbraakplan");
        PlaywrightAssertions.assertThat(page.locator("header nav")).containsText("Doorbraakplan");
        // (the browser tests share the demo: other tests add leads and plans, so the numbers are read as a shape)
        PlaywrightAssertions.assertThat(page.locator("#leads-totaal"))
                .hasText(java.util.regex.Pattern.compile("^\\d{2,}(\\.\\d{3})? leads in het register\\.$"));
        PlaywrightAssertions.assertThat(page.locator("#stand-aangewezen a")).hasText("Aangewezen als Doorbraakplanlocatie");
        PlaywrightAssertions.assertThat(page.locator("#tranche-stand")).containsText("Tweede tranche");
        PlaywrightAssertions.assertThat(page.locator("#tranche-stand")).containsText("22 maart 2022");
        PlaywrightAssertions.assertThat(page.locator("#tranche-stand"))
                .containsText(java.util.regex.Pattern.compile("\\d+ van \\d+"));
        PlaywrightAssertions.assertThat(page.locator("#naar-steunplannen"))
                .containsText(java.util.regex.Pattern.compile("ondersteuningsplannen, samen € [\\d.]+,\\d{2}"));
        browser.toegankelijkEnNederlands(page);
        Browser.klikEnWacht(page, page.locator("nav.woonregie-subnav a").getByText("Ondersteuning doorrekenen"));
        assertThat(page.url()).endsWith("/gemeenten/GM0518/ondersteuning");
        PlaywrightAssertions.assertThat(page.locator("#standaardtarieven")).containsText("€ 370,00");
        PlaywrightAssertions.assertThat(page.locator("#standaardtarieven")).containsText("1 januari 2022");
        browser.toegankelijkEnNederlands(page);

        // the memo's example, computed
        page.locator("#voorbeeld").click();
        PlaywrightAssertions.assertThat(page.locator("#regel-perjaar-2")).hasValue("60.000,00");
        Browser.klikEnWacht(page, page.locator("#bereken"));
        PlaywrightAssertions.assertThat(page.locator("#totaal")).containsText("€ 1.312.400,00");
        PlaywrightAssertions.assertThat(page.locator("#regel-1")).containsText("€ 14.800,00");
        PlaywrightAssertions.assertThat(page.locator("#jaar-2022")).containsText("€ 44.400,00");
        PlaywrightAssertions.assertThat(page.locator("#jaar-2023")).containsText("€ 237.600,00");
        PlaywrightAssertions.assertThat(page.locator("#jaar-2027")).containsText("€ 317.600,00");
        PlaywrightAssertions.assertThat(page.locator("#uitkomst")).isFocused();
        browser.toegankelijkEnNederlands(page);
        for (int breedte : Browser.BREEDTES) {
            browser.assertPastBinnen(page, breedte);
        }

        // the result as XLSX: the same amounts
        Download xlsx = page.waitForDownload(() -> page.locator("#xlsx").click());
        assertThat(xlsx.suggestedFilename()).isEqualTo("ondersteuning.xlsx");
        try (InputStream in = Files.newInputStream(xlsx.path()); XSSFWorkbook werkmap = new XSSFWorkbook(in)) {
            Sheet jaren = werkmap.getSheet("Per jaar");
            assertThat(jaren.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Ongedekt");
            assertThat(jaren.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(2022d);
            assertThat(jaren.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(44_400d);
            assertThat(jaren.getRow(6).getCell(3).getNumericCellValue()).isEqualTo(317_600d);
            assertThat(jaren.getRow(7).getCell(0).getStringCellValue()).isEqualTo("Totaal");
            assertThat(jaren.getRow(7).getCell(1).getNumericCellValue()).isEqualTo(1_312_400d);
            Sheet regels = werkmap.getSheet("Per regel");
            assertThat(regels.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Woonbegeleiding");
            assertThat(regels.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(14_800d);
        }

        // errors: at the top and at their fields, every typed value kept
        page.locator("#regel-van-0").fill("2022-4");
        page.locator("#regel-personen-1").fill("-3");
        page.locator("#regel-perjaar-2").fill("zestigduizend");
        Browser.klikEnWacht(page, page.locator("#bereken"));
        PlaywrightAssertions.assertThat(page.locator("#fouten")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#fouten li")).hasCount(3);
        PlaywrightAssertions.assertThat(page.locator("#regel-van-0-fout")).containsText("kwartaal");
        PlaywrightAssertions.assertThat(page.locator("#regel-personen-1-fout")).containsText("negatief");
        PlaywrightAssertions.assertThat(page.locator("#regel-perjaar-2-fout")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#regel-van-0")).hasValue("2022-4");
        PlaywrightAssertions.assertThat(page.locator("#regel-personen-1")).hasValue("-3");
        PlaywrightAssertions.assertThat(page.locator("#regel-perjaar-2")).hasValue("zestigduizend");
        PlaywrightAssertions.assertThat(page.locator("#regel-project-0")).hasValue("Leeghwaterplein");
        PlaywrightAssertions.assertThat(page.locator("#regel-soort-1")).hasValue("DOORSTROOMBEGELEIDING");
        PlaywrightAssertions.assertThat(page.locator("#dekking-bedrag-0")).hasValue("44.400,00");
        PlaywrightAssertions.assertThat(page.locator("#uitkomst")).hasCount(0);
        browser.toegankelijkEnNederlands(page);
        browser.screenshot(page, "ondersteuning-fouten");
    }

    @Test
    void een_beleidsmedewerker_van_de_gemeente_ziet_de_pagina_niet() {
        Page page = browser.inloggen("gemeente-denhaag", BrowserTest.DEMO_WACHTWOORD);
        var antwoord = page.navigate(browser.url("/gemeenten/GM0518/ondersteuning"));
        assertThat(antwoord.status()).isEqualTo(403);
        PlaywrightAssertions.assertThat(page.locator("header nav")).not().containsText("Doorbraakplan");
    }
}
