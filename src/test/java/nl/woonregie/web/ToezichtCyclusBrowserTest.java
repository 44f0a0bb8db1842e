package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import nl.woonregie.support.Api;
import nl.woonregie.support.Achtergrondwerk;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The whole supervision cycle in the browser, as a supervisor of Zuid-Holland does it: make the round of 1 July 2023
 * final through the confirmation that lists what is still open, import the taakstellingen of 2023-II (a bad file
 * first), start the round of 1 October 2023, open a draft letter as PDF, record a decision, make the round final (its
 * letters are stored then), open the stored letter, and get all letters as a ZIP.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ToezichtCyclusBrowserTest {


    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    Browser browser;
    List<String> gemeenten;

    @BeforeAll
    void start() throws Exception {
        gemeenten = jdbc.sql("select code from gemeente where provincie_code = 'PV28' and geldig_tot is null "
                + "order by code").query(String.class).list();
        // COA delivers its standing of September 2023 (through the API, as its system would)
        StringBuilder coa = new StringBuilder("gemeente;periode;datum;gehuisvest;koppelingen;omkoppelingen;stapelgemeente\n");
        gemeenten.forEach(g -> coa.append(g).append(";2023-II;2023-09-30;").append(g.equals("GM0518") ? 150 : 12)
                .append(";40;0;nee\n"));
        int status = mvc.perform(post("/api/v1/coa-standen/import").contentType("text/csv")
                .content(coa.toString()).with(httpBasic("coa", BrowserTest.DEMO_WACHTWOORD))).andReturn()
                .getResponse().getStatus();
        assertThat(status).isEqualTo(201);
    }


    @Test
    void toezichthouder_doet_de_hele_cyclus() throws Exception {
        Page page = browser.inloggen("toezicht-zh", BrowserTest.DEMO_WACHTWOORD);

        // 0. the round of 1 July 2023 is still a concept: make it final first (the next round builds on it). The
        //    confirmation says what is still open: the proposed steps that wait for a decision of GS
        page.navigate(browser.url("/rondes"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("1 juli 2023")).click();
        long juli = jdbc.sql("select id from beoordelingsronde where provincie_code = 'PV28' and peildatum = '2023-07-01'")
                .query(Long.class).single();
        JsonNode ronde = Api.JSON.readTree(mvc.perform(get("/api/v1/beoordelingsrondes/" + juli)
                .with(httpBasic("toezicht-zh", BrowserTest.DEMO_WACHTWOORD))).andReturn().getResponse()
                .getContentAsByteArray());
        List<String> besluitOpen = new ArrayList<>();
        int metUitkomst = 0;
        for (JsonNode g : ronde.get("gemeenten")) {
            if (g.get("besluitVereist").asBoolean()) {
                besluitOpen.add(g.get("naam").asString());
            }
            metUitkomst += g.get("uitkomst").isNull() ? 0 : 1;
        }
        assertThat(besluitOpen).as("the demo leaves decisions of GS open in its last round").isNotEmpty();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ronde vaststellen")).click();
        PlaywrightAssertions.assertThat(page.locator("h1")).containsText("vaststellen?");
        PlaywrightAssertions.assertThat(page.locator("#open-besluiten h3")).hasText(besluitOpen.size()
                + " besluiten van Gedeputeerde Staten zijn nog niet vastgelegd");
        PlaywrightAssertions.assertThat(page.locator("#open-besluiten li")).hasCount(besluitOpen.size());
        for (String naam : besluitOpen) {
            PlaywrightAssertions.assertThat(page.locator("#open-besluiten")).containsText(naam);
        }
        PlaywrightAssertions.assertThat(page.locator("#gevolg-brieven")).containsText("De brieven aan " + metUitkomst
                + " gemeenten worden gemaakt en vastgelegd");
        browser.screenshot(page, "ronde-vaststellen-bevestigen");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
        // cancelling changes nothing
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Annuleren")).click();
        PlaywrightAssertions.assertThat(page.locator("main")).containsText("status concept");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ronde vaststellen")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, ronde vaststellen")).click();
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("vastgesteld");
        // the letters are made by a background job right after the vaststelling (the page shows its progress)
        Achtergrondwerk.wacht(jdbc);
        page.reload();
        PlaywrightAssertions.assertThat(page.locator("#vastgelegd")).containsText(metUitkomst
                + " brieven zijn vastgelegd");
        PlaywrightAssertions.assertThat(page.locator("#brieven-aanmaak")).hasCount(0);
        assertThat(jdbc.sql("select count(*) from brief where ronde_id = ?").param(juli).query(Long.class).single())
                .isEqualTo(metUitkomst);

        // 1. import: a bad file is refused with its errors, then the right file is checked and stored
        page.navigate(browser.url("/cijfers/import"));
        page.getByLabel("Soort cijfers").selectOption("TAAKSTELLING");
        page.setInputFiles("#bestand", new FilePayload("fout.csv", "text/csv",
                "gemeente;periode;taakstelling\nGM0518;2023-III;abc\nGM0363;2023-II;10\n".getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Controleer")).click();
        PlaywrightAssertions.assertThat(page.locator("#fouttabel tbody tr")).hasCount(3);
        StringBuilder taak = new StringBuilder("gemeente;periode;taakstelling\n");
        gemeenten.forEach(g -> taak.append(g).append(";2023-II;").append(g.equals("GM0518") ? 560 : 25).append('\n'));
        page.getByLabel("Soort cijfers").selectOption("TAAKSTELLING");
        page.setInputFiles("#bestand", new FilePayload("taakstellingen-2023-II.csv", "text/csv",
                taak.toString().getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Controleer")).click();
        PlaywrightAssertions.assertThat(page.locator("#controle")).containsText(gemeenten.size() + " nieuw");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bevestig en sla op")).click();
        PlaywrightAssertions.assertThat(page.locator("#import-klaar")).containsText(gemeenten.size() + " nieuw");

        // 2. start the round of 1 October 2023
        page.navigate(browser.url("/rondes"));
        page.getByLabel("Peildatum").selectOption("2023-10-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start ronde")).click();
        PlaywrightAssertions.assertThat(page.locator("h1")).containsText("1 oktober 2023");
        PlaywrightAssertions.assertThat(page.locator("#rondetabel tbody tr")).hasCount(gemeenten.size());
        browser.screenshot(page, "cyclus-ronde");
        long oktober = jdbc.sql("select id from beoordelingsronde where provincie_code = 'PV28' and peildatum = "
                + "'2023-10-01'").query(Long.class).single();
        // each draft letter has its own PDF: a preview, nothing stored
        Locator conceptPdf = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Conceptbrief aan 's-Gravenhage als PDF"));
        com.microsoft.playwright.APIResponse concept = page.request().get(browser.url(conceptPdf.getAttribute("href")));
        assertThat(concept.status()).isEqualTo(200);
        assertThat(concept.headers().get("content-type")).startsWith("application/pdf");
        assertThat(concept.headers()).doesNotContainKey("x-kenmerk");
        assertThat(jdbc.sql("select count(*) from brief where ronde_id = ?").param(oktober).query(Long.class)
                .single()).isZero();

        // 3. record a decision for 's-Gravenhage: the supervisor judges the koppelingen insufficient
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("'s-Gravenhage")).first().click();
        page.getByLabel("Niet voldoende").check();
        page.locator("#koppelingen-motivering").fill("COA heeft in september nauwelijks gekoppeld.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Oordeel vastleggen")).click();
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS)).containsText("vastgelegd");
        PlaywrightAssertions.assertThat(page.locator("main")).containsText("COA heeft in september nauwelijks gekoppeld.");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();

        // 4. make the round final
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("← Ronde per 1 oktober 2023")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ronde vaststellen")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, ronde vaststellen")).click();
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("vastgesteld");
        PlaywrightAssertions.assertThat(page.locator("main")).containsText("status vastgesteld");
        Achtergrondwerk.wacht(jdbc);
        page.reload();
        browser.screenshot(page, "cyclus-vastgesteld");

        // the letter's PDF link opens the letter stored at the vaststelling, with the kenmerk the table shows
        Locator pdfLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Brief aan 's-Gravenhage als PDF"));
        String kenmerk = page.locator("#rondetabel tr", new Page.LocatorOptions().setHas(pdfLink)).locator("td.brief")
                .textContent().replaceAll("(?s).*(PZH-\\d{4}-\\d{6}).*", "$1");
        com.microsoft.playwright.APIResponse vast = page.request().get(browser.url(pdfLink.getAttribute("href")));
        assertThat(vast.status()).isEqualTo(200);
        assertThat(vast.headers().get("x-kenmerk")).isEqualTo(kenmerk).matches("PZH-\\d{4}-\\d{6}");

        // 5. all letters as a ZIP, with progress, then the download; the label says what happened at each step
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Alle brieven als ZIP maken")).click();
        PlaywrightAssertions.assertThat(page.locator("#zip-status")).containsText("De ZIP is klaar",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
        PlaywrightAssertions.assertThat(page.locator("#zip-tekst")).hasText("ZIP klaar");
        PlaywrightAssertions.assertThat(page.locator("#zip-start")).isEnabled();
        assertThat(page.locator("#zip-balk").getAttribute("value")).isEqualTo(String.valueOf(gemeenten.size()));
        com.microsoft.playwright.Download zip = page.waitForDownload(() -> page.locator("#zip-download").click());
        assertThat(zip.suggestedFilename()).endsWith(".zip");
        PlaywrightAssertions.assertThat(page.locator("#zip-tekst")).hasText("ZIP gedownload");
        PlaywrightAssertions.assertThat(page.locator("#zip-status")).containsText("De ZIP met " + gemeenten.size()
                + " brieven wordt gedownload");
        browser.screenshot(page, "cyclus-brieven");
        page.navigate(browser.url("/gemeenten/GM0518"));
        PlaywrightAssertions.assertThat(page.locator("#brieven")).containsText("Brief per 1 oktober 2023");
        com.microsoft.playwright.APIResponse pdf = page.request().get(browser.url(page.locator("#brieven a").first().getAttribute("href")));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(jdbc.sql("select status from beoordelingsronde where provincie_code = 'PV28' and peildatum = '2023-10-01'")
                .query(String.class).single()).isEqualTo("VASTGESTELD");
    }
}
