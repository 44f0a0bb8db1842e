package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import nl.woonregie.document.Testbestanden;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import nl.woonregie.support.TestKlok;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The municipality delivers (issue 19 §5), in the browser: on 20 December 2026 — by the test clock inside the lease
 * window of the second half of 2026, before the period's end — 's-Gravenhage submits its plan van aanpak (a refused
 * form first, with the errors at the top and at the fields and the typed values kept), adds the plan as a PDF,
 * changes it into a second version, sees it at the step on its page, and passes on a lease; the province's supervisor reads the submission; after the
 * deadline the lease form is closed with the next window in words. Axe on every page.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GemeenteLevertBrowserTest {

    @Autowired
    TestKlok klok;

    Browser browser;

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    @Test
    void een_gemeente_dient_een_plan_van_aanpak_en_huurcontracten_in_binnen_de_termijn() {
        klok.zet(LocalDate.of(2026, 12, 20));
        Page page = browser.inloggen("gemeente-denhaag", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/gemeenten/GM0518"));
        PlaywrightAssertions.assertThat(page.locator("#plan-ingediend")).containsText("verplicht vanaf trede 3a");
        Browser.klikEnWacht(page, page.locator("#inzendingen"));
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Inzendingen van 's-Gravenhage");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();

        // refused: the kind and the period are missing; the title stays
        page.locator("#inzending-titel").fill("Plan van aanpak huisvesting 2027");
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indienen")));
        PlaywrightAssertions.assertThat(page.locator("#fouten")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#inzending-soort")).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(page.locator("#inzending-periode")).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(page.locator("#inzending-titel")).hasValue("Plan van aanpak huisvesting 2027");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();

        page.locator("#inzending-soort").selectOption("PLAN_VAN_AANPAK");
        page.locator("#inzending-periode").fill("2026-II");
        page.locator("#inzending-toelichting").fill("Twintig flexwoningen en voorrang bij de corporaties.");
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indienen")));
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS)).containsText(
                "Het plan van aanpak “Plan van aanpak huisvesting 2027” is ingediend");
        String id = page.url().substring(page.url().indexOf("#inzending-") + "#inzending-".length());

        // the plan itself as a PDF, through the document store
        Browser.klikEnWacht(page, page.locator("#documenten-" + id));
        page.locator("#bestand").setInputFiles(
                new FilePayload("plan.pdf", "application/pdf", Testbestanden.pdf("Plan van aanpak")));
        page.locator("#titel").fill("Plan van aanpak, getekend");
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Document toevoegen")));
        page.navigate(browser.url("/gemeenten/GM0518/inzendingen"));
        PlaywrightAssertions.assertThat(page.locator("#inzending-" + id)).containsText("Plan van aanpak, getekend");
        browser.screenshot(page, "inzendingen");

        // a change is a new version, with its reason
        page.navigate(browser.url("/inzendingen/" + id));
        page.locator("#wijziging-titel").fill("Plan van aanpak huisvesting 2027, herzien");
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Wijziging opslaan")));
        PlaywrightAssertions.assertThat(page.locator("#wijziging-reden")).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(page.locator("#wijziging-titel"))
                .hasValue("Plan van aanpak huisvesting 2027, herzien");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
        page.locator("#wijziging-reden").fill("Na overleg met de corporaties");
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Wijziging opslaan")));
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS)).containsText("opgeslagen als versie 2");
        PlaywrightAssertions.assertThat(page.locator("#versies tbody tr")).hasCount(2);

        // the step that requires it shows that it was submitted, and when
        page.navigate(browser.url("/gemeenten/GM0518"));
        PlaywrightAssertions.assertThat(page.locator("#plan-ingediend")).containsText("ingediend op 20 december 2026");
        PlaywrightAssertions.assertThat(page.locator("#plan-ingediend"))
                .containsText("Plan van aanpak huisvesting 2027, herzien");

        // a lease, in the window that opened on 18 December
        page.navigate(browser.url("/gemeenten/GM0518/huurcontracten"));
        PlaywrightAssertions.assertThat(page.locator("h1")).containsText("tweede helft 2026");
        PlaywrightAssertions.assertThat(page.locator("#termijn")).hasText("U kunt huurcontracten over de tweede helft "
                + "2026 doorgeven van 18 december 2026 tot en met 4 januari 2027.");
        page.locator("#r0-ingangsdatum").fill("2026-12-28");
        page.locator("#r0-aantalPersonen").fill("3");
        page.locator("#r0-referentie").fill("DH-2026-1228");
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Huurcontracten indienen")));
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS)).containsText(
                "1 huurcontract is ingediend voor de tweede helft 2026");
        PlaywrightAssertions.assertThat(page.locator("#ingediend")).containsText("DH-2026-1228");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();

        // the province reads what was handed in; it hands in nothing itself
        Page provincie = browser.inloggen("toezicht-zh", BrowserTest.DEMO_WACHTWOORD);
        provincie.navigate(browser.url("/gemeenten/GM0518/inzendingen"));
        PlaywrightAssertions.assertThat(provincie.locator("#inzending-" + id))
                .containsText("Twintig flexwoningen en voorrang bij de corporaties.");
        PlaywrightAssertions.assertThat(provincie.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Indienen"))).hasCount(0);
        assertThat(browser.toegankelijkheidsfouten(provincie)).isEmpty();

        // after the deadline: no form, the next window in words
        klok.zet(LocalDate.of(2027, 1, 5));
        page.navigate(browser.url("/gemeenten/GM0518/huurcontracten"));
        PlaywrightAssertions.assertThat(page.locator("#termijn-gesloten")).containsText("U kunt huurcontracten over de "
                + "eerste helft 2027 nog niet doorgeven: dat kan van 17 juni 2027 tot en met 4 juli 2027.");
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Huurcontracten indienen"))).hasCount(0);
        browser.screenshot(page, "huurcontracten-termijn-dicht");
        assertThat(browser.toegankelijkheidsfouten(page)).isEmpty();
    }
}
