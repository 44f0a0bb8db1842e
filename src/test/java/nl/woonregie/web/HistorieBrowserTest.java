package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import nl.woonregie.support.EigenVerhuisboxteam;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The coordinator imports the team's spreadsheet of past cases in the browser: a file with errors is refused with
 * every error by line and column and nothing stored; the corrected file is imported, and again adds nothing. On a team
 * of its own (a coordinator account with the demo password), so the demo's team keeps its cases.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistorieBrowserTest {

    static final String KOP = "kenmerk;organisatie;aanmelddatum;geboortejaar;huishoudtype;uitkomst;einddatum;"
            + "toetsdatum;startdatum;dienstverlening;stopreden;bestemmingCode\n";

    @Autowired
    JdbcClient jdbc;

    Browser browser;

    long team;

    @BeforeAll
    void eigenTeam() {
        team = EigenVerhuisboxteam.maak(jdbc, "Historie browsertest", "HistorieBrowserTest",
                "vhb-historie-test", "COORDINATOR");
    }

    static FilePayload csv(String naam, String inhoud) {
        return new FilePayload(naam, "text/csv", inhoud.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void een_fout_bestand_noemt_elke_fout_per_regel_en_kolom_en_het_verbeterde_wordt_geimporteerd() {
        Page page = browser.inloggen("vhb-historie-test", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/verhuisbox"));
        Browser.klikEnWacht(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Historische casussen importeren")));
        assertThat(page.url()).endsWith("/verhuisbox/historie");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();

        page.setInputFiles("#bestand", csv("fout.csv", KOP
                + "H-1;Leger des Heils;2021-03-01;1985;EENOUDER;VERHUISD;2021-06-15;2021-03-08;2021-03-22;INTENSIEF;;\n"
                + "H-2;Kessler Stichting;2021-04-01;1990;KOPPEL;GEWEIGERD;2021-04-09;2021-04-08;;;;\n"));
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importeer")));
        PlaywrightAssertions.assertThat(page.locator("#import-fouten")).containsText("niets opgeslagen");
        PlaywrightAssertions.assertThat(page.locator("#fouttabel tbody tr")).hasCount(3);
        assertThat(page.locator("#fouttabel").textContent()).contains("bestemmingCode").contains("huishoudtype")
                .contains("toetsdatum");
        PlaywrightAssertions.assertThat(page.locator("#bestand")).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(page.locator("#bestand-gekozen")).containsText("fout.csv");
        assertThat(aantal()).isZero();
        browser.screenshot(page, "historie-fout");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();

        String goed = KOP
                + "H-1;Leger des Heils;2021-03-01;1985;EENOUDER;VERHUISD;2021-06-15;2021-03-08;2021-03-22;INTENSIEF;;GM0917\n"
                + "H-2;Kessler Stichting;2021-04-01;1990;STEL;GEWEIGERD;2021-04-08;2021-04-08;;;;\n";
        page.setInputFiles("#bestand", csv("goed.csv", goed));
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importeer")));
        PlaywrightAssertions.assertThat(page.locator("#import-klaar")).containsText("2 nieuwe casussen");
        assertThat(aantal()).isEqualTo(2);
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();

        page.setInputFiles("#bestand", csv("goed.csv", goed));
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importeer")));
        PlaywrightAssertions.assertThat(page.locator("#import-klaar")).containsText("er is niets opgeslagen");
        assertThat(aantal()).isEqualTo(2);
    }

    long aantal() {
        return jdbc.sql("select count(*) from vhb_historie where team_id = ?").param(team).query(Long.class).single();
    }
}
