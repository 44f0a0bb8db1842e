package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.verhuisbox.Testteam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Verhuisbox in the browser: a referral travels the main path (melding → ICP-toets → wachtlijst → intake → zoeken →
 * aanbod → verhuizing → afgesloten) through the hands of each role; and every refusal of access, with the axe check
 * clean on each page. Each test on a new team of its own ({@link Testteam}, new accounts): not on the demo's team,
 * whose waiting list would stand before the referral and whose cases other tests in this context change.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerhuisboxBrowserTest {

    static final String WW = Accounts.WACHTWOORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Value("${woonregie.basis-url}")
    String basisUrl;

    Browser browser;

    /** A new team with capacity for this year (households and young people). */
    Testteam team() {
        Testteam t = new Testteam(mvc, jdbc);
        t.capaciteit(LocalDate.now().getYear(), "HUISHOUDEN", 50);
        t.capaciteit(LocalDate.now().getYear(), "JONGERE", 14);
        return t;
    }

    void knop(Page page, String naam) {
        Browser.klikEnWacht(page,
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(naam).setExact(true)).first());
    }

    void toegankelijk(Page page) {
        assertThat(browser.toegankelijkheidsfouten(page)).as(page.url()).isEmpty();
    }

    void status(Page page, String label) {
        PlaywrightAssertions.assertThat(page.locator("#status")).hasText(label);
    }

    void checklist(Page page, String lijst) {
        Locator form = page.locator("form:has(input[name=lijst][value=" + lijst + "])");
        for (Locator select : form.locator("select").all()) {
            select.selectOption("GEDAAN");
        }
        Browser.klikEnWacht(page, form.getByRole(AriaRole.BUTTON));
    }

    /**
     * The self-finder (route alleen geld, ADR 0043) in the browser: the aanmelder chooses the route, the toets leads to
     * Alleen geld (its Dutch label, no code on screen) with the next steps spelled out, the coordinator assigns, the
     * casemanager records the home as the offer; axe clean on each page. The capacity is used up: it does not matter.
     */
    @Test
    void een_zelfvinder_kiest_de_route_alleen_geld_en_legt_de_woning_vast() {
        Testteam t = new Testteam(mvc, jdbc);
        t.capaciteit(LocalDate.now().getYear(), "HUISHOUDEN", 0);
        Page aanmelder = browser.inloggen(t.aanmelder, WW);
        aanmelder.getByLabel("Uw organisatie").fill("Leger des Heils");
        aanmelder.getByLabel("Naam cliënt").fill("Zelfvinder Browser");
        aanmelder.getByLabel("Geboortedatum", new Page.GetByLabelOptions().setExact(true)).fill("1980-03-01");
        aanmelder.getByLabel("Aantal volwassenen").fill("1");
        aanmelder.getByLabel("Aantal kinderen").fill("0");
        aanmelder.getByLabel("Inkomenssituatie (bijv. Participatiewet)").fill("Participatiewet");
        aanmelder.getByLabel("Huidige slaapplek").fill("Nachtopvang");
        aanmelder.getByLabel("Reden van de melding").fill("Heeft zelf een woning gevonden in Heerlen");
        aanmelder.getByLabel("Voorkeursregio's (één per regel)").fill("Limburg");
        aanmelder.getByLabel("Alleen geld: de cliënt heeft zelf een woning in zicht (geen wachtlijst)").check();
        aanmelder.getByLabel("De cliënt heeft vandaag toestemming gegeven voor deze melding").check();
        toegankelijk(aanmelder);
        knop(aanmelder, "Melding versturen");
        Matcher m = Pattern.compile("VHB-(\\d+)").matcher(aanmelder.getByRole(AriaRole.STATUS).textContent());
        assertThat(m.find()).isTrue();
        String casus = "/verhuisbox/casussen/" + m.group(1);

        Page icp = browser.inloggen(t.icp, WW);
        icp.navigate(browser.url(casus));
        PlaywrightAssertions.assertThat(icp.locator("#gegevens-sectie dl"))
                .containsText("Alleen geld (cliënt heeft een woning in zicht)");
        knop(icp, "In behandeling nemen");
        for (Locator select : icp.locator("select[name^=uitkomst]").all()) {
            String naam = select.getAttribute("name");
            select.selectOption(naam.contains("MWA") || naam.contains("JONGERENREGISSEUR") ? "NIET_VOLDAAN"
                    : "VOLDAAN");
        }
        knop(icp, "Toets vastleggen");
        status(icp, "Alleen geld (woning in zicht)");
        PlaywrightAssertions.assertThat(icp.locator("main")).not().containsText("ALLEEN_GELD");
        toegankelijk(icp);

        Page coord = browser.inloggen(t.coordinator, WW);
        PlaywrightAssertions.assertThat(coord.locator("main")).containsText("Casemanager toewijzen: alleen geld");
        coord.navigate(browser.url(casus));
        PlaywrightAssertions.assertThat(coord.locator("#alleen-geld-stappen"))
                .containsText("De coördinator wijst een casemanager toe.");
        toegankelijk(coord);
        coord.getByLabel("Casemanager (gebruikersnaam)").fill(t.casemanager);
        knop(coord, "Toewijzen");
        coord.navigate(browser.url("/verhuisbox"));
        PlaywrightAssertions.assertThat(coord.locator("main")).not().containsText("Casemanager toewijzen: alleen geld");

        Page cm = browser.inloggen(t.casemanager, WW);
        PlaywrightAssertions.assertThat(cm.locator("main")).containsText("Woning in zicht vastleggen als aanbod");
        cm.navigate(browser.url(casus));
        PlaywrightAssertions.assertThat(cm.locator("#alleen-geld-stappen")).containsText("Casemanager toegewezen");
        cm.getByLabel("Gemeente", new Page.GetByLabelOptions().setExact(true)).fill("Heerlen");
        cm.getByLabel("Corporatie").fill("Vincio Wonen");
        cm.getByLabel("Adres", new Page.GetByLabelOptions().setExact(true)).fill("Akerstraat 7");
        cm.getByLabel("Huur per maand in euro").fill("598,00");
        cm.getByLabel("Reageren vóór").fill(LocalDate.now().plusDays(3).toString());
        toegankelijk(cm);
        knop(cm, "Aanbod vastleggen");
        status(cm, "Aanbod");
        PlaywrightAssertions.assertThat(cm.locator("main")).not().containsText("Inschrijving vastleggen");
        toegankelijk(cm);
    }

    @Test
    void een_melding_doorloopt_het_hele_traject_in_de_browser() {
        Testteam t = team();
        // the aanmelder: an incomplete referral names its fields, a complete one gets a case number
        Page aanmelder = browser.inloggen(t.aanmelder, WW);
        assertThat(aanmelder.url()).endsWith("/verhuisbox/meldingen");
        knop(aanmelder, "Melding versturen");
        PlaywrightAssertions.assertThat(aanmelder.getByRole(AriaRole.ALERT))
                .containsText("De cliënt heeft vandaag toestemming gegeven voor deze melding: ");
        toegankelijk(aanmelder);
        aanmelder.getByLabel("Uw organisatie").fill("Kessler Stichting");
        aanmelder.getByLabel("Naam cliënt").fill("Browsertest Cliënt");
        aanmelder.getByLabel("Geboortedatum", new Page.GetByLabelOptions().setExact(true)).fill("1975-06-15");
        aanmelder.getByLabel("BSN (optioneel)").fill("111222333");
        aanmelder.getByLabel("Aantal volwassenen").fill("1");
        aanmelder.getByLabel("Aantal kinderen").fill("2");
        aanmelder.getByLabel("Inkomenssituatie (bijv. Participatiewet)").fill("Participatiewet");
        aanmelder.getByLabel("Huidige slaapplek").fill("Gezinsopvang");
        aanmelder.getByLabel("Reden van de melding").fill("Dakloos na huisuitzetting wegens huurschuld (geregeld)");
        aanmelder.getByLabel("Voorkeursregio's (één per regel)").fill("Drenthe\nGroningen");
        aanmelder.getByLabel("De cliënt heeft vandaag toestemming gegeven voor deze melding").check();
        knop(aanmelder, "Melding versturen");
        String bevestiging = aanmelder.getByRole(AriaRole.STATUS).textContent();
        Matcher m = Pattern.compile("VHB-(\\d+)").matcher(bevestiging);
        assertThat(m.find()).as(bevestiging).isTrue();
        long id = Long.parseLong(m.group(1));
        PlaywrightAssertions.assertThat(aanmelder.locator("table")).containsText("Melding");
        toegankelijk(aanmelder);
        String casus = "/verhuisbox/casussen/" + id;

        // ICP: take it up and record the toets; all hard criteria met → waiting list
        Page icp = browser.inloggen(t.icp, WW);
        PlaywrightAssertions.assertThat(icp.locator("main")).containsText("Melding in behandeling nemen");
        icp.navigate(browser.url(casus));
        knop(icp, "In behandeling nemen");
        status(icp, "ICP-toets");
        toegankelijk(icp);
        for (Locator select : icp.locator("select[name^=uitkomst]").all()) {
            String naam = select.getAttribute("name");
            select.selectOption(naam.contains("MWA") || naam.contains("JONGERENREGISSEUR") ? "NIET_VOLDAAN"
                    : "VOLDAAN");
        }
        knop(icp, "Toets vastleggen");
        status(icp, "Wachtlijst");

        // the coordinator: the waiting list explained; assign and admit
        Page coord = browser.inloggen(t.coordinator, WW);
        PlaywrightAssertions.assertThat(coord.locator("#wachtlijst ~ p").first()).containsText("kinderen eerst");
        PlaywrightAssertions.assertThat(coord.locator("main")).containsText("met kinderen (voorrang)");
        toegankelijk(coord);
        coord.navigate(browser.url(casus));
        coord.getByLabel("Casemanager (gebruikersnaam)").fill(t.casemanager);
        coord.getByLabel("Administratief (gebruikersnaam)").fill(t.administratief);
        knop(coord, "Toewijzen");
        knop(coord, "Toelaten tot intake");
        // the case stays visible to the coordinator
        coord.navigate(browser.url(casus));
        status(coord, "Intake");

        // the casemanager: intake, checklist, to searching
        Page cm = browser.inloggen(t.casemanager, WW);
        cm.navigate(browser.url(casus));
        knop(cm, "Naar zoeken");
        PlaywrightAssertions.assertThat(cm.getByRole(AriaRole.ALERT)).containsText("intakechecklist");
        cm.getByLabel("Dienstverlening").selectOption("INTENSIEF");
        cm.getByLabel("Zoekregio 1", new Page.GetByLabelOptions().setExact(true)).fill("Oost-Drenthe");
        cm.getByLabel("Zoekregio 1 is zeer kansrijk").check();
        knop(cm, "Intake vastleggen");
        checklist(cm, "INTAKE");
        toegankelijk(cm);
        // two children: the CJG gezinscoach's family talk first (the CJG rule; its walk: VerhuisboxRoutesBrowserTest)
        t.gezinsgesprek(id);
        knop(cm, "Naar zoeken");
        status(cm, "Zoeken");

        // the administratief: registration with credentials in the vault, a reveal, a lottery reaction, the offer
        Page adm = browser.inloggen(t.administratief, WW);
        adm.navigate(browser.url(casus));
        adm.getByLabel("Site", new Page.GetByLabelOptions().setExact(true)).selectOption(
                new com.microsoft.playwright.options.SelectOption().setLabel("Wooniezie"));
        adm.getByLabel("Inschrijfnummer").fill("WZ-778");
        adm.getByLabel("Kosten in euro (maatwerkbudget)").fill("25,00");
        adm.getByLabel("Gebruikersnaam op de site").fill("browsertest01");
        adm.getByLabel("Wachtwoord op de site").fill("Zeer-Geheim-42");
        knop(adm, "Inschrijving vastleggen");
        PlaywrightAssertions.assertThat(adm.locator("main")).not().containsText("Zeer-Geheim-42");
        knop(adm, "Inloggegevens Wooniezie tonen (wordt vastgelegd)");
        PlaywrightAssertions.assertThat(adm.locator("#inloggegevens")).containsText("Zeer-Geheim-42");
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'VHB_KLUIS_ONTHULD' and object_id = ? "
                + "and actor = ?").params(String.valueOf(id), t.administratief).query(Long.class).single())
                .isEqualTo(1);
        adm.navigate(browser.url(casus));
        adm.getByLabel("Woning (adres, plaats)").fill("Kerkstraat 5, Emmen");
        adm.getByLabel("Soort").selectOption("LOTING");
        knop(adm, "Reactie vastleggen");
        adm.navigate(browser.url("/verhuisbox"));
        PlaywrightAssertions.assertThat(adm.locator("main")).containsText("(vandaag)");
        adm.navigate(browser.url(casus));
        adm.getByLabel("Gemeente", new Page.GetByLabelOptions().setExact(true)).fill("Emmen");
        adm.getByLabel("Corporatie").fill("Lefier");
        adm.getByLabel("Adres", new Page.GetByLabelOptions().setExact(true)).fill("Kerkstraat 5");
        adm.getByLabel("Huur per maand in euro").fill("645,10");
        adm.getByLabel("Reageren vóór").fill(LocalDate.now().plusDays(3).toString());
        knop(adm, "Aanbod vastleggen");
        status(adm, "Aanbod");
        toegankelijk(adm);

        // the casemanager: documents, acceptance, moving checklist, closing
        cm.navigate(browser.url(casus));
        checklist(cm, "AANBOD");
        cm.getByLabel("Besluit", new Page.GetByLabelOptions().setExact(true)).selectOption("AANVAARD");
        knop(cm, "Besluit vastleggen");
        status(cm, "Verhuizing");
        checklist(cm, "VERHUIZING");
        // the destination is chosen from the gebied register (CBS code), the move date defaults to today
        cm.getByLabel("Gemeente van bestemming (bij verhuisd)").selectOption("GM0114");
        knop(cm, "Traject afsluiten");
        status(cm, "Afgesloten");
        PlaywrightAssertions.assertThat(cm.locator("#huisvesting-sectie dl")).containsText("Emmen (GM0114)");
        PlaywrightAssertions.assertThat(cm.locator(".woonregie-tijdlijn")).containsText("Verhuizing → Afgesloten");
        toegankelijk(cm);
        browser.screenshot(cm, "verhuisbox-casus");

        aanmelder.navigate(browser.url("/verhuisbox/meldingen"));
        PlaywrightAssertions.assertThat(aanmelder.locator("table")).containsText("Afgesloten");

        // aftercare is planned; the client fills in the survey through a one-time link, without an account
        PlaywrightAssertions.assertThat(cm.locator("#nazorg-kop")).isVisible();
        knop(cm, "Link maken voor de cliënt");
        String link = cm.getByLabel("Link").inputValue();
        // the link is built from woonregie.basis-url (here the default); the test's server listens elsewhere
        assertThat(link).startsWith(basisUrl + "/enquete/");
        toegankelijk(cm);
        Page client = browser.nieuwePagina();
        client.navigate(browser.url(link.substring(basisUrl.length())));
        PlaywrightAssertions.assertThat(client.locator("h1")).containsText("Hoe was de begeleiding");
        PlaywrightAssertions.assertThat(client.locator("main")).not().containsText("Browsertest");
        toegankelijk(client);
        knop(client, "Versturen");
        PlaywrightAssertions.assertThat(client.locator("#fouten")).containsText("verplicht");
        toegankelijk(client);
        for (Locator vraag : client.locator("fieldset.woonregie-schaal").all()) {
            vraag.getByLabel("4", new Locator.GetByLabelOptions().setExact(false)).first().check();
        }
        client.getByLabel("Wilt u nog iets kwijt? (niet verplicht)").fill("Goed geholpen, de verhuizing ging snel.");
        knop(client, "Versturen");
        PlaywrightAssertions.assertThat(client.locator("#bedankt")).containsText("Dank u wel");
        cm.navigate(browser.url(casus));
        PlaywrightAssertions.assertThat(cm.locator("#enquete-stand")).containsText("Ingevuld door de cliënt");

        coord.navigate(browser.url("/verhuisbox"));
        coord.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Klantenquête")).click();
        PlaywrightAssertions.assertThat(coord.locator("main")).containsText("Goed geholpen");
        toegankelijk(coord);
        coord.navigate(browser.url("/verhuisbox/nazorg"));
        PlaywrightAssertions.assertThat(coord.locator("main")).containsText("Stand per contactmoment");
        toegankelijk(coord);
    }

    /** The field's message (its element {@code #id-fout}) and the field marked invalid and described by it. */
    void fout(Page page, String id, String tekst) {
        PlaywrightAssertions.assertThat(page.locator("#" + id + "-fout")).containsText(tekst);
        PlaywrightAssertions.assertThat(page.locator("#" + id)).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(page.locator("#" + id)).hasAttribute("aria-describedby", id + "-fout");
    }

    @Test
    void een_geweigerde_melding_toont_de_fout_bij_het_veld_en_houdt_wat_is_ingevuld() {
        Testteam t = team();
        Page aanmelder = browser.inloggen(t.aanmelder, WW);
        aanmelder.getByLabel("Uw organisatie").fill("Kessler Stichting");
        aanmelder.getByLabel("Naam cliënt").fill("Browsertest Te Jong");
        aanmelder.getByLabel("Geboortedatum", new Page.GetByLabelOptions().setExact(true)).fill(LocalDate.now().minusYears(10).toString());
        aanmelder.getByLabel("E-mail cliënt").fill("geen-adres");
        aanmelder.getByLabel("Aantal volwassenen").fill("1");
        aanmelder.getByLabel("Aantal kinderen").fill("0");
        aanmelder.getByLabel("Voorkeursregio's (één per regel)").fill("Drenthe\nGroningen");
        aanmelder.getByLabel("De cliënt heeft vandaag toestemming gegeven voor deze melding").check();
        knop(aanmelder, "Melding versturen");
        PlaywrightAssertions.assertThat(aanmelder.locator("#fout-geboortedatum")).containsText("16 tot 110 jaar");
        PlaywrightAssertions.assertThat(aanmelder.locator("#veld-geboortedatum")).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(aanmelder.getByRole(AriaRole.ALERT)).containsText("E-mail cliënt: geen geldig e-mailadres");
        PlaywrightAssertions.assertThat(aanmelder.locator("#veld-geboortedatum"))
                .hasValue(LocalDate.now().minusYears(10).toString());
        PlaywrightAssertions.assertThat(aanmelder.locator("#veld-email")).hasValue("geen-adres");
        PlaywrightAssertions.assertThat(aanmelder.locator("#veld-naam")).hasValue("Browsertest Te Jong");
        PlaywrightAssertions.assertThat(aanmelder.locator("#veld-voorkeursregios")).hasValue("Drenthe\nGroningen");
        PlaywrightAssertions.assertThat(aanmelder.locator("#veld-toestemmingOp")).isChecked();
        browser.screenshot(aanmelder, "verhuisbox-melding-fout");
        toegankelijk(aanmelder);
        assertThat(jdbc.sql("select count(*) from vhb_casus where naam = 'Browsertest Te Jong'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void geweigerde_stappen_op_de_casuspagina_tonen_de_fout_bij_het_veld_en_houden_wat_is_ingevuld() {
        Testteam t = team();
        long id = t.meld("Browsertest Stappen");
        String casus = "/verhuisbox/casussen/" + id;

        // ICP: taking up without a reason; the toets with a note that is too long
        Page icp = browser.inloggen(t.icp, WW);
        icp.navigate(browser.url(casus));
        icp.locator("#reden-behandelen").fill("");
        knop(icp, "In behandeling nemen");
        fout(icp, "reden-behandelen", "verplicht");
        toegankelijk(icp);
        t.overgang(t.icp, id, "ICP_TOETS", "", 200);
        icp.navigate(browser.url(casus));
        icp.locator("#crit-MOTIVATIE").selectOption("VOLDAAN");
        icp.locator("#notitie-MOTIVATIE").fill("x".repeat(1001));
        knop(icp, "Toets vastleggen");
        fout(icp, "notitie-MOTIVATIE", "hoogstens 1000 tekens");
        assertThat(icp.locator("#notitie-MOTIVATIE").inputValue()).hasSize(1001);
        PlaywrightAssertions.assertThat(icp.locator("#crit-MOTIVATIE")).hasValue("VOLDAAN");
        toegankelijk(icp);
        t.api.als(t.icp).post(Testteam.A + "/casussen/" + id + "/toets", Testteam.toets("VOLDAAN")).status(200);

        // the coordinator: an account that is not the team's casemanager; stopping without a reason
        Page coord = browser.inloggen(t.coordinator, WW);
        coord.navigate(browser.url(casus));
        coord.locator("#casemanager").fill("niemand-" + id);
        coord.locator("#administratief").fill(t.administratief);
        knop(coord, "Toewijzen");
        fout(coord, "casemanager", "geen actief CASEMANAGER-account van dit team");
        PlaywrightAssertions.assertThat(coord.locator("#casemanager")).hasValue("niemand-" + id);
        PlaywrightAssertions.assertThat(coord.locator("#administratief")).hasValue(t.administratief);
        toegankelijk(coord);
        coord.navigate(browser.url(casus));
        coord.locator("#stopreden").selectOption("ANDERS");
        knop(coord, "Traject stoppen");
        fout(coord, "reden-stoppen", "verplicht");
        PlaywrightAssertions.assertThat(coord.locator("#stopreden")).hasValue("ANDERS");
        toegankelijk(coord);
        t.api.als(t.coordinator).put(Testteam.A + "/casussen/" + id + "/toewijzing", "{\"casemanager\":\""
                + t.casemanager + "\",\"administratief\":\"" + t.administratief + "\"}").status(200);
        t.overgang(t.coordinator, id, "INTAKE", "", 200);

        // the casemanager: an intake without a very promising region
        Page cm = browser.inloggen(t.casemanager, WW);
        cm.navigate(browser.url(casus));
        cm.locator("#variant").selectOption("LICHT");
        cm.locator("#regio1").fill("Oost-Drenthe");
        knop(cm, "Intake vastleggen");
        PlaywrightAssertions.assertThat(cm.locator("#zoekregios-fout")).containsText("minstens één zeer kansrijke regio");
        PlaywrightAssertions.assertThat(cm.locator("#regio1")).hasValue("Oost-Drenthe");
        PlaywrightAssertions.assertThat(cm.locator("#variant")).hasValue("LICHT");
        toegankelijk(cm);
        t.api.als(t.casemanager).put(Testteam.A + "/casussen/" + id + "/intake", "{\"variant\":\"INTENSIEF\","
                + "\"zoekregios\":[{\"regio\":\"Parkstad Limburg\",\"zeerKansrijk\":true}]}").status(200);
        t.vinkAlles(t.casemanager, id, "INTAKE");
        t.gezinsgesprek(id);
        t.overgang(t.casemanager, id, "ZOEKEN", "", 200);

        // the administratief: an amount that is no amount and a renewal before the registration; a reaction without
        // a dwelling; an offer with a rent that is no amount and without a deadline
        Page adm = browser.inloggen(t.administratief, WW);
        adm.navigate(browser.url(casus));
        adm.locator("#nummer").fill("WZ-1");
        adm.locator("#kosten").fill("veel");
        adm.locator("#verlengdatum").fill(LocalDate.now().minusDays(1).toString());
        adm.locator("#ins-gebruiker").fill("client01");
        adm.locator("#ins-wachtwoord").fill("Zeer-Geheim-43");
        knop(adm, "Inschrijving vastleggen");
        fout(adm, "kosten", "een bedrag in euro");
        fout(adm, "verlengdatum", "na de inschrijfdatum");
        PlaywrightAssertions.assertThat(adm.locator("#kosten")).hasValue("veel");
        PlaywrightAssertions.assertThat(adm.locator("#nummer")).hasValue("WZ-1");
        PlaywrightAssertions.assertThat(adm.locator("#ins-gebruiker")).hasValue("client01");
        PlaywrightAssertions.assertThat(adm.locator("#ins-wachtwoord")).hasValue("");
        assertThat(adm.content()).doesNotContain("Zeer-Geheim-43");
        toegankelijk(adm);
        long site = jdbc.sql("select id from vhb_website where naam = 'Wooniezie'").query(Long.class).single();
        t.api.als(t.administratief).post(Testteam.A + "/casussen/" + id + "/inschrijvingen", "{\"website\":" + site
                + ",\"datum\":\"" + LocalDate.now() + "\"}").status(201);
        adm.navigate(browser.url(casus));
        adm.locator("#positie").fill("0");
        knop(adm, "Reactie vastleggen");
        fout(adm, "woning", "verplicht");
        fout(adm, "positie", "1 of hoger");
        PlaywrightAssertions.assertThat(adm.locator("#positie")).hasValue("0");
        toegankelijk(adm);
        adm.navigate(browser.url(casus));
        adm.locator("#aanbod-gemeente").fill("Emmen");
        adm.locator("#aanbod-huur").fill("duur");
        knop(adm, "Aanbod vastleggen");
        fout(adm, "aanbod-huur", "een bedrag in euro");
        fout(adm, "aanbod-deadline", "verplicht");
        PlaywrightAssertions.assertThat(adm.locator("#aanbod-gemeente")).hasValue("Emmen");
        PlaywrightAssertions.assertThat(adm.locator("#aanbod-huur")).hasValue("duur");
        toegankelijk(adm);

        // the casemanager: a corporation's refusal without its ground
        long aanbod = t.api.als(t.casemanager).post(Testteam.A + "/casussen/" + id + "/aanbiedingen", "{\"gemeente\":"
                + "\"Emmen\",\"corporatie\":\"Lefier\",\"adres\":\"Kerkstraat 5\",\"huur\":645.10,\"deadline\":\""
                + LocalDate.now().plusDays(3) + "\"}").json(201).path("aanbiedingen").get(0).path("id").asLong();
        cm.navigate(browser.url(casus));
        cm.locator("#besluit-" + aanbod).selectOption("GEWEIGERD_CORPORATIE");
        cm.locator("#toelichting-" + aanbod).fill("Inkomen te laag volgens Lefier");
        knop(cm, "Besluit vastleggen");
        fout(cm, "grond-" + aanbod, "verplicht");
        PlaywrightAssertions.assertThat(cm.locator("#toelichting-" + aanbod)).hasValue("Inkomen te laag volgens Lefier");
        PlaywrightAssertions.assertThat(cm.locator("#besluit-" + aanbod)).hasValue("GEWEIGERD_CORPORATIE");
        toegankelijk(cm);

        // closing with a move date in the future
        t.vinkAlles(t.casemanager, id, "AANBOD");
        t.api.als(t.casemanager).post(Testteam.A + "/aanbiedingen/" + aanbod + "/besluit", "{\"besluit\":\"AANVAARD\"}")
                .status(200);
        cm.navigate(browser.url(casus));
        cm.locator("#bestemmingCode").selectOption("GM0114");
        cm.locator("#verhuisdatum").fill(LocalDate.now().plusDays(5).toString());
        knop(cm, "Traject afsluiten");
        fout(cm, "verhuisdatum", "niet in de toekomst");
        PlaywrightAssertions.assertThat(cm.getByRole(AriaRole.ALERT)).containsText("Datum verhuizing of huisvesting: niet in de toekomst");
        PlaywrightAssertions.assertThat(cm.locator("#verhuisdatum")).hasValue(LocalDate.now().plusDays(5).toString());
        PlaywrightAssertions.assertThat(cm.locator("#bestemmingCode")).hasValue("GM0114");
        toegankelijk(cm);

        // the end of the benefit without its date
        t.vinkAlles(t.casemanager, id, "VERHUIZING");
        t.overgang(t.casemanager, id, "AFGESLOTEN", ",\"uitkomst\":\"VERHUISD\",\"bestemmingCode\":\"GM0114\"", 200);
        cm.navigate(browser.url(casus));
        cm.locator("#beeindigd").selectOption("ja");
        knop(cm, "Vastleggen");
        fout(cm, "uitkering-op", "verplicht");
        PlaywrightAssertions.assertThat(cm.locator("#beeindigd")).hasValue("ja");
        toegankelijk(cm);
        browser.screenshot(cm, "verhuisbox-casus-fout");
    }

    @Test
    void nazorg_enquete_en_cijfers_met_fouten_tonen_de_fout_bij_het_veld_en_houden_wat_is_ingevuld() {
        Testteam t = team();
        long id = t.metAanvaardAanbod("Browsertest Nazorgfouten", "Heerlen");
        t.vinkAlles(t.casemanager, id, "VERHUIZING");
        t.overgang(t.casemanager, id, "AFGESLOTEN", ",\"uitkomst\":\"VERHUISD\",\"bestemmingCode\":\"GM0917\","
                + "\"verhuisdatum\":\"" + LocalDate.now().minusMonths(1) + "\"", 200);
        String casus = "/verhuisbox/casussen/" + id;

        // the casemanager: an aftercare contact without the income and the social work
        Page cm = browser.inloggen(t.casemanager, WW);
        cm.navigate(browser.url(casus));
        cm.locator("#woont-ja-1").check();
        cm.locator("#vervolg-1").fill("Over twee maanden weer bellen");
        knop(cm, "Nazorgcontact vastleggen");
        fout(cm, "inkomen-1", "verplicht");
        PlaywrightAssertions.assertThat(cm.locator("#mw-1-fout")).containsText("verplicht (ja of nee)");
        PlaywrightAssertions.assertThat(cm.locator("#woont-ja-1")).isChecked();
        PlaywrightAssertions.assertThat(cm.locator("#vervolg-1")).hasValue("Over twee maanden weer bellen");
        toegankelijk(cm);

        // the survey with one answer only
        cm.navigate(browser.url(casus));
        cm.locator("#enquete-proces input[value='4']").check();
        cm.locator("#enquete-toelichting").fill("Prettig geholpen");
        knop(cm, "Enquête vastleggen");
        PlaywrightAssertions.assertThat(cm.locator("#enquete-steun-fout")).containsText("verplicht, 1 tot en met 5");
        PlaywrightAssertions.assertThat(cm.locator("#enquete-steun")).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(cm.locator("#enquete-proces input[value='4']")).isChecked();
        PlaywrightAssertions.assertThat(cm.locator("#enquete-toelichting")).hasValue("Prettig geholpen");
        toegankelijk(cm);

        // the client's own survey through the link: the answers chosen stay, nothing of the case is shown
        cm.navigate(browser.url(casus));
        knop(cm, "Link maken voor de cliënt");
        Page client = browser.nieuwePagina();
        client.navigate(browser.url(cm.getByLabel("Link").inputValue().substring(basisUrl.length())));
        client.locator("#vraag-proces input[value='3']").check();
        client.getByLabel("Wilt u nog iets kwijt? (niet verplicht)").fill("Snel een woning");
        knop(client, "Versturen");
        PlaywrightAssertions.assertThat(client.locator("#vraag-steun-fout")).containsText("verplicht");
        PlaywrightAssertions.assertThat(client.locator("#vraag-steun")).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(client.locator("#vraag-proces input[value='3']")).isChecked();
        PlaywrightAssertions.assertThat(client.locator("#toelichting")).hasValue("Snel een woning");
        PlaywrightAssertions.assertThat(client.locator("main")).not().containsText("Browsertest");
        toegankelijk(client);

        // the period of the figures: the end before the start
        Page coord = browser.inloggen(t.coordinator, WW);
        coord.navigate(browser.url("/verhuisbox/rapportage"));
        coord.locator("#van").fill("2025-05-01");
        coord.locator("#tot").fill("2025-01-31");
        knop(coord, "Toon");
        fout(coord, "tot", "niet vóór van");
        PlaywrightAssertions.assertThat(coord.locator("#tot")).hasValue("2025-01-31");
        PlaywrightAssertions.assertThat(coord.locator("#van")).hasValue("2025-05-01");
        PlaywrightAssertions.assertThat(coord.getByRole(AriaRole.ALERT)).containsText("hieronder staat het vorige kalenderjaar");
        toegankelijk(coord);
    }

    int open(Page page, String pad) {
        Response r = page.navigate(browser.url(pad));
        return r.status();
    }

    @Test
    void wie_geen_toegang_heeft_wordt_geweigerd() {
        // a case in Zoeken, assigned to the team's casemanager and administratief, with credentials in the vault; and
        // a new referral
        Testteam t = team();
        long inZoeken = t.inZoeken("Browsertest Afgeschermd");
        long site = jdbc.sql("select id from vhb_website where naam = 'Thuis in Limburg'").query(Long.class).single();
        t.api.als(t.administratief).post(Testteam.A + "/casussen/" + inZoeken + "/inschrijvingen", "{\"website\":"
                + site + ",\"datum\":\"" + LocalDate.now() + "\",\"nummer\":\"TIL-9\",\"kosten\":15.00,"
                + "\"verlengdatum\":\"" + LocalDate.now().plusYears(1) + "\",\"gebruikersnaam\":\"client09\","
                + "\"wachtwoord\":\"Geheim!999\"}").status(201);
        long melding = t.meld("Browsertest Melding");
        String zoeken = "/verhuisbox/casussen/" + inZoeken;

        // the aanmelder who referred the case does not see its file
        Page aanmelder = browser.inloggen(t.aanmelder, WW);
        assertThat(open(aanmelder, zoeken)).isEqualTo(403);
        PlaywrightAssertions.assertThat(aanmelder.locator("main")).containsText("geen toegang");
        toegankelijk(aanmelder);
        assertThat(open(aanmelder, "/verhuisbox")).isEqualTo(403);

        Page consulent = browser.inloggen(t.consulent, WW);
        assertThat(open(consulent, "/verhuisbox/casussen/" + melding)).isEqualTo(403);
        assertThat(open(consulent, "/verhuisbox/meldingen")).isEqualTo(403);

        Page cm2 = browser.inloggen(t.account("CASEMANAGER"), WW);
        assertThat(open(cm2, zoeken)).isEqualTo(403);

        Page icp = browser.inloggen(t.icp, WW);
        assertThat(open(icp, zoeken)).isEqualTo(403);

        Page gemeente = browser.inloggen(t.accounts.gemeente("GM0518"), WW);
        assertThat(open(gemeente, "/verhuisbox")).isEqualTo(403);
        assertThat(open(gemeente, zoeken)).isEqualTo(403);

        Page beheerder = browser.inloggen("beheerder", IntegratieTest.BEHEERDER_WACHTWOORD);
        assertThat(open(beheerder, zoeken)).isEqualTo(403);

        // the coordinator sees the case, but not the vault: only the assigned staff may reveal
        Page coord = browser.inloggen(t.coordinator, WW);
        assertThat(open(coord, zoeken)).isEqualTo(200);
        PlaywrightAssertions.assertThat(coord.locator("main")).containsText("alleen toegewezen medewerkers");
        assertThat(coord.getByText("Tonen (wordt vastgelegd)").count()).isZero();
        toegankelijk(coord);

        Page anoniem = browser.nieuwePagina();
        anoniem.navigate(browser.url(zoeken));
        assertThat(anoniem.url()).contains("/inloggen");
    }
}
