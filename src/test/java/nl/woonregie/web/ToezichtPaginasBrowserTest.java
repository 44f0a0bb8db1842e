package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The supervision pages in a real browser (Chromium) with the demo data: content, keyboard, accessibility. */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ToezichtPaginasBrowserTest {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeAll
    void start() {
        browser = new Browser(port);
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @Test
    void dashboard_van_de_provincie_met_kaart_tabel_en_zonder_ernstige_toegankelijkheidsfouten() {
        Page page = browser.inloggen("toezicht-zh", BrowserTest.DEMO_WACHTWOORD);
        assertThat(page.url()).endsWith("/provincies/PV28");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).textContent())
                .contains("Zuid-Holland");
        // the map: every municipality is a focusable link with its name and step
        assertThat(page.locator("svg.woonregie-kaart-svg a").count()).isEqualTo(50);
        assertThat(page.locator("svg.woonregie-kaart-svg a").first().getAttribute("aria-label")).contains("trede");
        assertThat(page.locator("#gemeententabel tbody tr").count()).isEqualTo(50);
        browser.screenshot(page, "dashboard-provincie");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
    }

    @Test
    void startpagina_is_toegankelijk() {
        Page page = browser.nieuwePagina();
        page.navigate(browser.url("/"));
        browser.screenshot(page, "start");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
    }
}
