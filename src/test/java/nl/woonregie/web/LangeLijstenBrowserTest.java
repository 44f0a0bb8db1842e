package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Long Verhuisbox lists in the browser, on the demo's team (its 40 cases and its generated year): the coordinator's
 * list of cases and the worklists are searched, filtered and paged by the server with the search in the address, and
 * the case page folds its sections (the current step's actions open, the timeline folded); every page axe-clean.
 * The heights measured are printed ({@code HOOGTE …}) for docs/performance.md.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LangeLijstenBrowserTest {

    @Autowired
    JdbcClient jdbc;

    Browser browser;

    void toegankelijk(Page page) {
        assertThat(browser.toegankelijkheidsfouten(page)).as(page.url()).isEmpty();
    }

    static int hoogte(Page page) {
        return ((Number) page.evaluate("() => document.documentElement.scrollHeight")).intValue();
    }

    void knop(Page page, String naam) {
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(naam)
                .setExact(true)));
    }

    void link(Page page, String naam) {
        Browser.klikEnWacht(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(naam)
                .setExact(true)));
    }

    @Test
    void de_coordinator_zoekt_filtert_en_bladert_door_de_casussen() {
        long aantal = jdbc.sql("select count(*) from vhb_casus where team_id = (select t.team_id from toewijzing t "
                + "join gebruiker g on g.id = t.gebruiker_id where g.gebruikersnaam = 'vhb-coordinator')").query(Long.class).single();
        assertThat(aantal).as("de demo heeft een lange lijst").isGreaterThan(100);
        Page coord = browser.inloggen("vhb-coordinator", BrowserTest.DEMO_WACHTWOORD);
        coord.navigate(browser.url("/verhuisbox/casussen"));
        PlaywrightAssertions.assertThat(coord.locator("#casussen-aantal")).containsText(aantal + " casussen");
        assertThat(coord.locator("table tbody tr").count()).isEqualTo(25);
        PlaywrightAssertions.assertThat(coord.locator("caption")).containsText("pagina 1 van " + ((aantal + 24) / 25));
        int hoogte = hoogte(coord);
        System.out.println("HOOGTE casussen coördinator (" + aantal + " casussen, 1280 breed): " + hoogte + " px");
        assertThat(hoogte).isLessThan(3000);
        toegankelijk(coord);

        link(coord, "Volgende");
        assertThat(coord.url()).endsWith("/verhuisbox/casussen?pagina=2");
        PlaywrightAssertions.assertThat(coord.locator("#casussen-aantal")).containsText("26 tot en met 50");
        PlaywrightAssertions.assertThat(coord.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vorige")))
                .isVisible();

        // search by name, then filter by state: the search stays in the address and in the form
        coord.getByLabel("Naam of kenmerk (VHB-…)").fill("demo");
        coord.getByLabel("Status van de casus").selectOption("ZOEKEN");
        knop(coord, "Zoeken");
        assertThat(coord.url()).contains("zoek=demo").contains("status=ZOEKEN");
        PlaywrightAssertions.assertThat(coord.getByLabel("Naam of kenmerk (VHB-…)")).hasValue("demo");
        Locator rijen = coord.locator("table tbody tr");
        assertThat(rijen.count()).isPositive();
        for (Locator rij : rijen.all()) {
            PlaywrightAssertions.assertThat(rij).containsText("demo");
            PlaywrightAssertions.assertThat(rij.locator("td").nth(1)).hasText("Zoeken");
        }
        toegankelijk(coord);

        // by case number
        String kenmerk = rijen.first().locator("th").textContent().strip();
        coord.getByLabel("Naam of kenmerk (VHB-…)").fill(kenmerk);
        coord.getByLabel("Status van de casus").selectOption("");
        knop(coord, "Zoeken");
        assertThat(coord.locator("table tbody tr").count()).isEqualTo(1);
        PlaywrightAssertions.assertThat(coord.locator("table tbody th")).hasText(kenmerk);

        // cases with an overdue task
        link(coord, "Alles tonen");
        coord.getByLabel("Alleen te laat (deadline voorbij)").check();
        knop(coord, "Zoeken");
        assertThat(coord.url()).contains("teLaat=ja");
        PlaywrightAssertions.assertThat(coord.getByLabel("Alleen te laat (deadline voorbij)")).isChecked();
        for (Locator rij : coord.locator("table tbody tr").all()) {
            PlaywrightAssertions.assertThat(rij.locator("td").last()).containsText("te laat");
        }
        toegankelijk(coord);

        // a search that cannot be read is named at its field
        coord.navigate(browser.url("/verhuisbox/casussen?status=KLAAR"));
        PlaywrightAssertions.assertThat(coord.locator("#filter-status-fout")).containsText("een van");
        toegankelijk(coord);

        // the worklist page of the coordinator stays short: the waiting list and a link to the cases
        coord.navigate(browser.url("/verhuisbox"));
        System.out.println("HOOGTE werklijst coördinator (1280 breed): " + hoogte(coord) + " px");
        assertThat(hoogte(coord)).isLessThan(3000);
        toegankelijk(coord);
    }

    @Test
    void een_werklijst_filtert_op_soort_taak_en_te_laat() {
        Page cm = browser.inloggen("vhb-casemanager", BrowserTest.DEMO_WACHTWOORD);
        cm.navigate(browser.url("/verhuisbox"));
        toegankelijk(cm);
        cm.getByLabel("Soort taak").selectOption("OVERDRACHT");
        knop(cm, "Zoeken");
        assertThat(cm.url()).contains("taak=OVERDRACHT");
        Locator rijen = cm.locator("[aria-labelledby=taken] tbody tr");
        for (Locator rij : rijen.all()) {
            PlaywrightAssertions.assertThat(rij.locator("th")).containsText("Warme overdracht");
            PlaywrightAssertions.assertThat(rij.locator("td").last()).hasText("Verhuizing");
        }
        toegankelijk(cm);
        // no task on the demo is for work already done: no intake to plan for a case past its intake
        cm.navigate(browser.url("/verhuisbox?taak=INTAKE"));
        for (Locator rij : cm.locator("[aria-labelledby=taken] tbody tr").all()) {
            PlaywrightAssertions.assertThat(rij.locator("td").last()).hasText("Intake");
        }
        Page icp = browser.inloggen("vhb-icp", BrowserTest.DEMO_WACHTWOORD);
        icp.navigate(browser.url("/verhuisbox?taak=MELDING_BEOORDELEN"));
        for (Locator rij : icp.locator("[aria-labelledby=taken] tbody tr").all()) {
            assertThat(rij.locator("td").last().textContent()).isIn("Melding", "ICP-toets");
        }
        toegankelijk(icp);
    }

    @Test
    void de_casuspagina_vouwt_de_tijdlijn_en_opent_de_volgende_stap() {
        // the demo's case with the longest timeline that the coordinator reads
        long id = jdbc.sql("""
                select c.id from vhb_casus c join audit_log a on a.object_type = 'vhb_casus' and a.object_id = c.id::text
                where c.team_id = (select t.team_id from toewijzing t join gebruiker g on g.id = t.gebruiker_id
                                   where g.gebruikersnaam = 'vhb-coordinator')
                  and c.status in ('ZOEKEN', 'AANBOD', 'VERHUIZING')
                group by c.id order by count(*) desc, c.id limit 1""").query(Long.class).single();
        Page coord = browser.inloggen("vhb-coordinator", BrowserTest.DEMO_WACHTWOORD);
        coord.navigate(browser.url("/verhuisbox/casussen/" + id));
        PlaywrightAssertions.assertThat(coord.locator("#stappen-sectie")).hasJSProperty("open", true);
        PlaywrightAssertions.assertThat(coord.locator("#gegevens-sectie")).hasJSProperty("open", true);
        PlaywrightAssertions.assertThat(coord.locator("#tijdlijn-sectie")).not().hasJSProperty("open", true);
        PlaywrightAssertions.assertThat(coord.locator(".woonregie-tijdlijn")).not().isVisible();
        PlaywrightAssertions.assertThat(coord.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Traject stoppen"))).isVisible();
        int gevouwen = hoogte(coord);
        toegankelijk(coord);
        coord.locator("#tijdlijn-sectie > summary").click();
        PlaywrightAssertions.assertThat(coord.locator(".woonregie-tijdlijn")).isVisible();
        toegankelijk(coord);
        coord.evaluate("() => document.querySelectorAll('details.woonregie-sectie').forEach(d => d.open = true)");
        int open = hoogte(coord);
        System.out.println("HOOGTE casuspagina VHB-" + id + " (coördinator, 1280 breed): gevouwen " + gevouwen
                + " px, alles open " + open + " px");
        assertThat(gevouwen).isLessThan(open);
        // the sections can be opened with the keyboard
        coord.navigate(browser.url("/verhuisbox/casussen/" + id));
        coord.locator("#tijdlijn-sectie > summary").focus();
        coord.keyboard().press("Enter");
        PlaywrightAssertions.assertThat(coord.locator("#tijdlijn-sectie")).hasJSProperty("open", true);
    }
}
