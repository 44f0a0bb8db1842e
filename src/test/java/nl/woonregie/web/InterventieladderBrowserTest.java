package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.List;

import nl.woonregie.brieven.Besluitverzoek;
import nl.woonregie.brieven.Contacten;
import nl.woonregie.brieven.Contactverzoek;
import nl.woonregie.brieven.Indeplaatsstelling;
import nl.woonregie.brieven.Indeplaatsstellingen;
import nl.woonregie.brieven.Indeplaatsstellingverzoek;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toewijzing;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Steps 4 and 6 of the interventieladder in the browser (issue 19 §3, ADR 0054). Step 4: Zuid-Holland's supervisor goes from Delft's
 * page to its vooraankondigingen, drafts one with a reason (a refused form first: every error at its field and at the
 * top, every typed value kept), is told the register has no griffie (one is added), records GS's decision, sends it
 * to the college and the griffie (both in the outbox's queue), finds it on the worklist as not yet published, records
 * the publication (a refused form first) and sees it leave the worklist. Accessible (axe), in Dutch words and dates.
 * Another municipality does not see it. Step 6: from a decided besluit tot indeplaatsstelling of Delft to the verslag
 * (a refused form first), its costs totalled, decided, sent, the recovery invoiced long ago and unpaid on the worklist,
 * then paid. Makes its own records for Delft, which no other browser test uses for this.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InterventieladderBrowserTest {

    static final String DELFT = "GM0503";

    @Autowired
    Contacten contacten;

    @Autowired
    Indeplaatsstellingen indeplaatsstellingen;

    Browser browser;

    @Test
    void de_toezichthouder_stelt_een_vooraankondiging_op_besluit_verzendt_aan_college_en_raad_en_publiceert() {
        Page page = browser.inloggen("toezicht-zh", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/gemeenten/" + DELFT));
        Browser.klikEnWacht(page, page.locator("#vooraankondigingen"));
        assertThat(page.url()).endsWith("/gemeenten/" + DELFT + "/vooraankondigingen");
        browser.toegankelijkEnNederlands(page);

        // refused: no round and no reason, no considerations, no intended intervention; the typed values stay
        page.locator("#vooraankondiging-termijn").fill("2023-03-01");
        page.locator("#vooraankondiging-overwegingen").fill("");
        Browser.klikEnWacht(page, page.locator("#opstellen"));
        PlaywrightAssertions.assertThat(page.locator("#fouten")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#vooraankondiging-reden-fout")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#vooraankondiging-overwegingen-fout")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#vooraankondiging-voornemen-fout")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#vooraankondiging-termijn")).hasValue("2023-03-01");
        browser.toegankelijkEnNederlands(page);

        // drafted with a reason, from the figures of today
        page.locator("#vooraankondiging-reden").fill("Geen voortgang na het bestuurlijk overleg (browsertest).");
        page.locator("#vooraankondiging-overwegingen").fill("Delft loopt achter op de taakstelling.");
        page.locator("#vooraankondiging-voornemen").fill("Wij zijn voornemens tot indeplaatsstelling te besluiten.");
        Browser.klikEnWacht(page, page.locator("#opstellen"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("concept is opgesteld");
        long id = Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));
        PlaywrightAssertions.assertThat(page.locator("#stand")).hasText("Concept");
        PlaywrightAssertions.assertThat(page.locator("#feiten")).containsText("1 maart 2023");
        PlaywrightAssertions.assertThat(page.locator("#geen-griffie")).isVisible();
        browser.toegankelijkEnNederlands(page);

        // the griffie is added to the register (as the supervisor would on the contacts page)
        Gebruiker toezichthouder = Gebruiker.met(0, "toezicht-zh",
                Toewijzing.provincie(Rol.TOEZICHTHOUDER, "PV28"));
        contacten.toevoegenAanGemeente(toezichthouder, DELFT, new Contactverzoek("AMBTELIJK", "GRIFFIE",
                "Griffie (fictief)", "Griffier", "griffie@delft.example.org", null, null, true, "2022-09-01", null,
                null, null, null, null, null, "Browsertest: afschrift aan de raad"), "browsertest");
        page.reload();
        PlaywrightAssertions.assertThat(page.locator("#geen-griffie")).hasCount(0);

        // decided by GS: a date not before the end of the term is refused at its field, the number kept
        page.locator("#besluit-datum").fill("2023-03-01");
        page.locator("#besluit-nummer").fill("PZH-2022-4804");
        Browser.klikEnWacht(page, page.locator("#besluiten"));
        PlaywrightAssertions.assertThat(page.locator("#besluit-datum-fout")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#besluit-nummer")).hasValue("PZH-2022-4804");
        browser.toegankelijkEnNederlands(page);
        page.locator("#besluit-datum").fill("2022-10-01");
        Browser.klikEnWacht(page, page.locator("#besluiten"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("vastgelegd als PDF/A");
        PlaywrightAssertions.assertThat(page.locator("#stand")).hasText("Besloten door Gedeputeerde Staten");
        PlaywrightAssertions.assertThat(page.locator("#publicatie")).containsText("Nog niet gepubliceerd");
        PlaywrightAssertions.assertThat(page.locator("#feiten")).containsText("Afschrift aan: de gemeenteraad van Delft");
        browser.toegankelijkEnNederlands(page);

        // sent to the college and, as the copy to the council, to the griffie: both wait in the outbox
        Browser.klikEnWacht(page, page.locator("#verzenden"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("afschrift");
        PlaywrightAssertions.assertThat(page.locator("#verzending tbody tr")).hasCount(2);
        PlaywrightAssertions.assertThat(page.locator("#verzending")).containsText("Griffie");
        browser.toegankelijkEnNederlands(page);

        // on the worklist until published
        page.navigate(browser.url("/provincies/PV28"));
        Browser.klikEnWacht(page, page.locator("#vooraankondigingen-werklijst"));
        PlaywrightAssertions.assertThat(page.locator("#werklijst tr[data-vooraankondiging='" + id + "']"))
                .containsText("Nog niet gepubliceerd");
        browser.toegankelijkEnNederlands(page);

        // published: a refused form first (no place, a link that is no web address), then recorded
        page.navigate(browser.url("/vooraankondigingen/" + id));
        page.locator("#publicatie-datum").fill("2022-10-05");
        page.locator("#publicatie-link").fill("provinciaal blad");
        Browser.klikEnWacht(page, page.locator("#publiceren"));
        PlaywrightAssertions.assertThat(page.locator("#fouten")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#publicatie-plaats-fout")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#publicatie-link-fout")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#publicatie-datum")).hasValue("2022-10-05");
        browser.toegankelijkEnNederlands(page);
        page.locator("#publicatie-plaats").fill("Provinciaal Blad 2022, 4804");
        page.locator("#publicatie-link").fill("https://zoek.officielebekendmakingen.nl/prb-2022-4804.html");
        Browser.klikEnWacht(page, page.locator("#publiceren"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("publicatie is vastgelegd");
        PlaywrightAssertions.assertThat(page.locator("#publicatie")).containsText("5 oktober 2022");
        PlaywrightAssertions.assertThat(page.locator("#publicatieformulier")).hasCount(0);
        browser.toegankelijkEnNederlands(page);
        page.navigate(browser.url("/provincies/PV28/vooraankondigingen"));
        PlaywrightAssertions.assertThat(page.locator("#werklijst tr[data-vooraankondiging='" + id + "']"))
                .hasCount(0);

        // another municipality does not see it
        Page denHaag = browser.inloggen("gemeente-denhaag", BrowserTest.DEMO_WACHTWOORD);
        assertThat(denHaag.navigate(browser.url("/vooraankondigingen/" + id)).status()).isEqualTo(404);
    }

    @Test
    void de_toezichthouder_legt_het_verslag_van_een_indeplaatsstelling_vast_met_kosten_en_terugvordering() {
        // a decided besluit tot indeplaatsstelling of Delft (step 5), as the supervisor made it
        Gebruiker toezichthouder = Gebruiker.met(0, "toezicht-zh",
                Toewijzing.provincie(Rol.TOEZICHTHOUDER, "PV28"));
        Indeplaatsstelling besluit = indeplaatsstellingen.ontwerp(toezichthouder, DELFT, new Indeplaatsstellingverzoek(
                "Delft heeft de opgave niet gerealiseerd (browsertest).",
                List.of(new Indeplaatsstellingverzoek.Termijn("2023-03-01", 10))), "browsertest");
        indeplaatsstellingen.besluit(toezichthouder, besluit.id(), new Besluitverzoek("2023-01-15", "PZH-2023-5",
                besluit.versie()), "browsertest");

        Page page = browser.inloggen("toezicht-zh", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/indeplaatsstellingen/" + besluit.id()));
        Browser.klikEnWacht(page, page.locator("#verslag"));
        PlaywrightAssertions.assertThat(page.locator("#verslag-besluit")).hasValue(Long.toString(besluit.id()));
        browser.toegankelijkEnNederlands(page);

        // refused: no account, an amount that is not one; the typed values stay
        page.locator("#actie-datum-0").fill("2023-03-10");
        page.locator("#actie-omschrijving-0").fill("Tien woningen gehuurd");
        page.locator("#kosten-omschrijving-0").fill("Huur");
        page.locator("#kosten-bedrag-0").fill("twaalf");
        Browser.klikEnWacht(page, page.locator("#opstellen"));
        PlaywrightAssertions.assertThat(page.locator("#fouten")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#verslag-overwegingen-fout")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#kosten-bedrag-0-fout")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#kosten-bedrag-0")).hasValue("twaalf");
        PlaywrightAssertions.assertThat(page.locator("#actie-omschrijving-0")).hasValue("Tien woningen gehuurd");
        browser.toegankelijkEnNederlands(page);

        // drafted: two cost lines, the total computed
        page.locator("#verslag-overwegingen").fill("De provincie heeft woningen gehuurd (browsertest).");
        page.locator("#kosten-bedrag-0").fill("1.000,00");
        page.locator("#kosten-omschrijving-1").fill("Begeleiding");
        page.locator("#kosten-bedrag-1").fill("250,50");
        Browser.klikEnWacht(page, page.locator("#opstellen"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("concept is opgesteld");
        long id = Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));
        PlaywrightAssertions.assertThat(page.locator("#totaal")).hasText("€ 1.250,50");
        PlaywrightAssertions.assertThat(page.locator("#acties")).containsText("10 maart 2023");
        browser.toegankelijkEnNederlands(page);

        // decided and sent to Delft's college
        page.locator("#besluit-datum").fill("2023-04-01");
        page.locator("#besluit-nummer").fill("PZH-2023-6");
        Browser.klikEnWacht(page, page.locator("#besluiten"));
        PlaywrightAssertions.assertThat(page.locator("#stand")).hasText("Besloten door Gedeputeerde Staten");
        Browser.klikEnWacht(page, page.locator("#verzenden"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("verzonden");
        browser.toegankelijkEnNederlands(page);

        // invoiced long ago and not paid: on the worklist
        page.locator("#terugvordering-factuur").fill("2023-04-15");
        Browser.klikEnWacht(page, page.locator("#terugvorderen"));
        PlaywrightAssertions.assertThat(page.locator("#terugvordering")).containsText("Niet betaald binnen de termijn");
        page.navigate(browser.url("/provincies/PV28"));
        Browser.klikEnWacht(page, page.locator("#terugvorderingen"));
        PlaywrightAssertions.assertThat(page.locator("#werklijst tr[data-verslag='" + id + "']"))
                .containsText("€ 1.250,50");
        browser.toegankelijkEnNederlands(page);

        // paid: off the worklist
        page.navigate(browser.url("/indeplaatsstellingsverslagen/" + id));
        page.locator("#terugvordering-betaald").fill("2023-06-01");
        Browser.klikEnWacht(page, page.locator("#terugvorderen"));
        PlaywrightAssertions.assertThat(page.locator("#terugvordering")).containsText("Betaald");
        page.navigate(browser.url("/provincies/PV28/terugvorderingen"));
        PlaywrightAssertions.assertThat(page.locator("#werklijst tr[data-verslag='" + id + "']")).hasCount(0);
    }
}
