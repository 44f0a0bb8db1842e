package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import nl.woonregie.verhuisbox.Testteam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Verhuisbox money in the browser on a new team of its own ({@link Testteam}, new accounts, its own pots through the
 * API and the seed's rules): the casemanager proposes a furnishing grant on the case page, the consulent approves it
 * on the budget page, the administratief registers the payment; the case page links the beschikking; axe clean on
 * each page.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeldBrowserTest {

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

    void toegankelijk(Page page) {
        assertThat(browser.toegankelijkheidsfouten(page)).as(page.url()).isEmpty();
    }

    /** The field's message (its element {@code #id-fout}) and the field marked invalid and described by it. */
    void fout(Page page, String id, String tekst) {
        PlaywrightAssertions.assertThat(page.locator("#" + id + "-fout")).containsText(tekst);
        PlaywrightAssertions.assertThat(page.locator("#" + id)).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(page.locator("#" + id)).hasAttribute("aria-describedby", id + "-fout");
    }

    @Test
    void geweigerde_geldformulieren_tonen_de_fout_bij_het_veld_en_houden_wat_is_ingevuld() {
        // the pot of the furnishing gift (Verhuisbox Plus) holds less than one furnishing
        Testteam t = new Testteam(mvc, jdbc);
        int jaar = LocalDate.now().getYear();
        t.capaciteit(jaar, "HUISHOUDEN", 50);
        t.capaciteit(jaar, "JONGERE", 14);
        t.geldjaar(jaar, "1000.00");
        long casus = t.metAanvaardAanbod("Browsertest Geldfouten", "Heerlen");
        String pad = "/verhuisbox/casussen/" + casus;

        // the casemanager: an amount that is no amount
        Page cm = browser.inloggen(t.casemanager, WW);
        cm.navigate(browser.url(pad));
        cm.locator("#geld-soort").selectOption("INRICHTING");
        cm.locator("#geld-bedrag").fill("veel");
        cm.locator("#geld-woonoppervlakte").fill("96");
        cm.locator("#geld-toelichting").fill("Bed en tafel voor het gezin");
        knop(cm, "Voorstellen");
        fout(cm, "geld-bedrag", "een bedrag in euro");
        PlaywrightAssertions.assertThat(cm.locator("#geld-bedrag")).hasValue("veel");
        PlaywrightAssertions.assertThat(cm.locator("#geld-toelichting")).hasValue("Bed en tafel voor het gezin");
        PlaywrightAssertions.assertThat(cm.locator("#geld-soort")).hasValue("INRICHTING");
        PlaywrightAssertions.assertThat(cm.locator("#geld-woonoppervlakte")).hasValue("96");
        toegankelijk(cm);
        long v = t.api.als(t.casemanager).post(Testteam.A + "/casussen/" + casus + "/verstrekkingen",
                "{\"soort\":\"INRICHTING\",\"bedrag\":1750.00,\"woonoppervlakte\":64}").json(201).path("id").asLong();

        // the consulent: an approval beyond the pot, a rejection whose reason is too long
        Page consulent = browser.inloggen(t.consulent, WW);
        consulent.navigate(browser.url("/verhuisbox/budget"));
        knop(consulent, "Goedkeuren (Inrichtingskosten (woninginrichting))");
        PlaywrightAssertions.assertThat(consulent.getByRole(AriaRole.ALERT)).containsText("boven het budget");
        toegankelijk(consulent);
        consulent.locator("#reden-" + v).fill("x".repeat(2001));
        knop(consulent, "Afwijzen");
        fout(consulent, "reden-" + v, "hoogstens 2000 tekens");
        assertThat(consulent.locator("#reden-" + v).inputValue()).hasSize(2001);
        toegankelijk(consulent);

        // the coordinator: an override without its reason; a pot budget that is no amount; a rule whose guideline is
        // above its maximum
        Page coord = browser.inloggen(t.coordinator, WW);
        coord.navigate(browser.url("/verhuisbox/budget"));
        knop(coord, "Overschrijding toestaan");
        fout(coord, "ovr-" + v, "verplicht");
        toegankelijk(coord);
        long pot = jdbc.sql("select id from vhb_pot where team_id = ? and jaar = ? and code = 'MAATWERK'")
                .params(t.team, jaar).query(Long.class).single();
        coord.navigate(browser.url("/verhuisbox/budget"));
        coord.locator("#bedrag-" + pot).fill("vijftigduizend");
        coord.locator("#pct-" + pot).fill("75");
        Browser.klikEnWacht(coord, coord.locator("form:has(#bedrag-" + pot + ")").getByRole(AriaRole.BUTTON));
        fout(coord, "bedrag-" + pot, "een bedrag in euro");
        PlaywrightAssertions.assertThat(coord.locator("#bedrag-" + pot)).hasValue("vijftigduizend");
        PlaywrightAssertions.assertThat(coord.locator("#pct-" + pot)).hasValue("75");
        toegankelijk(coord);
        long regel = jdbc.sql("select id from vhb_regel where team_id = ? and jaar = ? and soort = 'INRICHTING'")
                .params(t.team, jaar).query(Long.class).single();
        coord.navigate(browser.url("/verhuisbox/budget"));
        coord.getByText("Regel Inrichtingskosten (woninginrichting) wijzigen").click();
        coord.locator("#mx-" + regel).fill("1.000,00");
        coord.locator("#rb-" + regel).fill("1.500,00");
        Browser.klikEnWacht(coord, coord.locator("form:has(#rb-" + regel + ")").getByRole(AriaRole.BUTTON));
        fout(coord, "rb-" + regel, "niet hoger dan het maximum");
        PlaywrightAssertions.assertThat(coord.locator("#rb-" + regel)).hasValue("1.500,00");
        PlaywrightAssertions.assertThat(coord.locator("#mx-" + regel)).hasValue("1.000,00");
        toegankelijk(coord);
        t.api.als(t.coordinator).post(Testteam.A + "/verstrekkingen/" + v + "/overschrijding",
                "{\"reden\":\"Gezin met vier kinderen\"}").status(200);
        t.api.als(t.consulent).post(Testteam.A + "/verstrekkingen/" + v + "/goedkeuring", "").status(200);

        // the administratief: a payment in the future, with its reference kept
        Page adm = browser.inloggen(t.administratief, WW);
        adm.navigate(browser.url("/verhuisbox/budget"));
        adm.locator("#op-" + v).fill(LocalDate.now().plusDays(3).toString());
        adm.locator("#ref-" + v).fill("BETAAL-42");
        knop(adm, "Betaling vastleggen");
        fout(adm, "op-" + v, "niet in de toekomst");
        PlaywrightAssertions.assertThat(adm.locator("#op-" + v)).hasValue(LocalDate.now().plusDays(3).toString());
        PlaywrightAssertions.assertThat(adm.locator("#ref-" + v)).hasValue("BETAAL-42");
        toegankelijk(adm);
        // and on the case page
        adm.navigate(browser.url(pad));
        adm.locator("#bet-" + v).fill(LocalDate.now().plusDays(3).toString());
        knop(adm, "Betaling vastleggen");
        fout(adm, "bet-" + v, "niet in de toekomst");
        PlaywrightAssertions.assertThat(adm.locator("#bet-" + v)).hasValue(LocalDate.now().plusDays(3).toString());
        toegankelijk(adm);
        browser.screenshot(coord, "verhuisbox-budget-fout");
    }

    @Test
    void voorstellen_goedkeuren_en_betalen_in_de_browser() {
        // a case with an accepted offer in Heerlen, and the pots and rules of this year
        Testteam t = new Testteam(mvc, jdbc);
        int jaar = LocalDate.now().getYear();
        t.capaciteit(jaar, "HUISHOUDEN", 50);
        t.capaciteit(jaar, "JONGERE", 14);
        t.geldjaar(jaar, "220000.00");
        long casus = t.metAanvaardAanbod("Browsertest Geld", "Heerlen");
        String pad = "/verhuisbox/casussen/" + casus;
        Page cm = browser.inloggen(t.casemanager, WW);
        cm.navigate(browser.url(pad));
        toegankelijk(cm);
        cm.getByLabel("Waarvoor (regel van het jaar)").selectOption("INRICHTING");
        cm.getByLabel("Bedrag in euro (bijvoorbeeld 1750,00)").fill("1.750,123");
        knop(cm, "Voorstellen");
        PlaywrightAssertions.assertThat(cm.getByRole(AriaRole.ALERT))
                .containsText("Bedrag in euro (bijvoorbeeld 1750,00): hoogstens 2 decimalen");
        cm.getByLabel("Waarvoor (regel van het jaar)").selectOption("INRICHTING");
        cm.getByLabel("Bedrag in euro (bijvoorbeeld 1750,00)").fill("2.100,00");
        knop(cm, "Voorstellen");
        // stoffering naar rato (L10024): above 80 m² the guideline grows with the home, the field says so
        fout(cm, "geld-toelichting", "hoger dan het richtbedrag van € 1.750,00");
        PlaywrightAssertions.assertThat(cm.locator("#geld-bedrag")).hasValue("2.100,00");
        cm.getByLabel("Woonoppervlakte in m² (bij inrichting: boven 80 m² groeit het richtbedrag naar rato mee; leeg: het richtbedrag tot 80 m²)")
                .fill("96");
        knop(cm, "Voorstellen");
        PlaywrightAssertions.assertThat(cm.getByRole(AriaRole.STATUS).first()).containsText("€ 2.100,00 als gift");
        PlaywrightAssertions.assertThat(cm.locator("main")).containsText("(woning van 96 m²)");

        Page consulent = browser.inloggen(t.consulent, WW);
        consulent.navigate(browser.url("/verhuisbox"));
        PlaywrightAssertions.assertThat(consulent.locator("main")).containsText("Verstrekking beoordelen");
        Browser.klikEnWacht(consulent,
                consulent.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Budget, verstrekkingen en regels")));
        PlaywrightAssertions.assertThat(consulent.locator("#te-beoordelen ~ div").first()).containsText("Browsertest Geld");
        toegankelijk(consulent);
        knop(consulent, "Goedkeuren (Inrichtingskosten (woninginrichting))");
        PlaywrightAssertions.assertThat(consulent.getByRole(AriaRole.STATUS).first()).containsText("Goedgekeurd met kenmerk");

        Page adm = browser.inloggen(t.administratief, WW);
        adm.navigate(browser.url("/verhuisbox/budget"));
        toegankelijk(adm);
        knop(adm, "Betaling vastleggen");
        PlaywrightAssertions.assertThat(adm.getByRole(AriaRole.STATUS).first()).containsText("De betaling is vastgelegd");

        // the beschikking is made by a background job after the approval's commit
        nl.woonregie.support.Achtergrondwerk.wacht(jdbc);
        cm.navigate(browser.url(pad));
        PlaywrightAssertions.assertThat(cm.locator("#geld-sectie .woonregie-tabel-wrap").first()).containsText("betaald");
        PlaywrightAssertions.assertThat(cm.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(java.util.regex.Pattern.compile("beschikking VHB-")))).isVisible();
        toegankelijk(cm);
        browser.screenshot(consulent, "verhuisbox-budget");
    }
}
