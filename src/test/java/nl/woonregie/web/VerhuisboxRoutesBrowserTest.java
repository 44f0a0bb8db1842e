package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import nl.woonregie.verhuisbox.Testteam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The other routes of a Verhuisbox household in the browser (issue 20 §1), with the axe check clean on each page: the
 * CJG rule — a household with a minor child cannot start searching before the CJG gezinscoach's family talk is
 * recorded; the form names its errors at the field and at the top and keeps what was typed; the worklist's task
 * closes itself —, housing in the client's own network, recorded and closing the trajectory with its own outcome, and
 * the warm hand-over to the receiving municipality, sent by e-mail with its sending state shown. Each on a team of its
 * own ({@link Testteam}).
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerhuisboxRoutesBrowserTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Browser browser;

    void knop(Page page, String naam) {
        Browser.klikEnWacht(page,
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(naam).setExact(true)).first());
    }

    void toegankelijk(Page page) {
        assertThat(browser.toegankelijkheidsfouten(page)).as(page.url()).isEmpty();
    }

    int openGezinsgesprekken(long id) {
        return jdbc.sql("select count(*) from vhb_taak where casus_id = ? and soort = 'GEZINSGESPREK' "
                + "and afgerond_op is null").param(id).query(Integer.class).single();
    }

    @Test
    void met_een_minderjarig_kind_gaat_het_gezinsgesprek_van_het_cjg_voor_het_zoeken() {
        Testteam t = new Testteam(mvc, jdbc);
        t.capaciteit(LocalDate.now().getYear(), "HUISHOUDEN", 50);
        long id = t.meld("Browsertest Gezin CJG");
        t.overgang(t.icp, id, "ICP_TOETS", "", 200);
        t.api.als(t.icp).post(Testteam.A + "/casussen/" + id + "/toets", Testteam.toets("VOLDAAN")).status(200);
        t.api.als(t.coordinator).put(Testteam.A + "/casussen/" + id + "/toewijzing", "{\"casemanager\":\""
                + t.casemanager + "\",\"administratief\":\"" + t.administratief + "\"}").status(200);
        t.overgang(t.coordinator, id, "INTAKE", "", 200);
        t.api.als(t.casemanager).put(Testteam.A + "/casussen/" + id + "/intake", "{\"variant\":\"INTENSIEF\","
                + "\"zoekregios\":[{\"regio\":\"Parkstad Limburg\",\"zeerKansrijk\":true}]}").status(200);
        t.vinkAlles(t.casemanager, id, "INTAKE");
        assertThat(openGezinsgesprekken(id)).isEqualTo(1);

        // the casemanager's worklist carries the talk; the case says it is still to be recorded
        Page cm = browser.inloggen(t.casemanager, Accounts.WACHTWOORD);
        PlaywrightAssertions.assertThat(cm.locator("main")).containsText("Gezinsgesprek laten voeren door de "
                + "gezinscoach van het CJG");
        cm.navigate(browser.url("/verhuisbox/casussen/" + id));
        PlaywrightAssertions.assertThat(cm.locator("#gezinsgesprek-stand")).hasText(
                "nog niet vastgelegd (nodig vóór het zoeken)");
        toegankelijk(cm);

        // searching before the talk is refused, saying why
        knop(cm, "Naar zoeken");
        PlaywrightAssertions.assertThat(cm.getByRole(AriaRole.ALERT)).containsText("gezinscoach van het CJG");
        PlaywrightAssertions.assertThat(cm.locator("#status")).hasText("Intake");

        // a talk in the future without a gezinscoach: both named at the field and at the top, the date kept
        String morgen = LocalDate.now().plusDays(1).toString();
        cm.getByLabel("Datum van het gezinsgesprek").fill(morgen);
        knop(cm, "Gezinsgesprek vastleggen");
        PlaywrightAssertions.assertThat(cm.locator("#gezinsgesprek-datum-fout")).containsText("niet in de toekomst");
        PlaywrightAssertions.assertThat(cm.locator("#gezinscoach-fout")).containsText("verplicht");
        PlaywrightAssertions.assertThat(cm.locator("#gezinsgesprek-datum")).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(cm.locator("#fouten")).containsText("niet in de toekomst");
        PlaywrightAssertions.assertThat(cm.locator("#gezinsgesprek-datum")).hasValue(morgen);
        toegankelijk(cm);
        assertThat(openGezinsgesprekken(id)).isEqualTo(1);

        // recorded: shown on the case in words, the task closed by itself, and the search can start
        cm.getByLabel("Datum van het gezinsgesprek").fill(LocalDate.now().toString());
        cm.getByLabel("Gezinscoach van het CJG").fill("A. Jansen (CJG Den Haag)");
        knop(cm, "Gezinsgesprek vastleggen");
        PlaywrightAssertions.assertThat(cm.getByRole(AriaRole.STATUS)).containsText("Het gezinsgesprek is vastgelegd.");
        PlaywrightAssertions.assertThat(cm.locator("#gezinsgesprek-stand")).containsText("gezinscoach A. Jansen (CJG "
                + "Den Haag)");
        PlaywrightAssertions.assertThat(cm.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Gezinsgesprek vastleggen"))).hasCount(0);
        toegankelijk(cm);
        assertThat(openGezinsgesprekken(id)).isZero();
        knop(cm, "Naar zoeken");
        PlaywrightAssertions.assertThat(cm.locator("#status")).hasText("Zoeken");
        toegankelijk(cm);
    }

    @Test
    void huisvesting_in_het_eigen_netwerk_wordt_vastgelegd_en_sluit_het_traject_af() {
        Testteam t = new Testteam(mvc, jdbc);
        t.capaciteit(LocalDate.now().getYear(), "HUISHOUDEN", 50);
        long id = t.inZoekenMet(Testteam.melding("Browsertest Netwerk", 0));
        Page cm = browser.inloggen(t.casemanager, Accounts.WACHTWOORD);
        cm.navigate(browser.url("/verhuisbox/casussen/" + id));
        toegankelijk(cm);

        // without with whom and with a day in the future: both named at the field and at the top, the date kept
        String morgen = LocalDate.now().plusDays(1).toString();
        cm.getByLabel("Vanaf", new Page.GetByLabelOptions().setExact(true)).fill(morgen);
        knop(cm, "Netwerk vastleggen");
        PlaywrightAssertions.assertThat(cm.locator("#netwerk-bij-fout")).containsText("verplicht");
        PlaywrightAssertions.assertThat(cm.locator("#netwerk-datum-fout")).containsText("niet in de toekomst");
        PlaywrightAssertions.assertThat(cm.locator("#fouten")).containsText("niet in de toekomst");
        PlaywrightAssertions.assertThat(cm.locator("#netwerk-datum")).hasValue(morgen);
        toegankelijk(cm);

        cm.getByLabel("Bij wie (familie, vrienden)").fill("Zus in Zoetermeer");
        cm.getByLabel("Vanaf", new Page.GetByLabelOptions().setExact(true)).fill(LocalDate.now().toString());
        cm.getByLabel("Briefadres?", new Page.GetByLabelOptions().setExact(true)).selectOption("nee");
        knop(cm, "Netwerk vastleggen");
        PlaywrightAssertions.assertThat(cm.getByRole(AriaRole.STATUS)).containsText("De huisvesting in het eigen "
                + "netwerk is vastgelegd.");
        PlaywrightAssertions.assertThat(cm.locator("#netwerk-stand")).hasText("bij Zus in Zoetermeer vanaf "
                + nl.woonregie.platform.web.Weergave.dag(LocalDate.now()) + "; briefadres nee, kostendelersnorm "
                + "buiten toepassing");
        toegankelijk(cm);

        knop(cm, "Afsluiten als gehuisvest in het eigen netwerk");
        PlaywrightAssertions.assertThat(cm.locator("#status")).hasText("Afgesloten");
        PlaywrightAssertions.assertThat(cm.locator("main")).containsText("uitkomst: gehuisvest in het eigen netwerk");
        PlaywrightAssertions.assertThat(cm.locator("main")).containsText("eigen netwerk (bij Zus in Zoetermeer)");
        toegankelijk(cm);
        assertThat(jdbc.sql("select count(*) from vhb_taak where casus_id = ? and afgerond_op is null").param(id)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void de_warme_overdracht_gaat_per_e_mail_en_toont_haar_verzendstatus() {
        Testteam t = new Testteam(mvc, jdbc);
        t.capaciteit(LocalDate.now().getYear(), "HUISHOUDEN", 50);
        long id = t.metAanvaardAanbod("Browsertest Overdracht", "Heerlen");
        Page cm = browser.inloggen(t.casemanager, Accounts.WACHTWOORD);
        cm.navigate(browser.url("/verhuisbox/casussen/" + id));
        PlaywrightAssertions.assertThat(cm.locator("#overdrachten")).containsText("Nog geen overdracht vastgelegd.");
        toegankelijk(cm);

        // an address that is none and nothing handed over: named at the field and at the top, the rest kept
        cm.getByLabel("Ontvangende organisatie (gemeente, wijkteam)").fill("Gemeente Heerlen");
        cm.getByLabel("Contactpersoon", new Page.GetByLabelOptions().setExact(true)).fill("J. Peters (fictief)");
        cm.getByLabel("E-mailadres van de contactpersoon").fill("j.peters-heerlen");
        knop(cm, "Overdracht versturen");
        PlaywrightAssertions.assertThat(cm.locator("#overdracht-email-fout")).containsText("geen e-mailadres");
        PlaywrightAssertions.assertThat(cm.locator("#overdracht-wat-fout")).containsText("verplicht");
        PlaywrightAssertions.assertThat(cm.locator("#fouten")).containsText("geen e-mailadres");
        PlaywrightAssertions.assertThat(cm.locator("#overdracht-organisatie")).hasValue("Gemeente Heerlen");
        PlaywrightAssertions.assertThat(cm.locator("#overdracht-email")).hasValue("j.peters-heerlen");
        toegankelijk(cm);

        cm.getByLabel("E-mailadres van de contactpersoon").fill("j.peters." + id + "@heerlen.example.org");
        cm.getByLabel("Wat is overgedragen").fill("Uitkering aangevraagd; inschrijving BRP gedaan.");
        knop(cm, "Overdracht versturen");
        PlaywrightAssertions.assertThat(cm.getByRole(AriaRole.STATUS)).containsText("De overdracht is vastgelegd en de "
                + "e-mail staat in de uitgaande post.");
        PlaywrightAssertions.assertThat(cm.locator("#overdrachten")).containsText("Gemeente Heerlen, J. Peters "
                + "(fictief)");
        // the sending state in words (this context has no mail server: not sent yet)
        PlaywrightAssertions.assertThat(cm.locator("#overdrachten tbody tr td").last()).hasText(
                java.util.regex.Pattern.compile("^(Niet verzonden|Verzonden op .+)$"));
        toegankelijk(cm);
        assertThat(jdbc.sql("select count(*) from vhb_taak where casus_id = ? and soort = 'OVERDRACHT' "
                + "and afgerond_op is null").param(id).query(Integer.class).single()).isZero();
    }
}
