package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A new Verhuisbox colleague in the browser: the administrator asks, the coordinator approves from the worklist and
 * gets the one-time link, the colleague chooses a password (a common one is refused) and signs in.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountverzoekBrowserTest {

    Browser browser;

    @Test
    void de_coordinator_keurt_een_nieuw_account_goed_en_de_collega_kiest_zelf_het_wachtwoord() {
        String naam = "collega-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Page beheer = browser.inloggen("beheerder", IntegratieTest.BEHEERDER_WACHTWOORD);
        beheer.navigate(browser.url("/beheer/gebruikers"));
        beheer.getByLabel("Gebruikersnaam").fill(naam);
        beheer.getByLabel("Rol", new Page.GetByLabelOptions().setExact(true)).selectOption("CASEMANAGER");
        beheer.getByLabel("Verhuisbox-team (alleen de Verhuisbox-rollen)")
                .selectOption(new SelectOption().setLabel("Den Haag (GM0518)"));
        Browser.klikEnWacht(beheer, beheer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Account aanmaken")));
        PlaywrightAssertions.assertThat(beheer.getByRole(AriaRole.STATUS)).containsText("De coördinator van team Den Haag beslist");

        Page coordinator = browser.inloggen("vhb-coordinator", BrowserTest.DEMO_WACHTWOORD);
        coordinator.navigate(browser.url("/verhuisbox"));
        PlaywrightAssertions.assertThat(coordinator.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Taken en deadlines"))).containsText("Accountverzoek beoordelen: nieuw account " + naam);
        Browser.klikEnWacht(coordinator, coordinator.getByRole(AriaRole.ROW,
                new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile(naam))).getByRole(AriaRole.LINK));
        PlaywrightAssertions.assertThat(coordinator.locator("h1")).containsText(naam);
        assertThat(browser.toegankelijkheidsfouten(coordinator)).isEmpty();
        Browser.klikEnWacht(coordinator, coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Goedkeuren")));
        PlaywrightAssertions.assertThat(coordinator.locator("#status")).hasText("goedgekeurd");
        String link = coordinator.locator("#link").getAttribute("href");
        assertThat(link).startsWith("/wachtwoord/");
        browser.screenshot(coordinator, "accountverzoek-goedgekeurd");
        assertThat(browser.toegankelijkheidsfouten(coordinator)).isEmpty();

        Page collega = browser.nieuwePagina();
        collega.navigate(browser.url(link));
        PlaywrightAssertions.assertThat(collega.locator("h1")).hasText("Uw account activeren");
        collega.getByLabel("Nieuw wachtwoord (minstens 12 tekens)").fill("Welkom123456");
        collega.getByLabel("Herhaal het wachtwoord").fill("Welkom123456");
        Browser.klikEnWacht(collega, collega.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Wachtwoord instellen")));
        PlaywrightAssertions.assertThat(collega.getByRole(AriaRole.ALERT)).containsText("veelgebruikte wachtwoorden");
        assertThat(browser.toegankelijkheidsfouten(collega)).isEmpty();
        collega.getByLabel("Nieuw wachtwoord (minstens 12 tekens)").fill("Tulpen-langs-de-Vliet-88");
        collega.getByLabel("Herhaal het wachtwoord").fill("Tulpen-langs-de-Vliet-88");
        Browser.klikEnWacht(collega, collega.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Wachtwoord instellen")));
        PlaywrightAssertions.assertThat(collega.getByRole(AriaRole.STATUS)).containsText("Uw wachtwoord is ingesteld");
        assertThat(browser.inloggen(naam, "Tulpen-langs-de-Vliet-88").url()).endsWith("/verhuisbox");
    }
}
