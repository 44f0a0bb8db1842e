package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * Role assignments in the browser: the administrator gives and takes roles on an account's page (the role list
 * proposes the least-privileged role), and a person with two assignments chooses where to start and has both in the
 * menu.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollenBrowserTest {

    Browser browser;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void de_beheerder_kent_rollen_toe_en_trekt_ze_in_op_de_pagina_van_het_account() {
        String naam = "rollen-" + UUID.randomUUID().toString().substring(0, 8);
        Page page = browser.inloggen("beheerder", IntegratieTest.BEHEERDER_WACHTWOORD);
        page.navigate(browser.url("/beheer/gebruikers"));
        PlaywrightAssertions.assertThat(page.locator("#veld-rol")).hasValue("BESTUUR");
        page.getByLabel("Gebruikersnaam").fill(naam);
        page.getByLabel("Eerste wachtwoord (minstens 12 tekens)").fill("een-lang-wachtwoord-1");
        page.getByLabel("Gemeente (bijv. GM0518)").fill("GM0518");
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Account aanmaken")));
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS)).containsText("Account " + naam
                + " is aangemaakt");

        Browser.klikEnWacht(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(naam)
                .setExact(true)));
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Account " + naam);
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.REGION)).containsText("Bestuur, 's-Gravenhage");
        PlaywrightAssertions.assertThat(page.locator("#veld-rol")).hasValue("BESTUUR");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();

        // a municipality of its own: at once
        page.getByLabel("Rol", new Page.GetByLabelOptions().setExact(true)).selectOption("GEMEENTE");
        page.getByLabel("Gemeente (bijv. GM0518)").fill("GM0599");
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rol toekennen")));
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS)).containsText("De rol is toegekend");
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.REGION)).containsText("Gemeente, Rotterdam");
        // a scope that does not fit is refused at its field, with what was chosen kept
        page.getByLabel("Rol", new Page.GetByLabelOptions().setExact(true)).selectOption("TOEZICHTHOUDER");
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rol toekennen")));
        PlaywrightAssertions.assertThat(page.locator("#veld-provincie-fout")).containsText("verplicht voor de rol "
                + "toezichthouder");
        PlaywrightAssertions.assertThat(page.locator("#veld-rol")).hasValue("TOEZICHTHOUDER");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
        // a Verhuisbox role: a request to the team's coordinator
        page.getByLabel("Rol", new Page.GetByLabelOptions().setExact(true)).selectOption("CASEMANAGER");
        page.getByLabel("Verhuisbox-team (alleen de Verhuisbox-rollen)")
                .selectOption(new SelectOption().setLabel("Den Haag (GM0518)"));
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rol toekennen")));
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS)).containsText("De coördinator van team Den Haag "
                + "beslist");
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(java.util.regex.Pattern.compile("Verhuisbox-rol toekennen")))).isVisible();

        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Intrekken: Bestuur, 's-Gravenhage")));
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS)).containsText("De rol is ingetrokken");
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.REGION)).not().containsText("Bestuur");
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deactiveren")));
        PlaywrightAssertions.assertThat(page.locator("#actief")).hasText("nee");
        browser.screenshot(page, "beheer-account");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
    }

    @Test
    void wie_gemeente_en_casemanager_is_kiest_waar_te_beginnen_en_heeft_beide_in_het_menu() throws Exception {
        Api api = new Api(mvc);
        String naam = new Accounts(mvc).gemeente("GM0518");
        long team = jdbc.sql("select id from vhb_team where naam = 'Den Haag'").query(Long.class).single();
        JsonNode verzoek = api.als(Api.BEHEERDER).put("/api/v1/gebruikers/" + naam, """
                {"toewijzingen": [{"rol": "GEMEENTE", "gemeente": "GM0518"}, {"rol": "CASEMANAGER", "team": %d}]}"""
                .formatted(team)).json(202);
        new Api.Antwoord(mvc.perform(MockMvcRequestBuilders.post("/api/v1/accountverzoeken/"
                + verzoek.path("id").asLong() + "/goedkeuring").contentType("application/json").content("{}")
                .with(httpBasic("vhb-coordinator", BrowserTest.DEMO_WACHTWOORD))).andReturn().getResponse()).status(200);

        Page page = browser.inloggen(naam, Accounts.WACHTWOORD);
        assertThat(page.url()).endsWith("/start");
        PlaywrightAssertions.assertThat(page.locator("#startpunten")).containsText("Gemeente 's-Gravenhage");
        PlaywrightAssertions.assertThat(page.locator("#startpunten")).containsText("Verhuisbox: werklijst");
        var menu = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"));
        PlaywrightAssertions.assertThat(menu.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator
                .GetByRoleOptions().setName("Mijn gemeente"))).isVisible();
        PlaywrightAssertions.assertThat(menu.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator
                .GetByRoleOptions().setName("Verhuisbox").setExact(true))).isVisible();
        browser.screenshot(page, "start-meerdere-rollen");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
        Browser.klikEnWacht(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Verhuisbox: werklijst")));
        assertThat(page.url()).endsWith("/verhuisbox");
        page.navigate(browser.url("/gemeenten/GM0518"));
        PlaywrightAssertions.assertThat(page.locator("h1")).containsText("'s-Gravenhage");
        page.navigate(browser.url("/account"));
        PlaywrightAssertions.assertThat(page.locator("main")).containsText("Casemanager, team Den Haag");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
    }
}
