package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import nl.woonregie.support.TestKlok;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** A municipality in the browser: sees only itself, submits leases under the rules, is refused elsewhere. */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GemeenteBrowserTest {


    @Autowired
    TestKlok klok;

    Browser browser;



    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    @Test
    void gemeente_landt_op_de_eigen_pagina_en_wordt_elders_geweigerd() {
        Page page = browser.inloggen("gemeente-denhaag", BrowserTest.DEMO_WACHTWOORD);
        assertThat(page.url()).endsWith("/gemeenten/GM0518");
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("'s-Gravenhage");
        Response andere = page.navigate(browser.url("/gemeenten/GM0599"));
        assertThat(andere.status()).isEqualTo(403);
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Geen toegang");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
        assertThat(page.navigate(browser.url("/provincies/PV28")).status()).isEqualTo(403);
        assertThat(page.navigate(browser.url("/rondes")).status()).isEqualTo(403);
        assertThat(page.navigate(browser.url("/api/v1/gemeenten/GM0599/toezicht")).status()).isEqualTo(403);
    }

    @Test
    void gemeente_dient_huurcontracten_in_binnen_de_termijn_met_fouten_bij_het_veld() {
        klok.zet(LocalDate.of(2026, 7, 2));
        Page page = browser.inloggen("gemeente-denhaag", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/gemeenten/GM0518/huurcontracten"));
        PlaywrightAssertions.assertThat(page.locator("h1")).containsText("eerste helft 2026");
        PlaywrightAssertions.assertThat(page.locator("main")).containsText("17 juni 2026");
        page.locator("#r0-ingangsdatum").fill("2026-05-01");
        page.locator("#r0-aantalPersonen").fill("2");
        page.locator("#r0-referentie").fill("Jan Jansen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Huurcontracten indienen")).click();
        PlaywrightAssertions.assertThat(page.locator("#foutsamenvatting")).isVisible();
        assertThat(page.locator("#r0-ingangsdatum").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(page.locator("#r0-referentie").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();

        page.locator("#r0-ingangsdatum").fill("2026-06-22");
        page.locator("#r0-referentie").fill("DH-2026-0042");
        page.locator("#r1-ingangsdatum").fill("2026-06-29");
        page.locator("#r1-aantalPersonen").fill("4");
        page.locator("#r1-referentie").fill("DH-2026-0043");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Huurcontracten indienen")).click();
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS)).containsText("2 huurcontracten zijn ingediend");
        PlaywrightAssertions.assertThat(page.locator("#ingediend tbody tr")).hasCount(2);
        browser.screenshot(page, "huurcontracten");
    }

    @Test
    void afgewezen_huurcontracten_tonen_de_fout_bij_de_regel_en_houden_wat_is_ingevuld() {
        klok.zet(LocalDate.of(2026, 7, 2));
        Page page = browser.inloggen("gemeente-denhaag", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/gemeenten/GM0518/huurcontracten"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Huurcontracten indienen")).click();
        PlaywrightAssertions.assertThat(page.locator("#huurcontracten-fout")).containsText("bevat geen huurcontracten");

        // only the third row: the service's item 0 is that row
        page.locator("#r2-ingangsdatum").fill("2026-05-01");
        page.locator("#r2-aantalPersonen").fill("twee");
        page.locator("#r2-referentie").fill("Jan Jansen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Huurcontracten indienen")).click();
        PlaywrightAssertions.assertThat(page.locator("#r2-ingangsdatum-fout")).containsText("laatste 14 dagen");
        PlaywrightAssertions.assertThat(page.locator("#r2-aantalPersonen-fout")).containsText("geheel getal");
        PlaywrightAssertions.assertThat(page.locator("#r2-referentie-fout")).containsText("spatie");
        PlaywrightAssertions.assertThat(page.locator("#r2-referentie")).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(page.locator("#r2-referentie")).hasAttribute("aria-describedby", "r2-referentie-fout");
        PlaywrightAssertions.assertThat(page.locator("#r0-referentie")).hasAttribute("aria-invalid", "false");
        PlaywrightAssertions.assertThat(page.locator("#r2-ingangsdatum")).hasValue("2026-05-01");
        PlaywrightAssertions.assertThat(page.locator("#r2-aantalPersonen")).hasValue("twee");
        PlaywrightAssertions.assertThat(page.locator("#r2-referentie")).hasValue("Jan Jansen");
        PlaywrightAssertions.assertThat(page.locator("#foutsamenvatting a[href='#r2-ingangsdatum']")).hasCount(1);
        browser.screenshot(page, "huurcontracten-fout");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
    }
}
