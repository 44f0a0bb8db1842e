package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The programme team of 's-Gravenhage takes a lead through the whole pipeline in the browser: registers it (errors at
 * their fields first), asks for availability, analyses the four aspects, records the wethouders' decisions and the
 * study's conclusion, makes a tranche and has the college designate it (then it is a project in the supply), informs
 * the submitter, and reads the funnel; the bestuur reads the lead without the submitter's name and contact and without
 * forms. Every page accessible (axe), in Dutch words and formats, tables in their regions.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadsBrowserTest {

    Browser browser;

    static void stap(Page page, String stap) {
        Browser.klikEnWacht(page, page.locator("#stap-" + stap));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("Vastgelegd");
    }

    @Test
    void het_programmateam_brengt_een_lead_van_inbreng_tot_aanwijzing_en_het_bestuur_leest_mee() {
        String vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        String naam = "Terrein " + System.nanoTime();
        Page page = browser.inloggen("programma-denhaag", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/gemeenten/GM0518/ondersteuning"));
        Browser.klikEnWacht(page, page.locator("nav[aria-label=Doorbraakplan] a").getByText("Trechter en tranches"));
        String tranche = "Tranche " + System.nanoTime();
        page.locator("#tranche-naam").fill(tranche);
        Browser.klikEnWacht(page, page.locator("#tranche-maken"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText(tranche);
        browser.toegankelijkEnNederlands(page);

        Browser.klikEnWacht(page, page.locator("nav[aria-label=Doorbraakplan] a").getByText("Leads"));
        browser.toegankelijkEnNederlands(page);
        Browser.klikEnWacht(page, page.locator("#nieuwe-lead"));
        page.locator("#naam").fill(naam);
        page.locator("#plaatsen").fill("veertig");
        Browser.klikEnWacht(page, page.locator("#registreren"));
        PlaywrightAssertions.assertThat(page.locator("#fouten")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#inbrengerNaam-fout")).containsText("verplicht");
        PlaywrightAssertions.assertThat(page.locator("#plaatsen-fout")).containsText("geheel getal");
        PlaywrightAssertions.assertThat(page.locator("#naam")).hasValue(naam);
        browser.toegankelijkEnNederlands(page);
        page.locator("#plaatsen").fill("40");
        page.locator("#eenheden").fill("120");
        page.locator("#inbrengerSoort").selectOption("WIJKVERENIGING");
        page.locator("#inbrengerNaam").fill("Jan Jansen");
        page.locator("#inbrengerContact").fill("jan@wijk.example");
        Browser.klikEnWacht(page, page.locator("#registreren"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("is geregistreerd");
        PlaywrightAssertions.assertThat(page.locator("#inbrenger")).containsText("Jan Jansen, jan@wijk.example");
        PlaywrightAssertions.assertThat(page.locator("#stand")).hasText("Ingediend");
        String leadUrl = page.url();
        browser.toegankelijkEnNederlands(page);

        page.locator("#datum").fill(vandaag);
        stap(page, "BESCHIKBAARHEID_VRAGEN");
        page.locator("#datum").fill(vandaag);
        stap(page, "BESCHIKBAAR");
        // the wethouders cannot decide yet: every missing aspect named
        page.locator("#datum").fill(vandaag);
        Browser.klikEnWacht(page, page.locator("#stap-HAALBAARHEIDSONDERZOEK_STARTEN"));
        PlaywrightAssertions.assertThat(page.locator("#fouten")).containsText("Analyse, financiën");
        PlaywrightAssertions.assertThat(page.locator("#kenmerk-fout")).containsText("verplicht");
        browser.toegankelijkEnNederlands(page);
        for (String aspect : new String[] {"UITGANGSPUNTEN", "RUIMTELIJKE_MOGELIJKHEDEN", "FINANCIEN",
                "LEEFBAARHEID_EN_VEILIGHEID"}) {
            page.locator("#aspect").selectOption(aspect);
            page.locator("#uitkomst").selectOption("POSITIEF");
            page.locator("#analyse-toelichting").fill("Gunstig");
            Browser.klikEnWacht(page, page.locator("#analyse-vastleggen"));
            PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("analyse is vastgelegd");
        }
        page.locator("#datum").fill(vandaag);
        page.locator("#kenmerk").fill("WETH-1");
        page.locator("#projectleider").fill("pl-terrein");
        stap(page, "HAALBAARHEIDSONDERZOEK_STARTEN");
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("Informeer de inbrenger binnen 14 dagen");
        page.locator("#conclusie").fill("Haalbaar met BZK-middelen");
        Browser.klikEnWacht(page, page.locator("#conclusie-vastleggen"));
        page.locator("#datum").fill(vandaag);
        page.locator("#kenmerk").fill("WETH-2");
        stap(page, "NAAR_COLLEGE");
        page.locator("#datum").fill(vandaag);
        page.locator("#kenmerk").fill("RIS-311");
        page.locator("#tranche").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(tranche));
        page.locator("#kleur").selectOption("GROEN");
        page.locator("#duur").selectOption("TIJDELIJK");
        page.locator("#woonvorm").selectOption("ONZELFSTANDIG");
        page.locator("#startInhuizing").fill(LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusMonths(2).toString());
        stap(page, "AANWIJZEN");
        PlaywrightAssertions.assertThat(page.locator("#stand")).hasText("Aangewezen als Doorbraakplanlocatie (groen)");
        PlaywrightAssertions.assertThat(page.locator("#aanbodbron")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#stappen tbody tr")).hasCount(6);
        assertThat(page.locator("#volgende-stap").count()).isZero();
        browser.toegankelijkEnNederlands(page);

        // three decisions: three tasks; one done
        Browser.klikEnWacht(page, page.locator("nav[aria-label=Doorbraakplan] a").getByText("Inbrengers informeren"));
        var rij = page.locator("#taken tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(naam));
        PlaywrightAssertions.assertThat(rij).hasCount(3);
        browser.toegankelijkEnNederlands(page);
        rij.first().locator("select").selectOption("BRIEF");
        Browser.klikEnWacht(page, rij.first().locator("button"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("is geïnformeerd");
        PlaywrightAssertions.assertThat(rij).hasCount(2);

        Browser.klikEnWacht(page, page.locator("nav[aria-label=Doorbraakplan] a").getByText("Trechter en tranches"));
        PlaywrightAssertions.assertThat(page.locator("#trede-aangewezen")).isVisible();
        browser.toegankelijkEnNederlands(page);

        // the bestuur reads the lead: no submitter, no forms
        Page bestuur = browser.inloggen("bestuur-denhaag", BrowserTest.DEMO_WACHTWOORD);
        bestuur.navigate(leadUrl);
        PlaywrightAssertions.assertThat(bestuur.locator("#stand")).containsText("Aangewezen");
        assertThat(bestuur.locator("#inbrenger").count()).isZero();
        assertThat(bestuur.content()).doesNotContain("Jan Jansen", "jan@wijk.example");
        assertThat(bestuur.locator("main form[method=post]").count()).isZero();
        browser.toegankelijkEnNederlands(bestuur);
    }
}
