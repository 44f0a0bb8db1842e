package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Wassenaar's fictitious integration caseload in the browser (the demo): the case manager starts at his statushouders
 * with the overdue participatieverklaringen, opens one, registers a new one — a form with errors shows them at the
 * field with every typed value kept; the other case manager cannot open his statushouder; the administrator reads the
 * overview per theme and the yearly figures with the source's contradictions. Accessible (axe), Dutch words and
 * formats, no sideways scrolling.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseloadBrowserTest {

    Browser browser;

    @Test
    void de_casemanager_ziet_de_eigen_statushouders_en_legt_er_een_vast() {
        Page page = browser.inloggen("casemanager-wassenaar", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/start"));
        assertThat(page.url()).endsWith("/gemeenten/GM0629/caseload");
        PlaywrightAssertions.assertThat(page.locator("header nav")).containsText("Caseload");
        PlaywrightAssertions.assertThat(page.locator("#te-laat")).containsText("Amal Voorbeeld (fictief)");
        PlaywrightAssertions.assertThat(page.locator("#statushouders")).containsText("Farid Bedacht (fictief)");
        PlaywrightAssertions.assertThat(page.locator("#statushouders")).containsText("geen (bevinding)");
        PlaywrightAssertions.assertThat(page.locator("#statushouders")).not().containsText("Hassan Demo (fictief)");
        assertThat(page.locator("#overzicht").count()).isZero();
        browser.toegankelijkEnNederlands(page);
        for (int breedte : Browser.BREEDTES) {
            browser.assertPastBinnen(page, breedte);
        }
        Browser.klikEnWacht(page, page.locator("#statushouders a", new Page.LocatorOptions()
                .setHasText("Tesfay Verzonnen (fictief)")));
        PlaywrightAssertions.assertThat(page.locator("#gegevens")).containsText("AMV, minderjarig");
        PlaywrightAssertions.assertThat(page.locator("#gegevens")).containsText("12–18 jaar");
        browser.toegankelijkEnNederlands(page);

        // a new statushouder: without arrival and route refused at those fields, the rest kept; then stored
        page.navigate(browser.url("/gemeenten/GM0629/caseload/nieuw"));
        page.locator("#naam").fill("Nieuw Browsertest (fictief)");
        page.locator("#huishouden").fill("H-99");
        page.locator("#geboortedatum").fill("1990-04-02");
        page.locator("#spoorWerk").check();
        page.locator("#taalniveau").fill("A2");
        Browser.klikEnWacht(page, page.locator("#opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#fouten")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#aankomstdatum-fout")).containsText("verplicht");
        PlaywrightAssertions.assertThat(page.locator("#inburgeringsroute-fout")).containsText("verplicht");
        PlaywrightAssertions.assertThat(page.locator("#naam")).hasValue("Nieuw Browsertest (fictief)");
        PlaywrightAssertions.assertThat(page.locator("#geboortedatum")).hasValue("1990-04-02");
        PlaywrightAssertions.assertThat(page.locator("#taalniveau")).hasValue("A2");
        PlaywrightAssertions.assertThat(page.locator("#spoorWerk")).isChecked();
        browser.toegankelijkEnNederlands(page);
        page.locator("#aankomstdatum").fill("2025-01-15");
        page.locator("#inburgeringsroute").selectOption("B1_ROUTE");
        page.locator("#school").selectOption("GEEN");
        Browser.klikEnWacht(page, page.locator("#opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("De statushouder is vastgelegd.");
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Nieuw Browsertest (fictief)");
        PlaywrightAssertions.assertThat(page.locator("#gegevens")).containsText("15 januari 2026");
        browser.toegankelijkEnNederlands(page);
        String eigen = page.url();

        // the other case manager of Wassenaar: not found
        Page ander = browser.inloggen("casemanager2-wassenaar", BrowserTest.DEMO_WACHTWOORD);
        Response r = ander.navigate(eigen);
        assertThat(r.status()).isEqualTo(404);
        ander.navigate(browser.url("/gemeenten/GM0629/caseload"));
        PlaywrightAssertions.assertThat(ander.locator("#statushouders")).not().containsText("Nieuw Browsertest");
        PlaywrightAssertions.assertThat(ander.locator("#statushouders")).containsText("Hassan Demo (fictief)");
    }

    @Test
    void de_beheerder_leest_het_overzicht_en_de_tegenstrijdige_jaarcijfers() {
        Page page = browser.inloggen("beheerder", IntegratieTest.BEHEERDER_WACHTWOORD);
        page.navigate(browser.url("/gemeenten/GM0629/caseload/overzicht"));
        PlaywrightAssertions.assertThat(page.locator("h1")).containsText("Wassenaar");
        PlaywrightAssertions.assertThat(page.locator("#totalen")).containsText("Taakstelling 2015–2017: 137 tot 152");
        PlaywrightAssertions.assertThat(page.locator("#bevindingen")).containsText(
                "Voor 2016 staan 2 verschillende waarden: 51 (Integraal plan 2017, r. 23–31), 66 (Integraal plan 2017, r. 84–112).");
        PlaywrightAssertions.assertThat(page.locator("#bevindingen")).containsText(
                "45 (Integraal plan 2017, r. 23–31) = 20 (eerste halfjaar) + 15 (tweede halfjaar) + 10 (achterstand uit 2016)");
        PlaywrightAssertions.assertThat(page.locator("#jaarcijfers")).containsText("34 volwassenen en 12 kinderen");
        assertThat(Integer.parseInt(page.locator("#zonder-spoor").innerText().strip())).isGreaterThanOrEqualTo(1);
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
        assertThat(browser.tabellenZonderRegio(page)).isEmpty();
        for (int breedte : Browser.BREEDTES) {
            browser.assertPastBinnen(page, breedte);
        }
    }
}
