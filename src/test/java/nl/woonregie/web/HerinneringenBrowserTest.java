package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The supervisor's page of the reminders (issue 19 §7): Zuid-Holland's supervisor reaches it from the province's
 * page, sets the days before a peildatum (an unreadable and an out-of-range number refused at the field and at the
 * top with the typed value kept), and runs the day's reminders now — a second press finds nothing more to send; on
 * COA's monthly overview the supervisor sends each municipality its row (issue 19 §8), a second press nothing new. The
 * municipality cannot open the page. Accessible (axe) and in Dutch words and formats.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HerinneringenBrowserTest {

    Browser browser;

    @Test
    void de_toezichthouder_ziet_de_herinneringen_stelt_de_peildatum_in_en_verstuurt_nu() {
        Page page = browser.inloggen("toezicht-zh", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/provincies/PV28"));
        Browser.klikEnWacht(page, page.locator("#herinneringen"));
        assertThat(page.url()).endsWith("/provincies/PV28/herinneringen");
        PlaywrightAssertions.assertThat(page.locator("#huidig")).containsText("vóór een peildatum");
        PlaywrightAssertions.assertThat(page.locator("#verwacht-kop")).hasText("Komende 30 dagen");
        browser.toegankelijkEnNederlands(page);

        // refused at the field and at the top, the typed value kept
        page.locator("#instelling-dagen").fill("veertien");
        Browser.klikEnWacht(page, page.locator("#instelling-opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#fouten")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#instelling-dagen-fout")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#instelling-dagen")).hasValue("veertien");
        browser.toegankelijkEnNederlands(page);
        page.locator("#instelling-dagen").fill("61");
        Browser.klikEnWacht(page, page.locator("#instelling-opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#instelling-dagen-fout")).containsText("1 tot en met 60");
        PlaywrightAssertions.assertThat(page.locator("#instelling-dagen")).hasValue("61");

        page.locator("#instelling-dagen").fill("21");
        Browser.klikEnWacht(page, page.locator("#instelling-opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("21 dagen vóór een peildatum");
        PlaywrightAssertions.assertThat(page.locator("#huidig")).containsText("21 dagen");
        PlaywrightAssertions.assertThat(page.locator("#huidig")).containsText("ingesteld door");
        browser.toegankelijkEnNederlands(page);
        page.locator("#instelling-dagen").fill("14");
        Browser.klikEnWacht(page, page.locator("#instelling-opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#huidig")).containsText("14 dagen");

        // what is due today goes now; a second press finds nothing more
        Browser.klikEnWacht(page, page.locator("#nu-versturen"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).hasText(Pattern.compile(
                "Er was vandaag niets \\(meer\\) te versturen\\.|\\d+ herinnering(en staan| staat) in de uitgaande post\\."));
        browser.toegankelijkEnNederlands(page);
        Browser.klikEnWacht(page, page.locator("#nu-versturen"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).hasText("Er was vandaag niets (meer) te versturen.");

        // issue 19 §8: from COA's monthly overview each municipality gets its own row, once per month and contact
        page.navigate(browser.url("/provincies/PV28/maandoverzicht"));
        Browser.klikEnWacht(page, page.locator("#maandoverzicht-versturen"));
        assertThat(page.url()).contains("/provincies/PV28/maandoverzicht?maand=");
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("Maandoverzicht ");
        browser.toegankelijkEnNederlands(page);
        Browser.klikEnWacht(page, page.locator("#maandoverzicht-versturen"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("er was niets nieuws te versturen");

        // the municipality cannot open it
        Page gemeente = browser.inloggen("gemeente-denhaag", BrowserTest.DEMO_WACHTWOORD);
        assertThat(gemeente.navigate(browser.url("/provincies/PV28/herinneringen")).status()).isEqualTo(403);
    }
}
