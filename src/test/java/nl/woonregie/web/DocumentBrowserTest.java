package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import nl.woonregie.beveiliging.ToegangsmatrixTestIds;
import nl.woonregie.document.Testbestanden;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Documents on the pages of their objects: a supervisor adds a PDF to a plan of action on the municipality's page,
 * downloads it, adds a version on the document's page; a refused file is shown again with the message at its field;
 * a casemanager adds a document to a case on the case page. Every page passes axe.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentBrowserTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Browser browser;

    static FilePayload bestand(String naam, String type, byte[] inhoud) {
        return new FilePayload(naam, type, inhoud);
    }

    @Test
    void een_toezichthouder_voegt_een_document_toe_aan_een_plan_downloadt_het_en_voegt_een_versie_toe() throws Exception {
        long plan = ToegangsmatrixTestIds.plan(mvc);
        Page page = browser.inloggen("toezicht-zh", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/gemeenten/GM0518"));
        Locator formulier = page.locator("#documentformulier-plan-van-aanpak-" + plan);
        byte[] pdf = Testbestanden.pdf("plan van aanpak");
        formulier.getByLabel("Bestand", new Locator.GetByLabelOptions().setExact(true)).setInputFiles(bestand("plan.pdf", "application/pdf", pdf));
        formulier.getByLabel("Titel (optioneel; anders de bestandsnaam)").fill("Plan van aanpak, getekend");
        Browser.klikEnWacht(page, formulier.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Document toevoegen")));
        assertThat(page.url()).contains("/gemeenten/GM0518#plan-" + plan);
        PlaywrightAssertions.assertThat(page.locator("#documentmelding-plan-van-aanpak-" + plan))
                .containsText("Plan van aanpak, getekend");
        Locator tabel = page.locator("#documenten-tabel-plan-van-aanpak-" + plan);
        PlaywrightAssertions.assertThat(tabel).containsText("PDF");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();

        Download download = page.waitForDownload(() -> tabel.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName(java.util.regex.Pattern.compile("^Downloaden\\s*: Plan van aanpak, getekend$"))).click());
        assertThat(download.suggestedFilename()).isEqualTo("plan.pdf");
        assertThat(Files.readAllBytes(download.path())).isEqualTo(pdf);

        // the document's page: its versions, and a new one
        Browser.klikEnWacht(page, tabel.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Plan van aanpak, getekend").setExact(true)));
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Plan van aanpak, getekend");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
        page.getByLabel("Bestand", new Page.GetByLabelOptions().setExact(true)).setInputFiles(bestand("plan-v2.docx", "application/octet-stream",
                Testbestanden.docx("tweede versie")));
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Versie toevoegen")));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("Versie 2 is toegevoegd");
        PlaywrightAssertions.assertThat(page.locator("#versies tbody tr")).hasCount(2);
        PlaywrightAssertions.assertThat(page.locator("#versies")).containsText("Word-document");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
        browser.assertPastBinnen(page, 390);
        browser.screenshot(page, "document-versies");
    }

    @Test
    void een_geweigerd_bestand_wordt_getoond_met_de_melding_bij_het_veld_en_de_titel_blijft() {
        long plan = ToegangsmatrixTestIds.plan(mvc);
        Page page = browser.inloggen("toezicht-zh", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/gemeenten/GM0518"));
        Locator formulier = page.locator("#documentformulier-plan-van-aanpak-" + plan);
        formulier.getByLabel("Bestand", new Locator.GetByLabelOptions().setExact(true)).setInputFiles(bestand("plan.pdf", "application/pdf",
                "<!DOCTYPE html><html><body>geen pdf</body></html>".getBytes(StandardCharsets.UTF_8)));
        formulier.getByLabel("Titel (optioneel; anders de bestandsnaam)").fill("Mijn plan");
        Browser.klikEnWacht(page, formulier.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Document toevoegen")));
        PlaywrightAssertions.assertThat(page.locator("h1")).containsText("Documenten bij het plan van aanpak");
        PlaywrightAssertions.assertThat(page.locator("#fouten")).containsText("HTML");
        PlaywrightAssertions.assertThat(page.locator("#bestand-fout")).containsText("de inhoud is HTML");
        PlaywrightAssertions.assertThat(page.locator("#bestand")).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(page.locator("#titel")).hasValue("Mijn plan");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
        browser.screenshot(page, "document-geweigerd");
        // corrected, from this page: back to this page with the document
        page.locator("#bestand").setInputFiles(bestand("plan.pdf", "application/pdf", Testbestanden.pdf("goed")));
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Document toevoegen")));
        PlaywrightAssertions.assertThat(page.locator("#documentmelding-plan-van-aanpak-" + plan))
                .containsText("Mijn plan");
        assertThat(page.url()).contains("/documenten?objectsoort=plan-van-aanpak");
    }

    @Test
    void een_casemanager_voegt_een_document_toe_op_de_casuspagina() {
        long casus = jdbc.sql("""
                select c.id from vhb_casus c join gebruiker cm on cm.id = c.casemanager_id
                where c.status = 'ZOEKEN' and cm.gebruikersnaam = 'vhb-casemanager' order by c.id limit 1""")
                .query(Long.class).single();
        Page page = browser.inloggen("vhb-casemanager", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/verhuisbox/casussen/" + casus));
        Locator sectie = page.locator("#documenten-casus-" + casus);
        sectie.locator("summary").click();
        sectie.getByLabel("Bestand", new Locator.GetByLabelOptions().setExact(true)).setInputFiles(bestand("inkomensverklaring.pdf", "application/pdf",
                Testbestanden.pdf("inkomen")));
        Browser.klikEnWacht(page, sectie.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Document toevoegen")));
        PlaywrightAssertions.assertThat(page.locator("#documentmelding-casus-" + casus))
                .containsText("inkomensverklaring");
        PlaywrightAssertions.assertThat(page.locator("#documenten-tabel-casus-" + casus))
                .containsText("inkomensverklaring");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
        browser.screenshot(page, "document-casus");
    }
}
