package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FilePayload;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A supervisor of Zuid-Holland couples the columns of COA's monthly overview in the browser — the column names read
 * from an example file, a missing coupling refused at its field with every typed value kept — and checks the file
 * through that coupling on the import page (and does not store it: the demo's figures stay as they are).
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KolomindelingBrowserTest {

    @Autowired
    JdbcClient jdbc;

    Browser browser;

    static FilePayload maandoverzicht() {
        try (InputStream in = KolomindelingBrowserTest.class.getResourceAsStream("/coa/maandoverzicht-realisatie.csv")) {
            return new FilePayload("coa-mei-2094.csv", "text/csv", in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void een_toezichthouder_legt_de_kolomindeling_van_coa_vast_en_controleert_het_maandoverzicht_ermee() {
        Page page = browser.inloggen("toezicht-zh", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/cijfers/import"));
        Browser.klikEnWacht(page, page.locator("a[href='/cijfers/kolomindelingen']"));
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
        Browser.klikEnWacht(page, page.locator("#nieuwe-kolomindeling"));
        PlaywrightAssertions.assertThat(page.locator("#soort")).hasValue("COA_STAND");
        PlaywrightAssertions.assertThat(page.locator("#provincie")).hasValue("PV28");

        page.locator("#naam").fill("COA maandoverzicht realisatie");
        page.locator("#koprij").fill("4");
        page.setInputFiles("#voorbeeld", maandoverzicht());
        Browser.klikEnWacht(page, page.locator("#lees-kopregel"));
        PlaywrightAssertions.assertThat(page.locator("#gelezen-kolommen")).containsText("CBS code, Peildatum, "
                + "Gerealiseerd, Openstaande koppelingen, Omgekoppeld, Opmerking");
        PlaywrightAssertions.assertThat(page.locator("#naam")).hasValue("COA maandoverzicht realisatie");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();

        page.locator("#bron-gemeente").fill("CBS code");
        page.locator("#bron-datum").fill("Peildatum");
        page.locator("#bron-koppelingen").fill("Openstaande koppelingen");
        page.locator("#bron-omkoppelingen").fill("Omgekoppeld");
        page.locator("#vast-stapelgemeente").fill("nee");
        page.locator("#overslaan").fill("Totaal");
        Browser.klikEnWacht(page, page.locator("#opslaan"));
        // gehuisvest is not coupled: refused at its field and in the summary, every typed value kept
        PlaywrightAssertions.assertThat(page.locator("#fouten")).containsText("koppel een kolom van het bestand");
        PlaywrightAssertions.assertThat(page.locator("#bron-gehuisvest-fout")).containsText("verplicht");
        PlaywrightAssertions.assertThat(page.locator("#bron-gehuisvest")).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(page.locator("#bron-omkoppelingen")).hasValue("Omgekoppeld");
        PlaywrightAssertions.assertThat(page.locator("#overslaan")).hasValue("Totaal");
        PlaywrightAssertions.assertThat(page.locator("#koprij")).hasValue("4");
        browser.screenshot(page, "kolomindeling-fout");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();

        page.locator("#bron-gehuisvest").fill("Gerealiseerd");
        Browser.klikEnWacht(page, page.locator("#opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#opgeslagen")).containsText("COA maandoverzicht realisatie");
        PlaywrightAssertions.assertThat(page.locator("#kolomindelingen")).containsText("Zuid-Holland");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();

        Browser.klikEnWacht(page, page.locator("#opgeslagen a"));
        PlaywrightAssertions.assertThat(page.locator("#soort")).hasValue("COA_STAND");
        page.setInputFiles("#bestand", maandoverzicht());
        Browser.klikEnWacht(page, page.getByText("Controleer", new Page.GetByTextOptions().setExact(true)));
        PlaywrightAssertions.assertThat(page.locator("#controle")).containsText("gelezen met de kolomindeling");
        PlaywrightAssertions.assertThat(page.locator("#controle")).containsText("3 nieuw");
        browser.screenshot(page, "kolomindeling-import");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
        Browser.klikEnWacht(page, page.getByText("Niet opslaan", new Page.GetByTextOptions().setExact(true)));
        assertThat(jdbc.sql("select count(*) from coa_stand where periode = '2094-I'").query(Long.class).single())
                .isZero();
    }

    @Test
    void het_maandoverzicht_van_coa_staat_bij_de_provincie_met_vorige_maand_en_excel() {
        Page page = browser.inloggen("toezicht-zh", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/provincies/PV28"));
        Browser.klikEnWacht(page, page.locator("#maandoverzicht"));
        PlaywrightAssertions.assertThat(page.locator("h1")).containsText("Maandoverzicht COA Zuid-Holland");
        PlaywrightAssertions.assertThat(page.locator("#maandoverzicht tbody tr").first()).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#maandoverzicht-xlsx")).hasAttribute("href",
                java.util.regex.Pattern.compile("/provincies/PV28/maandoverzicht\\.xlsx\\?maand=\\d{4}-\\d{2}"));
        browser.screenshot(page, "maandoverzicht");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
        String maand = page.locator("#maand").inputValue();
        Browser.klikEnWacht(page, page.locator("#vorige-maand"));
        assertThat(page.locator("#maand").inputValue()).isEqualTo(java.time.YearMonth.parse(maand).minusMonths(1)
                .toString());
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
    }
}
