package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Haarlem's brede aanpak in the browser (the demo's programme): its programme manager starts at the list, reads the
 * plan with the begroting and the derivation of each total (€ 5.621.184,00 from lines 2, 3, 5–11; the 2021–2022
 * line a finding), updates a project and adds a measurement — a form with errors shows them at the field with the
 * typed values kept; the controller adds a line in Dutch notation and the totals follow. A partner gemeente reads,
 * without the buttons. Accessible (axe), Dutch words and formats, no sideways scrolling.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammaBrowserTest {

    Browser browser;

    @Test
    void de_programmamanager_en_de_controller_werken_het_plan_van_haarlem_bij() {
        Page page = browser.inloggen("programma-haarlem", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/start"));
        assertThat(page.url()).endsWith("/programmas");
        PlaywrightAssertions.assertThat(page.locator("header nav")).containsText("Programma's");
        browser.toegankelijkEnNederlands(page);
        Browser.klikEnWacht(page, page.locator("#programmas a").first());

        PlaywrightAssertions.assertThat(page.locator("#totaal")).containsText("€ 5.621.184,00");
        PlaywrightAssertions.assertThat(page.locator("#totaal")).containsText("2, 3, 5, 6, 7, 8, 9, 10, 11");
        PlaywrightAssertions.assertThat(page.locator(".per-thema").nth(0)).containsText("€ 625.000,00");
        PlaywrightAssertions.assertThat(page.locator(".per-thema").nth(1)).containsText("€ 1.400.000,00");
        PlaywrightAssertions.assertThat(page.locator(".per-thema").nth(2)).containsText("€ 3.596.184,00");
        PlaywrightAssertions.assertThat(page.locator(".per-jaar").nth(0)).containsText("€ 3.346.184,00");
        PlaywrightAssertions.assertThat(page.locator(".per-jaar").nth(1)).containsText("€ 900.000,00");
        PlaywrightAssertions.assertThat(page.locator(".meerjarig").nth(1)).containsText("2021 tot en met 2022");
        PlaywrightAssertions.assertThat(page.locator("#bevindingen")).containsText("Regel 2 (€ 475.000,00, 2021–2022) "
                + "loopt buiten de planperiode 2020–2021.");
        PlaywrightAssertions.assertThat(page.locator("#project-5")).containsText("(gedeeld)");
        browser.toegankelijkEnNederlands(page);
        for (int breedte : Browser.BREEDTES) {
            browser.assertPastBinnen(page, breedte);
        }
        String programma = page.url();

        // a project: without a reason refused at the field, the chosen status kept; then stored
        Browser.klikEnWacht(page, page.locator("a", new Page.LocatorOptions().setHasText("Project 3 wijzigen")));
        page.locator("#status").selectOption("IN_UITVOERING");
        page.locator("#partners").fill("Kenter, Stichting Ervaringsdeskundigen");
        Browser.klikEnWacht(page, page.locator("#opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#fouten")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#reden-fout")).containsText("verplicht");
        PlaywrightAssertions.assertThat(page.locator("#status")).hasValue("IN_UITVOERING");
        PlaywrightAssertions.assertThat(page.locator("#partners")).hasValue("Kenter, Stichting Ervaringsdeskundigen");
        browser.toegankelijkEnNederlands(page);
        page.locator("#reden").fill("Gestart in januari 2021");
        Browser.klikEnWacht(page, page.locator("#opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("Project 3 is opgeslagen.");
        PlaywrightAssertions.assertThat(page.locator("#project-3")).containsText("In uitvoering");

        // a measurement of Onder de Pannen's matches
        Browser.klikEnWacht(page, page.locator("a", new Page.LocatorOptions()
                .setHasText("Meting bij indicator 2 toevoegen")));
        page.locator("#datum").fill("2020-05-01");
        page.locator("#waarde").fill("vijf");
        page.locator("#bron").fill("Regenboog Groep");
        page.locator("#reden").fill("Halfjaarrapportage");
        Browser.klikEnWacht(page, page.locator("#opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#waarde-fout")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#waarde")).hasValue("vijf");
        PlaywrightAssertions.assertThat(page.locator("#bron")).hasValue("Regenboog Groep");
        browser.toegankelijkEnNederlands(page);
        page.locator("#waarde").fill("5");
        Browser.klikEnWacht(page, page.locator("#opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#indicator-2")).containsText("1 mei 2020: 5 matches");
        PlaywrightAssertions.assertThat(page.locator("a", new Page.LocatorOptions().setHasText("Regel 1 wijzigen")))
                .hasCount(0);

        // the controller adds a line: 1,750.00 is refused at the field, 1.750,00 is stored and the totals follow
        Page controller = browser.inloggen("controller-haarlem", BrowserTest.DEMO_WACHTWOORD);
        controller.navigate(programma);
        Browser.klikEnWacht(controller, controller.locator("#regel-toevoegen"));
        controller.locator("#omschrijving").fill("Evaluatie trajectbegeleiding");
        controller.locator("#bedrag").fill("1,750.00");
        controller.locator("#vanJaar").fill("2021");
        controller.locator("#financieringsbron").fill("Gemeente Haarlem");
        controller.locator("#projecten").fill("5, 6, 7");
        controller.locator("#reden").fill("Evaluatie toegevoegd");
        Browser.klikEnWacht(controller, controller.locator("#opslaan"));
        PlaywrightAssertions.assertThat(controller.locator("#bedrag-fout")).isVisible();
        PlaywrightAssertions.assertThat(controller.locator("#bedrag")).hasValue("1,750.00");
        PlaywrightAssertions.assertThat(controller.locator("#projecten")).hasValue("5, 6, 7");
        // the refused field rightly keeps the user's own English amount, which the crawler's Dutch check would call an
        // English number: here only accessibility; the whole check runs on the page after saving
        assertThat(browser.toegankelijkheidsfouten(controller)).isEmpty();
        controller.locator("#bedrag").fill("1.750,00");
        Browser.klikEnWacht(controller, controller.locator("#opslaan"));
        PlaywrightAssertions.assertThat(controller.locator("#melding")).containsText("is opgeslagen");
        PlaywrightAssertions.assertThat(controller.locator("#totaal")).containsText("€ 5.622.934,00");
        PlaywrightAssertions.assertThat(controller.locator("#bevindingen")).containsText("Vermeld totaal wijkt af");
        PlaywrightAssertions.assertThat(controller.locator("#project-toevoegen")).hasCount(0);
        browser.toegankelijkEnNederlands(controller);
    }

    @Test
    void een_partnergemeente_leest_het_programma_zonder_knoppen() {
        Page page = browser.inloggen("gemeente-zandvoort", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/programmas"));
        PlaywrightAssertions.assertThat(page.locator("#programmas")).containsText("Haarlem");
        Browser.klikEnWacht(page, page.locator("#programmas a").first());
        PlaywrightAssertions.assertThat(page.locator("#project-toevoegen")).hasCount(0);
        PlaywrightAssertions.assertThat(page.locator("#regel-toevoegen")).hasCount(0);
        PlaywrightAssertions.assertThat(page.locator("#gegevens")).containsText("Zandvoort");
        browser.toegankelijkEnNederlands(page);
        Page anders = browser.inloggen("gemeente-rotterdam", BrowserTest.DEMO_WACHTWOORD);
        anders.navigate(browser.url("/programmas"));
        PlaywrightAssertions.assertThat(anders.locator("#programmas")).containsText("Nog geen programma's");
    }
}
