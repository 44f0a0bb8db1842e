package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Locator;
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
 * Errors are seen: after a refused form the page opens with its error summary in the window and the focus on it (so a
 * screen reader reads it first), each message after the label of its field (not the form record's property name),
 * and every value as typed — also a ticked box. The result of a calculation opens in view too. The summary is the one
 * of {@code fragments/formulier}; these cover the pages that use it: a referral, a step on the case page, the budget
 * page and a period of the figures, and the simulator's own.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FoutmeldingBrowserTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Browser browser;

    void knop(Page page, String naam) {
        Browser.klikEnWacht(page,
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(naam).setExact(true)).first());
    }

    /** The element is in the window (top within the viewport) and has the focus. */
    static void inBeeldMetFocus(Locator element) {
        PlaywrightAssertions.assertThat(element).isFocused();
        PlaywrightAssertions.assertThat(element).isInViewport();
        Object boven = element.evaluate("e => e.getBoundingClientRect().top >= 0 && e.getBoundingClientRect().top"
                + " < window.innerHeight");
        assertThat(boven).as("bovenkant in het venster").isEqualTo(true);
    }

    /** No message of the summary starts with a field's property name ("bsn:", "toestemmingOp:"). */
    static void zonderVeldnamen(Locator samenvatting, String... namen) {
        List<String> regels = samenvatting.locator("li").allInnerTexts();
        assertThat(regels).isNotEmpty();
        for (String naam : namen) {
            assertThat(regels).as("samenvatting").noneMatch(r -> r.strip().startsWith(naam + ":"));
        }
    }

    @Test
    void een_geweigerde_melding_toont_de_samenvatting_bovenaan_met_focus_labels_en_alle_waarden() {
        Testteam t = new Testteam(mvc, jdbc);
        for (int i = 0; i < 12; i++) {
            t.meld("Eerdere melding " + i); // a list of earlier referrals above the form, as an aanmelder has
        }
        Page page = browser.inloggen(t.aanmelder, Accounts.WACHTWOORD);
        page.getByLabel("Uw organisatie").fill("Stichting Onderdak");
        page.getByLabel("Naam cliënt").fill("Foutmelding Cliënt");
        page.getByLabel("Geboortedatum", new Page.GetByLabelOptions().setExact(true)).fill("1980-02-03");
        page.getByLabel("BSN (optioneel)").fill("123456789");
        page.getByLabel("Aantal volwassenen").fill("1");
        page.getByLabel("Aantal kinderen").fill("2");
        page.getByLabel("Inkomenssituatie (bijv. Participatiewet)").fill("Participatiewet");
        page.getByLabel("Huidige slaapplek").fill("Nachtopvang");
        page.getByLabel("Reden van de melding").fill("Dakloos na scheiding");
        page.getByLabel("Voorkeursregio's (één per regel)").fill("Drenthe\nGroningen");
        page.getByLabel("De cliënt heeft vandaag toestemming gegeven voor deze melding").check();
        knop(page, "Melding versturen");

        Locator samenvatting = page.locator("#fouten");
        inBeeldMetFocus(samenvatting);
        PlaywrightAssertions.assertThat(samenvatting).containsText("De melding is niet verstuurd");
        PlaywrightAssertions.assertThat(samenvatting.locator("a[href='#veld-bsn']"))
                .hasText("BSN (optioneel): geen geldig BSN (9 cijfers, elfproef)");
        zonderVeldnamen(samenvatting, "bsn");
        // every value kept, the consent too: corrected, the next submit goes through
        PlaywrightAssertions.assertThat(page.locator("#veld-bsn")).hasValue("123456789");
        PlaywrightAssertions.assertThat(page.locator("#veld-naam")).hasValue("Foutmelding Cliënt");
        PlaywrightAssertions.assertThat(page.locator("#veld-voorkeursregios")).hasValue("Drenthe\nGroningen");
        PlaywrightAssertions.assertThat(page.locator("#veld-toestemmingOp")).isChecked();
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
        // the summary's link takes the focus to the field
        samenvatting.locator("a[href='#veld-bsn']").click();
        PlaywrightAssertions.assertThat(page.locator("#veld-bsn")).isFocused();

        page.getByLabel("BSN (optioneel)").fill("111222333");
        knop(page, "Melding versturen");
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS)).containsText("De melding is ontvangen");
        PlaywrightAssertions.assertThat(page.locator("#fouten")).hasCount(0);
    }

    @Test
    void zonder_toestemming_noemt_de_samenvatting_het_vinkje_bij_zijn_label() {
        Testteam t = new Testteam(mvc, jdbc);
        Page page = browser.inloggen(t.aanmelder, Accounts.WACHTWOORD);
        page.setViewportSize(390, 800);
        knop(page, "Melding versturen");
        Locator samenvatting = page.locator("#fouten");
        inBeeldMetFocus(samenvatting);
        PlaywrightAssertions.assertThat(samenvatting.locator("a[href='#veld-toestemmingOp']"))
                .containsText("De cliënt heeft vandaag toestemming gegeven voor deze melding: ");
        PlaywrightAssertions.assertThat(samenvatting.locator("a[href='#veld-naam']")).containsText("Naam cliënt: ");
        zonderVeldnamen(samenvatting, "toestemmingOp", "naam", "organisatie", "volwassenen", "voorkeursregios");
        browser.assertPastBinnen(page, 390);
    }

    @Test
    void een_geweigerde_stap_op_de_casuspagina_toont_de_samenvatting_bovenaan_met_focus() {
        Testteam t = new Testteam(mvc, jdbc);
        long id = t.meld("Toewijzing Cliënt");
        Page page = browser.inloggen(t.coordinator, Accounts.WACHTWOORD);
        page.navigate(browser.url("/verhuisbox/casussen/" + id));
        page.getByLabel("Casemanager (gebruikersnaam)").fill("niemand-" + id);
        knop(page, "Toewijzen");
        Locator samenvatting = page.locator("#fouten");
        inBeeldMetFocus(samenvatting);
        PlaywrightAssertions.assertThat(samenvatting.locator("a[href='#casemanager']"))
                .containsText("Casemanager (gebruikersnaam): ");
        zonderVeldnamen(samenvatting, "casemanager");
        PlaywrightAssertions.assertThat(page.locator("#casemanager")).hasValue("niemand-" + id);
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
    }

    @Test
    void een_geweigerde_pot_op_de_budgetpagina_noemt_het_veld_in_die_pot() {
        Testteam t = new Testteam(mvc, jdbc);
        t.geldjaar(java.time.LocalDate.now().getYear(), "5000.00");
        Page page = browser.inloggen(t.coordinator, Accounts.WACHTWOORD);
        page.navigate(browser.url("/verhuisbox/budget"));
        Locator eerste = page.locator("form[action*='/verhuisbox/budget/potten/']").first();
        String id = eerste.locator("input[name=bedrag]").getAttribute("id");
        eerste.locator("input[name=bedrag]").fill("veel");
        Browser.klikEnWacht(page, eerste.getByRole(AriaRole.BUTTON));
        Locator samenvatting = page.locator("#fouten");
        inBeeldMetFocus(samenvatting);
        PlaywrightAssertions.assertThat(samenvatting.locator("a[href='#" + id + "']"))
                .containsText("Budget (euro): een bedrag in euro");
        zonderVeldnamen(samenvatting, "bedrag");
        PlaywrightAssertions.assertThat(page.locator("#" + id)).hasValue("veel");
    }

    @Test
    void een_ongeldige_periode_van_de_cijfers_noemt_het_label() {
        Testteam t = new Testteam(mvc, jdbc);
        Page page = browser.inloggen(t.coordinator, Accounts.WACHTWOORD);
        page.navigate(browser.url("/verhuisbox/rapportage?van=2025-12-31&tot=2025-01-01"));
        Locator samenvatting = page.locator("#fouten");
        inBeeldMetFocus(samenvatting);
        assertThat(samenvatting.locator("li").allInnerTexts()).allSatisfy(regel ->
                assertThat(regel).doesNotStartWith("van:").doesNotStartWith("tot:"));
        assertThat(samenvatting.locator("li a").allInnerTexts()).isNotEmpty().allSatisfy(regel ->
                assertThat(regel).matches("(Van|Tot en met): .+"));
    }

    @Test
    void de_uitkomst_van_de_wat_als_berekening_en_haar_fouten_openen_in_beeld_met_focus() {
        Page page = browser.nieuwePagina();
        page.navigate(browser.url("/simulator"));
        knop(page, "Bereken");
        inBeeldMetFocus(page.locator("#uitkomst-sectie"));
        PlaywrightAssertions.assertThat(page.locator("#uitkomst tbody tr")).hasCount(5);
        // then a wrong figure: the summary in view, with focus, and no outcome
        page.locator("#p2-taakstelling").fill("-5");
        knop(page, "Bereken");
        inBeeldMetFocus(page.locator("#foutsamenvatting"));
        PlaywrightAssertions.assertThat(page.locator("#foutsamenvatting")).containsText("Periode 3, Taakstelling");
        PlaywrightAssertions.assertThat(page.locator("#uitkomst")).hasCount(0);
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
    }
}
