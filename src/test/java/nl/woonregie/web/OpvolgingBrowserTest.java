package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.SelectOption;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The follow-up of supervision in the browser (issue 19 §4), on Delft: the province's supervisor records a plan van
 * aanpak with actions (a refused one keeps every typed value and names each field), its ratification by the
 * college and a new action, sees an overdue action on the province's worklist; the municipality marks an action
 * done; the supervisor records a toezichtgesprek.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpvolgingBrowserTest {

    Browser browser;

    static final LocalDate VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Test
    void de_provincie_legt_een_plan_van_aanpak_vast_en_volgt_de_acties_de_gemeente_rondt_af() {
        Page page = browser.inloggen("toezicht-zh", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/gemeenten/GM0503"));
        Browser.klikEnWacht(page, page.locator("#plannen-van-aanpak"));
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();

        page.locator("#plan-periode").fill("2026-II");
        page.locator("#plan-ontvangen").fill(VANDAAG.minusDays(40).toString());
        page.locator("#plan-actie-0").fill("Extra woningen in de voorraad labelen");
        page.locator("#plan-wie-0").fill("afdeling Wonen");
        page.locator("#plan-deadline-0").fill(VANDAAG.minusDays(10).toString());
        page.locator("#plan-actie-1").fill("Afspraken met de corporatie vastleggen");
        page.locator("#plan-deadline-1").fill(VANDAAG.plusDays(30).toString());
        Browser.klikEnWacht(page, page.locator("#plan-vastleggen"));
        // no title, the second action without who: both named, everything typed kept
        PlaywrightAssertions.assertThat(page.locator("#fouten")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#plan-titel-fout")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#plan-wie-1-fout")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#plan-actie-1")).hasValue("Afspraken met de corporatie vastleggen");
        PlaywrightAssertions.assertThat(page.locator("#plan-periode")).hasValue("2026-II");
        browser.screenshot(page, "plan-van-aanpak-fout");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();

        page.locator("#plan-titel").fill("Plan van aanpak Delft tweede helft 2026");
        page.locator("#plan-wie-1").fill("wethouder Wonen");
        Browser.klikEnWacht(page, page.locator("#plan-vastleggen"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("vastgelegd met 2 acties");
        PlaywrightAssertions.assertThat(page.locator("main")).containsText("Verlopen: 10 dagen over de deadline");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();

        // the college ratified it (step 3b); an action is added
        String plan = page.locator("section[id^=plan-]:has(h2:text-is('Plan van aanpak Delft tweede helft 2026'))")
                .getAttribute("id").substring("plan-".length());
        page.locator("#bekrachtigd-" + plan).fill(VANDAAG.minusDays(5).toString());
        Browser.klikEnWacht(page, page.getByText("Bekrachtiging vastleggen"));
        PlaywrightAssertions.assertThat(page.locator("#plan-" + plan)).containsText("bekrachtigd door het college op");
        page.locator("#omschrijving-" + plan).fill("Voortgang melden aan de provincie");
        page.locator("#verantwoordelijke-" + plan).fill("beleidsmedewerker");
        page.locator("#deadline-" + plan).fill(VANDAAG.plusDays(60).toString());
        Browser.klikEnWacht(page, page.locator("#plan-" + plan + " button:has-text('Actie toevoegen')"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("toegevoegd");
        PlaywrightAssertions.assertThat(page.locator("#fouten")).hasCount(0);

        page.navigate(browser.url("/provincies/PV28/acties"));
        PlaywrightAssertions.assertThat(page.locator("#verlopen-acties")).containsText("Extra woningen in de voorraad labelen");
        browser.screenshot(page, "verlopen-acties");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
    }

    @Test
    void de_gemeente_rondt_haar_eigen_actie_af_en_ziet_geen_formulieren_van_de_provincie() {
        Page page = browser.inloggen("toezicht-zh", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/gemeenten/GM0518/plannen-van-aanpak"));
        page.locator("#plan-periode").fill("2026-II");
        page.locator("#plan-titel").fill("Plan van aanpak 's-Gravenhage (browsertest)");
        page.locator("#plan-ontvangen").fill(VANDAAG.minusDays(3).toString());
        page.locator("#plan-actie-0").fill("Lijst van vrijkomende woningen delen");
        page.locator("#plan-wie-0").fill("afdeling Wonen");
        page.locator("#plan-deadline-0").fill(VANDAAG.plusDays(14).toString());
        Browser.klikEnWacht(page, page.locator("#plan-vastleggen"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("vastgelegd met 1 actie");

        Page gemeente = browser.inloggen("gemeente-denhaag", BrowserTest.DEMO_WACHTWOORD);
        gemeente.navigate(browser.url("/gemeenten/GM0518/plannen-van-aanpak"));
        PlaywrightAssertions.assertThat(gemeente.locator("#plan-vastleggen")).hasCount(0);
        var rij = gemeente.locator("tr:has-text('Lijst van vrijkomende woningen delen')");
        rij.locator("input[name=toelichting]").fill("gedeeld in het woonoverleg");
        Browser.klikEnWacht(gemeente, rij.locator("button"));
        PlaywrightAssertions.assertThat(gemeente.locator("#melding")).containsText("afgerond");
        PlaywrightAssertions.assertThat(gemeente.locator("tr:has-text('Lijst van vrijkomende woningen delen')"))
                .containsText("gedeeld in het woonoverleg");
        assertThat(browser.toegankelijkheidsfouten(gemeente)).isEmpty();
    }

    @Test
    void de_provincie_legt_een_toezichtgesprek_vast() {
        Page page = browser.inloggen("toezicht-zh", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/gemeenten/GM0503"));
        Browser.klikEnWacht(page, page.locator("#toezichtgesprekken"));
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
        page.locator("#gesprek-periode").fill("2026-II");
        page.locator("#gesprek-datum").fill(VANDAAG.minusDays(2).toString());
        page.locator("#deelnemer-organisatie-0").fill("provincie Zuid-Holland");
        Browser.klikEnWacht(page, page.locator("#gesprek-vastleggen"));
        PlaywrightAssertions.assertThat(page.locator("#fouten")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#gesprek-soort-fout")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#deelnemer-functie-0-fout")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#deelnemer-organisatie-0")).hasValue("provincie Zuid-Holland");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();

        page.locator("#gesprek-soort").selectOption(new SelectOption().setValue("AMBTELIJK"));
        page.locator("#deelnemer-functie-0").fill("toezichthouder");
        page.locator("#deelnemer-organisatie-1").fill("gemeente Delft");
        page.locator("#deelnemer-functie-1").fill("beleidsmedewerker wonen");
        page.locator("#gesprek-verslag").fill("Achterstand besproken; de gemeente zet extra woningen in.");
        Browser.klikEnWacht(page, page.locator("#gesprek-vastleggen"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("vastgelegd");
        PlaywrightAssertions.assertThat(page.locator("main")).containsText("Ambtelijk gesprek op");
        PlaywrightAssertions.assertThat(page.locator("main")).containsText("beleidsmedewerker wonen, gemeente Delft");
        browser.screenshot(page, "toezichtgesprekken");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
    }
}
