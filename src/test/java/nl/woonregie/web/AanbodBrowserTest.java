package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

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
 * A gemeente enters its plan in the browser and sees its forecast: from its history page to its supply, a project
 * refused at the top with every entered value kept, then stored; a self-found route; the forecast of the running
 * half-year then reaches the opgave on the day the sources say. A gemeente without figures in the demo
 * gets this test's own (opgave 100, 40 housed by COA's standing of ten days ago) and a new account of its own. A
 * variant of the plan ("SoZa 90 i.p.v. 40") refused for a number the project does not have, then added.
 * Accessible (axe) and in Dutch words and formats (the crawler's checks) on every page.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AanbodBrowserTest {

    static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    GebiedService gebied;

    Browser browser;

    String gemeente;
    String account;
    LocalDate stand;

    @BeforeAll
    void cijfers() {
        LocalDate vandaag = gebied.vandaag();
        Periode p = Periode.van(vandaag);
        gemeente = jdbc.sql("""
                select g.code from gemeente g where g.geldig_tot is null
                  and not exists (select 1 from beginstand b where b.gemeente_code = g.code)
                  and not exists (select 1 from taakstelling t where t.gemeente_code = g.code)
                  and not exists (select 1 from coa_stand c where c.gemeente_code = g.code)
                order by g.code desc limit 1""").query(String.class).single();
        stand = vandaag.minusDays(10).isBefore(p.eersteDag()) ? p.eersteDag() : vandaag.minusDays(10);
        Testgegevens.beginstand(jdbc, gemeente, p.code(), 0, "0");
        Testgegevens.taakstelling(jdbc, gemeente, p.code(), 100);
        Testgegevens.coaStand(jdbc, gemeente, p.code(), stand, 40, 40, 0, false);
        account = new Accounts(mvc).gemeente(gemeente);
    }

    @Test
    void een_gemeente_voert_haar_plan_in_en_ziet_haar_prognose() {
        Page page = browser.inloggen(account, Accounts.WACHTWOORD);
        page.navigate(browser.url("/gemeenten/" + gemeente));
        Browser.klikEnWacht(page, page.locator("#aanbod"));
        assertThat(page.url()).endsWith("/gemeenten/" + gemeente + "/aanbod");
        PlaywrightAssertions.assertThat(page.locator("#taakstelling-gehaald")).containsText("niet gehaald");
        PlaywrightAssertions.assertThat(page.locator("#geen-bijdragen")).isVisible();
        browser.toegankelijkEnNederlands(page);

        // a project with fewer units than places and no reason: refused at the top, every value kept, nothing stored
        Browser.klikEnWacht(page, page.locator("#toevoegen-PROJECT"));
        page.locator("#naam").fill("SoZa");
        page.locator("#duur").selectOption(new SelectOption().setValue("TIJDELIJK"));
        page.locator("#woonvorm").selectOption(new SelectOption().setValue("ONZELFSTANDIG"));
        page.locator("#plaatsen").fill("40");
        page.locator("#eenheden").fill("20");
        page.locator("#doelgroepen").fill("50% statushouders, 50% studenten");
        page.locator("#startInhuizing").fill(stand.plusDays(1).toString());
        page.locator("#eindeGebruik").fill(stand.plusYears(5).toString());
        page.locator("#status").selectOption(new SelectOption().setValue("IN_GEBRUIK"));
        Browser.klikEnWacht(page, page.locator("#opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#fouten")).containsText("minder eenheden");
        PlaywrightAssertions.assertThat(page.locator("#fouten")).containsText("verplicht");
        PlaywrightAssertions.assertThat(page.locator("#naam")).hasValue("SoZa");
        PlaywrightAssertions.assertThat(page.locator("#eenheden")).hasValue("20");
        PlaywrightAssertions.assertThat(page.locator("#duur")).hasValue("TIJDELIJK");
        PlaywrightAssertions.assertThat(page.locator("#startInhuizing")).hasValue(stand.plusDays(1).toString());
        PlaywrightAssertions.assertThat(page.locator("#doelgroepen")).hasValue("50% statushouders, 50% studenten");
        assertThat(jdbc.sql("select count(*) from aanbod_bron where gemeente_code = ?").param(gemeente)
                .query(Long.class).single()).isZero();
        browser.toegankelijkEnNederlands(page);

        page.locator("#eenheden").fill("120");
        page.locator("#reden").fill("Besluit college");
        Browser.klikEnWacht(page, page.locator("#opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("SoZa");
        PlaywrightAssertions.assertThat(page.locator("#per-bron")).containsText("SoZa");
        PlaywrightAssertions.assertThat(page.locator("#verwacht-saldo")).containsText("een achterstand van 20");
        browser.toegankelijkEnNederlands(page);

        // 20 persons who found housing themselves, two days after the standing: the opgave is reached that day
        Browser.klikEnWacht(page, page.locator("#toevoegen-ROUTE"));
        page.locator("#naam").fill("Zelf gevonden");
        page.locator("#route").selectOption(new SelectOption().setValue("ZELF_GEVONDEN"));
        page.locator("#datum").fill(stand.plusDays(2).toString());
        page.locator("#personen").fill("20");
        page.locator("#reden").fill("Melding COA");
        Browser.klikEnWacht(page, page.locator("#opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#taakstelling-gehaald"))
                .containsText("Taakstelling verwacht gehaald op " + DATUM.format(stand.plusDays(2)));
        PlaywrightAssertions.assertThat(page.locator("#verwacht-saldo")).containsText("nul");
        PlaywrightAssertions.assertThat(page.locator("#bronnen-PROJECT")).containsText("SoZa");
        PlaywrightAssertions.assertThat(page.locator("#bronnen-ROUTE")).containsText("Zelf gevonden");
        browser.screenshot(page, "aanbod-en-prognose");
        browser.toegankelijkEnNederlands(page);

        // a variant: SoZa 90 instead of 40; first with a number the project does not have (refused, values kept)
        page.locator("#variant-naam").fill("SoZa 90 i.p.v. 40");
        page.locator("#variant-bron-0").selectOption(new SelectOption().setLabel("SoZa (project)"));
        page.locator("#variant-plaatsen-0").fill("90");
        page.locator("#variant-personen-0").fill("5");
        page.locator("#variant-reden").fill("Studie");
        Browser.klikEnWacht(page, page.locator("#variant-opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#fouten")).containsText("past niet bij deze bron");
        PlaywrightAssertions.assertThat(page.locator("#variant-naam")).hasValue("SoZa 90 i.p.v. 40");
        PlaywrightAssertions.assertThat(page.locator("#variant-plaatsen-0")).hasValue("90");
        browser.toegankelijkEnNederlands(page);
        page.locator("#variant-personen-0").fill("");
        Browser.klikEnWacht(page, page.locator("#variant-opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#variantentabel")).containsText("SoZa 90 i.p.v. 40");
        PlaywrightAssertions.assertThat(page.locator("#variantentabel")).containsText(DATUM.format(stand.plusDays(1)));
        browser.toegankelijkEnNederlands(page);

        // the source's own page: its version, who and why
        Browser.klikEnWacht(page, page.locator("#bronnen-PROJECT a", new Page.LocatorOptions().setHasText("SoZa")));
        PlaywrightAssertions.assertThat(page.locator("#versies")).containsText("Besluit college");
        PlaywrightAssertions.assertThat(page.locator("#eenheden")).hasValue("120");
        browser.toegankelijkEnNederlands(page);

        // removing it without a reason: refused at the field (focused), under its label rather than the API's name
        Browser.klikEnWacht(page, page.locator("#verwijderformulier button[type=submit]"));
        PlaywrightAssertions.assertThat(page.locator("#verwijder-reden-fout")).hasText("verplicht");
        PlaywrightAssertions.assertThat(page.locator("#verwijder-reden")).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(page.locator("#verwijder-reden")).isFocused();
        PlaywrightAssertions.assertThat(page.locator("#fout")).hasText("Niet verwijderd: Reden: verplicht");
        browser.toegankelijkEnNederlands(page);
        page.locator("#verwijder-reden").fill("Gaat niet door");
        Browser.klikEnWacht(page, page.locator("#verwijderformulier button[type=submit]"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).hasText("'SoZa' is verwijderd.");
    }
}
