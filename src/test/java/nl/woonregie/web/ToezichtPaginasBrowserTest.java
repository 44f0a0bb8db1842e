package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.toezicht.regels.Periode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The supervision pages in a real browser (Chromium) with the demo data: content, keyboard, accessibility. */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ToezichtPaginasBrowserTest {


    Browser browser;

    @Autowired
    JdbcClient jdbc;



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

    @Test
    void gemeentepagina_met_grafiek_oordelen_en_zonder_ernstige_toegankelijkheidsfouten() {
        Page page = browser.inloggen("toezicht-zh", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/gemeenten/GM0518"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).textContent())
                .isEqualTo("'s-Gravenhage");
        assertThat(page.locator("svg.woonregie-grafiek").count()).isEqualTo(1);
        assertThat(page.locator("text=tweede helft 2020").count()).isPositive();
        browser.screenshot(page, "gemeente");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
    }

    @Test
    void rondepagina_en_gemeente_in_de_ronde_zonder_ernstige_toegankelijkheidsfouten() {
        Page page = browser.inloggen("toezicht-zh", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/rondes"));
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("1 juli 2023")).click();
        PlaywrightAssertions.assertThat(page.locator("#rondetabel tbody tr")).hasCount(50);
        browser.screenshot(page, "ronde");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Delft")).first().click();
        PlaywrightAssertions.assertThat(page.locator("h1")).containsText("Delft");
        browser.screenshot(page, "ronde-gemeente");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
    }

    @Test
    void een_afgewezen_beslissing_toont_de_fout_bij_het_veld_en_houdt_wat_is_ingevuld() {
        Page page = browser.inloggen("toezicht-zh", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/rondes"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("1 juli 2023")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Delft")).first().click();
        page.locator("#reden").fill("Onvolledige dossiers van COA");
        page.locator("#reden-motivering").fill("x".repeat(4001));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verschoonbare reden vastleggen")).click();
        PlaywrightAssertions.assertThat(page.locator("#reden-motivering-fout")).containsText("hoogstens 4000 tekens");
        PlaywrightAssertions.assertThat(page.locator("#reden-motivering")).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(page.locator("#reden")).hasValue("Onvolledige dossiers van COA");
        assertThat(page.locator("#reden-motivering").inputValue()).hasSize(4001);
        browser.screenshot(page, "ronde-gemeente-fout");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
    }

    @Test
    void de_rondepagina_biedt_de_peildata_van_het_eigen_beleidskader_van_de_provincie() {
        LocalDate vandaag = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        // Zuid-Holland: its 1 January/April/July/October, the latest up to today chosen
        Page page = browser.inloggen("toezicht-zh", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/rondes"));
        PlaywrightAssertions.assertThat(page.locator("#peildatum")).hasValue(Periode.laatstePeildatum(vandaag)
                .toString());
        PlaywrightAssertions.assertThat(page.locator("#peildata-uitleg")).containsText("Zuid-Holland");
        page.close();

        // Zeeland's (illustrative, test classpath) kader judges the year on 25 January of 2025–2027
        page = browser.inloggen("beheerder", IntegratieTest.BEHEERDER_WACHTWOORD);
        page.navigate(browser.url("/rondes"));
        page.locator("#provincie").selectOption("PV29");
        Browser.klikEnWacht(page, page.locator("#peildata-tonen"));
        PlaywrightAssertions.assertThat(page.locator("#provincie")).hasValue("PV29");
        PlaywrightAssertions.assertThat(page.locator("#peildata-uitleg")).containsText("Zeeland");
        List<String> verwacht = new java.util.ArrayList<>();
        for (int jaar = Math.min(vandaag.getYear(), 2027); jaar >= 2025; jaar--) {
            LocalDate d = LocalDate.of(jaar, 1, 25);
            if (!d.isAfter(vandaag) && !d.isBefore(vandaag.minusYears(4))) {
                verwacht.add(d.toString());
            }
        }
        assertThat(page.locator("#peildatum option").all().stream().map(o -> o.getAttribute("value")).toList())
                .isEqualTo(verwacht);
        PlaywrightAssertions.assertThat(page.locator("#peildatum")).hasValue(verwacht.get(0));
        browser.screenshot(page, "rondes-eigen-peildata");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
        // a province without a kader: no peildata, and the page says why
        page.locator("#provincie").selectOption("PV27");
        Browser.klikEnWacht(page, page.locator("#peildata-tonen"));
        PlaywrightAssertions.assertThat(page.locator("#geen-peildata")).containsText("Noord-Holland");
        PlaywrightAssertions.assertThat(page.locator("#peildatum option")).hasCount(0);
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
    }

    @Test
    void een_ronde_zonder_beleidskader_toont_de_fout_bij_de_peildatum_en_houdt_de_keuze() {
        Page page = browser.inloggen("beheerder", IntegratieTest.BEHEERDER_WACHTWOORD);
        page.navigate(browser.url("/rondes"));
        page.locator("#provincie").selectOption("PV27");
        String peildatum = page.locator("#peildatum option").nth(1).getAttribute("value");
        page.locator("#peildatum").selectOption(peildatum);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start ronde")).click();
        PlaywrightAssertions.assertThat(page.locator("#peildatum-fout")).containsText("geen beleidskader");
        PlaywrightAssertions.assertThat(page.locator("#peildatum")).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(page.locator("#foutsamenvatting")).containsText("geen beleidskader");
        PlaywrightAssertions.assertThat(page.locator("#peildatum")).hasValue(peildatum);
        PlaywrightAssertions.assertThat(page.locator("#provincie")).hasValue("PV27");
        browser.screenshot(page, "rondes-fout");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
    }

    @Test
    void herberekenen_of_vaststellen_van_een_intussen_vastgestelde_ronde_toont_de_reden_op_de_rondepagina() {
        long[] ronde = jdbc.sql("select id, versie from beoordelingsronde where provincie_code = 'PV28' "
                + "and status = 'VASTGESTELD' order by peildatum limit 1")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        Page page = browser.inloggen("toezicht-zh", BrowserTest.DEMO_WACHTWOORD);
        for (String actie : new String[] {"herberekenen", "vaststellen"}) {
            page.navigate(browser.url("/rondes/" + ronde[0] + "?filter=alle"));
            // the page of a moment ago, when the round was still a concept: its form, with the version it showed
            page.evaluate("([pad, versie]) => { const f = document.createElement('form'); f.method = 'post'; f.action = pad;"
                    + " for (const [n, v] of [['versie', versie], ['bevestigd', 'ja'], ['_csrf', document.querySelector("
                    + "'meta[name=csrf-token]').content]]) { const i = document.createElement('input'); i.type = 'hidden'; i.name = n; i.value = v;"
                    + " f.appendChild(i); } document.body.appendChild(f); f.submit(); }",
                    List.of("/rondes/" + ronde[0] + "/" + actie, String.valueOf(ronde[1])));
            page.waitForURL(browser.url("/rondes/" + ronde[0]));
            PlaywrightAssertions.assertThat(page.getByRole(AriaRole.ALERT)).containsText("is vastgesteld en kan niet "
                    + "meer worden gewijzigd");
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("status vastgesteld");
            assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
        }
    }

    @Test
    void simulator_berekent_het_uitgewerkte_voorbeeld_en_noemt_fouten_bij_het_veld() {
        Page page = browser.nieuwePagina();
        page.navigate(browser.url("/simulator"));
        // the answer arrives in chunks: wait for the whole page, and let the assertion retry
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bereken")));
        PlaywrightAssertions.assertThat(page.locator("#uitkomst tbody tr")).hasCount(5);
        PlaywrightAssertions.assertThat(page.locator("#uitkomst tbody tr").nth(4)).containsText("volgende fase");
        browser.screenshot(page, "simulator");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
        page.getByLabel("Taakstelling").first().fill("-5");
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bereken")));
        PlaywrightAssertions.assertThat(page.locator("#foutsamenvatting")).containsText("mag niet negatief zijn");
        assertThat(page.locator("#p0-taakstelling").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
    }

    @Test
    void simulator_toont_de_fout_bij_het_veld_van_de_periode_en_houdt_wat_is_ingevuld() {
        Page page = browser.nieuwePagina();
        page.navigate(browser.url("/simulator"));
        page.locator("#p1-gehuisvest").fill("veel");
        page.locator("#p2-periode").fill("2023-I");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Periode toevoegen")).click();
        PlaywrightAssertions.assertThat(page.locator("#p3-periode")).hasValue("2023-II");
        PlaywrightAssertions.assertThat(page.locator("#p1-gehuisvest")).hasValue("veel");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bereken")).click();
        PlaywrightAssertions.assertThat(page.locator("#p1-gehuisvest-fout")).containsText("geheel getal");
        PlaywrightAssertions.assertThat(page.locator("#p1-gehuisvest")).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(page.locator("#p1-gehuisvest")).hasAttribute("aria-describedby", "p1-gehuisvest-fout");
        PlaywrightAssertions.assertThat(page.locator("#p2-periode-fout")).containsText("sluit niet aan");
        PlaywrightAssertions.assertThat(page.locator("#foutsamenvatting a[href='#p1-gehuisvest']"))
                .containsText("Periode 2, Gehuisvest");
        PlaywrightAssertions.assertThat(page.locator("#p1-gehuisvest")).hasValue("veel");
        PlaywrightAssertions.assertThat(page.locator("#p2-periode")).hasValue("2023-I");
        PlaywrightAssertions.assertThat(page.locator("#p0-taakstelling")).hasValue("197");
        PlaywrightAssertions.assertThat(page.locator("#p1-koppelingenVoldoende")).hasValue("false");
        PlaywrightAssertions.assertThat(page.locator("#uitkomst")).hasCount(0);
        browser.screenshot(page, "simulator-fout");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
    }

    @Test
    void pagina_s_passen_op_een_tablet_zonder_horizontaal_scrollen() {
        Page page = browser.nieuwePagina(768, 1024);
        page.navigate(browser.url("/inloggen"));
        page.getByLabel("Gebruikersnaam").fill("toezicht-zh");
        page.getByLabel("Wachtwoord").fill(BrowserTest.DEMO_WACHTWOORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
        for (String pad : new String[] {"/provincies/PV28", "/gemeenten/GM0518", "/rondes", "/simulator"}) {
            page.navigate(browser.url(pad));
            Object breedte = page.evaluate("() => document.documentElement.scrollWidth");
            assertThat(((Number) breedte).intValue()).as(pad).isLessThanOrEqualTo(768);
        }
        page.navigate(browser.url("/provincies/PV28"));
        browser.screenshot(page, "dashboard-tablet");
    }
}
