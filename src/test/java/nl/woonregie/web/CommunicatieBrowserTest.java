package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
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
import org.springframework.test.web.servlet.MockMvc;

/**
 * The programme team of 's-Gravenhage keeps the communication plan of a tranche whose college designated a project:
 * the same-moment check names what is missing; an action refused with its errors at their fields (every typed value
 * kept); the raadsmededeling, the bewonersorganisaties and the letters to the project's omwonenden — a day late, which
 * the check finds, then moved to the same day as a new version with its reason; a meeting with "meer dan 50"
 * registrations; the plan as XLSX; the project's own page and the list of audiences. The bestuur reads without forms.
 * Every page accessible (axe), in Dutch words and formats, tables in their regions.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommunicatieBrowserTest {

    static final String GM = "GM0518";
    static final String PAD = "/api/v1/gemeenten/" + GM;

    @Autowired
    MockMvc mvc;

    Browser browser;
    LocalDate vandaag;
    LocalDate besluit;
    String tranche;
    String project;
    long trancheId;
    long lead;

    /** A tranche decided 20 days ago with a project designated in it (through the API, as the demo will). */
    @BeforeAll
    void tranche() {
        vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        besluit = vandaag.minusDays(20);
        tranche = "Tranche " + System.nanoTime();
        project = "Plein " + System.nanoTime();
        Api api = new Api(mvc);
        String pt = new Accounts(mvc).maak("PROGRAMMATEAM", "\"gemeente\":\"" + GM + "\"");
        trancheId = api.als(pt).post(PAD + "/tranches", "{\"naam\": \"" + tranche + "\", \"besluitdatum\": \""
                + besluit + "\", \"kenmerk\": \"RIS-311\"}").json(201).path("id").asLong();
        lead = api.als(pt).post(PAD + "/leads", """
                {"naam": "%s", "ingediendOp": "%s", "inbrengerSoort": "WIJKVERENIGING", "inbrengerNaam": "Jan Jansen",
                 "inbrengerContact": "jan@wijk.example", "plaatsen": 40, "eenheden": 120}"""
                .formatted(project, vandaag.minusDays(60))).idUitLocation();
        stap(api, pt, "{\"stap\": \"BESCHIKBAARHEID_VRAGEN\", \"datum\": \"" + vandaag.minusDays(55) + "\"}");
        stap(api, pt, "{\"stap\": \"BESCHIKBAAR\", \"datum\": \"" + vandaag.minusDays(50) + "\"}");
        for (String a : List.of("UITGANGSPUNTEN", "RUIMTELIJKE_MOGELIJKHEDEN", "FINANCIEN",
                "LEEFBAARHEID_EN_VEILIGHEID")) {
            api.als(pt).put(PAD + "/leads/" + lead + "/analyse/" + a,
                    "{\"uitkomst\": \"POSITIEF\", \"toelichting\": \"HIT-advies\"}").status(200);
        }
        stap(api, pt, "{\"stap\": \"HAALBAARHEIDSONDERZOEK_STARTEN\", \"datum\": \"" + vandaag.minusDays(40)
                + "\", \"kenmerk\": \"W-1\", \"projectleider\": \"pl-plein\"}");
        api.als(pt).put(PAD + "/leads/" + lead + "/haalbaarheidsonderzoek", "{\"conclusie\": \"Haalbaar\"}")
                .status(200);
        stap(api, pt, "{\"stap\": \"NAAR_COLLEGE\", \"datum\": \"" + vandaag.minusDays(30) + "\", \"kenmerk\": "
                + "\"W-2\"}");
        stap(api, pt, "{\"stap\": \"AANWIJZEN\", \"datum\": \"" + besluit + "\", \"kenmerk\": \"RIS-311\", \"kleur\": "
                + "\"GROEN\", \"tranche\": " + trancheId + ", \"duur\": \"TIJDELIJK\", \"woonvorm\": \"ONZELFSTANDIG\", "
                + "\"startInhuizing\": \"" + vandaag.plusDays(30) + "\"}");
    }

    void stap(Api api, String wie, String json) {
        int versie = api.als(wie).get(PAD + "/leads/" + lead).json().path("versie").asInt();
        api.als(wie).post(PAD + "/leads/" + lead + "/stappen", json.replace("{", "{\"versie\": " + versie + ", "))
                .status(200);
    }

    void actie(Page page, String wat, LocalDate datum, String doelgroep, String kanaal, String leadNaam) {
        page.locator("#actie-wat").fill(wat);
        page.locator("#actie-datum").fill(datum.toString());
        page.locator("#actie-doelgroep-" + doelgroep).check();
        page.locator("#actie-kanaal").selectOption(kanaal);
        if (leadNaam != null) {
            page.locator("#actie-lead").selectOption(new com.microsoft.playwright.options.SelectOption()
                    .setLabel(leadNaam));
        }
        Browser.klikEnWacht(page, page.locator("#actie-opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText(wat);
    }

    @Test
    void het_programmateam_houdt_het_communicatieplan_bij_en_de_toets_vindt_wat_niet_tegelijk_gaat() throws Exception {
        Page page = browser.inloggen("programma-denhaag", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/gemeenten/" + GM + "/doorbraakplan/trechter"));
        Browser.klikEnWacht(page, page.locator("#tranche-lijst a:text-is('Communicatieplan van " + tranche + "')"));
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Communicatieplan " + tranche);
        PlaywrightAssertions.assertThat(page.locator("#toets-uitkomst")).hasText("4 bevindingen.");
        PlaywrightAssertions.assertThat(page.locator("#bevindingen")).containsText("Geen brief aan de omwonenden van "
                + project);
        browser.toegankelijkEnNederlands(page);

        // refused: errors at their fields, the typed values kept
        page.locator("#actie-datum").fill("29 maart");
        page.locator("#actie-doelgroep-RAAD").check();
        Browser.klikEnWacht(page, page.locator("#actie-opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#fouten")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#actie-wat-fout")).containsText("verplicht");
        PlaywrightAssertions.assertThat(page.locator("#actie-datum-fout")).containsText("datum");
        PlaywrightAssertions.assertThat(page.locator("#actie-datum")).hasValue("29 maart");
        PlaywrightAssertions.assertThat(page.locator("#actie-doelgroep-RAAD")).isChecked();
        browser.toegankelijkEnNederlands(page);
        page.locator("#actie-doelgroep-RAAD").uncheck();

        LocalDate dag = besluit.plusDays(7);
        actie(page, "Raadsmededeling in RIS", dag, "RAAD", "RAADSMEDEDELING", null);
        actie(page, "Informatie naar bewonersorganisaties", dag, "BEWONERSORGANISATIES", "TELEFONISCH", null);
        actie(page, "Brieven aan omwonenden", dag.plusDays(1), "OMWONENDEN", "BRIEF", project);
        PlaywrightAssertions.assertThat(page.locator("#bevindingen")).containsText("Niet op hetzelfde moment");
        PlaywrightAssertions.assertThat(page.locator("#momenten")).containsText("De omwonenden van " + project);
        // planned 13 days ago and not done: late, in the row and in the sentence above the list
        PlaywrightAssertions.assertThat(page.locator("#acties-te-laat")).containsText("3 acties te laat op");
        PlaywrightAssertions.assertThat(page.locator("#actielijst tr.woonregie-te-laat")).hasCount(3);
        browser.toegankelijkEnNederlands(page);

        // the letters moved to the day of the raadsmededeling: a new version with its reason
        Browser.klikEnWacht(page, page.locator("#actielijst a").getByText("Brieven aan omwonenden"));
        PlaywrightAssertions.assertThat(page.locator("#te-laat")).containsText("te laat");
        browser.toegankelijkEnNederlands(page);
        page.locator("#actie-datum").fill(dag.toString());
        Browser.klikEnWacht(page, page.locator("#actie-opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#actie-reden-fout")).containsText("verplicht");
        PlaywrightAssertions.assertThat(page.locator("#actie-datum")).hasValue(dag.toString());
        page.locator("#actie-reden").fill("Tegelijk met de raad");
        Browser.klikEnWacht(page, page.locator("#actie-opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("versie 2");
        PlaywrightAssertions.assertThat(page.locator("#versielijst tbody tr")).hasCount(2);
        PlaywrightAssertions.assertThat(page.locator("#versielijst")).containsText("Tegelijk met de raad");
        browser.toegankelijkEnNederlands(page);

        page.navigate(browser.url("/gemeenten/" + GM + "/doorbraakplan/tranches/" + trancheId + "/communicatie"));
        PlaywrightAssertions.assertThat(page.locator("#toets-uitkomst")).containsText("In orde");

        // a meeting with more than 50 registrations
        page.locator("#bijeenkomst-naam").fill("Informatiebijeenkomst " + project);
        page.locator("#bijeenkomst-datum").fill(besluit.plusDays(29).toString());
        page.locator("#bijeenkomst-doelgroep-OMWONENDEN").check();
        page.locator("#bijeenkomst-aanmeldingen").fill("50");
        page.locator("#bijeenkomst-meerdan").check();
        page.locator("#bijeenkomst-lead").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel(project));
        Browser.klikEnWacht(page, page.locator("#bijeenkomst-opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#bijeenkomstlijst")).containsText("meer dan 50");
        browser.toegankelijkEnNederlands(page);

        Download xlsx = page.waitForDownload(() -> page.locator("#xlsx").click());
        try (InputStream in = Files.newInputStream(xlsx.path()); XSSFWorkbook werkmap = new XSSFWorkbook(in)) {
            Sheet acties = werkmap.getSheet("Acties");
            assertThat(acties.getLastRowNum()).isEqualTo(3);
            assertThat(acties.getRow(1).getCell(3).getStringCellValue()).isIn("Gemeenteraad", "Bewonersorganisaties",
                    "Omwonenden");
            assertThat(werkmap.getSheet("Bijeenkomsten").getRow(1).getCell(5).getStringCellValue())
                    .isEqualTo("meer dan 50");
            assertThat(werkmap.getSheet("Toets").getRow(1).getCell(0).getStringCellValue()).isEqualTo("In orde");
        }

        Browser.klikEnWacht(page, page.locator("#bijeenkomstlijst a").first());
        PlaywrightAssertions.assertThat(page.locator("#aanmeldingen")).hasText("meer dan 50");
        browser.toegankelijkEnNederlands(page);

        // the project's own page, from the lead
        page.navigate(browser.url("/gemeenten/" + GM + "/doorbraakplan/leads/" + lead));
        Browser.klikEnWacht(page, page.locator("#communicatie"));
        PlaywrightAssertions.assertThat(page.locator("#actielijst")).containsText("Brieven aan omwonenden");
        PlaywrightAssertions.assertThat(page.locator("#actielijst")).not().containsText("Raadsmededeling");
        browser.toegankelijkEnNederlands(page);

        page.navigate(browser.url("/gemeenten/" + GM + "/doorbraakplan/doelgroepen"));
        PlaywrightAssertions.assertThat(page.locator("#doelgroeplijst")).containsText("Bewonersorganisaties");
        browser.toegankelijkEnNederlands(page);
    }

    @Test
    void het_bestuur_leest_het_plan_zonder_formulieren() {
        Page page = browser.inloggen("bestuur-denhaag", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/gemeenten/" + GM + "/doorbraakplan/tranches/" + trancheId + "/communicatie"));
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Communicatieplan " + tranche);
        PlaywrightAssertions.assertThat(page.locator("#actie-formulier")).hasCount(0);
        PlaywrightAssertions.assertThat(page.locator("#bijeenkomst-formulier")).hasCount(0);
        browser.toegankelijkEnNederlands(page);
    }
}
