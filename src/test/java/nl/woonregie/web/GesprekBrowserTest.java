package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.SelectOption;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import nl.woonregie.toezicht.regels.NlFormaat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The course of a toezichtgesprek in the browser (issue 19 §4, ADR 0058), with 's-Gravenhage, whose demo contacts at
 * the bestuurlijk level have e-mail addresses: the province's supervisor plans a bestuurlijk talk (a refused plan keeps
 * every typed value), sends the invitation to the proposed contacts (pre-checked; none ticked is refused), corrects
 * the talk to today (without a reason refused; from a stale page 409), sends the concept-verslag; the municipality
 * itself comments and agrees (an empty comment refused); the supervisor fixes the verslag, and the page shows
 * "Verslag vastgesteld op …" and the sending per addressee. Axe on every page and after every refused form.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GesprekBrowserTest {

    static final LocalDate VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    static final String COLLEGE = "college@den-haag.example.org";

    Browser browser;

    @Test
    void plannen_uitnodigen_concept_reactie_van_de_gemeente_en_vaststellen() {
        Page page = browser.inloggen("toezicht-zh", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/gemeenten/GM0518/toezichtgesprekken"));
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();

        // plan: no place or link, no level chosen: both named, everything typed kept
        page.locator("#plan-periode").fill("2026-II");
        page.locator("#plan-datum").fill(VANDAAG.plusDays(7).toString());
        page.locator("#plan-aanvang").fill("10:00");
        page.locator("#plan-agenda").fill("Voortgang van de taakstelling\nAfspraken over de huisvesting");
        page.locator("#plan-deelnemer-organisatie-0").fill("provincie Zuid-Holland");
        page.locator("#plan-deelnemer-functie-0").fill("gedeputeerde");
        page.locator("#plan-deelnemer-organisatie-1").fill("gemeente 's-Gravenhage");
        page.locator("#plan-deelnemer-functie-1").fill("wethouder wonen");
        Browser.klikEnWacht(page, page.locator("#gesprek-plannen"));
        PlaywrightAssertions.assertThat(page.locator("#fouten")).containsText("niet gepland");
        PlaywrightAssertions.assertThat(page.locator("#plan-plaats-fout")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#plan-soort-fout")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#plan-agenda"))
                .hasValue("Voortgang van de taakstelling\nAfspraken over de huisvesting");
        PlaywrightAssertions.assertThat(page.locator("#plan-aanvang")).hasValue("10:00");
        PlaywrightAssertions.assertThat(page.locator("#plan-deelnemer-functie-1")).hasValue("wethouder wonen");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();

        page.locator("#plan-plaats").fill("Provinciehuis, Den Haag");
        page.locator("#plan-soort").selectOption(new SelectOption().setValue("BESTUURLIJK"));
        Browser.klikEnWacht(page, page.locator("#gesprek-plannen"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("gepland");
        PlaywrightAssertions.assertThat(page.locator("#toestand")).hasText("Gepland");
        PlaywrightAssertions.assertThat(page.locator("#agenda")).containsText("Afspraken over de huisvesting");
        PlaywrightAssertions.assertThat(page.locator("#geen-verzendingen")).isVisible();
        // a talk still to be held has no concept-verslag yet
        PlaywrightAssertions.assertThat(page.locator("#concept-verzenden")).hasCount(0);
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
        String gesprek = page.url().replaceAll(".*/toezichtgesprekken/(\\d+).*", "$1");

        // the invitation: the municipality's bestuurlijk contacts with e-mail are proposed (ticked)
        PlaywrightAssertions.assertThat(page.getByLabel("College van burgemeester en wethouders (" + COLLEGE
                + ", bestuurlijk)")).isChecked();
        PlaywrightAssertions.assertThat(page.getByLabel("M. de Boer (fictief) (m.deboer@den-haag.example.org, "
                + "bestuurlijk)")).isChecked();
        page.locator("#uitnodiging-kop ~ form input[name=contacten]").all().forEach(c -> c.uncheck());
        Browser.klikEnWacht(page, page.locator("#uitnodiging-verzenden"));
        PlaywrightAssertions.assertThat(page.locator("#uitnodiging-contacten-fout")).containsText("ten minste één contact");
        PlaywrightAssertions.assertThat(page.locator("#toestand")).hasText("Gepland");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
        page.getByLabel("College van burgemeester en wethouders (" + COLLEGE + ", bestuurlijk)").check();
        Browser.klikEnWacht(page, page.locator("#uitnodiging-verzenden"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("uitnodiging");
        PlaywrightAssertions.assertThat(page.locator("#toestand")).hasText("Uitnodiging verzonden");
        PlaywrightAssertions.assertThat(page.locator("#verzendingen")).containsText("Uitnodiging (versie 1)");
        PlaywrightAssertions.assertThat(page.locator("#verzendingen")).containsText(COLLEGE);
        PlaywrightAssertions.assertThat(page.locator("#verzendingen")).not().containsText("m.deboer@");
        PlaywrightAssertions.assertThat(page.locator("#uitnodiging-kop")).hasText("Gewijzigde uitnodiging verzenden");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();

        // the talk is brought forward to today: without a reason refused, the typed date kept
        page.locator("#correctie-datum").fill(VANDAAG.toString());
        Browser.klikEnWacht(page, page.locator("#correctie-opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#correctie-reden-fout")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#correctie-datum")).hasValue(VANDAAG.toString());
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
        Page oud = browser.inloggen("toezicht-zh", BrowserTest.DEMO_WACHTWOORD);
        oud.navigate(browser.url("/toezichtgesprekken/" + gesprek));
        page.locator("#correctie-reden").fill("Het gesprek is vervroegd naar vandaag");
        Browser.klikEnWacht(page, page.locator("#correctie-opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("gecorrigeerd");
        PlaywrightAssertions.assertThat(page.locator("#toestand")).hasText("Gehouden");
        PlaywrightAssertions.assertThat(page.locator("#versies")).containsText("Het gesprek is vervroegd naar vandaag");
        // held: no invitation any more
        PlaywrightAssertions.assertThat(page.locator("#uitnodiging-verzenden")).hasCount(0);

        // a page opened before the correction names the old version: 409 as a message, the typed values kept
        oud.locator("#correctie-reden").fill("Andere plaats");
        Browser.klikEnWacht(oud, oud.locator("#correctie-opslaan"));
        PlaywrightAssertions.assertThat(oud.locator("#fouten")).containsText("intussen gewijzigd");
        PlaywrightAssertions.assertThat(oud.locator("#correctie-reden")).hasValue("Andere plaats");
        assertThat(browser.toegankelijkheidsfouten(oud)).isEmpty();

        // the concept-verslag for comments, by default until 14 days from today
        PlaywrightAssertions.assertThat(page.locator("#concept-reactie-tot")).hasValue(VANDAAG.plusDays(14).toString());
        page.locator("#concept-verslag").fill("De achterstand is besproken; de gemeente zet extra woningen in.");
        Browser.klikEnWacht(page, page.locator("#concept-verzenden"));
        PlaywrightAssertions.assertThat(page.locator("#toestand"))
                .hasText("Concept-verslag ter reactie tot " + NlFormaat.datum(VANDAAG.plusDays(14)));
        PlaywrightAssertions.assertThat(page.locator("#verzendingen")).containsText("Concept-verslag (versie 3)");
        PlaywrightAssertions.assertThat(page.locator("#vaststellen-nog-niet")).containsText("reactietermijn loopt nog");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();

        // the municipality itself comments: it reads, comments, and has no other form
        Page gemeente = browser.inloggen("gemeente-denhaag", BrowserTest.DEMO_WACHTWOORD);
        gemeente.navigate(browser.url("/gemeenten/GM0518/toezichtgesprekken"));
        Browser.klikEnWacht(gemeente, gemeente.locator("#gesprek-link-" + gesprek));
        PlaywrightAssertions.assertThat(gemeente.locator("#verslag")).containsText("extra woningen");
        PlaywrightAssertions.assertThat(gemeente.locator("#correctie-opslaan")).hasCount(0);
        PlaywrightAssertions.assertThat(gemeente.locator("#reactie-namens")).hasCount(0);
        assertThat(browser.toegankelijkheidsfouten(gemeente)).isEmpty();
        gemeente.locator("#reactie-akkoord").check();
        Browser.klikEnWacht(gemeente, gemeente.locator("#reactie-vastleggen"));
        PlaywrightAssertions.assertThat(gemeente.locator("#reactie-tekst-fout")).isVisible();
        PlaywrightAssertions.assertThat(gemeente.locator("#reactie-akkoord")).isChecked();
        assertThat(browser.toegankelijkheidsfouten(gemeente)).isEmpty();
        gemeente.locator("#reactie-tekst").fill("Wij kunnen ons vinden in het verslag.");
        Browser.klikEnWacht(gemeente, gemeente.locator("#reactie-vastleggen"));
        PlaywrightAssertions.assertThat(gemeente.locator("#melding")).containsText("vastgelegd");
        PlaywrightAssertions.assertThat(gemeente.locator("#reacties")).containsText("(akkoord met het concept-verslag)");

        // the supervisor fixes the verslag, sent to those who had the concept
        page.navigate(browser.url("/toezichtgesprekken/" + gesprek));
        Browser.klikEnWacht(page, page.locator("#verslag-vaststellen"));
        PlaywrightAssertions.assertThat(page.locator("#toestand"))
                .hasText("Verslag vastgesteld op " + NlFormaat.datum(VANDAAG));
        PlaywrightAssertions.assertThat(page.locator("#verzendingen tr:has-text('Vastgesteld verslag (versie 3)')"))
                .containsText(COLLEGE);
        PlaywrightAssertions.assertThat(page.locator("#verzendingen")).containsText("Per e-mail");
        PlaywrightAssertions.assertThat(page.locator("#correctie-opslaan")).hasCount(0);
        PlaywrightAssertions.assertThat(page.locator("#alleen-lezen")).isVisible();
        browser.screenshot(page, "toezichtgesprek-vastgesteld");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
    }
}
