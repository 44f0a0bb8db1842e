package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Account management, API tokens and changing one's password, in the browser. */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BeheerBrowserTest {


    Browser browser;



    @Test
    void beheerder_maakt_account_en_token_en_ziet_fouten_bij_de_velden() {
        Page page = browser.inloggen("beheerder", IntegratieTest.BEHEERDER_WACHTWOORD);
        page.navigate(browser.url("/beheer/gebruikers"));
        page.getByLabel("Gebruikersnaam").fill("th-utrecht");
        page.getByLabel("Eerste wachtwoord (minstens 12 tekens)").fill("kort");
        page.getByLabel("Rol", new Page.GetByLabelOptions().setExact(true)).selectOption("TOEZICHTHOUDER");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account aanmaken")).click();
        // each message after the label of its field (not its property name)
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.ALERT))
                .containsText("Eerste wachtwoord (minstens 12 tekens): Kies een wachtwoord van minstens 12 tekens");
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.ALERT))
                .containsText("Provincie (bijv. PV28): verplicht");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();

        page.getByLabel("Eerste wachtwoord (minstens 12 tekens)").fill("een-lang-wachtwoord-1");
        page.getByLabel("Provincie (bijv. PV28)").fill("PV26");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account aanmaken")).click();
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS)).containsText("th-utrecht");

        page.getByLabel("Naam van het token").fill("COA-aanlevering");
        page.getByLabel("Account", new Page.GetByLabelOptions().setExact(true)).selectOption("coa");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Token maken")).click();
        String token = page.locator("#nieuw-token").textContent();
        assertThat(token).startsWith("wr_");
        browser.screenshot(page, "beheer");
        // revoked from its row in the list of tokens
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Token COA-aanlevering intrekken")));
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions()
                .setName(java.util.regex.Pattern.compile("COA-aanlevering")))).containsText("ingetrokken");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
    }

    @Test
    void wachtwoord_wijzigen_vraagt_het_huidige_en_een_gelijke_herhaling() {
        Page page = browser.inloggen("gemeente-rotterdam", BrowserTest.DEMO_WACHTWOORD);
        assertThat(page.url()).endsWith("/gemeenten/GM0599");
        page.navigate(browser.url("/account"));
        page.getByLabel("Huidig wachtwoord").fill("fout-wachtwoord");
        page.getByLabel("Nieuw wachtwoord (minstens 12 tekens)").fill("nieuw-wachtwoord-123");
        page.getByLabel("Herhaal het nieuwe wachtwoord").fill("anders-wachtwoord-123");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord wijzigen")).click();
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.ALERT)).containsText("huidige wachtwoord klopt niet");
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.ALERT)).containsText("herhaling");
        // each message also at its field, wired to it; passwords are never sent back
        PlaywrightAssertions.assertThat(page.locator("#huidig-fout")).containsText("klopt niet");
        PlaywrightAssertions.assertThat(page.locator("#huidig")).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(page.locator("#herhaling")).hasAttribute("aria-describedby", "herhaling-fout");
        PlaywrightAssertions.assertThat(page.locator("#nieuw")).hasAttribute("aria-invalid", "false");
        PlaywrightAssertions.assertThat(page.locator("#huidig")).hasValue("");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
    }

    @Test
    void een_geweigerd_account_of_token_toont_de_fout_bij_het_veld_en_houdt_wat_is_ingevuld() {
        String naam = "gem-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Page page = browser.inloggen("beheerder", IntegratieTest.BEHEERDER_WACHTWOORD);
        page.navigate(browser.url("/beheer/gebruikers"));
        page.getByLabel("Gebruikersnaam").fill(naam);
        page.getByLabel("Eerste wachtwoord (minstens 12 tekens)").fill("een-lang-wachtwoord-1");
        page.getByLabel("Rol", new Page.GetByLabelOptions().setExact(true)).selectOption("GEMEENTE");
        page.getByLabel("Gemeente (bijv. GM0518)").fill("Den Haag");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account aanmaken")).click();
        PlaywrightAssertions.assertThat(page.locator("#veld-gemeente-fout")).containsText("een gemeentecode zoals GM0518");
        PlaywrightAssertions.assertThat(page.locator("#veld-gemeente")).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(page.locator("#veld-gemeente")).hasAttribute("aria-describedby", "veld-gemeente-fout");
        PlaywrightAssertions.assertThat(page.locator("#veld-gemeente")).hasValue("Den Haag");
        PlaywrightAssertions.assertThat(page.locator("#veld-gebruikersnaam")).hasValue(naam);
        PlaywrightAssertions.assertThat(page.locator("#veld-rol")).hasValue("GEMEENTE");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();

        page.getByLabel("Naam van het token").fill("   ");
        page.getByLabel("Account", new Page.GetByLabelOptions().setExact(true)).selectOption("coa");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Token maken")).click();
        PlaywrightAssertions.assertThat(page.locator("#token-naam-fout")).containsText("verplicht");
        PlaywrightAssertions.assertThat(page.locator("#token-naam")).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(page.locator("#token-gebruiker")).hasValue("coa");
        PlaywrightAssertions.assertThat(page.locator("#nieuw-token")).hasCount(0);
        browser.screenshot(page, "beheer-fout");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
    }
}
