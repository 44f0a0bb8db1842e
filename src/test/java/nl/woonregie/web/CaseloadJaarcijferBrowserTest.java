package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The caseload's yearly figures entered in a page (issue 18 §4, until now API only): from the overview, a figure
 * with a year that is no number and without a source is refused at the fields with every typed value kept; the
 * corrected figure is stored and shown in the overview's table of yearly figures. 's-Gravenhage's caseload (no
 * caseload figures in the demo, so Wassenaar's stay as the other tests read them). Accessible (axe), Dutch.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseloadJaarcijferBrowserTest {

    Browser browser;

    @Test
    void een_jaarcijfer_met_fouten_bij_het_veld_en_daarna_in_het_overzicht() {
        Page page = browser.inloggen("beheerder", IntegratieTest.BEHEERDER_WACHTWOORD);
        page.navigate(browser.url("/gemeenten/GM0518/caseload/overzicht"));
        Browser.klikEnWacht(page, page.locator("#jaarcijfer-toevoegen"));
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Jaarcijfer vastleggen");
        browser.toegankelijkEnNederlands(page);

        page.locator("#jaar").fill("twintig-tien");
        page.locator("#grootheid").selectOption("TAAKSTELLING");
        page.locator("#waarde").fill("41");
        page.locator("#toelichting").fill("Uit de halfjaarbrief");
        Browser.klikEnWacht(page, page.locator("#opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#fouten")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#jaar-fout")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#jaar")).hasValue("twintig-tien");
        PlaywrightAssertions.assertThat(page.locator("#grootheid")).hasValue("TAAKSTELLING");
        PlaywrightAssertions.assertThat(page.locator("#waarde")).hasValue("41");
        PlaywrightAssertions.assertThat(page.locator("#toelichting")).hasValue("Uit de halfjaarbrief");
        browser.toegankelijkEnNederlands(page);

        // a valid year, still without a source: the service's check at the field
        page.locator("#jaar").fill("2010");
        Browser.klikEnWacht(page, page.locator("#opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#bron-fout")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#jaar")).hasValue("2010");
        page.locator("#bron").fill("Halfjaarbrief 2010, p. 2");
        Browser.klikEnWacht(page, page.locator("#opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("Het jaarcijfer is vastgelegd");
        PlaywrightAssertions.assertThat(page.locator("#jaarcijfers")).containsText("Halfjaarbrief 2010, p. 2");
        browser.toegankelijkEnNederlands(page);
    }
}
