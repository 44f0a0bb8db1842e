package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import nl.woonregie.support.Testgegevens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Herverdeling and uitruil in the browser, as Zuid-Holland's supervisor: from the distribution's page to the form, an
 * agreement whose sum changes refused at the top with every entered value kept, then recorded; an exchange recorded;
 * both seen on Leiden's own page, reached from its history. Leiden and Leiderdorp in 2026-I, a half-year the demo and
 * the other browser tests do not use (their taakstellingen and COA's end figures are this test's own). Accessible
 * (axe) and in Dutch words and formats (the crawler's checks) on every page.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AfsprakenBrowserTest {

    static final String PERIODE = "2026-I";

    @Autowired
    JdbcClient jdbc;

    Browser browser;

    @BeforeAll
    void cijfers() {
        for (String g : new String[] {"GM0546", "GM0547"}) {
            Testgegevens.taakstelling(jdbc, g, PERIODE, 100);
            Testgegevens.coaStand(jdbc, g, PERIODE, LocalDate.of(2026, 6, 30), 70, 70, 0, false);
        }
    }

    @Test
    void een_toezichthouder_legt_een_herverdeling_en_een_uitruil_vast_en_de_gemeente_ziet_ze() {
        Page page = browser.inloggen("toezicht-zh", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/verdeling"));
        Browser.klikEnWacht(page, page.locator("#afspraken"));
        assertThat(page.url()).endsWith("/verdeling/afspraken");
        browser.toegankelijkEnNederlands(page);

        // the sum changes (110 + 95 = 205 against 200): refused at the top, nothing stored, every value kept
        page.locator("#hv-periode").fill(PERIODE);
        page.locator("#hv-kenmerk").fill("HV-Leiden-2026");
        page.locator("#hv-besluitdatum").fill("2026-02-10");
        page.locator("#hv-gemeente-0").selectOption(new SelectOption().setValue("GM0546"));
        page.locator("#hv-taakstelling-0").fill("110");
        page.locator("#hv-gemeente-1").selectOption(new SelectOption().setValue("GM0547"));
        page.locator("#hv-taakstelling-1").fill("95");
        page.locator("#hv-toelichting").fill("Leiden neemt tien over");
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Herverdeling vastleggen")));
        PlaywrightAssertions.assertThat(page.locator("#fouten")).containsText("(205)");
        PlaywrightAssertions.assertThat(page.locator("#fouten")).containsText("(200)");
        PlaywrightAssertions.assertThat(page.locator("#hv-kenmerk")).hasValue("HV-Leiden-2026");
        PlaywrightAssertions.assertThat(page.locator("#hv-besluitdatum")).hasValue("2026-02-10");
        PlaywrightAssertions.assertThat(page.locator("#hv-gemeente-1")).hasValue("GM0547");
        PlaywrightAssertions.assertThat(page.locator("#hv-taakstelling-1")).hasValue("95");
        PlaywrightAssertions.assertThat(page.locator("#hv-toelichting")).hasValue("Leiden neemt tien over");
        assertThat(jdbc.sql("select count(*) from herverdeling where kenmerk = 'HV-Leiden-2026'").query(Long.class)
                .single()).isZero();
        browser.toegankelijkEnNederlands(page);

        page.locator("#hv-taakstelling-1").fill("90");
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Herverdeling vastleggen")));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("HV-Leiden-2026");
        PlaywrightAssertions.assertThat(page.locator("#herverdelingen")).containsText("Leiderdorp");
        assertThat(jdbc.sql("select taakstelling from taakstelling where gemeente_code = 'GM0546' and periode = ? "
                + "and vervangen_op is null").param(PERIODE).query(Long.class).single()).isEqualTo(110);
        browser.toegankelijkEnNederlands(page);

        // an exchange: 4 of Leiderdorp's count for Leiden
        page.locator("#ur-periode").fill(PERIODE);
        page.locator("#ur-van").selectOption(new SelectOption().setValue("GM0547"));
        page.locator("#ur-naar").selectOption(new SelectOption().setValue("GM0546"));
        page.locator("#ur-aantal").fill("4");
        page.locator("#ur-kenmerk").fill("UR-Leiden-2026");
        page.locator("#ur-besluitdatum").fill("2026-07-20");
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Uitruil vastleggen")));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("4 vergunninghouders");
        PlaywrightAssertions.assertThat(page.locator("#uitruilen")).containsText("70 → 74");
        browser.screenshot(page, "herverdeling-en-uitruil");
        browser.toegankelijkEnNederlands(page);

        // Leiden's own page, from its history
        page.navigate(browser.url("/gemeenten/GM0546"));
        Browser.klikEnWacht(page, page.locator("#afspraken"));
        PlaywrightAssertions.assertThat(page.locator("#herverdelingen")).containsText("HV-Leiden-2026");
        PlaywrightAssertions.assertThat(page.locator("#uitruilen")).containsText("UR-Leiden-2026");
        browser.toegankelijkEnNederlands(page);
    }
}
