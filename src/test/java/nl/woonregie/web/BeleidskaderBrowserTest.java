package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Zuid-Holland's policy officer (beleid-zh) authors a successor of the beleidskader in the browser: the start page
 * leads to the province's kaders; an invalid text refused at the top, each error with its line and every entered value
 * kept; a version whose test case fails shows the difference per peildatum and is not published; a corrected version,
 * compared with the first, passes and is published, after which it is in use and its predecessor ends. The successor
 * starts in 2060, a date no round of the demo or of another test uses. Accessible (axe) and in Dutch words and formats
 * (the crawler's checks) on every page.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BeleidskaderBrowserTest {

    @Autowired
    JdbcClient jdbc;

    Browser browser;

    static String lees(String pad) throws IOException {
        try (InputStream in = BeleidskaderBrowserTest.class.getClassLoader().getResourceAsStream(pad)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static void opslaan(Page page) {
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versie opslaan")));
    }

    @Test
    void een_beleidsmedewerker_schrijft_test_vergelijkt_en_publiceert_een_opvolger_van_het_beleidskader()
            throws IOException {
        String id = "zuid-holland-2060-" + System.nanoTime() % 100_000;
        String kader = lees("beleidskaders/zuid-holland-2020.yaml").replace("id: zuid-holland-2020", "id: " + id)
                .replace("geldigVanaf: \"2020-06-26\"", "geldigVanaf: \"2060-01-01\"");
        String testgevallen = lees("beleidskaders/testgevallen/zuid-holland-2020.yaml")
                .replace("beleidskader: zuid-holland-2020", "beleidskader: " + id);

        Page page = browser.inloggen("beleid-zh", BrowserTest.DEMO_WACHTWOORD);
        // the start page leads the policy officer straight to the province's kaders (its one kind of work)
        page.navigate(browser.url("/start"));
        assertThat(page.url()).endsWith("/provincies/PV28/beleidskaders");
        // the province by its name, not its code
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Beleidskaders van Zuid-Holland");
        PlaywrightAssertions.assertThat(page.locator("header nav")).containsText("Beleidskaders");
        PlaywrightAssertions.assertThat(page.locator("#in-gebruik")).containsText("26 juni 2020");
        browser.toegankelijkEnNederlands(page);

        // an invalid text: every error at the top with its line, every value kept, nothing stored
        String ongeldig = kader.replace("  peildag: 1\n", "  peildag: 31\n");
        page.locator("#kader-yaml").fill(ongeldig);
        page.locator("#kader-testgevallen").fill(testgevallen);
        page.locator("#kader-reden").fill("Opvolger per 2060");
        opslaan(page);
        PlaywrightAssertions.assertThat(page.locator("#fouten")).containsText("regel 16: kalender.peildag");
        PlaywrightAssertions.assertThat(page.locator("#kader-yaml")).hasValue(ongeldig);
        PlaywrightAssertions.assertThat(page.locator("#kader-testgevallen")).hasValue(testgevallen);
        PlaywrightAssertions.assertThat(page.locator("#kader-reden")).hasValue("Opvolger per 2060");
        assertThat(jdbc.sql("select count(*) from beleidskader_versie where kader_id = ?").param(id)
                .query(Long.class).single()).isZero();
        browser.toegankelijkEnNederlands(page);

        // a valid text whose test case expects the wrong minimaal: stored, the difference named, not published
        page.locator("#kader-yaml").fill(kader);
        page.locator("#kader-testgevallen").fill(testgevallen.replaceFirst("minimaal: 209", "minimaal: 210"));
        opslaan(page);
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("Versie 1");
        // after the save the focus is on the message that says so, not at the page's beginning
        PlaywrightAssertions.assertThat(page.locator("#melding")).isFocused();
        PlaywrightAssertions.assertThat(page.locator("#status")).hasText("Concept");
        String eerste = page.url();
        browser.toegankelijkEnNederlands(page);
        Browser.klikEnWacht(page, page.locator("#testen"));
        PlaywrightAssertions.assertThat(page.locator("#uitslag")).containsText("slaagt niet");
        // running the test cases changes nothing: a page of its own, which a reload runs again without a re-post
        assertThat(page.url()).contains("/testuitslag");
        page.reload();
        PlaywrightAssertions.assertThat(page.locator("#uitslag")).containsText("slaagt niet");
        PlaywrightAssertions.assertThat(page.locator("#testuitslag")).containsText(
                "Peildatum 1 oktober 2020: minimaal verwacht 210, berekend 209");
        browser.toegankelijkEnNederlands(page);
        Browser.klikEnWacht(page, page.locator("#publiceren"));
        PlaywrightAssertions.assertThat(page.locator("#fout")).containsText("slaagt niet");
        PlaywrightAssertions.assertThat(page.locator("#status")).hasText("Concept");
        browser.toegankelijkEnNederlands(page);

        // a new version from this text, its case corrected and its name changed
        Browser.klikEnWacht(page, page.locator("#bewerken"));
        PlaywrightAssertions.assertThat(page.locator("#kader-yaml")).hasValue(kader);
        page.locator("#kader-yaml").fill(kader.replace("naam: Aanvullend beleidskader huisvesting vergunninghouders 2020",
                "naam: Beleidskader huisvesting vergunninghouders 2060"));
        page.locator("#kader-testgevallen").fill(testgevallen);
        page.locator("#kader-reden").fill("Testgeval verbeterd");
        browser.toegankelijkEnNederlands(page);
        opslaan(page);
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("Versie 2");
        String tweede = page.url();
        Browser.klikEnWacht(page, page.locator("#testen"));
        PlaywrightAssertions.assertThat(page.locator("#uitslag")).containsText("slagen.");

        // compared with the first version: the changed line and the value
        Browser.klikEnWacht(page, page.locator("#vergelijkformulier button"));
        PlaywrightAssertions.assertThat(page.locator("#waarden")).containsText("Beleidskader huisvesting "
                + "vergunninghouders 2060");
        PlaywrightAssertions.assertThat(page.locator("#regels tr.woonregie-weg")).hasCount(1);
        PlaywrightAssertions.assertThat(page.locator("#regels tr.woonregie-erbij")).hasCount(1);
        browser.toegankelijkEnNederlands(page);

        page.navigate(tweede);
        Browser.klikEnWacht(page, page.locator("#publiceren"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("is gepubliceerd");
        PlaywrightAssertions.assertThat(page.locator("#status")).hasText("Gepubliceerd");
        browser.screenshot(page, "beleidskader-gepubliceerd");
        browser.toegankelijkEnNederlands(page);

        // in use: the predecessor now ends on 31 December 2059
        page.navigate(browser.url("/provincies/PV28/beleidskaders"));
        PlaywrightAssertions.assertThat(page.locator("#in-gebruik")).containsText("31 december 2059");
        PlaywrightAssertions.assertThat(page.locator("#in-gebruik")).containsText("1 januari 2060");
        browser.toegankelijkEnNederlands(page);
        page.navigate(eerste);
        PlaywrightAssertions.assertThat(page.locator("#status")).hasText("Concept");
        PlaywrightAssertions.assertThat(page.locator("#intrekken")).hasCount(0);

        // withdrawn again (no round used it): without a reason the error at the field, then with one
        page.navigate(tweede);
        Browser.klikEnWacht(page, page.locator("#intrekken"));
        PlaywrightAssertions.assertThat(page.locator("#reden-fout")).containsText("verplicht");
        PlaywrightAssertions.assertThat(page.locator("#reden")).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(page.locator("#foutsamenvatting")).containsText("niet ingetrokken");
        PlaywrightAssertions.assertThat(page.locator("#status")).hasText("Gepubliceerd");
        browser.toegankelijkEnNederlands(page);
        page.locator("#reden").fill("Opvolger toch niet nodig");
        Browser.klikEnWacht(page, page.locator("#intrekken"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("is ingetrokken");
        PlaywrightAssertions.assertThat(page.locator("#status")).hasText("Ingetrokken");
        PlaywrightAssertions.assertThat(page.locator("main")).containsText("Opvolger toch niet nodig");
        PlaywrightAssertions.assertThat(page.locator("#publiceren")).hasCount(0);
        PlaywrightAssertions.assertThat(page.locator("#intrekken")).hasCount(0);
        browser.screenshot(page, "beleidskader-ingetrokken");
        browser.toegankelijkEnNederlands(page);
        // the predecessor holds without end again
        page.navigate(browser.url("/provincies/PV28/beleidskaders"));
        PlaywrightAssertions.assertThat(page.locator("#in-gebruik")).not().containsText("31 december 2059");
        PlaywrightAssertions.assertThat(page.locator("#in-gebruik")).not().containsText("1 januari 2060");
    }
}
