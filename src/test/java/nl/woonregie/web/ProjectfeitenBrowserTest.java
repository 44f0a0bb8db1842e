package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import nl.woonregie.doorbraakplan.LocatieApiTest;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A project's facts in the browser (issue 17 §5): the gemeente records them on its project's page — refused with the
 * error at its field and every typed value kept, then stored as a new version — and the page shows the share, the own
 * requirement voldaan and the finding about the terms. The lead's projectleider reads its location (lead, facts,
 * checks, support plan) from its start page, without forms. Accessible (axe), Dutch words and formats.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectfeitenBrowserTest {

    static final String DEN_HAAG = "GM0518";

    @Autowired
    MockMvc mvc;

    @Autowired
    GebiedService gebied;

    Browser browser;
    LocatieApiTest.Aangewezen locatie;
    String gemeente;
    String projectleider;
    long anderLead;

    @BeforeAll
    void locatie() {
        Api api = new Api(mvc);
        Accounts accounts = new Accounts(mvc);
        String pt = accounts.maak("PROGRAMMATEAM", "\"gemeente\":\"" + DEN_HAAG + "\"");
        locatie = LocatieApiTest.aanwijzen(api, pt, DEN_HAAG, "Testlocatie projectfeiten", gebied.vandaag(),
                "pl-test");
        gemeente = accounts.gemeente(DEN_HAAG);
        projectleider = accounts.maak("PROJECTLEIDER", "\"project\":" + locatie.lead());
        anderLead = api.als(pt).post("/api/v1/gemeenten/" + DEN_HAAG + "/leads", """
                {"naam": "Ander terrein (test)", "ingediendOp": "%s", "inbrengerSoort": "COLLEGA",
                 "inbrengerNaam": "Piet", "inbrengerContact": "piet@example.nl"}""".formatted(gebied.vandaag()))
                .idUitLocation();
    }

    @Test
    void de_gemeente_legt_de_projectfeiten_vast_en_de_projectleider_leest_de_locatie_met_toets_en_bevinding() {
        Page page = browser.inloggen(gemeente, Accounts.WACHTWOORD);
        page.navigate(browser.url("/gemeenten/" + DEN_HAAG + "/aanbod/" + locatie.project()));
        PlaywrightAssertions.assertThat(page.locator("#projectfeiten-aandeel")).hasText("40 van 120 (33,3%)");
        browser.toegankelijkEnNederlands(page);

        page.locator("#pf-eis-tekst-0").fill("1 harde eis: 33% statushouders");
        page.locator("#pf-eis-soort-0").selectOption("MIN_AANDEEL");
        page.locator("#pf-eis-waarde-0").fill("133");
        page.locator("#pf-doelgroep-naam-0").fill("MBO-studenten (Mondriaan)");
        page.locator("#pf-doelgroep-aantal-0").fill("15");
        page.locator("#pf-doelgroep-partners-0").fill("Haag Wonen, Inspire");
        page.locator("#pf-tijdelijk").fill("5");
        page.locator("#pf-exploitatie").fill("6");
        page.locator("#pf-stadsdeel").fill("Laak");
        page.locator("#pf-fin-bron-0").fill("BZK-middelen");
        page.locator("#pf-advies-van-0").selectOption("OOV");
        page.locator("#pf-advies-datum-0").fill("2022-02-21");
        page.locator("#pf-advies-uitkomst-0").selectOption("VERWACHT");
        page.locator("#reden").fill("De feiten uit de memo's");
        Browser.klikEnWacht(page, page.locator("#opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#fouten")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#pf-eis-waarde-0-fout")).containsText("100");
        PlaywrightAssertions.assertThat(page.locator("#pf-eis-waarde-0")).hasValue("133");
        PlaywrightAssertions.assertThat(page.locator("#pf-eis-tekst-0")).hasValue("1 harde eis: 33% statushouders");
        PlaywrightAssertions.assertThat(page.locator("#pf-doelgroep-partners-0")).hasValue("Haag Wonen, Inspire");
        PlaywrightAssertions.assertThat(page.locator("#pf-exploitatie")).hasValue("6");
        PlaywrightAssertions.assertThat(page.locator("#pf-advies-van-0")).hasValue("OOV");
        PlaywrightAssertions.assertThat(page.locator("#reden")).hasValue("De feiten uit de memo's");
        browser.toegankelijkEnNederlands(page);

        page.locator("#pf-eis-waarde-0").fill("33");
        Browser.klikEnWacht(page, page.locator("#opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("versie 2");
        PlaywrightAssertions.assertThat(page.locator("#projectfeiten-eisen")).containsText("Voldaan");
        PlaywrightAssertions.assertThat(page.locator("#projectfeiten-eisen"))
                .containsText("40 van 120 is 33,3%; gevraagd: minstens 33% statushouders.");
        PlaywrightAssertions.assertThat(page.locator("#projectfeiten-bevindingen"))
                .containsText("De tijdelijke termijn (5 jaar) en de exploitatietermijn (6 jaar) verschillen");
        PlaywrightAssertions.assertThat(page.locator("#projectfeiten")).containsText("21 februari 2022");
        PlaywrightAssertions.assertThat(page.locator("#pf-eis-waarde-0")).hasValue("33");
        browser.toegankelijkEnNederlands(page);

        // the projectleider: from its start page to its location, read-only
        Page pl = browser.inloggen(projectleider, Accounts.WACHTWOORD);
        pl.navigate(browser.url("/start"));
        Browser.klikEnWacht(pl, pl.locator("a[href='/doorbraakplan/leads/" + locatie.lead() + "/locatie']").first());
        PlaywrightAssertions.assertThat(pl.locator("h1")).hasText("Locatie Testlocatie projectfeiten");
        PlaywrightAssertions.assertThat(pl.locator("#projectfeiten-aandeel")).hasText("40 van 120 (33,3%)");
        PlaywrightAssertions.assertThat(pl.locator("#projectfeiten-eisen")).containsText("Voldaan");
        PlaywrightAssertions.assertThat(pl.locator("#steunplan-versie"))
                .hasText("Er is nog geen ondersteuningsplan vastgelegd.");
        PlaywrightAssertions.assertThat(pl.locator("main form")).hasCount(0);
        browser.toegankelijkEnNederlands(pl);
        // another lead's location is refused
        pl.navigate(browser.url("/gemeenten/" + DEN_HAAG + "/doorbraakplan/leads/" + anderLead + "/locatie"));
        PlaywrightAssertions.assertThat(pl.locator("h1")).hasText("Geen toegang");
    }
}
