package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import nl.woonregie.brieven.Indeplaatsstellingen;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Step 5 in the browser (issue 19 §3): Zuid-Holland's supervisor goes from Leiden's page to its besluiten tot
 * indeplaatsstelling, drafts one with two begunstigingstermijnen (a refused form first: every error at its field and
 * at the top, every typed value kept), records GS's decision, sends it (Leiden's college accepts electronic decisions:
 * in the outbox's queue; a second press sends nothing) and, once the daily follow-up has run, finds both terms on the
 * worklist. Accessible (axe), in Dutch words and dates. Another municipality does not see the besluit. Makes its own
 * besluit for Leiden, which no other browser test uses for this.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndeplaatsstellingBrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Indeplaatsstellingen indeplaatsstellingen;

    Browser browser;

    @Test
    void de_toezichthouder_stelt_een_besluit_met_twee_termijnen_op_besluit_verzendt_en_volgt_het() {
        Page page = browser.inloggen("toezicht-zh", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/gemeenten/GM0546"));
        Browser.klikEnWacht(page, page.locator("#indeplaatsstellingen"));
        assertThat(page.url()).endsWith("/gemeenten/GM0546/indeplaatsstellingen");
        browser.toegankelijkEnNederlands(page);

        // refused: no considerations, a number that is not a number; the typed values stay
        page.locator("#termijn-datum-0").fill("2022-11-01");
        page.locator("#termijn-aantal-0").fill("tien");
        Browser.klikEnWacht(page, page.locator("#opstellen"));
        PlaywrightAssertions.assertThat(page.locator("#fouten")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#besluit-overwegingen-fout")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#termijn-aantal-0-fout")).containsText("geheel getal");
        PlaywrightAssertions.assertThat(page.locator("#termijn-datum-0")).hasValue("2022-11-01");
        PlaywrightAssertions.assertThat(page.locator("#termijn-aantal-0")).hasValue("tien");
        browser.toegankelijkEnNederlands(page);

        // drafted: two terms (numbers counted from the decision's date, rising); far more than Leiden houses
        page.locator("#besluit-overwegingen").fill("Leiden heeft de opgave niet gerealiseerd (browsertest).");
        page.locator("#termijn-aantal-0").fill("99000");
        page.locator("#termijn-datum-1").fill("2022-12-31");
        page.locator("#termijn-aantal-1").fill("100000");
        Browser.klikEnWacht(page, page.locator("#opstellen"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("concept is opgesteld");
        long id = Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));
        PlaywrightAssertions.assertThat(page.locator("#stand")).hasText("Concept");
        PlaywrightAssertions.assertThat(page.locator("#termijnen tbody tr")).hasCount(2);
        PlaywrightAssertions.assertThat(page.locator("#termijnen tbody tr").first()).containsText("1 november 2022");
        browser.toegankelijkEnNederlands(page);

        // decided by GS: the letter frozen
        page.locator("#besluit-datum").fill("2022-10-01");
        page.locator("#besluit-nummer").fill("PZH-2022-4711");
        Browser.klikEnWacht(page, page.locator("#besluiten"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("vastgelegd als PDF/A");
        PlaywrightAssertions.assertThat(page.locator("#stand")).hasText("Besloten door Gedeputeerde Staten");
        PlaywrightAssertions.assertThat(page.locator("#besluitformulier")).hasCount(0);
        for (int i = 0; i < 2; i++) {
            assertThat(page.locator("td.termijnstand").nth(i).textContent()).isIn("Gehaald", "Niet gehaald",
                    "Loopt nog");
        }
        browser.toegankelijkEnNederlands(page);

        // sent: Leiden's college accepts electronic decisions; the e-mail waits in the outbox
        Browser.klikEnWacht(page, page.locator("#verzenden"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("verzonden");
        PlaywrightAssertions.assertThat(page.locator("#verzending td.verzendstatus").first()).hasText("In de wachtrij");
        browser.toegankelijkEnNederlands(page);
        Browser.klikEnWacht(page, page.locator("#verzenden"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("niets meer te verzenden");

        // followed: both terms passed far short; the daily job puts them on the worklist
        indeplaatsstellingen.volg(LocalDate.now(), Actor.SYSTEEM);
        page.navigate(browser.url("/provincies/PV28"));
        Browser.klikEnWacht(page, page.locator("#begunstigingstermijnen"));
        PlaywrightAssertions.assertThat(page.locator("#werklijst tr[data-besluit='" + id + "']")).hasCount(2);
        PlaywrightAssertions.assertThat(page.locator("#werklijst tr[data-besluit='" + id + "']").first())
                .containsText("1 november 2022");
        browser.toegankelijkEnNederlands(page);
        assertThat(jdbc.sql("select count(*) from indeplaatsstelling_bevinding where indeplaatsstelling_id = ?")
                .param(id).query(Long.class).single()).isEqualTo(2);

        // another municipality does not see it
        Page denHaag = browser.inloggen("gemeente-denhaag", BrowserTest.DEMO_WACHTWOORD);
        assertThat(denHaag.navigate(browser.url("/indeplaatsstellingen/" + id)).status()).isEqualTo(404);
    }
}
