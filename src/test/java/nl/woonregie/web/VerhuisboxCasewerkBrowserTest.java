package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import nl.woonregie.support.TestKlok;
import nl.woonregie.verhuisbox.Testteam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Casework as the team does it, in the browser (issue 20 §3), with axe and the Dutch-text check clean on each page:
 * the casemanager plans the intake appointment on the case page (an invalid time and place named at the field and at
 * the top, the rest kept), sees the appointment with the sending state of each e-mail, moves it, and after its time
 * records that the client did not come — the no-show counted, a new appointment offered; at the next one the client
 * comes and the confirmation of the agreements is previewed and sent. A team of its own.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerhuisboxCasewerkBrowserTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestKlok klok;

    Browser browser;

    void knop(Page page, String naam) {
        Browser.klikEnWacht(page,
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(naam).setExact(true)).first());
    }

    @Test
    void de_casemanager_plant_verplaatst_en_legt_niet_verschenen_vast() {
        Testteam t = new Testteam(mvc, jdbc);
        t.capaciteit(LocalDate.now().getYear(), "HUISHOUDEN", 50);
        long id = t.meld("Browsertest Intakeafspraak");
        t.overgang(t.icp, id, "ICP_TOETS", "", 200);
        t.api.als(t.icp).post(Testteam.A + "/casussen/" + id + "/toets", Testteam.toets("VOLDAAN")).status(200);
        t.api.als(t.coordinator).put(Testteam.A + "/casussen/" + id + "/toewijzing", "{\"casemanager\":\""
                + t.casemanager + "\",\"administratief\":\"" + t.administratief + "\"}").status(200);
        t.overgang(t.coordinator, id, "INTAKE", "", 200);
        LocalDate morgen = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1);

        Page cm = browser.inloggen(t.casemanager, Accounts.WACHTWOORD);
        cm.navigate(browser.url("/verhuisbox/casussen/" + id));
        PlaywrightAssertions.assertThat(cm.locator("#intakeafspraken")).containsText("Nog geen intakeafspraak gepland.");
        browser.toegankelijkEnNederlands(cm);

        // a time that is none and no place: named at the field and at the top, the rest kept
        cm.getByLabel("Datum", new Page.GetByLabelOptions().setExact(true)).fill(morgen.toString());
        cm.getByLabel("Tijd (UU:MM)").fill("half elf");
        cm.getByLabel("Plaats", new Page.GetByLabelOptions().setExact(true)).first().fill("");
        cm.getByLabel("E-mailadres van de aanmelder (optioneel)").first().fill("aanmelder." + id + "@ldh.example.org");
        knop(cm, "Afspraak plannen en versturen");
        PlaywrightAssertions.assertThat(cm.locator("#afspraak-tijd-fout")).containsText("geen tijd");
        PlaywrightAssertions.assertThat(cm.locator("#afspraak-plaats-fout")).containsText("verplicht");
        PlaywrightAssertions.assertThat(cm.locator("#fouten")).containsText("geen tijd");
        PlaywrightAssertions.assertThat(cm.locator("#afspraak-aanmelder")).hasValue("aanmelder." + id
                + "@ldh.example.org");
        browser.toegankelijkEnNederlands(cm);

        cm.getByLabel("Tijd (UU:MM)").fill("10:30");
        cm.getByLabel("Plaats", new Page.GetByLabelOptions().setExact(true)).first().fill("spreekbox HAS");
        knop(cm, "Afspraak plannen en versturen");
        PlaywrightAssertions.assertThat(cm.getByRole(AriaRole.STATUS)).containsText("De intakeafspraak is gepland");
        PlaywrightAssertions.assertThat(cm.locator("#intakeafspraken")).containsText("10:30 uur");
        PlaywrightAssertions.assertThat(cm.locator("#intakeafspraken")).containsText("spreekbox HAS");
        // each e-mail with its sending state in words (this context has no mail server: not sent yet)
        PlaywrightAssertions.assertThat(cm.locator("#intakeafspraken")).containsText(java.util.regex.Pattern.compile(
                "Cliënt \\(client@example\\.org\\): (Niet verzonden|Verzonden op .+)"));
        PlaywrightAssertions.assertThat(cm.locator("#intakeafspraken")).containsText("Aanmelder (aanmelder." + id);
        browser.toegankelijkEnNederlands(cm);

        // moving it
        cm.getByLabel("Nieuwe tijd (UU:MM)").fill("14:00");
        knop(cm, "Afspraak verplaatsen");
        PlaywrightAssertions.assertThat(cm.getByRole(AriaRole.STATUS)).containsText("De intakeafspraak is verplaatst");
        PlaywrightAssertions.assertThat(cm.locator("#intakeafspraken")).containsText("14:00 uur");
        PlaywrightAssertions.assertThat(cm.locator("#intakeafspraken")).containsText("gewijzigd");

        // before its time the outcome is refused at its field; after it, the no-show is counted
        knop(cm, "Uitkomst vastleggen");
        PlaywrightAssertions.assertThat(cm.locator("#afspraak-uitkomst-fout")).containsText("pas vast te leggen vanaf");
        browser.toegankelijkEnNederlands(cm);
        try {
            klok.zet(morgen.atTime(LocalTime.of(15, 0)).atZone(ZoneId.of("Europe/Amsterdam")).toInstant());
            cm.navigate(browser.url("/verhuisbox/casussen/" + id));
            cm.getByLabel("Is de cliënt verschenen?").selectOption("NIET_VERSCHENEN");
            knop(cm, "Uitkomst vastleggen");
            PlaywrightAssertions.assertThat(cm.getByRole(AriaRole.STATUS)).containsText("De uitkomst van de "
                    + "intakeafspraak is vastgelegd.");
            PlaywrightAssertions.assertThat(cm.locator("#intakeafspraken")).containsText("Niet verschenen");
            PlaywrightAssertions.assertThat(cm.locator("#intakeafspraak-sectie summary")).containsText(
                    "1 keer niet verschenen");
            // a new appointment is offered again
            PlaywrightAssertions.assertThat(cm.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("Afspraak plannen en versturen"))).isVisible();
            browser.toegankelijkEnNederlands(cm);

            // the next appointment (the form suggests the next working day at 10:00); the client comes, and the
            // confirmation of the agreements is previewed and sent
            knop(cm, "Afspraak plannen en versturen");
            PlaywrightAssertions.assertThat(cm.getByRole(AriaRole.STATUS)).containsText("De intakeafspraak is gepland");
            LocalDate tweede = jdbc.sql("select datum from vhb_intakeafspraak where casus_id = ? and uitkomst is null")
                    .param(id).query(LocalDate.class).single();
            klok.zet(tweede.atTime(LocalTime.of(11, 0)).atZone(ZoneId.of("Europe/Amsterdam")).toInstant());
            cm.navigate(browser.url("/verhuisbox/casussen/" + id));
            cm.getByLabel("Is de cliënt verschenen?").selectOption("VERSCHENEN");
            knop(cm, "Uitkomst vastleggen");
            PlaywrightAssertions.assertThat(cm.locator("#bevestiging-voorbeeld")).containsText(
                    "elke werkdag namens u op woningen");
            PlaywrightAssertions.assertThat(cm.locator("#bevestiging-voorbeeld")).containsText(
                    "Wij hebben nog deze documenten van u nodig:");
            browser.toegankelijkEnNederlands(cm);
            knop(cm, "Bevestiging versturen");
            PlaywrightAssertions.assertThat(cm.getByRole(AriaRole.STATUS)).containsText("De bevestiging van de "
                    + "afspraken staat in de uitgaande post.");
            PlaywrightAssertions.assertThat(cm.locator("#intakebevestigingen")).containsText("client@example.org");
            browser.toegankelijkEnNederlands(cm);
        } finally {
            klok.herstel();
        }
        assertThat(jdbc.sql("select count(*) from vhb_taak where casus_id = ? and soort = 'INTAKE' "
                + "and afgerond_op is null").param(id).query(Integer.class).single()).isEqualTo(1);
    }
}
