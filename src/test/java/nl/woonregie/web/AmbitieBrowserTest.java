package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import nl.woonregie.pdf.PdfAControle;
import nl.woonregie.support.Achtergrondwerk;
import nl.woonregie.support.Api;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import nl.woonregie.toezicht.cijfers.DossierSamensteller;
import nl.woonregie.toezicht.regels.NlFormaat;
import nl.woonregie.toezicht.regels.Periode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The extra ambition in the browser, as Zuid-Holland's supervisor sets it: computed from a national number (a wrong
 * number first), corrected for one municipality with an imported file, and then seen in the province overview and
 * in annex 4 of a letter of the open round, whose PDF stays PDF/A. The period is that of the demo's open round (the
 * round of 1 July 2023, or of 1 October 2023 when another test of this context made that one final and started the
 * next). When another test of this context made every round of the province final (ToezichtCyclusBrowserTest does,
 * in whatever order the classes run), the administrator reopens the latest with a reason, as a province would to
 * correct it, and this test makes it final again at its end. A national number of 60.000 lies above every
 * taakstelling of either period.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AmbitieBrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    Browser browser;

    /** The open round of Zuid-Holland: the demo's, or the latest reopened; and whether this test reopened it. */
    record Open(long id, boolean heropend) {
    }

    Open openRonde() {
        java.util.Optional<Long> concept = jdbc.sql("select id from beoordelingsronde where provincie_code = 'PV28' "
                + "and status = 'CONCEPT' order by peildatum desc limit 1").query(Long.class).optional();
        if (concept.isPresent()) {
            return new Open(concept.get(), false);
        }
        long laatste = jdbc.sql("select id from beoordelingsronde where provincie_code = 'PV28' "
                + "order by peildatum desc limit 1").query(Long.class).single();
        Api api = new Api(mvc);
        int versie = api.als(Api.BEHEERDER).get("/api/v1/beoordelingsrondes/" + laatste).json(200).path("versie")
                .asInt();
        api.als(Api.BEHEERDER).post("/api/v1/beoordelingsrondes/" + laatste + "/heropenen",
                "{\"reden\": \"test: de ambitie in de brief van een open ronde\", \"versie\": " + versie + "}")
                .json(200);
        return new Open(laatste, true);
    }

    @AfterAll
    void weerVaststellen() {
        if (heropend != null) {
            Api api = new Api(mvc);
            int versie = api.als(Api.BEHEERDER).get("/api/v1/beoordelingsrondes/" + heropend).json(200)
                    .path("versie").asInt();
            api.als(Api.BEHEERDER).post("/api/v1/beoordelingsrondes/" + heropend + "/vaststellen",
                    "{\"versie\": " + versie + ", \"overschrijfControle\": true, \"reden\": "
                    + "\"test: weer vastgesteld na de ambitie\"}")
                    .json(200);
            Achtergrondwerk.wacht(jdbc);
        }
    }

    Long heropend;

    @Test
    void toezichthouder_berekent_en_corrigeert_de_ambitie_en_ziet_haar_in_het_overzicht_en_de_brief() throws Exception {
        Open open = openRonde();
        if (open.heropend()) {
            heropend = open.id();
        }
        long ronde = open.id();
        LocalDate peildatum = jdbc.sql("select peildatum from beoordelingsronde where id = ?").param(ronde)
                .query(LocalDate.class).single();
        Periode periode = DossierSamensteller.periodeVan(peildatum);

        Page page = browser.inloggen("toezicht-zh", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/cijfers/ambitie"));
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();

        // a national number that is no number: named at its field, what was typed stays
        page.locator("#periode").fill(periode.code());
        page.getByLabel("Landelijke ambitie (aantal vergunninghouders, bijvoorbeeld 20.000)").fill("zestigduizend");
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Bereken en sla op")));
        PlaywrightAssertions.assertThat(page.locator("#fouten")).containsText("niets opgeslagen");
        PlaywrightAssertions.assertThat(page.locator("#landelijk-fout")).containsText("geen geheel getal");
        PlaywrightAssertions.assertThat(page.locator("#landelijk")).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(page.locator("#periode")).hasValue(periode.code());
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
        browser.screenshot(page, "ambitie-fout");

        // computed and stored: the table of the province's municipalities with the computation's inputs
        page.getByLabel("Landelijke ambitie (aantal vergunninghouders, bijvoorbeeld 20.000)").fill("60.000");
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Bereken en sla op")));
        PlaywrightAssertions.assertThat(page.locator("#ambitie-klaar")).containsText("berekend en opgeslagen");
        PlaywrightAssertions.assertThat(page.locator("#berekening")).containsText("landelijke ambitie van 60.000");
        PlaywrightAssertions.assertThat(page.locator("#ambitietabel")).containsText("'s-Gravenhage");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
        browser.screenshot(page, "ambitie-berekend");

        // corrected for 's-Gravenhage with a file on the import page: checked, then confirmed
        long ambitie = ambitie("GM0518", periode) + 100;
        page.navigate(browser.url("/cijfers/import"));
        page.locator("#soort").selectOption("AMBITIE");
        page.setInputFiles("#bestand", new FilePayload("ambitie.csv", "text/csv", ("gemeente;periode;ambitie\nGM0518;"
                + periode.code() + ";" + ambitie + "\n").getBytes(StandardCharsets.UTF_8)));
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Controleer")));
        PlaywrightAssertions.assertThat(page.locator("#controle")).containsText("1 gewijzigd");
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Bevestig en sla op")));
        PlaywrightAssertions.assertThat(page.locator("#import-klaar")).containsText("1 gewijzigd");
        assertThat(ambitie("GM0518", periode)).isEqualTo(ambitie);

        // the open round computed again on the current figures: the overview has the ambition's table
        page.navigate(browser.url("/rondes/" + ronde));
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Opnieuw berekenen op de huidige cijfers")));
        page.navigate(browser.url("/provincies/PV28?peildatum=" + peildatum));
        PlaywrightAssertions.assertThat(page.locator("#ambitie")).containsText("Ambitie " + periode.omschrijving());
        PlaywrightAssertions.assertThat(page.locator("#ambitietabel tr", new Page.LocatorOptions()
                .setHasText("'s-Gravenhage"))).containsText(NlFormaat.getal(ambitie));
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
        browser.screenshot(page, "ambitie-overzicht");

        // and the letter: annex 4 with the municipality's ambition, the PDF still PDF/A
        String brief = "/api/v1/beoordelingsrondes/" + ronde + "/brieven/GM0518/brief";
        page.navigate(browser.url(brief + ".html"));
        PlaywrightAssertions.assertThat(page.locator("body")).containsText("Bijlage 4. Ambitie "
                + periode.omschrijving());
        assertThat(page.locator("body").textContent()).contains("Nog te huisvesten voor de ambitie")
                .contains(NlFormaat.getal(ambitie));
        APIResponse pdf = page.request().get(browser.url(brief + ".pdf"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(PdfAControle.overtredingen(pdf.body())).isEmpty();
    }

    long ambitie(String gemeente, Periode periode) {
        return jdbc.sql("select taakstelling + additionele_opgave from taakstelling where gemeente_code = ? "
                + "and periode = ? and vervangen_op is null").params(gemeente, periode.code()).query(Long.class)
                .single();
    }
}
