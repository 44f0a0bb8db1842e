package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import nl.woonregie.support.Api;
import nl.woonregie.support.Browser;
import nl.woonregie.support.Identiteitsprovider;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.OidcContext;
import nl.woonregie.support.TestKlok;
import nl.woonregie.support.TweeStappen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Signing in with OpenID Connect in the browser, through the login page of a real provider running in the test's
 * process ({@link Identiteitsprovider}: Spring Authorization Server, its ID tokens with the users' groups and
 * {@code amr}): the account made at the first sign-in, the group mapping, the factors the provider must have asked for,
 * a name that is taken, and logging out of both. The local administrator (with its second step) checks what Woonregie
 * stored, through the API and its pages.
 */
@OidcContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdpAanmeldenBrowserTest {

    static final String WACHTWOORD = "wachtwoord-bij-de-organisatie";
    static final String KNOP = "Inloggen via De Testorganisatie";

    Browser browser;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestKlok klok;

    final Identiteitsprovider idp = Identiteitsprovider.gedeeld();
    TweeStappen.Sessie beheerder;

    @BeforeAll
    void beheerderMeldtZichAan() {
        beheerder = new TweeStappen(mvc, klok).aanmelden("beheerder", IntegratieTest.BEHEERDER_WACHTWOORD);
    }

    @AfterAll
    void klokTerug() {
        klok.herstel();
    }

    /** A user of the provider with a name of its own (the provider lives as long as the test run). */
    String gebruiker(String soort, List<String> groepen, List<String> amr) {
        String naam = soort + "-" + UUID.randomUUID().toString().substring(0, 8);
        idp.gebruiker(naam, WACHTWOORD, groepen, amr);
        return naam;
    }

    /** "Inloggen via …" on Woonregie's login page: the browser is at the provider's login form. */
    void naarDeProvider(Page page) {
        page.navigate(browser.url("/inloggen"));
        Browser.klikEnWacht(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(KNOP)));
        assertThat(page.url()).as("het aanmeldformulier van de provider").startsWith(idp.issuer() + "/login");
    }

    /** Signs in on the provider's own form, in a fresh browser; the browser ends where Woonregie sends it. */
    Page aanmelden(String naam) {
        Page page = browser.nieuwePagina();
        naarDeProvider(page);
        opHetFormulierVanDeProvider(page, naam);
        return page;
    }

    void opHetFormulierVanDeProvider(Page page, String naam) {
        page.locator("#username").fill(naam);
        page.locator("#password").fill(WACHTWOORD);
        Browser.klikEnWacht(page, page.locator("button[type=submit]"));
    }

    /** Woonregie's session cookie in the page's browser (null when there is none). */
    static String sessie(Page page) {
        return page.context().cookies().stream().filter(c -> c.name.equals(TweeStappen.SESSIE)).map(c -> c.value)
                .findFirst().orElse(null);
    }

    JsonNode account(String naam) {
        MockHttpServletResponse r = beheerder.get("/api/v1/gebruikers/" + naam);
        assertThat(r.getStatus()).as(TweeStappen.tekst(r)).isEqualTo(200);
        return Api.JSON.readTree(TweeStappen.tekst(r));
    }

    /** The account's assignments as "ROL scope" texts. */
    List<String> toewijzingen(String naam) {
        List<String> lijst = new ArrayList<>();
        account(naam).get("toewijzingen").forEach(t -> lijst.add(t.get("rol").asString()
                + (t.hasNonNull("provincie") ? " " + t.get("provincie").asString() : "")
                + (t.hasNonNull("gemeente") ? " " + t.get("gemeente").asString() : "")));
        return lijst;
    }

    /** The audit entries of this action about this account. */
    JsonNode audit(String actie, String naam) {
        MockHttpServletResponse r = beheerder.get("/api/v1/audit?actie=" + actie + "&objectId=" + naam);
        assertThat(r.getStatus()).as(TweeStappen.tekst(r)).isEqualTo(200);
        return Api.JSON.readTree(TweeStappen.tekst(r)).get("audit");
    }

    @Test
    void een_eerste_aanmelding_zonder_groep_maakt_een_account_zonder_rechten_tot_een_beheerder_ze_geeft() {
        String naam = gebruiker("nieuw", List.of("een-groep-zonder-koppeling"), List.of("pwd"));
        Page page = browser.nieuwePagina();
        page.navigate(browser.url("/inloggen"));
        browser.screenshot(page, "idp-inloggen");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
        naarDeProvider(page);
        opHetFormulierVanDeProvider(page, naam);

        assertThat(page.url()).endsWith("/start");
        PlaywrightAssertions.assertThat(page.locator("#geen-rol")).containsText("Een beheerder van Woonregie moet u "
                + "eerst een rol geven");
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Welkom, " + naam);
        browser.screenshot(page, "idp-eerste-aanmelding-zonder-rechten");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
        // it reaches nothing else
        assertThat(page.navigate(browser.url("/provincies/PV28")).status()).isEqualTo(403);
        assertThat(page.navigate(browser.url("/beheer/gebruikers")).status()).isEqualTo(403);
        page.navigate(browser.url("/account"));
        PlaywrightAssertions.assertThat(page.locator("#idp-uitleg")).containsText("U meldt zich aan via "
                + "De Testorganisatie");
        PlaywrightAssertions.assertThat(page.getByText("Wachtwoord wijzigen")).hasCount(0);

        // the account: linked, without rights, without a password (the form and HTTP Basic do not sign it in)
        assertThat(toewijzingen(naam)).isEmpty();
        JsonNode gemaakt = audit("GEBRUIKER_AANGEMAAKT", naam);
        assertThat(gemaakt).hasSize(1);
        assertThat(gemaakt.get(0).toString()).contains("identiteitsprovider").contains(idp.issuer());
        assertThat(audit("AANGEMELD", naam).get(0).toString()).contains("IDP");
        String beheer = TweeStappen.tekst(beheerder.get("/beheer/gebruikers"));
        assertThat(beheer).contains("via De Testorganisatie");
        String pagina = TweeStappen.tekst(beheerder.get("/beheer/gebruikers/" + naam));
        assertThat(pagina).contains("Via De Testorganisatie (OpenID Connect)").doesNotContain("Nieuw wachtwoord");
        assertThat(beheerder.post("/api/v1/gebruikers/" + naam + "/wachtwoordherstel", "").getStatus())
                .as("een nieuw wachtwoord voor een account van de provider").isEqualTo(409);

        // a BEHEERDER gives a role: the session ends (it held no rights), the next sign-in has them — without the
        // provider's form, whose session is still there
        MockHttpServletResponse r = beheerder.put("/api/v1/gebruikers/" + naam,
                "{\"toewijzingen\":[{\"rol\":\"GEMEENTE\",\"gemeente\":\"GM0518\"}]}");
        assertThat(r.getStatus()).as(TweeStappen.tekst(r)).isEqualTo(200);
        page.navigate(browser.url("/start"));
        assertThat(page.url()).contains("/inloggen");
        Browser.klikEnWacht(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(KNOP)));
        assertThat(page.url()).endsWith("/gemeenten/GM0518");
        // a sign-in keeps what the administrator gave
        assertThat(toewijzingen(naam)).containsExactly("GEMEENTE GM0518");
    }

    @Test
    void een_groep_met_de_koppeling_toezichthouder_van_zuid_holland_landt_op_de_pagina_van_de_provincie() {
        String naam = gebruiker("toezicht", List.of("toezicht-zh", "nog-een-groep"), List.of("pwd"));
        Page page = browser.nieuwePagina();
        naarDeProvider(page);
        // the sign-in's request waits in a session of Woonregie; the sign-in moves to a new one (migrateSession)
        String voor = sessie(page);
        assertThat(voor).isNotNull();
        opHetFormulierVanDeProvider(page, naam);
        assertThat(page.url()).endsWith("/provincies/PV28");
        assertThat(sessie(page)).isNotNull().isNotEqualTo(voor);
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dashboard")))
                .isVisible();
        browser.screenshot(page, "idp-toezichthouder");
        assertThat(toewijzingen(naam)).containsExactly("TOEZICHTHOUDER PV28");
        // the administrator's page says where the assignment came from
        assertThat(TweeStappen.tekst(beheerder.get("/beheer/gebruikers/" + naam)))
                .contains("groep bij De Testorganisatie");
    }

    @Test
    void een_beheerder_van_de_groep_zonder_tweede_factor_bij_de_provider_wordt_geweigerd_met_wel_komt_hij_binnen() {
        String zonder = gebruiker("beheer-pwd", List.of("woonregie-beheer"), List.of("pwd"));
        Page geweigerd = aanmelden(zonder);
        assertThat(geweigerd.url()).endsWith("/inloggen?idp=mfa");
        PlaywrightAssertions.assertThat(geweigerd.locator("#idp-fout")).containsText("tweede factor");
        browser.screenshot(geweigerd, "idp-geweigerd-zonder-mfa");
        assertThat(browser.toegankelijkheidsfouten(geweigerd)).isEmpty();
        geweigerd.navigate(browser.url("/provincies"));
        assertThat(geweigerd.url()).as("niet aangemeld").contains("/inloggen");
        JsonNode mislukt = audit("AANMELDEN_MISLUKT", zonder);
        assertThat(mislukt).hasSize(1);
        assertThat(mislukt.get(0).toString()).contains("meer dan één factor").contains("IDP");
        assertThat(audit("AANGEMELD", zonder)).isEmpty();

        String met = gebruiker("beheer-mfa", List.of("woonregie-beheer"), List.of("pwd", "mfa"));
        Page binnen = aanmelden(met);
        // no second step of Woonregie: the provider asked for the factors
        assertThat(binnen.url()).endsWith("/provincies");
        PlaywrightAssertions.assertThat(binnen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Beheer")
                .setExact(true))).isVisible();
        assertThat(toewijzingen(met)).containsExactly("BEHEERDER");
    }

    @Test
    void de_groepen_bepalen_bij_elke_aanmelding_hun_rollen_en_laten_wat_de_beheerder_gaf_staan() {
        String naam = gebruiker("wissel", List.of("toezicht-zh"), List.of("pwd"));
        assertThat(aanmelden(naam).url()).endsWith("/provincies/PV28");
        // the administrator gives a role by hand beside the group's
        MockHttpServletResponse r = beheerder.put("/api/v1/gebruikers/" + naam, "{\"toewijzingen\":["
                + "{\"rol\":\"TOEZICHTHOUDER\",\"provincie\":\"PV28\"},{\"rol\":\"GEMEENTE\",\"gemeente\":\"GM0599\"}]}");
        assertThat(r.getStatus()).as(TweeStappen.tekst(r)).isEqualTo(200);

        // at the provider the user leaves toezicht-zh and joins beleid-den-haag
        idp.groepen(naam, List.of("beleid-den-haag"));
        Page page = aanmelden(naam);
        assertThat(toewijzingen(naam)).containsExactlyInAnyOrder("GEMEENTE GM0599", "GEMEENTE GM0518",
                "BESTUUR GM0518");
        assertThat(page.url()).endsWith("/start");
        PlaywrightAssertions.assertThat(page.locator("#startpunten")).containsText("Rotterdam");
        JsonNode gewijzigd = audit("TOEWIJZINGEN_GEWIJZIGD", naam);
        assertThat(gewijzigd.toString()).contains("(idp:idp)");

        // and leaves every group: what the administrator gave stays
        idp.groepen(naam, List.of());
        assertThat(aanmelden(naam).url()).endsWith("/gemeenten/GM0599");
        assertThat(toewijzingen(naam)).containsExactly("GEMEENTE GM0599");
    }

    @Test
    void een_naam_die_al_bestaat_wordt_niet_overgenomen_het_nieuwe_account_krijgt_een_eigen_naam() {
        String naam = "dubbel-" + UUID.randomUUID().toString().substring(0, 8);
        MockHttpServletResponse r = beheerder.post("/api/v1/gebruikers", "{\"gebruikersnaam\":\"" + naam
                + "\",\"wachtwoord\":\"een-lang-lokaal-wachtwoord-9\",\"rol\":\"GEMEENTE\",\"gemeente\":\"GM0518\"}");
        assertThat(r.getStatus()).as(TweeStappen.tekst(r)).isEqualTo(201);
        idp.gebruiker(naam, WACHTWOORD, List.of("woonregie-beheer"), List.of("mfa"));

        Page page = aanmelden(naam);
        assertThat(page.url()).endsWith("/provincies");
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(naam + "-2"))).isVisible();
        // the local account is as it was, and still signs in with its password
        assertThat(toewijzingen(naam)).containsExactly("GEMEENTE " + "GM0518");
        assertThat(toewijzingen(naam + "-2")).containsExactly("BEHEERDER");
        assertThat(audit("GEBRUIKER_AANGEMAAKT", naam + "-2").get(0).toString()).contains("gevraagdeNaam");
        Page lokaal = browser.inloggen(naam, "een-lang-lokaal-wachtwoord-9");
        assertThat(lokaal.url()).endsWith("/gemeenten/GM0518");
    }

    @Test
    void uitloggen_beeindigt_de_sessie_van_woonregie_en_die_bij_de_provider() {
        String naam = gebruiker("uitlog", List.of("toezicht-zh"), List.of("pwd"));
        Page page = aanmelden(naam);
        assertThat(page.url()).endsWith("/provincies/PV28");

        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen")));
        assertThat(page.url()).isEqualTo(browser.url("/inloggen?logout"));
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS)).containsText("U bent uitgelogd");
        page.navigate(browser.url("/provincies/PV28"));
        assertThat(page.url()).as("Woonregie's sessie is weg").contains("/inloggen");
        // the provider asks for the password again: its session is gone too (naarDeProvider checks its form)
        naarDeProvider(page);
        opHetFormulierVanDeProvider(page, naam);
        assertThat(page.url()).as("terug waar het heen ging").contains("/provincies/PV28");
    }
}
