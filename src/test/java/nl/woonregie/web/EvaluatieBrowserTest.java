package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import nl.woonregie.support.EigenVerhuisboxteam;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The evaluator's dataset in the browser (issue 20 §6, ADR 0060): the consulent requests one (a request without
 * period or purpose is refused at the top and at the fields, the typed recipient kept), the coordinator refuses
 * without a reason (refused at the field) and then approves it, and the dataset downloads as XLSX and is counted.
 * On a team of its own (accounts with the demo password), so the demo stays as it is.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluatieBrowserTest {

    @Autowired
    JdbcClient jdbc;

    Browser browser;

    long team;

    @BeforeAll
    void eigenTeam() {
        team = EigenVerhuisboxteam.maak(jdbc, "Evaluatie browsertest", "EvaluatieBrowserTest",
                "vhb-evaluatie-coord", "COORDINATOR", "vhb-evaluatie-consulent", "CONSULENT");
    }

    @Test
    void de_consulent_vraagt_aan_de_coordinator_keurt_goed_en_de_dataset_wordt_gedownload() {
        Page page = browser.inloggen("vhb-evaluatie-consulent", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/verhuisbox"));
        Browser.klikEnWacht(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Dataset voor de evaluatie")));
        assertThat(page.url()).endsWith("/verhuisbox/evaluatie");
        PlaywrightAssertions.assertThat(page.locator("#geen-aanvragen")).isVisible();
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();

        page.fill("#aanvraag-ontvanger", "Onderzoeksbureau Voorbeeld");
        page.fill("#aanvraag-doel", "kort");
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanvragen")));
        PlaywrightAssertions.assertThat(page.locator("#fouten")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#aanvraag-van")).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(page.locator("#aanvraag-tot")).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(page.locator("#aanvraag-doel")).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(page.locator("#aanvraag-ontvanger")).hasValue("Onderzoeksbureau Voorbeeld");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();

        page.fill("#aanvraag-van", "2021-01-01");
        page.fill("#aanvraag-tot", "2021-12-31");
        page.fill("#aanvraag-doel", "Evaluatie van Verhuisbox Plus over 2021 voor de gemeenteraad");
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanvragen")));
        PlaywrightAssertions.assertThat(page.locator("#stand")).hasText("Wacht op goedkeuring");
        assertThat(page.locator("#downloaden").count()).isZero();
        assertThat(page.locator("#beoordelen").count()).isZero();
        String adres = page.url();
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();

        Page coord = browser.inloggen("vhb-evaluatie-coord", BrowserTest.DEMO_WACHTWOORD);
        coord.navigate(adres);
        coord.check("#besluit-af");
        Browser.klikEnWacht(coord, coord.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Besluit opslaan")));
        PlaywrightAssertions.assertThat(coord.locator("#beoordeling-toelichting")).hasAttribute("aria-invalid",
                "true");
        assertThat(browser.toegankelijkheidsfouten(coord)).isEmpty();
        coord.check("#besluit-goed");
        Browser.klikEnWacht(coord, coord.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Besluit opslaan")));
        PlaywrightAssertions.assertThat(coord.locator("#stand")).hasText("Goedgekeurd");
        assertThat(browser.toegankelijkheidsfouten(coord)).isEmpty();

        page.navigate(adres);
        Download xlsx = page.waitForDownload(() -> page.locator("#downloaden").click());
        assertThat(xlsx.suggestedFilename()).startsWith("verhuisbox-evaluatie-").endsWith("-2021-01-01-2021-12-31.xlsx");
        page.navigate(adres);
        PlaywrightAssertions.assertThat(page.locator("#downloads")).containsText("1 keer");
        browser.screenshot(page, "evaluatie");
    }
}
