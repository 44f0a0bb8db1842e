package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Importing in the browser: a bad file is refused with every error named; a good one is checked, then stored. */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportBrowserTest {


    @Autowired
    JdbcClient jdbc;

    Browser browser;



    static FilePayload csv(String naam, String inhoud) {
        return new FilePayload(naam, "text/csv", inhoud.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void coa_ziet_een_fout_bestand_geweigerd_en_slaat_een_goed_bestand_pas_na_bevestiging_op() {
        Page page = browser.inloggen("coa", BrowserTest.DEMO_WACHTWOORD);
        assertThat(page.url()).endsWith("/cijfers/import");
        page.setInputFiles("#bestand", csv("fout.csv", """
                gemeente;periode;datum;gehuisvest;koppelingen;omkoppelingen;stapelgemeente
                GM0518;2050-I;2050-01-31;-3;10;0;nee
                GM9999;2050-I;2050-02-28;5;10;0;misschien
                """));
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Controleer")));
        PlaywrightAssertions.assertThat(page.locator("#import-fouten")).containsText("niets opgeslagen");
        PlaywrightAssertions.assertThat(page.locator("#fouttabel tbody tr")).hasCount(3);
        assertThat(page.locator("#fouttabel").textContent()).contains("gehuisvest").contains("stapelgemeente")
                .contains("gemeente");
        browser.screenshot(page, "import-fout");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();

        page.setInputFiles("#bestand", csv("goed.csv", """
                gemeente;periode;datum;gehuisvest;koppelingen;omkoppelingen;stapelgemeente
                GM0518;2050-I;2050-01-31;12;100;0;nee
                GM0518;2050-I;2050-02-28;25;90;0;nee
                """));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Controleer")).click();
        PlaywrightAssertions.assertThat(page.locator("#controle")).containsText("2 nieuw");
        assertThat(aantal()).isZero();
        browser.screenshot(page, "import-controle");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bevestig en sla op")).click();
        PlaywrightAssertions.assertThat(page.locator("#import-klaar")).containsText("2 nieuw");
        assertThat(aantal()).isEqualTo(2);
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
    }

    @Test
    void een_geweigerde_upload_toont_de_fout_bij_het_veld_en_houdt_wat_is_ingevuld() {
        Page page = browser.inloggen("coa", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/cijfers/import"));
        page.setInputFiles("#bestand", csv("leeg.csv", ""));
        page.getByLabel("Reden (optioneel, bijvoorbeeld bij een correctie)").fill("correctie september");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Controleer")).click();
        PlaywrightAssertions.assertThat(page.locator("#bestand-fout")).containsText("het bestand is leeg");
        PlaywrightAssertions.assertThat(page.locator("#bestand")).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(page.locator("#bestand")).hasAttribute("aria-describedby", "bestand-fout");
        PlaywrightAssertions.assertThat(page.locator("#bestand-gekozen")).containsText("leeg.csv");
        PlaywrightAssertions.assertThat(page.locator("#reden")).hasValue("correctie september");
        PlaywrightAssertions.assertThat(page.locator("#soort")).hasValue("COA_STAND");
        PlaywrightAssertions.assertThat(page.locator("#fouttabel")).hasCount(0);
        browser.screenshot(page, "import-veldfout");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();

        String reden = "r".repeat(2001);
        page.setInputFiles("#bestand", csv("goed.csv", """
                gemeente;periode;datum;gehuisvest;koppelingen;omkoppelingen;stapelgemeente
                GM0518;2051-I;2051-01-31;12;100;0;nee
                """));
        page.getByLabel("Reden (optioneel, bijvoorbeeld bij een correctie)").fill(reden);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Controleer")).click();
        PlaywrightAssertions.assertThat(page.locator("#reden-fout")).containsText("hoogstens 2000 tekens");
        PlaywrightAssertions.assertThat(page.locator("#reden")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#reden").inputValue()).isEqualTo(reden);
        PlaywrightAssertions.assertThat(page.locator("#controle")).hasCount(0);
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
    }

    long aantal() {
        return jdbc.sql("select count(*) from coa_stand where gemeente_code = 'GM0518' and periode = '2050-I' "
                + "and vervangen_op is null").query(Long.class).single();
    }
}
