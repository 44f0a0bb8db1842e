package nl.woonregie.web;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Achtergrondwerk;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import nl.woonregie.verhuisbox.Testteam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A loan in the browser on a new team of its own ({@link Testteam}): the administratief records the terms of a paid
 * deposit on the case page (a term that is no number is refused at the field with what was typed kept), then a
 * repayment and a follow-up note; the consulent sees the schedule, the repayment and the state in Dutch; each page
 * accessible and in Dutch.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeningBrowserTest {

    static final String WW = Accounts.WACHTWOORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Browser browser;

    void knop(Page page, String naam) {
        Browser.klikEnWacht(page,
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(naam).setExact(true)).first());
    }

    /** Opens the folded section "Geld" of the case page when it is closed. */
    static void geldOpen(Page page) {
        if (!(Boolean) page.locator("#geld-sectie").evaluate("e => e.open")) {
            page.locator("#geld-sectie > summary").click();
        }
    }

    @Test
    void voorwaarden_aflossing_en_opvolging_van_een_lening_op_de_casuspagina() {
        Testteam t = new Testteam(mvc, jdbc);
        LocalDate vandaag = LocalDate.now();
        t.capaciteit(vandaag.getYear(), "HUISHOUDEN", 50);
        t.capaciteit(vandaag.getYear(), "JONGERE", 14);
        t.geldjaar(vandaag.getYear(), "220000.00");
        long casus = t.metAanvaardAanbod("Browsertest Lening", "Heerlen");
        long v = t.api.als(t.casemanager).post(Testteam.A + "/casussen/" + casus + "/verstrekkingen",
                "{\"soort\":\"BORG\",\"bedrag\":995.00}").json(201).path("id").asLong();
        t.api.als(t.consulent).post(Testteam.A + "/verstrekkingen/" + v + "/goedkeuring", "").status(200);
        Achtergrondwerk.wacht(jdbc);
        t.api.als(t.administratief).post(Testteam.A + "/verstrekkingen/" + v + "/betaling", "{}").status(200);
        String pad = "/verhuisbox/casussen/" + casus;

        Page adm = browser.inloggen(t.administratief, WW);
        adm.navigate(browser.url(pad));
        geldOpen(adm);
        PlaywrightAssertions.assertThat(adm.locator("#lening-" + v)).containsText("nog niet vastgelegd");
        browser.toegankelijkEnNederlands(adm);
        adm.locator("#lt-" + v).fill("twaalf");
        adm.locator("#ev-" + v).fill(vandaag.plusMonths(1).withDayOfMonth(1).toString());
        knop(adm, "Voorwaarden vastleggen");
        PlaywrightAssertions.assertThat(adm.locator("#lt-" + v + "-fout")).isVisible();
        PlaywrightAssertions.assertThat(adm.locator("#lt-" + v)).hasValue("twaalf");
        PlaywrightAssertions.assertThat(adm.locator("#lt-" + v)).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(adm.locator("#ev-" + v)).hasValue(vandaag.plusMonths(1).withDayOfMonth(1)
                .toString());
        browser.toegankelijkEnNederlands(adm);
        adm.locator("#lt-" + v).fill("12");
        knop(adm, "Voorwaarden vastleggen");
        PlaywrightAssertions.assertThat(adm.getByRole(AriaRole.STATUS).first())
                .containsText("12 termijnen van € 82,91");
        geldOpen(adm);
        adm.locator("#afb-" + v).fill("82,91");
        adm.locator("#afr-" + v).fill("BANK-2");
        knop(adm, "Aflossing vastleggen");
        PlaywrightAssertions.assertThat(adm.getByRole(AriaRole.STATUS).first()).containsText("De aflossing is vastgelegd");
        geldOpen(adm);
        adm.locator("#ops-" + v).selectOption("CONTACT");
        adm.locator("#opt-" + v).fill("Cliënt gebeld over de aflossing");
        knop(adm, "Opvolging vastleggen");
        PlaywrightAssertions.assertThat(adm.getByRole(AriaRole.STATUS).first()).containsText("De opvolging is vastgelegd");
        browser.toegankelijkEnNederlands(adm);

        Page consulent = browser.inloggen(t.consulent, WW);
        consulent.navigate(browser.url(pad));
        geldOpen(consulent);
        consulent.locator("#lening-" + v + " summary").click();
        PlaywrightAssertions.assertThat(consulent.locator("#lening-" + v)).containsText(
                "12 maandelijkse termijnen van € 82,91 (de laatste € 82,99)");
        PlaywrightAssertions.assertThat(consulent.locator("#lening-" + v)).containsText("BANK-2");
        PlaywrightAssertions.assertThat(consulent.locator("#lening-" + v)).containsText("Contact gehad");
        PlaywrightAssertions.assertThat(consulent.locator("#lening-" + v)).containsText("nog open € 912,09");
        browser.toegankelijkEnNederlands(consulent);
        browser.screenshot(consulent, "verhuisbox-lening");
    }
}
