package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Spending on Haarlem's lines in the browser (issue 18 §2, ADR 0045): the programme page shows budget against
 * spending per line and group with the derivation of the forecast and the transfer (the demo's fictitious figures);
 * the controller records a year's spending — an unreadable amount refused at the field with every typed value kept,
 * then stored in Dutch notation and the line follows; a partner gemeente reads without the form's links. Accessible
 * (axe), Dutch words and formats.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealisatieBrowserTest {

    Browser browser;

    @Test
    void de_controller_legt_de_realisatie_van_een_regel_vast_en_de_stand_volgt() {
        Page page = browser.inloggen("controller-haarlem", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/programmas"));
        Browser.klikEnWacht(page, page.locator("#programmas a").first());
        String programma = page.url();

        // the demo's fictitious figures: an overspent line, a definitive and an expected transfer, the split line 2
        PlaywrightAssertions.assertThat(page.locator("#realisatie-7")).containsText("102 %");
        PlaywrightAssertions.assertThat(page.locator("#realisatie-10")).containsText("€ 221.184,00 naar: ");
        PlaywrightAssertions.assertThat(page.locator("#realisatie-6")).containsText("€ 600.000,00 × 24 / 18 = "
                + "€ 800.000,00");
        PlaywrightAssertions.assertThat(page.locator("#realisatie-6")).containsText("€ 100.000,00 verwacht");
        PlaywrightAssertions.assertThat(page.locator("#realisatie-2")).containsText("(verdeling controller)");
        PlaywrightAssertions.assertThat(page.locator("#realisatie-jaar-2022")).containsText("verdeling van de "
                + "controller van regel 2");
        PlaywrightAssertions.assertThat(page.locator("#realisatie-1")).hasCount(0);
        browser.toegankelijkEnNederlands(page);

        // line 3 (2021, € 150.000,00): an unreadable amount is refused at the field, the typed values kept
        Browser.klikEnWacht(page, page.locator("a", new Page.LocatorOptions()
                .setHasText("Realisatie van regel 3 vastleggen")));
        PlaywrightAssertions.assertThat(page.locator("#jaar option")).hasCount(1);
        browser.toegankelijkEnNederlands(page);
        page.locator("#bedrag").fill("zeventigduizend");
        page.locator("#totEnMetMaand").selectOption("6");
        page.locator("#reden").fill("Halfjaarrapportage 2021");
        Browser.klikEnWacht(page, page.locator("#opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#fouten")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#bedrag-fout")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#bedrag")).hasValue("zeventigduizend");
        PlaywrightAssertions.assertThat(page.locator("#totEnMetMaand")).hasValue("6");
        PlaywrightAssertions.assertThat(page.locator("#reden")).hasValue("Halfjaarrapportage 2021");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
        page.locator("#bedrag").fill("60.000,00");
        Browser.klikEnWacht(page, page.locator("#opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("De realisatie 2021 van regel 3 is "
                + "opgeslagen.");
        PlaywrightAssertions.assertThat(page.locator("#realisatie-3")).containsText("€ 60.000,00");
        PlaywrightAssertions.assertThat(page.locator("#realisatie-3")).containsText("40 %");
        PlaywrightAssertions.assertThat(page.locator("#realisatie-3")).containsText("€ 120.000,00: € 60.000,00 "
                + "gerealiseerd in 6 van de 12 maanden");
        PlaywrightAssertions.assertThat(page.locator("#realisatie-3")).containsText("€ 30.000,00 verwacht");
        browser.toegankelijkEnNederlands(page);

        // a partner gemeente reads the same, without the links to record
        Page zandvoort = browser.inloggen("gemeente-zandvoort", BrowserTest.DEMO_WACHTWOORD);
        zandvoort.navigate(programma);
        PlaywrightAssertions.assertThat(zandvoort.locator("#realisatie-3")).containsText("40 %");
        PlaywrightAssertions.assertThat(zandvoort.locator("a", new Page.LocatorOptions()
                .setHasText("Realisatie van regel 3 vastleggen"))).hasCount(0);
        browser.toegankelijkEnNederlands(zandvoort);
    }
}
