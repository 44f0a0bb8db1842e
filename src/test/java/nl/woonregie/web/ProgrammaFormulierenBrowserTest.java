package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toewijzing;
import nl.woonregie.programma.ProgrammaService;
import nl.woonregie.programma.Programmaplan;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The forms of issue 18's last step in the browser, on a programme of its own (Haarlem's plan, stored again, so the
 * demo stays as it is): the projectleider of project 10 (ADR 0049) finds it from the menu, brings its status,
 * planning and expected result up to date — a missing reason refused at the field with the typed values kept — and
 * may not open another project (403); the controller splits a multi-year line per year — a split that does not add
 * up refused at the field and at the top with the amounts kept — and the programme page then counts it per year; the
 * programme manager sets the direction of an indicator's target. Accessible (axe), Dutch words and formats.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammaFormulierenBrowserTest {

    Browser browser;

    @Autowired
    ProgrammaService programmas;

    @Autowired
    MockMvc mvc;

    long id;
    String projectleider;
    String controller;
    String manager;

    @BeforeAll
    void programmaVanDezeTest() throws Exception {
        Programmaplan plan;
        try (InputStream in = getClass().getResourceAsStream("/programma/haarlem-brede-aanpak-2020-2021.json")) {
            plan = JsonMapper.builder().build().readValue(in, Programmaplan.class);
        }
        id = programmas.aanmaken(Gebruiker.met(0, "beheerder", Toewijzing.zonderScope(Rol.BEHEERDER)), plan,
                "ProgrammaFormulierenBrowserTest", "test").id();
        Accounts accounts = new Accounts(mvc);
        projectleider = accounts.maak("PROJECTLEIDER", "\"programma\":" + id + ",\"project\":10");
        controller = accounts.maak("CONTROLLER", "\"programma\":" + id);
        manager = accounts.maak("PROGRAMMAMANAGER", "\"programma\":" + id);
    }

    @Test
    void de_projectleider_werkt_zijn_project_bij_en_geen_ander() {
        Page page = browser.inloggen(projectleider, Accounts.WACHTWOORD);
        Browser.klikEnWacht(page, page.locator("nav a", new Page.LocatorOptions().setHasText("Mijn project")));
        assertThat(page.url()).endsWith("/programmas/" + id + "/projecten/10");
        PlaywrightAssertions.assertThat(page.locator("#projectfeiten")).containsText("Onder de Pannen");
        PlaywrightAssertions.assertThat(page.locator("#naam")).hasCount(0);
        PlaywrightAssertions.assertThat(page.locator("#doel")).hasCount(0);
        browser.toegankelijkEnNederlands(page);

        page.locator("#status").selectOption("AFGEROND");
        page.locator("#planning").fill("2020 tot en met juni 2021");
        page.locator("#verwachtResultaat").fill("6 matches en 20 verhuurders");
        Browser.klikEnWacht(page, page.locator("#opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#fouten")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#reden-fout")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#status")).hasValue("AFGEROND");
        PlaywrightAssertions.assertThat(page.locator("#planning")).hasValue("2020 tot en met juni 2021");
        PlaywrightAssertions.assertThat(page.locator("#verwachtResultaat")).hasValue("6 matches en 20 verhuurders");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();

        page.locator("#reden").fill("Stand juni 2021");
        Browser.klikEnWacht(page, page.locator("#opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("Project 10 is opgeslagen.");
        PlaywrightAssertions.assertThat(page.locator("#project-10")).containsText("Afgerond");
        PlaywrightAssertions.assertThat(page.locator("#project-10")).containsText("2020 tot en met juni 2021");
        PlaywrightAssertions.assertThat(page.locator("#project-10 a")).hasText("Project 10 bijwerken");
        PlaywrightAssertions.assertThat(page.locator("#project-9 a")).hasCount(0);
        browser.toegankelijkEnNederlands(page);

        Response ander = page.navigate(browser.url("/programmas/" + id + "/projecten/9"));
        assertThat(ander.status()).isEqualTo(403);
        Response regel = page.navigate(browser.url("/programmas/" + id + "/regels/6/verdeling"));
        assertThat(regel.status()).isEqualTo(403);
    }

    @Test
    void de_controller_verdeelt_een_meerjarige_regel_en_de_bedragen_moeten_optellen() {
        Page page = browser.inloggen(controller, Accounts.WACHTWOORD);
        page.navigate(browser.url("/programmas/" + id));
        Browser.klikEnWacht(page, page.locator("a", new Page.LocatorOptions()
                .setHasText("Regel 6 over de jaren verdelen")));
        PlaywrightAssertions.assertThat(page.locator("#begroot")).hasText("€ 900.000,00");
        PlaywrightAssertions.assertThat(page.locator("#stand-verdeling")).containsText("niet verdeeld");
        browser.toegankelijkEnNederlands(page);

        page.locator("#bedrag-2020").fill("500.000,00");
        page.locator("#bedrag-2021").fill("300.000,00");
        page.locator("#reden").fill("Verdeling uit de kadernota");
        Browser.klikEnWacht(page, page.locator("#opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#fouten")).containsText("tellen op tot € 800.000,00");
        PlaywrightAssertions.assertThat(page.locator("#jaren-fout")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#bedrag-2020")).hasValue("500.000,00");
        PlaywrightAssertions.assertThat(page.locator("#bedrag-2021")).hasValue("300.000,00");
        PlaywrightAssertions.assertThat(page.locator("#reden")).hasValue("Verdeling uit de kadernota");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();

        page.locator("#bedrag-2021").fill("4OO.000");
        Browser.klikEnWacht(page, page.locator("#opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#bedrag-2021-fout")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#bedrag-2021")).hasValue("4OO.000");

        page.locator("#bedrag-2021").fill("400.000,00");
        Browser.klikEnWacht(page, page.locator("#opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("De verdeling van regel 6 over de "
                + "jaren is opgeslagen.");
        PlaywrightAssertions.assertThat(page.locator("#realisatie-6")).containsText("van € 500.000,00 (verdeling "
                + "controller)");
        PlaywrightAssertions.assertThat(page.locator("#realisatie-6")).containsText("van € 400.000,00 (verdeling "
                + "controller)");
        browser.toegankelijkEnNederlands(page);
    }

    @Test
    void de_programmamanager_kiest_de_richting_van_de_streefwaarde() {
        Page page = browser.inloggen(manager, Accounts.WACHTWOORD);
        page.navigate(browser.url("/programmas/" + id + "/indicatoren/1"));
        PlaywrightAssertions.assertThat(page.locator("#richting")).hasValue("TEN_HOOGSTE");
        PlaywrightAssertions.assertThat(page.locator("#richting option")).hasText(new String[] {
            "Ten minste de streefwaarde", "Ten hoogste de streefwaarde"});
        browser.toegankelijkEnNederlands(page);

        page.navigate(browser.url("/programmas/" + id + "/indicatoren/nieuw"));
        PlaywrightAssertions.assertThat(page.locator("#richting")).hasValue("TEN_MINSTE");
        page.locator("#naam").fill("Wachttijd tot een woning");
        page.locator("#eenheid").fill("maanden");
        page.locator("#streefwaarde").fill("zes");
        page.locator("#richting").selectOption("TEN_HOOGSTE");
        page.locator("#reden").fill("Nieuwe indicator");
        Browser.klikEnWacht(page, page.locator("#opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#streefwaarde-fout")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#richting")).hasValue("TEN_HOOGSTE");
        PlaywrightAssertions.assertThat(page.locator("#streefwaarde")).hasValue("zes");

        page.locator("#streefwaarde").fill("6");
        Browser.klikEnWacht(page, page.locator("#opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("Indicator 7 is opgeslagen.");
        page.navigate(browser.url("/programmas/" + id + "/indicatoren/7"));
        PlaywrightAssertions.assertThat(page.locator("#richting")).hasValue("TEN_HOOGSTE");
        browser.toegankelijkEnNederlands(page);
    }

    @Test
    void de_beheerder_maakt_een_programma_en_de_programmamanager_ziet_een_tussentijdse_wijziging_in_woorden() {
        Page page = browser.inloggen("beheerder", IntegratieTest.BEHEERDER_WACHTWOORD);
        page.navigate(browser.url("/programmas"));
        Browser.klikEnWacht(page, page.locator("#programma-aanmaken"));
        browser.toegankelijkEnNederlands(page);
        page.locator("#naam").fill("Regionale aanpak dakloosheid Bloemendaal");
        page.locator("#eigenaar").selectOption("GM0377");
        page.locator("#partnergemeenten").selectOption(new String[] {"GM0473", "GM0397"});
        page.locator("#vanJaar").fill("2023");
        page.locator("#totJaar").fill("2022");
        page.locator("#reden").fill("Besluit van het college");
        Browser.klikEnWacht(page, page.locator("#opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#fouten")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#totJaar-fout")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#naam")).hasValue("Regionale aanpak dakloosheid Bloemendaal");
        PlaywrightAssertions.assertThat(page.locator("#eigenaar")).hasValue("GM0377");
        PlaywrightAssertions.assertThat(page.locator("#partnergemeenten option:checked")).hasCount(2);
        PlaywrightAssertions.assertThat(page.locator("#totJaar")).hasValue("2022");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
        page.locator("#totJaar").fill("2024");
        Browser.klikEnWacht(page, page.locator("#opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("Programma 'Regionale aanpak "
                + "dakloosheid Bloemendaal' is aangemaakt.");
        PlaywrightAssertions.assertThat(page.locator("#gegevens")).containsText("Bloemendaal");
        PlaywrightAssertions.assertThat(page.locator("#gegevens")).containsText("2023–2024");
        PlaywrightAssertions.assertThat(page.locator("#gegevens")).containsText("Zandvoort");
        browser.toegankelijkEnNederlands(page);

        // the programme manager changes the facts in two tabs: the second save meets the first in words
        Page eerste = browser.inloggen(manager, Accounts.WACHTWOORD);
        eerste.navigate(browser.url("/programmas/" + id + "/gegevens"));
        PlaywrightAssertions.assertThat(eerste.locator("#partners-vast")).containsText("Zandvoort");
        PlaywrightAssertions.assertThat(eerste.locator("#partnergemeenten")).hasCount(0);
        browser.toegankelijkEnNederlands(eerste);
        Page tweede = eerste.context().newPage();
        tweede.navigate(browser.url("/programmas/" + id + "/gegevens"));
        tweede.locator("#besluit").fill("Raadsbesluit 2020/45");
        tweede.locator("#reden").fill("Besluit aangevuld");
        Browser.klikEnWacht(tweede, tweede.locator("#opslaan"));
        PlaywrightAssertions.assertThat(tweede.locator("#melding")).containsText("De gegevens van het programma "
                + "zijn opgeslagen.");

        eerste.locator("#regio").fill("Zuid-Kennemerland en IJmond");
        eerste.locator("#reden").fill("Regio verduidelijkt");
        Browser.klikEnWacht(eerste, eerste.locator("#opslaan"));
        PlaywrightAssertions.assertThat(eerste.locator("#fouten")).containsText("intussen gewijzigd");
        PlaywrightAssertions.assertThat(eerste.locator("#regio")).hasValue("Zuid-Kennemerland en IJmond");
        PlaywrightAssertions.assertThat(eerste.locator("#reden")).hasValue("Regio verduidelijkt");
        assertThat(browser.toegankelijkheidsfouten(eerste)).isEmpty();
    }
}
