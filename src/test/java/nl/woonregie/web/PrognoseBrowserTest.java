package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toewijzing;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import nl.woonregie.support.TestKlok;
import nl.woonregie.toezicht.VerwachteVoortgang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The forecast beside the ladder step on the municipality page, for the gemeente itself and for the province's
 * supervisor (the demo's Gouda on 15 May 2023, in the half-year 2023-I of the demo's figures, with a plan of its own
 * stored by this test: a tempo of 5 a week), and not for another gemeente; the dashboard's column Prognose and its
 * filter. The numbers on the page are those the forecast computes for the reader ({@link VerwachteVoortgang}); axe and
 * the crawler's checks on every page.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrognoseBrowserTest {

    static final String GOUDA = "GM0513";
    static final LocalDate VANDAAG = LocalDate.of(2023, 5, 15);
    static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    @Autowired
    MockMvc mvc;

    @Autowired
    TestKlok klok;

    @Autowired
    VerwachteVoortgang voortgang;

    Browser browser;
    String eigen;

    @BeforeAll
    void plan() {
        klok.zet(VANDAAG);
        eigen = new Accounts(mvc).gemeente(GOUDA);
        new Api(mvc).als(eigen).post("/api/v1/gemeenten/" + GOUDA + "/aanbodbronnen", """
                {"soort": "TEMPO", "naam": "Overige woonruimte", "perWeek": 5, "reden": "Plan van de gemeente"}""")
                .status(201);
    }

    @AfterAll
    void klokTerug() {
        klok.herstel();
    }

    void blok(Page page, VerwachteVoortgang.Gemeentebeeld b) {
        assertThat(b.ontbrekend()).isEmpty();
        PlaywrightAssertions.assertThat(page.locator("#prognose-scenario")).containsText("Volgens het plan");
        PlaywrightAssertions.assertThat(page.locator("#prognose-zin")).containsText(b.taakstellingGehaaldOp() == null
                ? "Taakstelling verwacht gehaald: niet in deze periode"
                : "Taakstelling verwacht gehaald op " + DATUM.format(b.taakstellingGehaaldOp()));
        PlaywrightAssertions.assertThat(page.locator("#prognose-zin")).containsText(
                "verwacht saldo aan het einde van de periode");
        PlaywrightAssertions.assertThat(page.locator("#prognose-tempo")).containsText("per week");
        PlaywrightAssertions.assertThat(page.locator("#prognose svg title")).hasText(
                "Verwacht gehuisvest per week en het vereiste tempo naar de opgave van Gouda");
        PlaywrightAssertions.assertThat(page.locator("#prognose-reeks tbody tr")).hasCount(b.reeks().size());
        PlaywrightAssertions.assertThat(page.locator("#prognose-bronnen")).containsText("Overige woonruimte");
        PlaywrightAssertions.assertThat(page.locator("#prognose-aanbod")).hasAttribute("href",
                "/gemeenten/" + GOUDA + "/aanbod");
        PlaywrightAssertions.assertThat(page.locator("#prognose-xlsx")).hasAttribute("href",
                "/gemeenten/" + GOUDA + "/aanbod/prognose.xlsx");
        browser.toegankelijkEnNederlands(page);
    }

    @Test
    void de_gemeente_ziet_haar_prognose_naast_haar_trede() {
        Page page = browser.inloggen(eigen, Accounts.WACHTWOORD);
        page.navigate(browser.url("/gemeenten/" + GOUDA));
        blok(page, voortgang.vanGemeente(GOUDA, Gebruiker.met(0, "g", Toewijzing.gemeente(Rol.GEMEENTE, GOUDA)))
                .orElseThrow());
        browser.screenshot(page, "prognose-gemeentepagina");
    }

    @Test
    void de_toezichthouder_ziet_de_prognose_van_de_gemeente_en_filtert_het_dashboard_erop() {
        Page page = browser.inloggen("toezicht-zh", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/gemeenten/" + GOUDA));
        Gebruiker toezicht = Gebruiker.met(0, "t", Toewijzing.provincie(Rol.TOEZICHTHOUDER, "PV28"));
        blok(page, voortgang.vanGemeente(GOUDA, toezicht).orElseThrow());

        page.navigate(browser.url("/provincies/PV28?peildatum=2023-04-01"));
        PlaywrightAssertions.assertThat(page.locator("#gemeententabel thead")).containsText(
                "Prognose eerste helft 2023: opgave gehaald op");
        VerwachteVoortgang.Regel delft = voortgang.vanGemeenten("PV28", java.util.List.of(GOUDA), toezicht).get(GOUDA);
        String cel = delft.taakstellingGehaaldOp() == null ? "niet in deze periode"
                : DATUM.format(delft.taakstellingGehaaldOp());
        PlaywrightAssertions.assertThat(page.locator("#gemeententabel tr", new Page.LocatorOptions().setHasText("Gouda"))
                .locator("td.prognose")).hasText(cel + " (volgens plan)");
        PlaywrightAssertions.assertThat(page.locator("#download-prognoses")).isVisible();
        browser.toegankelijkEnNederlands(page);
        java.util.List<String> alle = codes(page);
        java.util.List<String> verwacht = voortgang.vanGemeenten("PV28", alle, toezicht).values().stream()
                .filter(VerwachteVoortgang.Regel::haaltOpgaveNiet).map(VerwachteVoortgang.Regel::gemeente).sorted()
                .toList();
        page.locator("#prognosefilter").check();
        Browser.klikEnWacht(page, page.locator("form[aria-label='Gemeenten filteren'] button[type=submit]"));
        assertThat(page.url()).contains("prognose=niet");
        // exactly the gemeenten whose forecast does not reach the opgave in the period
        assertThat(codes(page).stream().sorted().toList()).isEqualTo(verwacht);
        assertThat(page.locator("#gemeententabel td.prognose").allTextContents())
                .allMatch(t -> t.startsWith("niet in deze periode"));
        browser.toegankelijkEnNederlands(page);

        // a filter that matches no gemeente says so instead of an empty table
        page.navigate(browser.url("/provincies/PV28?peildatum=2023-04-01&zoek=Nergensdorp&prognose=niet"));
        PlaywrightAssertions.assertThat(page.locator("#geen-gemeenten")).hasText("Geen gemeenten die aan dit filter voldoen.");
        browser.toegankelijkEnNederlands(page);
    }

    static java.util.List<String> codes(Page page) {
        return page.locator("#gemeententabel tbody th a").all().stream()
                .map(a -> a.getAttribute("href").replaceAll(".*/gemeenten/", "")).toList();
    }

    @Test
    void een_andere_gemeente_ziet_de_prognose_niet() {
        String rotterdam = new Accounts(mvc).gemeente("GM0599");
        Page page = browser.inloggen(rotterdam, Accounts.WACHTWOORD);
        page.navigate(browser.url("/gemeenten/" + GOUDA));
        PlaywrightAssertions.assertThat(page.locator("#prognose")).hasCount(0);
        assertThat(page.content()).doesNotContain("Overige woonruimte");
        new Api(mvc).als(rotterdam).get("/gemeenten/" + GOUDA + "/aanbod/prognose.xlsx").status(403);
    }
}
