package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 18's "done when" in the browser: Haarlem's programme manager updates a project's status and adds an indicator
 * measurement, and the progress report shows both (the change with who and why, the measurement against the target);
 * records an evaluation moment (errors at the field, typed values kept); the report prints, and a partner gemeente
 * reads it without the buttons. Accessible (axe), Dutch words and formats, no sideways scrolling.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VoortgangBrowserTest {

    Browser browser;

    @Test
    void de_programmamanager_werkt_een_project_en_een_indicator_bij_en_de_rapportage_volgt() {
        Page page = browser.inloggen("programma-haarlem", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/programmas"));
        Browser.klikEnWacht(page, page.locator("#programmas a").first());
        String programma = page.url();

        // the report before: the demo's planned evaluation past its date is a finding
        Browser.klikEnWacht(page, page.locator("#voortgang"));
        PlaywrightAssertions.assertThat(page.locator("#bevindingen")).containsText("Evaluatie zonder uitkomst");
        PlaywrightAssertions.assertThat(page.locator("#evaluatie-1")).containsText("31 oktober 2020");
        PlaywrightAssertions.assertThat(page.locator("#voortgang-indicator-1")).containsText("Ten hoogste 3 maanden");
        browser.toegankelijkEnNederlands(page);
        for (int breedte : Browser.BREEDTES) {
            browser.assertPastBinnen(page, breedte);
        }

        // project 11 is finished
        page.navigate(programma);
        Browser.klikEnWacht(page, page.locator("a", new Page.LocatorOptions().setHasText("Project 11 wijzigen")));
        page.locator("#status").selectOption("AFGEROND");
        page.locator("#reden").fill("Scan opgeleverd door het Rijksvastgoedbedrijf");
        Browser.klikEnWacht(page, page.locator("#opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("Project 11 is opgeslagen.");

        // a measurement of the potential landlords of Onder de Pannen
        Browser.klikEnWacht(page, page.locator("a", new Page.LocatorOptions()
                .setHasText("Meting bij indicator 3 toevoegen")));
        page.locator("#datum").fill("2021-06-30");
        page.locator("#waarde").fill("27");
        page.locator("#bron").fill("Regenboog Groep");
        page.locator("#reden").fill("Halfjaarrapportage Onder de Pannen");
        Browser.klikEnWacht(page, page.locator("#opslaan"));

        // the report follows
        Browser.klikEnWacht(page, page.locator("#voortgang"));
        PlaywrightAssertions.assertThat(page.locator("#voortgang-project-11")).containsText("Afgerond");
        PlaywrightAssertions.assertThat(page.locator("#voortgang-project-11"))
                .containsText("stand In voorbereiding → Afgerond");
        PlaywrightAssertions.assertThat(page.locator("#voortgang-project-11"))
                .containsText("(Scan opgeleverd door het Rijksvastgoedbedrijf)");
        PlaywrightAssertions.assertThat(page.locator("#voortgang-project-11")).containsText("programma-haarlem");
        PlaywrightAssertions.assertThat(page.locator("#voortgang-indicator-3"))
                .containsText("30 juni 2021: 27 verhuurders (Regenboog Groep)");
        PlaywrightAssertions.assertThat(page.locator("#voortgang-indicator-3")).containsText("Bereikt");
        browser.toegankelijkEnNederlands(page);

        // a period that ends before the measurement: it is not in it; an unreadable date is refused at the field
        page.locator("#tot").fill("2021-06-29");
        Browser.klikEnWacht(page, page.locator("#tonen"));
        PlaywrightAssertions.assertThat(page.locator("#voortgang-indicator-3")).not().containsText("27 verhuurders");
        PlaywrightAssertions.assertThat(page.locator("#periodetekst")).containsText("tot en met 29 juni 2021");
        page.locator("#van").fill("2021-07-01");
        Browser.klikEnWacht(page, page.locator("#tonen"));
        PlaywrightAssertions.assertThat(page.locator("#fouten")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#van-fout")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#van")).hasValue("2021-07-01");
        PlaywrightAssertions.assertThat(page.locator("#tot")).hasValue("2021-06-29");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();

        // an evaluation moment: without a name and a held one without its outcome refused at the fields
        page.navigate(browser.url(programma.substring(programma.indexOf("/programmas")) + "/voortgang"));
        Browser.klikEnWacht(page, page.locator("#evaluatie-toevoegen"));
        page.locator("#datum").fill("2021-12-15");
        page.locator("#status").selectOption("GEHOUDEN");
        page.locator("#project").selectOption("9");
        page.locator("#reden").fill("Evaluatie doorstroomvoorzieningen");
        Browser.klikEnWacht(page, page.locator("#opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#fouten")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#naam-fout")).containsText("verplicht");
        PlaywrightAssertions.assertThat(page.locator("#uitkomst-fout")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#datum")).hasValue("2021-12-15");
        PlaywrightAssertions.assertThat(page.locator("#status")).hasValue("GEHOUDEN");
        PlaywrightAssertions.assertThat(page.locator("#project")).hasValue("9");
        browser.toegankelijkEnNederlands(page);
        page.locator("#naam").fill("Evaluatie doorstroomvoorzieningen volwassenen");
        page.locator("#uitkomst").fill("Een extra voorziening in Heemskerk vanaf 2022.");
        Browser.klikEnWacht(page, page.locator("#opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("is opgeslagen");
        PlaywrightAssertions.assertThat(page.locator("#evaluaties")).containsText("Een extra voorziening in Heemskerk");
        PlaywrightAssertions.assertThat(page.locator("#evaluaties")).containsText("15 december 2021");
        browser.toegankelijkEnNederlands(page);

        // printed: without the period form and the links
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        PlaywrightAssertions.assertThat(page.locator("#periode")).isHidden();
        PlaywrightAssertions.assertThat(page.locator("#bevindingen")).isVisible();
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.SCREEN));

        // a partner gemeente reads the report, without the buttons
        Page zandvoort = browser.inloggen("gemeente-zandvoort", BrowserTest.DEMO_WACHTWOORD);
        zandvoort.navigate(programma);
        Browser.klikEnWacht(zandvoort, zandvoort.locator("#voortgang"));
        PlaywrightAssertions.assertThat(zandvoort.locator("#voortgang-project-11")).containsText("Afgerond");
        PlaywrightAssertions.assertThat(zandvoort.locator("#evaluatie-toevoegen")).hasCount(0);
        browser.toegankelijkEnNederlands(zandvoort);
    }
}
