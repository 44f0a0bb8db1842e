package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sending a round's letters in the browser (issue 19 §2, §9): Zuid-Holland's supervisor goes from the earliest
 * vastgestelde demo round to "Brieven verzenden", sees Leiden's college (one of the demo's fictitious contacts, who
 * accept electronic decisions) not sent yet, sends: the e-mails wait in the outbox (the demo has no mail
 * server) and are shown "In de wachtrij"; a second press sends nothing. The municipality cannot open the page, and
 * sees on its own page when its letter was sent.
 * Accessible (axe), in Dutch words and dates. It sends the letters of the demo's earliest round only, which no other
 * browser test sends.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrievenVerzendenBrowserTest {

    @Autowired
    JdbcClient jdbc;

    Browser browser;

    @Test
    void de_toezichthouder_verzendt_de_brieven_van_een_vastgestelde_ronde() {
        long ronde = jdbc.sql("""
                select id from beoordelingsronde where provincie_code = 'PV28' and status = 'VASTGESTELD'
                order by peildatum limit 1""").query(Long.class).single();
        Page page = browser.inloggen("toezicht-zh", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/rondes/" + ronde));
        Browser.klikEnWacht(page, page.locator("#verzending-link a"));
        assertThat(page.url()).endsWith("/rondes/" + ronde + "/verzending");
        // Leiden's college is its only contact (other tests add contacts of 's-Gravenhage)
        PlaywrightAssertions.assertThat(page.locator("tr[data-gemeente=GM0546]")).hasCount(1);
        PlaywrightAssertions.assertThat(page.locator("tr[data-gemeente=GM0546] td.verzendstatus"))
                .hasText("Nog niet verzonden");
        PlaywrightAssertions.assertThat(page.locator("tr[data-gemeente=GM0546] td").nth(2)).hasText("Per e-mail");
        browser.toegankelijkEnNederlands(page);

        Browser.klikEnWacht(page, page.locator("#verzenden"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("in de wachtrij van de uitgaande post");
        PlaywrightAssertions.assertThat(page.locator("#melding")).isFocused();
        for (String gemeente : new String[] {"GM0503", "GM0546", "GM0629"}) {
            PlaywrightAssertions.assertThat(page.locator("tr[data-gemeente=" + gemeente + "] td.verzendstatus").first())
                    .hasText("In de wachtrij");
        }
        // the date it was placed, in Dutch words
        assertThat(page.locator("tr[data-gemeente=GM0546] td").nth(4).textContent())
                .matches("\\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november"
                        + "|december) \\d{4}.*");
        browser.toegankelijkEnNederlands(page);

        Browser.klikEnWacht(page, page.locator("#verzenden"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("niets meer te verzenden");
        assertThat(jdbc.sql("select count(*) from brief_verzending where ronde_id = ? and gemeente_code = 'GM0546'")
                .param(ronde).query(Long.class).single()).isEqualTo(1);

        Page gemeente = browser.inloggen("gemeente-denhaag", BrowserTest.DEMO_WACHTWOORD);
        var antwoord = gemeente.navigate(browser.url("/rondes/" + ronde + "/verzending"));
        assertThat(antwoord.status()).isEqualTo(403);
        // its own page shows the letter and when it was sent
        gemeente.navigate(browser.url("/gemeenten/GM0518"));
        PlaywrightAssertions.assertThat(gemeente.locator("#brieven li:has(a[href*='/beoordelingsrondes/" + ronde
                + "/'])")).containsText("verzonden op");
        browser.toegankelijkEnNederlands(gemeente);
    }
}
