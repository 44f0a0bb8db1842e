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
 * The coordinator keeps the register of referring organisations in the browser (issue 20 §2, ADR 0053): an entry
 * without name or kind is refused at the top and at both fields, the corrected one is added, an aanmelder account is
 * linked to it on its page, and that aanmelder's referral form then shows the organisation instead of asking for it.
 * On a team of its own (accounts with the demo password), so the demo's register stays as it is.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerwijzersBrowserTest {

    @Autowired
    JdbcClient jdbc;

    Browser browser;

    long team;

    @BeforeAll
    void eigenTeam() {
        team = EigenVerhuisboxteam.maak(jdbc, "Verwijzers browsertest", "VerwijzersBrowserTest",
                "vhb-verwijzers-coord", "COORDINATOR", "vhb-verwijzers-melder", "AANMELDER");
    }

    @Test
    void de_coordinator_voegt_een_verwijzer_toe_en_koppelt_een_aanmelder_die_zijn_organisatie_dan_ziet() {
        Page page = browser.inloggen("vhb-verwijzers-coord", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/verhuisbox"));
        Browser.klikEnWacht(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Verwijzende organisaties")));
        assertThat(page.url()).endsWith("/verhuisbox/verwijzers");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();

        // nothing filled in: the summary at the top and a message at each field, the typed contact kept
        page.fill("#nieuw-contactpersoon", "A. Jansen");
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen")));
        PlaywrightAssertions.assertThat(page.locator("#fouten")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#nieuw-naam")).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(page.locator("#nieuw-soort")).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(page.locator("#nieuw-contactpersoon")).hasValue("A. Jansen");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();

        page.fill("#nieuw-naam", "Straat Consulaat");
        page.selectOption("#nieuw-soort", "ANDERS");
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen")));
        PlaywrightAssertions.assertThat(page.locator("#register")).containsText("Andere organisatie");
        Browser.klikEnWacht(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Straat Consulaat")));
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();

        page.fill("#aanmelder-gebruikersnaam", "vhb-verwijzers-melder");
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Aanmelder koppelen")));
        PlaywrightAssertions.assertThat(page.locator("#aanmelderlijst")).containsText("vhb-verwijzers-melder");
        browser.screenshot(page, "verwijzer");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();

        Page melder = browser.inloggen("vhb-verwijzers-melder", BrowserTest.DEMO_WACHTWOORD);
        melder.navigate(browser.url("/verhuisbox/meldingen"));
        PlaywrightAssertions.assertThat(melder.locator("#uw-organisatie")).containsText("Straat Consulaat");
        assertThat(melder.locator("#veld-organisatie").count()).isZero();
        assertThat(browser.toegankelijkheidsfouten(melder)).isEmpty();
    }
}
