package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import nl.woonregie.support.Achtergrondwerk;
import nl.woonregie.support.Api;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The letter's content in the round's review, in the browser (issue 19 §2, ADR 0050): Zuid-Holland's supervisor opens
 * "Inhoud van de brieven" from the open round, is refused a signer without function (at the field, with what was typed
 * kept), saves the zaaknummer and signer, opens 's-Gravenhage's letter content (its college's postal address from the
 * demo's contacts register), is refused an over-long copy-to line at its field, saves Uw kenmerk and the copy-to list,
 * and sees all of it in the preview letter. Then it empties everything again (an empty field removes it). The
 * municipality cannot open the page. Accessible (axe), in Dutch words and dates. Uses the open round of the demo, or
 * reopens the latest and makes it final again afterwards (as AmbitieBrowserTest).
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BriefinhoudBrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    Browser browser;

    Long heropend;

    long openRonde() {
        java.util.Optional<Long> concept = jdbc.sql("select id from beoordelingsronde where provincie_code = 'PV28' "
                + "and status = 'CONCEPT' order by peildatum desc limit 1").query(Long.class).optional();
        if (concept.isPresent()) {
            return concept.get();
        }
        long laatste = jdbc.sql("select id from beoordelingsronde where provincie_code = 'PV28' "
                + "order by peildatum desc limit 1").query(Long.class).single();
        Api api = new Api(mvc);
        int versie = api.als(Api.BEHEERDER).get("/api/v1/beoordelingsrondes/" + laatste).json(200).path("versie")
                .asInt();
        api.als(Api.BEHEERDER).post("/api/v1/beoordelingsrondes/" + laatste + "/heropenen",
                "{\"reden\": \"test: de inhoud van de brieven van een open ronde\", \"versie\": " + versie + "}")
                .json(200);
        heropend = laatste;
        return laatste;
    }

    @AfterAll
    void weerVaststellen() {
        if (heropend != null) {
            Api api = new Api(mvc);
            int versie = api.als(Api.BEHEERDER).get("/api/v1/beoordelingsrondes/" + heropend).json(200)
                    .path("versie").asInt();
            api.als(Api.BEHEERDER).post("/api/v1/beoordelingsrondes/" + heropend + "/vaststellen",
                    "{\"versie\": " + versie + ", \"overschrijfControle\": true, \"reden\": "
                    + "\"test: weer vastgesteld na de inhoud van de brieven\"}")
                    .json(200);
            Achtergrondwerk.wacht(jdbc);
        }
    }

    @Test
    void de_toezichthouder_legt_de_inhoud_van_de_brieven_vast_en_ziet_haar_in_de_voorbeeldbrief() {
        long ronde = openRonde();
        Page page = browser.inloggen("toezicht-zh", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/rondes/" + ronde));
        Browser.klikEnWacht(page, page.locator("#briefinhoud-link a"));
        assertThat(page.url()).endsWith("/rondes/" + ronde + "/briefinhoud");
        browser.toegankelijkEnNederlands(page);

        // a signer without function: refused at the field, what was typed stays
        page.locator("#inhoud-zaaknummer").fill("Z-2023-000777");
        page.locator("#inhoud-ondertekenaar").fill("drs. J. Jansen (fictief)");
        page.locator("#inhoud-functie").fill("");
        Browser.klikEnWacht(page, page.locator("#inhoud-opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#fouten")).containsText("Niet opgeslagen");
        PlaywrightAssertions.assertThat(page.locator("#inhoud-functie-fout")).containsText("verplicht bij een "
                + "ondertekenaar");
        PlaywrightAssertions.assertThat(page.locator("#inhoud-functie")).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(page.locator("#inhoud-zaaknummer")).hasValue("Z-2023-000777");
        PlaywrightAssertions.assertThat(page.locator("#inhoud-ondertekenaar")).hasValue("drs. J. Jansen (fictief)");
        browser.toegankelijkEnNederlands(page);

        page.locator("#inhoud-functie").fill("Teamleider interbestuurlijk toezicht");
        Browser.klikEnWacht(page, page.locator("#inhoud-opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("opgeslagen");
        PlaywrightAssertions.assertThat(page.locator("#inhoud-zaaknummer")).hasValue("Z-2023-000777");

        // 's-Gravenhage: the college's postal address comes from the contacts register (the demo's fictitious one)
        Browser.klikEnWacht(page, page.locator("tr[data-gemeente=GM0518] a"));
        PlaywrightAssertions.assertThat(page.locator("#postadres")).containsText("Postbus 12600 (fictief)");
        page.locator("#inhoud-uw-kenmerk").fill("DSO/2023.1234");
        page.locator("#inhoud-afschrift").fill("de gemeenteraad\n" + "x".repeat(201));
        Browser.klikEnWacht(page, page.locator("#inhoud-opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#inhoud-afschrift-fout")).containsText("regel 2");
        PlaywrightAssertions.assertThat(page.locator("#inhoud-uw-kenmerk")).hasValue("DSO/2023.1234");
        browser.toegankelijkEnNederlands(page);
        page.locator("#inhoud-afschrift").fill("de gemeenteraad\nde commissaris van de Koning");
        Browser.klikEnWacht(page, page.locator("#inhoud-opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("'s-Gravenhage");
        PlaywrightAssertions.assertThat(page.locator("tr[data-gemeente=GM0518]")).containsText("DSO/2023.1234");
        PlaywrightAssertions.assertThat(page.locator("tr[data-gemeente=GM0518]")).containsText("de gemeenteraad");
        browser.toegankelijkEnNederlands(page);

        // the preview letter carries it
        APIResponse brief = page.request().get(browser.url("/api/v1/beoordelingsrondes/" + ronde
                + "/brieven/GM0518/brief.html"));
        assertThat(brief.status()).isEqualTo(200);
        assertThat(brief.text()).contains("Z-2023-000777", "DSO/2023.1234", "drs. J. Jansen (fictief)",
                "Teamleider interbestuurlijk toezicht", "Postbus 12600 (fictief)", "Afschrift aan:",
                "de commissaris van de Koning");

        // the municipality cannot open it
        Page gemeente = browser.inloggen("gemeente-denhaag", BrowserTest.DEMO_WACHTWOORD);
        assertThat(gemeente.navigate(browser.url("/rondes/" + ronde + "/briefinhoud")).status()).isEqualTo(403);

        // empty fields remove it again
        page.navigate(browser.url("/rondes/" + ronde + "/briefinhoud/GM0518"));
        page.locator("#inhoud-uw-kenmerk").fill("");
        page.locator("#inhoud-afschrift").fill("");
        Browser.klikEnWacht(page, page.locator("#inhoud-opslaan"));
        page.locator("#inhoud-zaaknummer").fill("");
        page.locator("#inhoud-ondertekenaar").fill("");
        page.locator("#inhoud-functie").fill("");
        Browser.klikEnWacht(page, page.locator("#inhoud-opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("opgeslagen");
        String leeg = page.request().get(browser.url("/api/v1/beoordelingsrondes/" + ronde
                + "/brieven/GM0518/brief.html")).text();
        assertThat(leeg).doesNotContain("Z-2023-000777", "DSO/2023.1234", "Afschrift aan:")
                .contains("de toezichthouder huisvesting vergunninghouders</p>");
    }
}
