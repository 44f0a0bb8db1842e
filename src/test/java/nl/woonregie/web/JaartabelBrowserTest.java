package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FilePayload;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A gemeente types its own year table beside the computed one (refused at the top with every value kept, then stored
 * with a finding at the cell that does not add up), imports one from a CSV file (refused with the line and column
 * of the error, then stored), and adds, changes and removes a note beside its forecast. Accessible (axe) and in Dutch
 * words and formats (the crawler's checks) on every page.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JaartabelBrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    Browser browser;

    String gemeente;
    String account;

    @BeforeAll
    void gemeente() {
        gemeente = jdbc.sql("""
                select g.code from gemeente g where g.geldig_tot is null
                  and not exists (select 1 from beginstand b where b.gemeente_code = g.code)
                  and not exists (select 1 from taakstelling t where t.gemeente_code = g.code)
                  and not exists (select 1 from aanbod_notitie n where n.gemeente_code = g.code)
                order by g.code desc limit 1""").query(String.class).single();
        account = new Accounts(mvc).gemeente(gemeente);
    }

    @Test
    void een_gemeente_voert_haar_eigen_jaartabel_in_en_importeert_er_een() {
        Page page = browser.inloggen(account, Accounts.WACHTWOORD);
        page.navigate(browser.url("/gemeenten/" + gemeente + "/aanbod/jaaroverzicht"));
        PlaywrightAssertions.assertThat(page.locator("#geen-eigen-tabel")).isVisible();
        browser.toegankelijkEnNederlands(page);

        // refused: every error at the top, every value kept
        page.fill("#jaartabel-jaar-0", "1999");
        page.fill("#jaartabel-taakstelling1-0", "166");
        page.fill("#jaartabel-totaal-0", "veel");
        Browser.klikEnWacht(page, page.locator("#jaartabel-opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#fouten")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#fouten li")).hasCount(3);
        PlaywrightAssertions.assertThat(page.locator("#jaartabel-totaal-0")).hasValue("veel");
        PlaywrightAssertions.assertThat(page.locator("#jaartabel-taakstelling1-0")).hasValue("166");
        browser.toegankelijkEnNederlands(page);

        // Den Haag's 2020 with a total one short: stored, with the finding at its cell
        page.fill("#jaartabel-jaar-0", "2020");
        page.fill("#jaartabel-taakstelling2-0", "199");
        page.fill("#jaartabel-saldoin-0", "−24");
        page.fill("#jaartabel-ambitie-0", "0");
        page.fill("#jaartabel-totaal-0", "340");
        page.fill("#jaartabel-gehuisvest-0", "341");
        page.fill("#jaartabel-reden", "Tabel 1 uit de notitie");
        Browser.klikEnWacht(page, page.locator("#jaartabel-opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("versie 1");
        PlaywrightAssertions.assertThat(page.locator("#eigen-versie")).containsText("ingevoerd");
        var totaal = page.locator("#eigen-jaar-2020 td[data-kolom=totaal]");
        PlaywrightAssertions.assertThat(totaal).hasClass("getal woonregie-afwijking");
        PlaywrightAssertions.assertThat(totaal).containsText("volgens Woonregie 341");
        PlaywrightAssertions.assertThat(page.locator("#eigen-jaar-2020 td[data-kolom=saldoIn]"))
                .hasText(java.util.regex.Pattern.compile("^\\s*[-−]24\\s*$"));
        PlaywrightAssertions.assertThat(page.locator("#eigen-bevindingen")).containsText("Totaal telt niet op");
        // the form holds the stored table for the next version
        PlaywrightAssertions.assertThat(page.locator("#jaartabel-totaal-0")).hasValue("340");
        browser.toegankelijkEnNederlands(page);

        // an import with an error: nothing stored, the line and column named
        String kop = "Jaar;Taakstelling 1e helft;Taakstelling 2e helft;Saldo voorgaande periode;Extra ambitie;"
                + "Totaal te huisvesten;Realisatie\n";
        page.setInputFiles("#jaartabel-bestand", csv("tabel.csv", kop + "2020;166;199;-24;0;driehonderd;341\n"));
        page.fill("#jaartabel-import-reden", "Tabel 1 uit de notitie");
        Browser.klikEnWacht(page, page.locator("#jaartabel-importeren"));
        PlaywrightAssertions.assertThat(page.locator("#fouten")).containsText("regel 2, kolom Totaal te huisvesten");
        PlaywrightAssertions.assertThat(page.locator("#jaartabel-import-reden")).hasValue("Tabel 1 uit de notitie");
        PlaywrightAssertions.assertThat(page.locator("#eigen-versie")).containsText("Versie 1");
        browser.toegankelijkEnNederlands(page);

        page.setInputFiles("#jaartabel-bestand", csv("tabel.csv", kop + "2020;166;199;-24;0;341;341\n"
                + "2021;418;340;0;0;758;650\n"));
        page.fill("#jaartabel-import-reden", "Tabel 1 uit de notitie, verbeterd");
        Browser.klikEnWacht(page, page.locator("#jaartabel-importeren"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("versie 2, 2 jaren");
        PlaywrightAssertions.assertThat(page.locator("#eigen-versie")).containsText("geïmporteerd uit tabel.csv");
        PlaywrightAssertions.assertThat(page.locator("#geen-eigen-bevindingen")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#eigen-jaar-2021 td[data-kolom=totaal]")).hasText("758");
        browser.toegankelijkEnNederlands(page);
    }

    @Test
    void een_gemeente_voegt_een_notitie_toe_wijzigt_en_verwijdert_haar() {
        Page page = browser.inloggen(account, Accounts.WACHTWOORD);
        page.navigate(browser.url("/gemeenten/" + gemeente + "/aanbod"));
        PlaywrightAssertions.assertThat(page.locator("#geen-notities")).isVisible();
        page.fill("#notitie-datum", "2014-12-31");
        page.fill("#notitie-bron", "Notitie aan het college");
        Browser.klikEnWacht(page, page.locator("#notitie-opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#fouten li")).hasCount(3);
        PlaywrightAssertions.assertThat(page.locator("#notitie-bron")).hasValue("Notitie aan het college");
        browser.toegankelijkEnNederlands(page);

        page.fill("#notitie-datum", "2023-03-01");
        page.fill("#notitie-tekst", "We halen de taakstelling in april.");
        page.fill("#notitie-reden", "uit de notitie");
        Browser.klikEnWacht(page, page.locator("#notitie-opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("1 maart 2023");
        PlaywrightAssertions.assertThat(page.locator(".notitie-uitspraak")).containsText("We halen de taakstelling in april.");
        browser.toegankelijkEnNederlands(page);

        Browser.klikEnWacht(page, page.locator("a[id^=notitie-link-]"));
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Notitie van 1 maart 2023");
        browser.toegankelijkEnNederlands(page);
        page.fill("#notitie-tekst", "We halen de taakstelling in mei.");
        page.fill("#notitie-reden", "tikfout");
        Browser.klikEnWacht(page, page.locator("#notitie-wijzigen"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("versie 2");
        PlaywrightAssertions.assertThat(page.locator("#versie-2")).containsText("tikfout");
        PlaywrightAssertions.assertThat(page.locator("#versie-1")).containsText("We halen de taakstelling in april.");
        browser.toegankelijkEnNederlands(page);

        // removal needs a reason
        Browser.klikEnWacht(page, page.locator("#notitie-verwijderen"));
        PlaywrightAssertions.assertThat(page.locator("#fout")).containsText("geef een reden");
        page.fill("#verwijder-reden", "vervallen");
        Browser.klikEnWacht(page, page.locator("#notitie-verwijderen"));
        assertThat(page.url()).contains("/gemeenten/" + gemeente + "/aanbod");
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("is verwijderd");
        PlaywrightAssertions.assertThat(page.locator("#geen-notities")).isVisible();
        browser.toegankelijkEnNederlands(page);
    }

    static FilePayload csv(String naam, String inhoud) {
        return new FilePayload(naam, "text/csv", inhoud.getBytes(StandardCharsets.UTF_8));
    }
}
