package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's 's-Gravenhage on its aanbod page: the memo's statement of 26 September 2022 beside the forecast
 * Woonregie computes on that day from the memo's inputs (the dates the API gives, in Dutch), the link to the whole
 * forecast of that day, and the date form back and forth. Accessible (axe) and in Dutch words and formats.
 */
@BrowserTest
class AanbodDemoBrowserTest {

    @Autowired
    MockMvc mvc;

    Browser browser;

    @Test
    void de_notitie_van_s_gravenhage_staat_naast_de_berekende_prognose() throws Exception {
        JsonNode u = JsonMapper.builder().build().readTree(mvc.perform(get("/api/v1/gemeenten/GM0518/prognose?datum=2022-09-26")
                .with(httpBasic("gemeente-denhaag", "demo-woonregie-2026"))).andReturn().getResponse()
                .getContentAsString()).path("uitkomst");
        Page page = browser.inloggen("gemeente-denhaag", "demo-woonregie-2026");
        page.navigate(browser.url("/gemeenten/GM0518"));
        Browser.klikEnWacht(page, page.locator("#aanbod"));
        assertThat(page.url()).endsWith("/gemeenten/GM0518/aanbod");
        var notitie = page.locator("#notities table").first();
        PlaywrightAssertions.assertThat(notitie).containsText("De notitie van 26 september 2022 zegt");
        PlaywrightAssertions.assertThat(notitie.locator(".notitie-uitspraak")).containsText(
                "de taakstelling in oktober 2022 halen, de extra ambitie in november 2022");
        PlaywrightAssertions.assertThat(notitie).containsText("Woonregie berekent op 26 september 2022");
        PlaywrightAssertions.assertThat(notitie.locator(".notitie-taakstelling")).containsText(
                u.path("taakstellingGehaaldOp").isNull() ? "niet gehaald"
                        : "gehaald op " + AanbodBrowserTest.DATUM.format(LocalDate.parse(
                                u.path("taakstellingGehaaldOp").asString())));
        PlaywrightAssertions.assertThat(notitie.locator(".notitie-ambitie")).containsText(
                u.path("ambitieGehaaldOp").isNull() ? "niet gehaald"
                        : "gehaald op " + AanbodBrowserTest.DATUM.format(LocalDate.parse(
                                u.path("ambitieGehaaldOp").asString())));
        long saldo = u.path("verwachtSaldoUit").asLong();
        PlaywrightAssertions.assertThat(notitie.locator(".notitie-saldo")).containsText(saldo < 0
                ? "een voorsprong van " + java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("nl-NL")).format(-saldo)
                : saldo > 0 ? "een achterstand van " + java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("nl-NL")).format(saldo) : "nul");
        browser.toegankelijkEnNederlands(page);

        Browser.klikEnWacht(page, notitie.getByText("De hele prognose op 26 september 2022"));
        assertThat(page.url()).endsWith("/gemeenten/GM0518/aanbod?datum=2022-09-26");
        PlaywrightAssertions.assertThat(page.locator("#berekend-op")).hasText("26 september 2022");
        PlaywrightAssertions.assertThat(page.locator("#prognose-kop")).containsText("tweede helft 2022");
        PlaywrightAssertions.assertThat(page.locator("#per-bron")).containsText("SoZa (Anna van Hannoverstraat)");
        PlaywrightAssertions.assertThat(page.locator("#datum")).hasValue("2022-09-26");
        browser.screenshot(page, "aanbod-demo-den-haag-2022");
        browser.toegankelijkEnNederlands(page);

        // a day outside the range: said so, and today's forecast instead
        page.locator("#datum").fill("2014-12-31");
        Browser.klikEnWacht(page, page.locator("#datumformulier button"));
        PlaywrightAssertions.assertThat(page.locator("#fout")).containsText("Geen prognose op die datum");
        browser.toegankelijkEnNederlands(page);
    }
}
