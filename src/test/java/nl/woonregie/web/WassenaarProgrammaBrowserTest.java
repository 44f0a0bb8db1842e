package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Wassenaar's integration plan 2017 in the browser (the demo's second programme): its income and spending per year
 * with the derivation of every amount (22 × € 2.370,00; −2/12 × regel 4; 50 × € 450,00), the totals, the computed
 * balance and the plan's "–" for 2018's transfer as a finding; the theme Gezondheid without goals. A line changed in
 * the form: an unreadable number is refused at the field with the typed value kept, a valid one stored and the totals
 * follow. Accessible (axe), Dutch words and formats, no sideways scrolling.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WassenaarProgrammaBrowserTest {

    Browser browser;

    @Test
    void de_inkomsten_en_uitgaven_van_wassenaar_met_hun_afleiding_en_een_regel_gewijzigd() {
        Page page = browser.inloggen("controller-wassenaar", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/start"));
        assertThat(page.url()).endsWith("/programmas");
        Browser.klikEnWacht(page, page.locator("#programmas a", new Page.LocatorOptions()
                .setHasText("Integraal plan van aanpak integratie en participatie statushouders 2017")));

        PlaywrightAssertions.assertThat(page.locator("#thema-5")).containsText("Het plan geeft bij dit thema geen "
                + "doelen.");
        PlaywrightAssertions.assertThat(page.locator("#begroting")).hasCount(0);
        PlaywrightAssertions.assertThat(page.locator("#dekkingsregel-3")).containsText("22 × € 2.370,00");
        PlaywrightAssertions.assertThat(page.locator("#dekkingsregel-3")).containsText("€ 52.140,00");
        PlaywrightAssertions.assertThat(page.locator("#dekkingsregel-5")).containsText("-2/12 × regel 4 "
                + "(€ 199.350,00) = € -33.225,00");
        PlaywrightAssertions.assertThat(page.locator("#dekkingsregel-8")).containsText("50 × € 450,00");
        PlaywrightAssertions.assertThat(page.locator("#dekking-2017 .totaal-inkomsten")).containsText("€ 344.926,00");
        PlaywrightAssertions.assertThat(page.locator("#dekking-2017 .totaal-uitgaven")).containsText("€ 282.666,00");
        PlaywrightAssertions.assertThat(page.locator("#dekking-2017 .saldo")).containsText("€ 62.260,00");
        PlaywrightAssertions.assertThat(page.locator("#dekkingsregel-14")).containsText("saldo 2017: € 344.926,00 − "
                + "€ 282.666,00 = € 62.260,00");
        PlaywrightAssertions.assertThat(page.locator("#dekking-2018 .totaal-inkomsten")).containsText("€ 131.035,00");
        PlaywrightAssertions.assertThat(page.locator("#dekking-2018 .totaal-inkomsten")).containsText("€ 68.775,00");
        PlaywrightAssertions.assertThat(page.locator("#dekking-2018 .zonder-overheveling")).containsText(
                "€ 68.775,00");
        PlaywrightAssertions.assertThat(page.locator("#dekking-bevindingen")).containsText("het plan vermeldt – "
                + "(nihil); berekend is € 62.260,00");
        PlaywrightAssertions.assertThat(page.locator("#dekking-bevindingen")).containsText("Vermeld jaartotaal wijkt "
                + "af");
        browser.toegankelijkEnNederlands(page);
        for (int breedte : Browser.BREEDTES) {
            browser.assertPastBinnen(page, breedte);
        }

        // line 16 (RMBA 2018): an unreadable number refused at the field, kept; then 16 persons stored
        Browser.klikEnWacht(page, page.locator("a", new Page.LocatorOptions().setHasText("Regel 16 wijzigen")));
        PlaywrightAssertions.assertThat(page.locator("#tariefsoort")).hasValue("RMBA");
        page.locator("#aantal").fill("zestien");
        page.locator("#reden").fill("Een statushouder meer in 2018");
        Browser.klikEnWacht(page, page.locator("#opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#aantal-fout")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#aantal")).hasValue("zestien");
        PlaywrightAssertions.assertThat(page.locator("#reden")).hasValue("Een statushouder meer in 2018");
        browser.toegankelijkEnNederlands(page);
        page.locator("#aantal").fill("16");
        Browser.klikEnWacht(page, page.locator("#opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("Regel 16 van inkomsten en uitgaven is "
                + "opgeslagen.");
        PlaywrightAssertions.assertThat(page.locator("#dekkingsregel-16")).containsText("16 × € 2.370,00");
        PlaywrightAssertions.assertThat(page.locator("#dekkingsregel-16")).containsText("€ 37.920,00");
        PlaywrightAssertions.assertThat(page.locator("#dekking-2018 .totaal-inkomsten")).containsText("€ 133.405,00");
        PlaywrightAssertions.assertThat(page.locator("#dekking-bevindingen")).containsText("Regel 16");
        browser.toegankelijkEnNederlands(page);
    }
}
