package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.SelectOption;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import nl.woonregie.support.Testgegevens;
import nl.woonregie.toezicht.regels.Periode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A gemeente records its own count beside COA's and its households by size in the browser: refused at the top with
 * every value kept, then stored; the reconciliation shows the difference and its explained part, the forecast from
 * either start side by side; the shortage for large families per size class; the outflow table on the supply page.
 * A gemeente without figures in the demo gets this test's own (opgave 100, 40 housed by COA's standing of ten days
 * ago). Accessible (axe) and in Dutch words and formats (the crawler's checks) on every page.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AanbodTellingBrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    GebiedService gebied;

    Browser browser;

    String gemeente;
    String account;
    LocalDate vandaag;

    @BeforeAll
    void cijfers() {
        vandaag = gebied.vandaag();
        Periode p = Periode.van(vandaag);
        gemeente = jdbc.sql("""
                select g.code from gemeente g where g.geldig_tot is null
                  and not exists (select 1 from beginstand b where b.gemeente_code = g.code)
                  and not exists (select 1 from taakstelling t where t.gemeente_code = g.code)
                  and not exists (select 1 from coa_stand c where c.gemeente_code = g.code)
                order by g.code limit 1""").query(String.class).single();
        LocalDate stand = vandaag.minusDays(10).isBefore(p.eersteDag()) ? p.eersteDag() : vandaag.minusDays(10);
        Testgegevens.beginstand(jdbc, gemeente, p.code(), 0, "0");
        Testgegevens.taakstelling(jdbc, gemeente, p.code(), 100);
        Testgegevens.coaStand(jdbc, gemeente, p.code(), stand, 40, 40, 0, false);
        account = new Accounts(mvc).gemeente(gemeente);
    }

    @Test
    void een_gemeente_legt_haar_eigen_telling_naast_die_van_het_coa() {
        Page page = browser.inloggen(account, Accounts.WACHTWOORD);
        page.navigate(browser.url("/gemeenten/" + gemeente + "/aanbod"));
        PlaywrightAssertions.assertThat(page.locator("#start-gebruikt")).containsText("stand van het COA");
        PlaywrightAssertions.assertThat(page.locator("#doorstroom-" + vandaag.getYear())).isVisible();
        Browser.klikEnWacht(page, page.locator("#naar-tellingen"));
        assertThat(page.url()).endsWith("/gemeenten/" + gemeente + "/aanbod/tellingen");
        PlaywrightAssertions.assertThat(page.locator("#geen-tellingen")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#start-EIGEN_TELLING")).containsText("ontbreekt");
        browser.toegankelijkEnNederlands(page);

        // no number and no reason: refused at the top, every value kept, nothing stored
        page.locator("#telling-datum").fill(vandaag.toString());
        page.locator("#telling-gehuisvest").fill("veel");
        page.locator("#telling-oorzaak-0").selectOption(new SelectOption().setValue("COA_VERWERKING"));
        page.locator("#telling-aantal-0").fill("10");
        page.locator("#telling-oorzaak-1").selectOption(new SelectOption().setValue("ELDERS_GEREGISTREERD"));
        page.locator("#telling-aantal-2").fill("5");
        page.locator("#telling-toelichting").fill("Eigen registratie van de afdeling");
        Browser.klikEnWacht(page, page.locator("#telling-opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#fouten")).containsText("geen geheel getal");
        // the bound in Dutch notation, not 10000000
        PlaywrightAssertions.assertThat(page.locator("#fouten")).containsText("van 0 tot en met 10.000.000");
        PlaywrightAssertions.assertThat(page.locator("#fouten")).containsText("verplicht");
        // a number without its cause: the cause's select is marked and described, not only the summary
        PlaywrightAssertions.assertThat(page.locator("#telling-oorzaak-2")).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(page.locator("#telling-oorzaak-2"))
                .hasAttribute("aria-describedby", "telling-oorzaak-2-fout");
        PlaywrightAssertions.assertThat(page.locator("#telling-oorzaak-2-fout")).hasText("verplicht");
        page.locator("#telling-aantal-2").fill("");
        PlaywrightAssertions.assertThat(page.locator("#telling-datum")).hasValue(vandaag.toString());
        PlaywrightAssertions.assertThat(page.locator("#telling-gehuisvest")).hasValue("veel");
        PlaywrightAssertions.assertThat(page.locator("#telling-oorzaak-0")).hasValue("COA_VERWERKING");
        PlaywrightAssertions.assertThat(page.locator("#telling-aantal-0")).hasValue("10");
        PlaywrightAssertions.assertThat(page.locator("#telling-oorzaak-1")).hasValue("ELDERS_GEREGISTREERD");
        PlaywrightAssertions.assertThat(page.locator("#telling-toelichting"))
                .hasValue("Eigen registratie van de afdeling");
        assertThat(jdbc.sql("select count(*) from aanbod_telling where gemeente_code = ?").param(gemeente)
                .query(Long.class).single()).isZero();
        browser.toegankelijkEnNederlands(page);

        page.locator("#telling-gehuisvest").fill("54");
        page.locator("#telling-reden").fill("Telling van de afdeling");
        Browser.klikEnWacht(page, page.locator("#telling-opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("is vastgelegd");
        var rij = page.locator("#afstemmingstabel tbody tr").first();
        PlaywrightAssertions.assertThat(rij.locator("td").nth(1)).hasText("54");
        PlaywrightAssertions.assertThat(rij.locator("td").nth(3)).hasText("40");
        PlaywrightAssertions.assertThat(rij.locator("td").nth(4)).hasText("14");
        PlaywrightAssertions.assertThat(rij.locator("td").nth(5)).hasText("10");
        PlaywrightAssertions.assertThat(rij.locator("td").nth(6)).hasText("4");
        PlaywrightAssertions.assertThat(rij).containsText("Verhuizing elders geregistreerd (aantal onbekend)");
        // the forecast from the own count names its start and starts at 54; from COA's standing at 40
        PlaywrightAssertions.assertThat(page.locator("#start-EIGEN_TELLING td").nth(1)).hasText("54");
        PlaywrightAssertions.assertThat(page.locator("#start-COA td").nth(1)).hasText("40");
        browser.toegankelijkEnNederlands(page);
    }

    @Test
    void een_gemeente_legt_haar_wachtende_huishoudens_per_grootte_vast_en_ziet_het_tekort() {
        Page page = browser.inloggen(account, Accounts.WACHTWOORD);
        page.navigate(browser.url("/gemeenten/" + gemeente + "/aanbod"));
        Browser.klikEnWacht(page, page.locator("#naar-huishoudens"));
        PlaywrightAssertions.assertThat(page.locator("#niets-vastgelegd")).isVisible();
        browser.toegankelijkEnNederlands(page);

        // 31 large families without their persons: refused at the top, values kept
        page.locator("#huishoudens-6").fill("31");
        page.locator("#woningen-6").fill("5");
        page.locator("#huishoudens-0").fill("1.010");
        page.locator("#woningen-0").fill("12");
        page.locator("#huishoudens-reden").fill("Koppelingen van het COA");
        Browser.klikEnWacht(page, page.locator("#huishoudens-opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#fouten")).containsText("verplicht bij huishoudens van 7");
        PlaywrightAssertions.assertThat(page.locator("#huishoudens-6")).hasValue("31");
        PlaywrightAssertions.assertThat(page.locator("#huishoudens-0")).hasValue("1.010");
        PlaywrightAssertions.assertThat(page.locator("#huishoudens-reden")).hasValue("Koppelingen van het COA");
        browser.toegankelijkEnNederlands(page);

        page.locator("#personen-6").fill("225");
        Browser.klikEnWacht(page, page.locator("#huishoudens-opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("versie 1");
        PlaywrightAssertions.assertThat(page.locator("#grootte-7 td").nth(1)).hasText("225");
        PlaywrightAssertions.assertThat(page.locator("#grootte-7 td").nth(3)).hasText("26");
        PlaywrightAssertions.assertThat(page.locator("#grootte-1 td").nth(0)).hasText("1.010");
        PlaywrightAssertions.assertThat(page.locator("#grootte-1 td").nth(3)).hasText("998");
        PlaywrightAssertions.assertThat(page.locator("#totaal td").nth(3)).hasText("1.024");
        PlaywrightAssertions.assertThat(page.locator("#personen-6")).hasValue("225");
        browser.toegankelijkEnNederlands(page);
    }
}
