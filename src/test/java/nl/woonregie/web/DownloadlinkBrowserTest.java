package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import nl.woonregie.platform.core.Sha256;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The province's way of sending decisions and the download link's page in the browser (issue 19 §2, ADR 0055):
 * Zuid-Holland's supervisor goes from the province's page to "Verzendwijze van besluiten", sees the setting in Dutch
 * words, sends a form with an unreadable number and no reason — every error at the top and at its field, every typed
 * value kept — then a valid one (a secure download link of 14 days, shown with its reason in the versions) and sets it
 * back to attached, so the demo's other browser tests send as before. An addressee without an account opens a download
 * link's page (which letter, until when, the button) and a forged link gets the Dutch 404 page; the supervisor withdraws
 * the link on the round's sending page (the error at the form without a reason) and it answers 410. Accessible (axe), in
 * Dutch words and dates.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DownloadlinkBrowserTest {

    @Autowired
    JdbcClient jdbc;

    Browser browser;

    @Test
    void de_toezichthouder_stelt_de_verzendwijze_in_met_fouten_bij_het_veld() {
        Page page = browser.inloggen("toezicht-zh", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/provincies/PV28"));
        Browser.klikEnWacht(page, page.locator("#verzendinstelling"));
        assertThat(page.url()).endsWith("/provincies/PV28/verzendinstelling");
        // (other tests in this context may have changed it: the page says what holds now, in words)
        PlaywrightAssertions.assertThat(page.locator("#huidig")).containsText("Nu: als ");
        browser.toegankelijkEnNederlands(page);

        page.locator("#instelling-vorm").selectOption("DOWNLOADLINK");
        page.locator("#instelling-dagen").fill("dertig");
        page.locator("#instelling-reden").fill("");
        Browser.klikEnWacht(page, page.locator("#instelling-opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#fouten")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#instelling-dagen-fout")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#instelling-reden-fout")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#instelling-dagen")).hasValue("dertig");
        PlaywrightAssertions.assertThat(page.locator("#instelling-vorm")).hasValue("DOWNLOADLINK");
        browser.toegankelijkEnNederlands(page);

        page.locator("#instelling-dagen").fill("14");
        page.locator("#instelling-reden").fill("Gemeenten weigeren grote bijlagen");
        Browser.klikEnWacht(page, page.locator("#instelling-opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("als beveiligde downloadlink die 14 "
                + "dagen werkt");
        PlaywrightAssertions.assertThat(page.locator("#versies")).containsText("Gemeenten weigeren grote bijlagen");
        PlaywrightAssertions.assertThat(page.locator("#versies")).containsText("14 dagen");
        browser.toegankelijkEnNederlands(page);

        page.locator("#instelling-vorm").selectOption("BIJLAGE");
        page.locator("#instelling-reden").fill("Terug naar de bijlage");
        Browser.klikEnWacht(page, page.locator("#instelling-opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#huidig")).containsText("als bijlage (PDF) bij de e-mail");

        // the municipality cannot open it
        Page gemeente = browser.inloggen("gemeente-denhaag", BrowserTest.DEMO_WACHTWOORD);
        assertThat(gemeente.navigate(browser.url("/provincies/PV28/verzendinstelling")).status()).isEqualTo(403);
    }

    @Test
    void de_geadresseerde_opent_de_downloadpagina_zonder_account_een_vervalste_link_krijgt_404() {
        // a link of a letter of the demo's earliest vastgestelde round to 's-Gravenhage's college, stored as the
        // sender stores it (its hash only)
        long ronde = jdbc.sql("select id from beoordelingsronde where provincie_code = 'PV28' and status = "
                + "'VASTGESTELD' order by peildatum limit 1").query(Long.class).single();
        int versie = jdbc.sql("select versie from beoordelingsronde where id = ?").param(ronde).query(Integer.class)
                .single();
        // a contact without a sending of this letter (the suite's other browser tests send this round to 's-Gravenhage's
        // own contacts), so the sending below is this test's own, by download link
        long contact = jdbc.sql("""
                select min(c.id) from brief_contact c where not exists (select 1 from brief_verzending v
                    where v.contact_id = c.id and v.ronde_id = ? and v.ronde_versie = ? and v.gemeente_code = 'GM0518')""")
                .params(ronde, versie).query(Long.class).single();
        long bericht = jdbc.sql("""
                insert into post_bericht (aan, onderwerp, tekst, sjabloon, status, aangemaakt_door)
                values ('browser@gemeente.example', 'Browser', 'Browser', 'testbericht', 'NIET_VERZONDEN', 'browser')
                returning id""").query(Long.class).single();
        long verzending = jdbc.sql("""
                insert into brief_verzending (ronde_id, ronde_versie, gemeente_code, kenmerk, contact_id,
                    contact_versie, naam, rol, adres, wijze, vorm, post_bericht_id, aangemaakt_door)
                values (?, ?, 'GM0518', 'PZH-2023-9001', ?, 1, 'College', 'COLLEGE', 'browser@gemeente.example',
                    'ELEKTRONISCH', 'DOWNLOADLINK', ?, 'browser')
                on conflict (ronde_id, ronde_versie, gemeente_code, contact_id) do update set naam = excluded.naam
                returning id""").params(ronde, versie, contact, bericht).query(Long.class).single();
        String token = "browserToken" + Long.toString(System.nanoTime(), 36);
        token = token + "x".repeat(43 - token.length());
        jdbc.sql("insert into brief_downloadlink (verzending_id, token_hash, geldig_tot) values (?, ?, "
                + "'2999-12-31'::date)").params(verzending, Sha256.van(token.getBytes(StandardCharsets.US_ASCII)))
                .update();

        Page page = browser.nieuwePagina();
        Response r = page.navigate(browser.url("/downloads/" + token));
        assertThat(r.status()).isEqualTo(200);
        PlaywrightAssertions.assertThat(page.locator("h1")).containsText("Brief van Gedeputeerde Staten van "
                + "Zuid-Holland");
        PlaywrightAssertions.assertThat(page.locator("#brief")).containsText("Gemeente 's-Gravenhage");
        PlaywrightAssertions.assertThat(page.locator("#geldig-tot")).hasText("31 december 2999");
        PlaywrightAssertions.assertThat(page.locator("#downloaden")).hasText("Download de brief (PDF)");
        browser.toegankelijkEnNederlands(page);

        String vervalst = token.substring(0, 42) + (token.endsWith("y") ? "z" : "y");
        Response fout = page.navigate(browser.url("/downloads/" + vervalst));
        assertThat(fout.status()).isEqualTo(404);
        PlaywrightAssertions.assertThat(page.locator("main")).containsText("Deze downloadlink bestaat niet");
        assertThat(page.content()).doesNotContain("PZH-2023-9001");
        browser.toegankelijkEnNederlands(page);

        // the supervisor withdraws it on the round's sending page: without a reason the error is at the form, with
        // what was typed kept; with one the row says so and the link answers 410
        Page toezicht = browser.inloggen("toezicht-zh", BrowserTest.DEMO_WACHTWOORD);
        toezicht.navigate(browser.url("/rondes/" + ronde + "/verzending"));
        toezicht.locator("#intrekken-" + verzending).locator("xpath=..").locator("summary").click();
        toezicht.locator("#reden-" + verzending).fill("   ");
        Browser.klikEnWacht(toezicht, toezicht.locator("#intrekken-knop-" + verzending));
        PlaywrightAssertions.assertThat(toezicht.locator("#fout")).containsText("Geef de reden van het intrekken");
        PlaywrightAssertions.assertThat(toezicht.locator("#reden-" + verzending + "-fout")).isVisible();
        PlaywrightAssertions.assertThat(toezicht.locator("#reden-" + verzending)).hasValue("   ");
        browser.toegankelijkEnNederlands(toezicht);
        toezicht.locator("#reden-" + verzending).fill("De e-mail ging naar een oud adres.");
        Browser.klikEnWacht(toezicht, toezicht.locator("#intrekken-knop-" + verzending));
        PlaywrightAssertions.assertThat(toezicht.locator("#melding")).containsText("De downloadlink is ingetrokken");
        PlaywrightAssertions.assertThat(toezicht.locator("tr[data-contact='" + contact + "'] .download").first())
                .containsText("Link ingetrokken op");
        PlaywrightAssertions.assertThat(toezicht.locator("#intrekken-" + verzending)).hasCount(0);
        browser.toegankelijkEnNederlands(toezicht);
        Response ingetrokken = page.navigate(browser.url("/downloads/" + token));
        assertThat(ingetrokken.status()).isEqualTo(410);
        PlaywrightAssertions.assertThat(page.locator("main")).containsText("ingetrokken door de provincie");
        assertThat(page.content()).doesNotContain("PZH-2023-9001");
        browser.toegankelijkEnNederlands(page);
    }
}
