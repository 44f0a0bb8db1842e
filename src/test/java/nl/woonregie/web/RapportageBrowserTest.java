package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The coordinator opens the Verhuisbox figures of the demo's previous year (generated), sees the reconciliation
 * checks pass, drills down into "Gehuisvest" and finds exactly as many cases as the number said; axe finds no
 * serious WCAG 2.1 A/AA problems on either page. The consulent sees the figures without drill-down links.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RapportageBrowserTest {


    Browser browser;



    @Test
    void coordinator_ziet_sluitende_jaarcijfers_en_opent_de_casussen_achter_gehuisvest() {
        int jaar = LocalDate.now().getYear() - 1;
        Page coord = browser.inloggen("vhb-coordinator", BrowserTest.DEMO_WACHTWOORD);
        coord.navigate(browser.url("/verhuisbox/rapportage"));
        PlaywrightAssertions.assertThat(coord.locator("h1")).containsText("cijfers");
        PlaywrightAssertions.assertThat(coord.locator("main")).containsText("1 januari " + jaar);
        PlaywrightAssertions.assertThat(coord.locator(".vhb-controles")).containsText("✓ Klopt:");
        assertThat(coord.locator(".vhb-controles").textContent()).doesNotContain("✗");
        assertThat(browser.toegankelijkheidsfouten(coord)).as(coord.url()).isEmpty();
        browser.screenshot(coord, "verhuisbox-rapportage");

        Locator rij = coord.locator("table.woonregie-tabel tr").filter(new Locator.FilterOptions().setHas(
                coord.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName("Gehuisvest").setExact(true))))
                .first();
        String getal = rij.locator("td").nth(1).locator("a span").first().textContent().strip();
        int aantal = Integer.parseInt(getal.replace(".", ""));
        assertThat(aantal).isPositive();
        Browser.klikEnWacht(coord, rij.locator("td").nth(1).locator("a"));
        PlaywrightAssertions.assertThat(coord.locator("h1")).hasText("Gehuisvest");
        assertThat(coord.locator("table.woonregie-tabel tbody tr").count()).isEqualTo(aantal);
        PlaywrightAssertions.assertThat(coord.locator("main")).containsText(aantal + " casussen");
        assertThat(browser.toegankelijkheidsfouten(coord)).as(coord.url()).isEmpty();

        Page consulent = browser.inloggen("vhb-consulent", BrowserTest.DEMO_WACHTWOORD);
        consulent.navigate(browser.url("/verhuisbox/rapportage?jaar=" + jaar));
        PlaywrightAssertions.assertThat(consulent.locator("main")).containsText("Kerncijfers");
        assertThat(consulent.locator("a[href*='/casussen']").count()).isZero();
    }
}
