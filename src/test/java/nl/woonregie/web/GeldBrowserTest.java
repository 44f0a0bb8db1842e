package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import nl.woonregie.support.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verhuisbox money in the browser on a team of its own: the casemanager proposes a furnishing grant on the case
 * page, the consulent approves it on the budget page, the administratief registers the payment; the case page links
 * the beschikking; axe clean on each page.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeldBrowserTest {

    static final String WW = "browser-geld-wachtwoord-1";
    static final String A = "/api/v1/verhuisbox";
    static final JsonMapper JSON = JsonMapper.builder().build();


    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Browser browser;
    Http http;
    long casus;

    @BeforeAll
    void start() {
        http = new Http(mvc, WW);
        int jaar = LocalDate.now().getYear();
        jdbc.sql("insert into vhb_team (naam, gemeente_code) values ('Geld-browsertest', 'GM0518') on conflict do nothing")
                .update();
        long team = jdbc.sql("select id from vhb_team where naam = 'Geld-browsertest'").query(Long.class).single();
        jdbc.sql("insert into vhb_capaciteit (team_id, jaar, categorie, aantal) values (?, ?, 'HUISHOUDEN', 50), "
                + "(?, ?, 'JONGERE', 14) on conflict do nothing").params(team, jaar, team, jaar).update();
        jdbc.sql("insert into vhb_volgorde (team_id) values (?) on conflict do nothing").param(team).update();
        jdbc.sql("""
                insert into vhb_pot (team_id, jaar, code, naam, bedrag, waarschuwing_pct)
                select ?, ?, code, naam, bedrag, waarschuwing_pct from vhb_pot
                where jaar = 2024 and team_id = (select id from vhb_team where naam = 'Den Haag') on conflict do nothing""")
                .params(team, jaar).update();
        jdbc.sql("""
                insert into vhb_regel (team_id, jaar, soort, omschrijving, vorm_buiten, vorm_eigen, pot_gift, pot_lening,
                    richtbedrag, maximum, grondslag_gift, grondslag_lening, bezwaar, op_aanvraag, waardendriehoek)
                select ?, ?, soort, omschrijving, vorm_buiten, vorm_eigen, pot_gift, pot_lening, richtbedrag, maximum,
                    grondslag_gift, grondslag_lening, bezwaar, op_aanvraag, waardendriehoek from vhb_regel
                where jaar = 2024 and team_id = (select id from vhb_team where naam = 'Den Haag') on conflict do nothing""")
                .params(team, jaar).update();
        for (String[] a : new String[][] {{"gb-aanmelder", "AANMELDER"}, {"gb-icp", "ICP"},
            {"gb-casemanager", "CASEMANAGER"}, {"gb-administratief", "ADMINISTRATIEF"}, {"gb-consulent", "CONSULENT"},
            {"gb-coordinator", "COORDINATOR"}}) {
            MockHttpServletResponse r = http.post("beheerder", "/api/v1/gebruikers", "{\"gebruikersnaam\":\"" + a[0]
                    + "\",\"wachtwoord\":\"" + WW + "\",\"rol\":\"" + a[1] + "\",\"team\":" + team + "}");
            assertThat(r.getStatus()).isIn(201, 409);
        }
        casus = teVerhuizen();
    }


    JsonNode json(MockHttpServletResponse r, int status) throws Exception {
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(status);
        return JSON.readTree(r.getContentAsByteArray());
    }

    long teVerhuizen() {
        try {
            String melding = """
                    {"organisatie":"Leger des Heils","naam":"Browsertest Geld","geboortedatum":"1980-04-01",
                     "volwassenen":1,"kinderen":0,"inkomen":"Participatiewet","slaapplek":"Nachtopvang",
                     "reden":"Dakloos","voorkeursregios":["Limburg"],"documenten":["DigiD"],"toestemmingOp":"%s"}"""
                    .formatted(LocalDate.now().minusDays(1));
            long id = json(http.post("gb-aanmelder", A + "/meldingen", melding), 201).path("id").asLong();
            json(http.post("gb-icp", A + "/casussen/" + id + "/overgangen", "{\"naar\":\"ICP_TOETS\",\"reden\":\"t\"}"), 200);
            StringBuilder toets = new StringBuilder("{\"criteria\":[");
            for (JsonNode k : json(http.get("gb-icp", A + "/criteria/" + LocalDate.now().getYear()), 200).path("criteria")) {
                String code = k.path("code").asString();
                toets.append(toets.length() > 14 ? "," : "").append("{\"code\":\"").append(code).append("\",\"uitkomst\":\"")
                        .append(k.path("soort").asString().equals("UITZONDERING") ? "NIET_VOLDAAN" : "VOLDAAN")
                        .append("\"}");
            }
            json(http.post("gb-icp", A + "/casussen/" + id + "/toets", toets + "]}"), 200);
            json(http.put("gb-coordinator", A + "/casussen/" + id + "/toewijzing",
                    "{\"casemanager\":\"gb-casemanager\",\"administratief\":\"gb-administratief\"}"), 200);
            json(http.post("gb-coordinator", A + "/casussen/" + id + "/overgangen", "{\"naar\":\"INTAKE\",\"reden\":\"t\"}"),
                    200);
            json(http.put("gb-casemanager", A + "/casussen/" + id + "/intake", "{\"variant\":\"INTENSIEF\",\"zoekregios\":"
                    + "[{\"regio\":\"Parkstad Limburg\",\"zeerKansrijk\":true}]}"), 200);
            vink(id, "INTAKE");
            json(http.post("gb-casemanager", A + "/casussen/" + id + "/overgangen", "{\"naar\":\"ZOEKEN\",\"reden\":\"t\"}"),
                    200);
            long a = json(http.post("gb-casemanager", A + "/casussen/" + id + "/aanbiedingen", "{\"gemeente\":\"Heerlen\","
                    + "\"corporatie\":\"Vincio Wonen\",\"adres\":\"Akerstraat 1\",\"huur\":612.50,\"deadline\":\""
                    + LocalDate.now().plusDays(3) + "\"}"), 201).path("aanbiedingen").get(0).path("id").asLong();
            vink(id, "AANBOD");
            json(http.post("gb-casemanager", A + "/aanbiedingen/" + a + "/besluit", "{\"besluit\":\"AANVAARD\"}"), 200);
            return id;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    void vink(long id, String lijst) throws Exception {
        for (JsonNode p : json(http.get("gb-casemanager", A + "/casussen/" + id + "/checklist"), 200).path("punten")) {
            if (p.path("lijst").asString().equals(lijst)) {
                json(http.put("gb-casemanager", A + "/casussen/" + id + "/checklist/" + lijst + "/"
                        + p.path("code").asString(), "{\"stand\":\"GEDAAN\"}"), 200);
            }
        }
    }

    void knop(Page page, String naam) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(naam).setExact(true)).first().click();
        page.waitForLoadState();
    }

    void toegankelijk(Page page) {
        assertThat(browser.toegankelijkheidsfouten(page)).as(page.url()).isEmpty();
    }

    @Test
    void voorstellen_goedkeuren_en_betalen_in_de_browser() {
        String pad = "/verhuisbox/casussen/" + casus;
        Page cm = browser.inloggen("gb-casemanager", WW);
        cm.navigate(browser.url(pad));
        toegankelijk(cm);
        cm.getByLabel("Waarvoor (regel van het jaar)").selectOption("INRICHTING");
        cm.getByLabel("Bedrag in euro (bijvoorbeeld 1750,00)").fill("1.750,123");
        knop(cm, "Voorstellen");
        PlaywrightAssertions.assertThat(cm.getByRole(AriaRole.ALERT)).containsText("bedrag");
        cm.getByLabel("Waarvoor (regel van het jaar)").selectOption("INRICHTING");
        cm.getByLabel("Bedrag in euro (bijvoorbeeld 1750,00)").fill("1.750,00");
        knop(cm, "Voorstellen");
        PlaywrightAssertions.assertThat(cm.getByRole(AriaRole.STATUS).first()).containsText("€ 1.750,00 als gift");

        Page consulent = browser.inloggen("gb-consulent", WW);
        consulent.navigate(browser.url("/verhuisbox"));
        PlaywrightAssertions.assertThat(consulent.locator("main")).containsText("Verstrekking beoordelen");
        consulent.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Budget, verstrekkingen en regels")).click();
        consulent.waitForLoadState();
        PlaywrightAssertions.assertThat(consulent.locator("#te-beoordelen ~ div").first()).containsText("Browsertest Geld");
        toegankelijk(consulent);
        knop(consulent, "Goedkeuren (Inrichtingskosten (woninginrichting))");
        PlaywrightAssertions.assertThat(consulent.getByRole(AriaRole.STATUS).first()).containsText("Goedgekeurd met kenmerk");

        Page adm = browser.inloggen("gb-administratief", WW);
        adm.navigate(browser.url("/verhuisbox/budget"));
        toegankelijk(adm);
        knop(adm, "Betaling vastleggen");
        PlaywrightAssertions.assertThat(adm.getByRole(AriaRole.STATUS).first()).containsText("De betaling is vastgelegd");

        cm.navigate(browser.url(pad));
        PlaywrightAssertions.assertThat(cm.locator("#geld ~ div").first()).containsText("betaald");
        PlaywrightAssertions.assertThat(cm.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(java.util.regex.Pattern.compile("beschikking VHB-")))).isVisible();
        toegankelijk(cm);
        browser.screenshot(consulent, "verhuisbox-budget");
    }
}
