package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import nl.woonregie.support.Browser;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.TestKlok;
import nl.woonregie.support.TotpContext;
import nl.woonregie.support.TweeStappen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Setting up the second step at the first sign-in and signing in with a code, in the browser: the code is computed
 * here from the secret the page shows (as the user's app would from the QR code), with the application's clock.
 */
@TotpContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TweedeStapBrowserTest {

    static final String WACHTWOORD = "een-lang-browser-wachtwoord-7";

    Browser browser;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestKlok klok;

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    /** A new administrator, made by the context's administrator (signed in with both steps through MockMvc). */
    String nieuweBeheerder() {
        TweeStappen.Sessie beheerder = new TweeStappen(mvc, klok).aanmelden("beheerder",
                IntegratieTest.BEHEERDER_WACHTWOORD);
        String naam = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        MockHttpServletResponse r = beheerder.post("/api/v1/gebruikers", "{\"gebruikersnaam\":\"" + naam
                + "\",\"wachtwoord\":\"" + WACHTWOORD + "\",\"rol\":\"BEHEERDER\"}");
        assertThat(r.getStatus()).as(TweeStappen.tekst(r)).isEqualTo(201);
        return naam;
    }

    Page wachtwoord(String naam) {
        Page page = browser.nieuwePagina();
        page.navigate(browser.url("/inloggen"));
        page.getByLabel("Gebruikersnaam").fill(naam);
        page.getByLabel("Wachtwoord").fill(WACHTWOORD);
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")));
        return page;
    }

    @Test
    void een_beheerder_stelt_de_tweede_stap_in_met_de_qr_code_en_meldt_zich_daarna_aan_met_een_code() {
        String naam = nieuweBeheerder();
        TweeStappen stappen = new TweeStappen(mvc, klok);

        Page page = wachtwoord(naam);
        assertThat(page.url()).endsWith("/inloggen/instellen");
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Tweede stap instellen");
        PlaywrightAssertions.assertThat(page.locator("#qr")).isVisible();
        assertThat(((Number) page.locator("#qr").evaluate("img => img.naturalWidth")).intValue()).as("de QR-code is een beeld")
                .isPositive();
        String geheim = page.locator("#geheim").getAttribute("data-geheim");
        assertThat(page.locator("#geheim").textContent().replace(" ", "")).isEqualTo(geheim);
        PlaywrightAssertions.assertThat(page.locator("#otpauth")).containsText("otpauth://totp/Woonregie%3A" + naam
                + "?secret=" + geheim);
        // nothing else is open halfway
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Beheer")))
                .hasCount(0);
        browser.screenshot(page, "tweede-stap-instellen");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();

        page.getByLabel("Code uit uw authenticator-app (6 cijfers)").fill(stappen.volgendeCode(geheim));
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Instellen en aanmelden")));
        assertThat(page.url()).endsWith("/provincies");
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Beheer")))
                .isVisible();
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen")));

        // the next sign-in: a wrong code is refused at the field, the app's code signs in
        Page weer = wachtwoord(naam);
        assertThat(weer.url()).endsWith("/inloggen/code");
        assertThat(browser.toegankelijkheidsfouten(weer)).isEmpty();
        weer.getByLabel("Code uit uw authenticator-app (6 cijfers)").fill("000000");
        Browser.klikEnWacht(weer, weer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")));
        PlaywrightAssertions.assertThat(weer.getByRole(AriaRole.ALERT)).containsText("De code klopt niet");
        PlaywrightAssertions.assertThat(weer.locator("#code")).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(weer.locator("#code")).hasAttribute("aria-describedby", "code-fout");
        browser.screenshot(weer, "tweede-stap-code-fout");
        assertThat(browser.toegankelijkheidsfouten(weer)).isEmpty();
        weer.getByLabel("Code uit uw authenticator-app (6 cijfers)").fill(stappen.volgendeCode(geheim));
        Browser.klikEnWacht(weer, weer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")));
        assertThat(weer.url()).endsWith("/provincies");
        weer.navigate(browser.url("/account"));
        PlaywrightAssertions.assertThat(weer.locator("#totp-status")).containsText("Ingesteld");
        assertThat(browser.toegankelijkheidsfouten(weer)).isEmpty();
    }
}
