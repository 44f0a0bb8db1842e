package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import nl.woonregie.gebied.GemeenteKaart;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toewijzing;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import nl.woonregie.toezicht.ronde.LandelijkOverzicht;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The national dashboard in the browser, as the State (RIJK) on the demo: it is the account's start, shows the
 * provinces with the row "Nederland" (the numbers of the national view), a map of every municipality, the steps of
 * Zuid-Holland's round only, what is missing elsewhere, and downloads the XLSX. Accessible (axe), in Dutch words and
 * formats (the crawler's checks), and no wider than the window.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LandelijkBrowserTest {

    @Autowired
    LandelijkOverzicht landelijk;

    @Autowired
    GemeenteKaart kaart;

    @Autowired
    Weergave nl;

    Browser browser;

    @Test
    void het_rijk_ziet_kaart_provincies_met_nederland_en_downloadt_de_xlsx() throws Exception {
        Page page = browser.inloggen("rijk", BrowserTest.DEMO_WACHTWOORD);
        assertThat(page.url()).endsWith("/landelijk");
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Landelijk").setExact(true)))
                .hasCount(1);

        // the last peildatum with COA's standings: the demo's 1 July 2023, or later when another test of this context
        // imported later standings (ToezichtCyclusBrowserTest does, in whatever order the classes run)
        LocalDate eerste = landelijk.eerstePeildatum(landelijk.peildata()).orElseThrow();
        assertThat(eerste).isAfterOrEqualTo(LocalDate.of(2023, 7, 1));
        PlaywrightAssertions.assertThat(page.locator("#peildatum option[selected]")).hasText(Weergave.dag(eerste));
        // the rest on the demo's own peildatum, whose figures are complete for Zuid-Holland
        LocalDate juli = LocalDate.of(2023, 7, 1);
        page.navigate(browser.url("/landelijk?peildatum=" + juli));
        PlaywrightAssertions.assertThat(page.locator("#peildatum option[selected]")).hasText("1 juli 2023");
        Gebruiker rijk = Gebruiker.met(0, "rijk", Toewijzing.zonderScope(Rol.RIJK));
        LandelijkOverzicht.Landelijk l = landelijk.van(rijk, juli);
        LandelijkOverzicht.ProvincieRegel nederland = l.nederland();
        assertThat(nederland.opgave()).isPositive();
        PlaywrightAssertions.assertThat(page.locator("#provincies tbody tr")).hasCount(12);
        PlaywrightAssertions.assertThat(page.locator("#rij-nederland th")).hasText("Nederland");
        PlaywrightAssertions.assertThat(page.locator("#rij-nederland td").nth(3)).hasText(nl.getal(nederland.opgave()));
        PlaywrightAssertions.assertThat(page.locator("#rij-nederland td").nth(4))
                .hasText(nl.getal(nederland.gehuisvest()));
        PlaywrightAssertions.assertThat(page.locator("#rij-nederland td").nth(5))
                .hasText(nl.procent(nederland.percentageVanOpgave()));
        PlaywrightAssertions.assertThat(page.locator("#nl-opgave")).hasText(nl.getal(nederland.opgave()));

        // the map: every municipality with a boundary, one path each, named in its title
        long metVorm = l.gemeenten().stream().filter(g -> kaart.heeftVorm(g.code())).count();
        assertThat(metVorm).isGreaterThanOrEqualTo(340);
        PlaywrightAssertions.assertThat(page.locator("#landkaart path")).hasCount((int) metVorm);
        PlaywrightAssertions.assertThat(page.locator("#landkaart path[data-gemeente=GM0518] title"))
                .containsText("'s-Gravenhage: ");
        // the map's figures also as a table, for who does not point: every municipality with complete figures
        long volledig = l.gemeenten().stream().filter(LandelijkOverzicht.GemeenteRegel::volledig).count();
        assertThat(volledig).isPositive();
        page.locator("details:has(#per-gemeente) summary").click();
        PlaywrightAssertions.assertThat(page.locator("#per-gemeente tbody tr")).hasCount((int) volledig);
        PlaywrightAssertions.assertThat(page.locator("#per-gemeente tbody tr:has(th:text-is(\"'s-Gravenhage\")) td")
                .first()).hasText("Zuid-Holland");

        // steps only where a province has a round: Zuid-Holland; the others are said to have none
        PlaywrightAssertions.assertThat(page.locator("#provincies-met-ronde")).hasText("Zuid-Holland");
        PlaywrightAssertions.assertThat(page.locator("#treden tbody tr")).hasCount(1);
        // which date each province's steps are of: Zuid-Holland's own peildatum is this one; no kader, none
        PlaywrightAssertions.assertThat(page.locator("td.eigen-peildatum[data-provincie=PV28]")).hasText("1 juli 2023");
        PlaywrightAssertions.assertThat(page.locator("td.eigen-peildatum[data-provincie=PV20]"))
                .hasText("geen beleidskader");
        PlaywrightAssertions.assertThat(page.locator("#treden tbody tr td").first()).hasText("1 juli 2023");
        PlaywrightAssertions.assertThat(page.locator("#zonder-cijfers-tekst")).isVisible();
        browser.screenshot(page, "landelijk");
        browser.toegankelijkEnNederlands(page);
        for (int breedte : Browser.BREEDTES) {
            browser.assertPastBinnen(page, breedte);
        }

        Download xlsx = page.waitForDownload(() -> page.locator("#download-xlsx").click());
        assertThat(xlsx.suggestedFilename()).isEqualTo("landelijk-overzicht-2023-07-01.xlsx");
        try (InputStream in = Files.newInputStream(xlsx.path()); XSSFWorkbook werkmap = new XSSFWorkbook(in)) {
            Row totaal = werkmap.getSheet("Provincies").getRow(13);
            assertThat(totaal.getCell(0).getStringCellValue()).isEqualTo("Nederland");
            assertThat((long) totaal.getCell(4).getNumericCellValue()).isEqualTo(nederland.opgave());
            assertThat((long) totaal.getCell(5).getNumericCellValue()).isEqualTo(nederland.gehuisvest());
            assertThat(werkmap.getSheet("Gemeenten").getLastRowNum()).isEqualTo(l.gemeenten().size());
        }

        // another peildatum through the form
        page.locator("#peildatum").selectOption("2021-04-01");
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toon")));
        PlaywrightAssertions.assertThat(page.locator(".utrecht-paragraph--lead")).containsText("1 april 2021");
        PlaywrightAssertions.assertThat(page.locator("#rij-nederland td").nth(3)).hasText(nl.getal(
                landelijk.van(rijk, LocalDate.of(2021, 4, 1)).nederland().opgave()));
        browser.toegankelijkEnNederlands(page);
    }

    @Test
    void een_gemeente_ziet_het_landelijke_overzicht_niet() {
        Page page = browser.inloggen("gemeente-denhaag", BrowserTest.DEMO_WACHTWOORD);
        com.microsoft.playwright.Response r = page.navigate(browser.url("/landelijk"));
        assertThat(r.status()).isEqualTo(403);
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Landelijk").setExact(true)))
                .hasCount(0);
    }
}
