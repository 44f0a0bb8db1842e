package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import nl.woonregie.support.EigenVerhuisboxteam;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The coordinator keeps the register of search areas and their housing-market pressure in the browser (issue 20 §2,
 * ADR 0061): an area without a name, with a level but no source and an unknown gemeente is refused at the top and at
 * each field with what was typed kept; the corrected one is listed as zeer kansrijk; on its page a higher level makes
 * it no longer zeer kansrijk. The casemanager reads the register without the forms. On a team of its own (accounts
 * with the demo password), so the demo's register stays as it is.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZoekgebiedenBrowserTest {

    @Autowired
    JdbcClient jdbc;

    Browser browser;

    @BeforeAll
    void eigenTeam() {
        EigenVerhuisboxteam.maak(jdbc, "Zoekgebieden browsertest", "ZoekgebiedenBrowserTest",
                "vhb-zoekgebieden-coord", "COORDINATOR", "vhb-zoekgebieden-cm", "CASEMANAGER");
    }

    @Test
    void de_coordinator_legt_een_gebied_met_zijn_woningmarktdruk_vast_en_wijzigt_het() {
        Page page = browser.inloggen("vhb-zoekgebieden-coord", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/verhuisbox"));
        Browser.klikEnWacht(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Zoekgebieden en woningmarktdruk")));
        assertThat(page.url()).endsWith("/verhuisbox/zoekgebieden");
        browser.toegankelijkEnNederlands(page);

        // no name, a level without its source, a gemeente that does not exist: at the top and at each field
        page.selectOption("#nieuw-soort", "KRIMPGEBIED");
        page.selectOption("#nieuw-druk", "ZEER_LAAG");
        page.fill("#nieuw-gemeenten", "GM0197, GM9999");
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen")));
        PlaywrightAssertions.assertThat(page.locator("#fouten")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#nieuw-naam")).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(page.locator("#nieuw-bron")).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(page.locator("#nieuw-gemeenten")).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(page.locator("#nieuw-gemeenten-fout")).containsText("gemeente 2");
        PlaywrightAssertions.assertThat(page.locator("#nieuw-gemeenten")).hasValue("GM0197, GM9999");
        PlaywrightAssertions.assertThat(page.locator("#nieuw-druk")).hasValue("ZEER_LAAG");
        browser.toegankelijkEnNederlands(page);

        page.fill("#nieuw-naam", "Achterhoek");
        page.fill("#nieuw-gemeenten", "GM0197, GM0294");
        page.fill("#nieuw-bron", "Bijlage krimp- en anticipeergebieden, 14 mei 2019");
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen")));
        PlaywrightAssertions.assertThat(page.locator("#register")).containsText("Zeer lage druk");
        PlaywrightAssertions.assertThat(page.locator("#register")).containsText("Aalten, Winterswijk");
        PlaywrightAssertions.assertThat(page.locator("#register tbody tr").first().locator("td").nth(2))
                .hasText("ja");

        Browser.klikEnWacht(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Achterhoek")));
        PlaywrightAssertions.assertThat(page.locator("#gegevens")).containsText("Winterswijk (GM0294)");
        browser.toegankelijkEnNederlands(page);
        page.selectOption("#wijziging-druk", "GEMIDDELD");
        page.fill("#wijziging-bron", "Eigen inschatting van het team");
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")));
        PlaywrightAssertions.assertThat(page.locator("#gegevens")).containsText("Gemiddelde druk");
        PlaywrightAssertions.assertThat(page.locator("#gegevens dd").nth(5)).hasText("2");
        browser.screenshot(page, "zoekgebied");
        browser.toegankelijkEnNederlands(page);

        // the casemanager reads the register, without the forms
        Page cm = browser.inloggen("vhb-zoekgebieden-cm", BrowserTest.DEMO_WACHTWOORD);
        cm.navigate(browser.url("/verhuisbox/zoekgebieden"));
        PlaywrightAssertions.assertThat(cm.locator("#register")).containsText("Gemiddelde druk");
        assertThat(cm.locator("#nieuw-naam").count()).isZero();
        browser.toegankelijkEnNederlands(cm);
    }
}
