package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import nl.woonregie.verhuisbox.Testteam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Verhuisbox money in the browser on a new team of its own ({@link Testteam}, new accounts, its own pots through the
 * API and the seed's rules): the casemanager proposes a furnishing grant on the case page, the consulent approves it
 * on the budget page, the administratief registers the payment; the case page links the beschikking; axe clean on
 * each page.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeldBrowserTest {

    static final String WW = Accounts.WACHTWOORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Browser browser;

    void knop(Page page, String naam) {
        Browser.klikEnWacht(page,
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(naam).setExact(true)).first());
    }

    void toegankelijk(Page page) {
        assertThat(browser.toegankelijkheidsfouten(page)).as(page.url()).isEmpty();
    }

    @Test
    void voorstellen_goedkeuren_en_betalen_in_de_browser() {
        // a case with an accepted offer in Heerlen, and the pots and rules of this year
        Testteam t = new Testteam(mvc, jdbc);
        int jaar = LocalDate.now().getYear();
        t.capaciteit(jaar, "HUISHOUDEN", 50);
        t.capaciteit(jaar, "JONGERE", 14);
        t.geldjaar(jaar, "220000.00");
        long casus = t.metAanvaardAanbod("Browsertest Geld", "Heerlen");
        String pad = "/verhuisbox/casussen/" + casus;
        Page cm = browser.inloggen(t.casemanager, WW);
        cm.navigate(browser.url(pad));
        toegankelijk(cm);
        cm.getByLabel("Waarvoor (regel van het jaar)").selectOption("INRICHTING");
        cm.getByLabel("Bedrag in euro (bijvoorbeeld 1750,00)").fill("1.750,123");
        knop(cm, "Voorstellen");
        PlaywrightAssertions.assertThat(cm.getByRole(AriaRole.ALERT)).containsText("bedrag");
        cm.getByLabel("Waarvoor (regel van het jaar)").selectOption("INRICHTING");
        cm.getByLabel("Bedrag in euro (bijvoorbeeld 1750,00)").fill("1.750,00");
        knop(cm, "Voorstellen");
        PlaywrightAssertions.assertThat(cm.getByRole(AriaRole.STATUS).first()).containsText("€ 1.750,00 als gift");

        Page consulent = browser.inloggen(t.consulent, WW);
        consulent.navigate(browser.url("/verhuisbox"));
        PlaywrightAssertions.assertThat(consulent.locator("main")).containsText("Verstrekking beoordelen");
        Browser.klikEnWacht(consulent,
                consulent.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Budget, verstrekkingen en regels")));
        PlaywrightAssertions.assertThat(consulent.locator("#te-beoordelen ~ div").first()).containsText("Browsertest Geld");
        toegankelijk(consulent);
        knop(consulent, "Goedkeuren (Inrichtingskosten (woninginrichting))");
        PlaywrightAssertions.assertThat(consulent.getByRole(AriaRole.STATUS).first()).containsText("Goedgekeurd met kenmerk");

        Page adm = browser.inloggen(t.administratief, WW);
        adm.navigate(browser.url("/verhuisbox/budget"));
        toegankelijk(adm);
        knop(adm, "Betaling vastleggen");
        PlaywrightAssertions.assertThat(adm.getByRole(AriaRole.STATUS).first()).containsText("De betaling is vastgelegd");

        cm.navigate(browser.url(pad));
        PlaywrightAssertions.assertThat(cm.locator("#geld ~ div").first()).containsText("betaald");
        PlaywrightAssertions.assertThat(cm.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(java.util.regex.Pattern.compile("beschikking VHB-")))).isVisible();
        toegankelijk(cm);
        browser.screenshot(consulent, "verhuisbox-budget");
    }
}
