package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A programme team keeps its uitgangspunten and a tranche's planning in the browser (issue 17 §2 and §7): it takes
 * over Den Haag's six (an error at its field first, the typed values kept), scores Leeghwaterplein on its page (40
 * places: the table says "Let op" beside "Kleinschalig: voldoet"), reads the memo's table and its XLSX, adds milestones
 * (errors at their fields), sees a late one marked in words, fills in the memo's 16 steps and marks one done; the
 * bestuur reads without forms. On a municipality of its own (no demo data changed); every page accessible (axe), in
 * Dutch words and formats, tables in their regions.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ToetsBrowserTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GebiedService gebied;

    Browser browser;
    String gemeente;
    String team;
    String bestuur;
    long tranche;
    long lead;

    @BeforeAll
    void gemeente() {
        gemeente = jdbc.sql("""
                select g.code from gemeente g where g.geldig_tot is null and g.code <> 'GM0518'
                  and not exists (select 1 from dbp_lead l where l.gemeente_code = g.code)
                  and not exists (select 1 from dbp_uitgangspuntenlijst u where u.gemeente_code = g.code)
                order by g.code limit 1 offset 7""").query(String.class).single();
        Accounts accounts = new Accounts(mvc);
        team = accounts.maak("PROGRAMMATEAM", "\"gemeente\":\"" + gemeente + "\"");
        bestuur = accounts.maak("BESTUUR", "\"gemeente\":\"" + gemeente + "\"");
        Api api = new Api(mvc);
        String pad = "/api/v1/gemeenten/" + gemeente;
        tranche = api.als(team).post(pad + "/tranches", "{\"naam\": \"Tweede tranche\"}").json(201).path("id")
                .asLong();
        lead = api.als(team).post(pad + "/leads", """
                {"naam": "Leeghwaterplein", "ingediendOp": "%s", "inbrengerSoort": "WIJKVERENIGING",
                 "inbrengerNaam": "Jan Jansen", "inbrengerContact": "jan@wijk.example", "plaatsen": 40}"""
                .formatted(gebied.vandaag())).idUitLocation();
        api.als(team).post(pad + "/leads/" + lead + "/stappen", "{\"versie\": 1, \"stap\": \"BESCHIKBAARHEID_VRAGEN\", "
                + "\"datum\": \"" + gebied.vandaag() + "\", \"tranche\": " + tranche + "}").status(200);
    }

    @Test
    void het_programmateam_toetst_leeghwaterplein_aan_de_uitgangspunten_en_plant_de_tranche() throws Exception {
        Page page = browser.inloggen(team, Accounts.WACHTWOORD);
        page.navigate(browser.url("/gemeenten/" + gemeente + "/doorbraakplan/trechter"));
        Browser.klikEnWacht(page, page.locator("nav[aria-label=Doorbraakplan] a")
                .getByText("Uitgangspunten", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true)));
        PlaywrightAssertions.assertThat(page.locator("#stand")).containsText("nog geen uitgangspunten");
        browser.toegankelijkEnNederlands(page);

        // Den Haag's six as a starting set; a limit that is not a number is refused at its field, every value kept
        Browser.klikEnWacht(page, page.locator("#startset"));
        PlaywrightAssertions.assertThat(page.locator("#up-naam-1")).hasValue("Kleinschalig");
        PlaywrightAssertions.assertThat(page.locator("#up-maximum-1")).hasValue("30");
        page.locator("#up-maximum-1").fill("dertig");
        Browser.klikEnWacht(page, page.locator("#uitgangspunten-vastleggen"));
        PlaywrightAssertions.assertThat(page.locator("#fouten")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#up-maximum-1-fout")).containsText("geheel getal");
        PlaywrightAssertions.assertThat(page.locator("#reden-fout")).containsText("verplicht");
        PlaywrightAssertions.assertThat(page.locator("#up-maximum-1")).hasValue("dertig");
        PlaywrightAssertions.assertThat(page.locator("#up-naam-5")).hasValue("Permanent");
        browser.toegankelijkEnNederlands(page);
        page.locator("#up-maximum-1").fill("30");
        page.locator("#reden").fill("De uitgangspunten van het Doorbraakplan (memo 28 januari 2022)");
        Browser.klikEnWacht(page, page.locator("#uitgangspunten-vastleggen"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("versie 1");
        PlaywrightAssertions.assertThat(page.locator("#uitgangspunten")).containsText("Kleinschalig");
        browser.toegankelijkEnNederlands(page);

        // the lead's page: score Kleinschalig as voldoet; the system shows that 40 is more than 30
        page.navigate(browser.url("/gemeenten/" + gemeente + "/doorbraakplan/leads/" + lead));
        PlaywrightAssertions.assertThat(page.locator("#toets-plaatsen")).containsText("40");
        page.locator("#score-uitkomst-1").selectOption("VOLDOET");
        page.locator("#score-toelichting-1").fill("x".repeat(2001));
        Browser.klikEnWacht(page, page.locator("#scores-vastleggen"));
        PlaywrightAssertions.assertThat(page.locator("#score-toelichting-1-fout")).containsText("hoogstens 2000");
        PlaywrightAssertions.assertThat(page.locator("#score-uitkomst-1")).hasValue("VOLDOET");
        browser.toegankelijkEnNederlands(page);
        page.locator("#score-toelichting-1").fill("Tijdelijke containerwoningen");
        page.locator("#score-uitkomst-0").selectOption("VOLDOET");
        Browser.klikEnWacht(page, page.locator("#scores-vastleggen"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("vastgelegd");
        PlaywrightAssertions.assertThat(page.locator("#scores")).containsText("Let op");
        PlaywrightAssertions.assertThat(page.locator("#scores")).containsText("meer dan ten hoogste 30");
        browser.toegankelijkEnNederlands(page);

        // the memo's table of the tranche, and as XLSX
        page.navigate(browser.url("/gemeenten/" + gemeente + "/doorbraakplan/trechter"));
        Browser.klikEnWacht(page, page.locator("#tranche-lijst a").getByText("Toets van Tweede tranche"));
        PlaywrightAssertions.assertThat(page.locator("#toets caption")).containsText("Tweede tranche");
        PlaywrightAssertions.assertThat(page.locator("#toets tbody tr").first()).containsText("Leeghwaterplein");
        PlaywrightAssertions.assertThat(page.locator("#toets tbody tr").first()).containsText("Voldoet");
        PlaywrightAssertions.assertThat(page.locator("#toets tbody tr").first()).containsText("Let op");
        browser.toegankelijkEnNederlands(page);
        Download xlsx = page.waitForDownload(() -> page.locator("#toets-xlsx").click());
        try (InputStream in = Files.newInputStream(xlsx.path()); XSSFWorkbook werkmap = new XSSFWorkbook(in)) {
            Sheet toets = werkmap.getSheet("Toets");
            assertThat(toets.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Kleinschalig");
            assertThat(toets.getRow(1).getCell(5).getStringCellValue()).isEqualTo("Voldoet (berekend: voldoet niet)");
        }

        // the tranche's planning: an error at its field, a late milestone marked in words, the memo's steps
        page.navigate(browser.url("/gemeenten/" + gemeente + "/doorbraakplan/trechter"));
        Browser.klikEnWacht(page, page.locator("#tranche-lijst a").getByText("Planning van Tweede tranche"));
        PlaywrightAssertions.assertThat(page.locator("#mijlpalen")).containsText("Nog geen mijlpalen");
        browser.toegankelijkEnNederlands(page);
        page.locator("#van").fill(gebied.vandaag().minusDays(3).toString());
        Browser.klikEnWacht(page, page.locator("#mijlpaal-toevoegen"));
        PlaywrightAssertions.assertThat(page.locator("#wat-fout")).containsText("verplicht");
        PlaywrightAssertions.assertThat(page.locator("#van")).hasValue(gebied.vandaag().minusDays(3).toString());
        browser.toegankelijkEnNederlands(page);
        page.locator("#wat").fill("Concept collegebesluit in de ambtelijke taskforce");
        page.locator("#wie").fill("Programmateam");
        Browser.klikEnWacht(page, page.locator("#mijlpaal-toevoegen"));
        PlaywrightAssertions.assertThat(page.locator("#te-laat")).containsText("1 mijlpaal te laat");
        PlaywrightAssertions.assertThat(page.locator("#mijlpalen")).containsText("Te laat");
        Browser.klikEnWacht(page, page.locator("#sjabloon-toevoegen"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("16 stappen");
        PlaywrightAssertions.assertThat(page.locator("#mijlpalen")).containsText("28 februari 2022 tot en met 4 maart 2022");
        browser.toegankelijkEnNederlands(page);

        // mark the late one done on its own page
        Browser.klikEnWacht(page, page.locator("#mijlpalen a").getByText("Wijzigen: Concept collegebesluit in de "
                + "ambtelijke taskforce"));
        browser.toegankelijkEnNederlands(page);
        page.locator("#gedaanOp").fill(gebied.vandaag().minusDays(1).toString());
        Browser.klikEnWacht(page, page.locator("#mijlpaal-wijzigen"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("gewijzigd");
        PlaywrightAssertions.assertThat(page.locator("#mijlpalen")).containsText("Gedaan op");
        Download planning = page.waitForDownload(() -> page.locator("#planning-xlsx").click());
        try (InputStream in = Files.newInputStream(planning.path()); XSSFWorkbook werkmap = new XSSFWorkbook(in)) {
            assertThat(werkmap.getSheet("Planning").getLastRowNum()).isEqualTo(17);
        }

        // the bestuur reads the planning and the table without forms
        Page lezer = browser.inloggen(bestuur, Accounts.WACHTWOORD);
        lezer.navigate(browser.url("/gemeenten/" + gemeente + "/doorbraakplan/tranches/" + tranche + "/planning"));
        PlaywrightAssertions.assertThat(lezer.locator("#mijlpalen")).containsText("Krokusvakantie");
        PlaywrightAssertions.assertThat(lezer.locator("#mijlpaal-formulier")).hasCount(0);
        browser.toegankelijkEnNederlands(lezer);
        lezer.navigate(browser.url("/gemeenten/" + gemeente + "/doorbraakplan/uitgangspunten"));
        PlaywrightAssertions.assertThat(lezer.locator("#uitgangspunten-formulier")).hasCount(0);
        lezer.navigate(browser.url("/gemeenten/" + gemeente + "/doorbraakplan/leads/" + lead));
        PlaywrightAssertions.assertThat(lezer.locator("#scores")).containsText("Let op");
        PlaywrightAssertions.assertThat(lezer.locator("#scores-formulier")).hasCount(0);
        browser.toegankelijkEnNederlands(lezer);
    }
}
