package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
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
 * A gemeente opens its year view from its history page and its supply page, and downloads the draft of its plan van
 * aanpak: this test's own figures for a gemeente without any in the demo (the previous half-year: taakstelling 100,
 * saldo 0, 70 housed; the running one: taakstelling 50 with an ambition of 10, 20 housed), so the previous period
 * ends 30 behind and the running one has an opgave of 80 and a total of 90. Accessible (axe) and in Dutch words and
 * formats (the crawler's checks).
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JaaroverzichtBrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    GebiedService gebied;

    Browser browser;

    String gemeente;
    String account;
    Periode vorige;
    Periode huidige;

    @BeforeAll
    void cijfers() {
        LocalDate vandaag = gebied.vandaag();
        huidige = Periode.van(vandaag);
        vorige = huidige.vorige();
        gemeente = jdbc.sql("""
                select g.code from gemeente g where g.geldig_tot is null
                  and not exists (select 1 from beginstand b where b.gemeente_code = g.code)
                  and not exists (select 1 from taakstelling t where t.gemeente_code = g.code)
                  and not exists (select 1 from coa_stand c where c.gemeente_code = g.code)
                order by g.code limit 1""").query(String.class).single();
        Testgegevens.beginstand(jdbc, gemeente, vorige.code(), 0, "0");
        Testgegevens.taakstelling(jdbc, gemeente, vorige.code(), 100);
        Testgegevens.coaStand(jdbc, gemeente, vorige.code(), vorige.laatsteDag(), 70, 70, 0, false);
        Testgegevens.taakstelling(jdbc, gemeente, huidige.code(), 50);
        jdbc.sql("update taakstelling set additionele_opgave = 10 where gemeente_code = ? and periode = ?")
                .params(gemeente, huidige.code()).update();
        Testgegevens.coaStand(jdbc, gemeente, huidige.code(), huidige.eersteDag(), 20, 20, 0, false);
        account = new Accounts(mvc).gemeente(gemeente);
    }

    @Test
    void een_gemeente_ziet_haar_jaaroverzicht_en_haalt_het_concept_van_haar_plan_van_aanpak_op() {
        Page page = browser.inloggen(account, Accounts.WACHTWOORD);
        page.navigate(browser.url("/gemeenten/" + gemeente));
        Browser.klikEnWacht(page, page.locator("#jaaroverzicht"));
        assertThat(page.url()).endsWith("/gemeenten/" + gemeente + "/aanbod/jaaroverzicht");
        // without a vastgesteld eindoordeel over the previous period the gemeente does not see its saldo yet
        var v = page.locator("#periode-" + vorige.code());
        PlaywrightAssertions.assertThat(v.locator("th")).hasText(vorige.omschrijving());
        PlaywrightAssertions.assertThat(v.locator("td").nth(0)).hasText("100");
        PlaywrightAssertions.assertThat(v.locator("td").nth(5)).containsText("70");
        PlaywrightAssertions.assertThat(v.locator("td").nth(6)).hasText("nog niet bekend");
        PlaywrightAssertions.assertThat(page.locator("#ontbrekend")).containsText("het eindoordeel over de "
                + vorige.omschrijving());
        PlaywrightAssertions.assertThat(page.locator("#periode-" + huidige.code())).hasCount(0);
        browser.toegankelijkEnNederlands(page);

        // from the supply page: the draft on request (no step 3a), as PDF and as ODT
        page.navigate(browser.url("/gemeenten/" + gemeente + "/aanbod"));
        PlaywrightAssertions.assertThat(page.locator("#plan-van-aanpak-op-verzoek")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#plan-van-aanpak-pdf")).containsText("op verzoek");
        browser.toegankelijkEnNederlands(page);
        Download pdf = page.waitForDownload(() -> page.locator("#plan-van-aanpak-pdf").click());
        assertThat(pdf.suggestedFilename()).isEqualTo("plan-van-aanpak-" + gemeente + ".pdf");
        assertThat(pdf.failure()).isNull();
        Download odt = page.waitForDownload(() -> page.locator("#plan-van-aanpak-odt").click());
        assertThat(odt.suggestedFilename()).isEqualTo("plan-van-aanpak-" + gemeente + ".odt");
        Browser.klikEnWacht(page, page.locator("#jaaroverzicht-link"));
        assertThat(page.url()).endsWith("/aanbod/jaaroverzicht");

        // the province's supervisor sees every period: the previous one ends 30 behind, the running one is 80 + 10
        String provincie = gebied.gemeente(gemeente).orElseThrow().provincie().code();
        Page toezicht = browser.inloggen(new Accounts(mvc).toezichthouder(provincie), Accounts.WACHTWOORD);
        toezicht.navigate(browser.url("/gemeenten/" + gemeente + "/aanbod/jaaroverzicht"));
        var tv = toezicht.locator("#periode-" + vorige.code());
        PlaywrightAssertions.assertThat(tv.locator("td").nth(6)).hasText("+30");
        var h = toezicht.locator("#periode-" + huidige.code());
        PlaywrightAssertions.assertThat(h.locator("td").nth(1)).hasText("+30");
        PlaywrightAssertions.assertThat(h.locator("td").nth(2)).hasText("80");
        PlaywrightAssertions.assertThat(h.locator("td").nth(3)).hasText("10");
        PlaywrightAssertions.assertThat(h.locator("td").nth(4)).hasText("90");
        PlaywrightAssertions.assertThat(h.locator("td").nth(6)).hasText("nog niet bekend");
        PlaywrightAssertions.assertThat(toezicht.locator("#geen-bevindingen")).isVisible();
        PlaywrightAssertions.assertThat(toezicht.locator("#jaar-" + huidige.jaar())).isVisible();
        browser.toegankelijkEnNederlands(toezicht);
    }
}
