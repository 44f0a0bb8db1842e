package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No page scrolls sideways: the main pages of every demo role, in a window of 1,280 px (a laptop) and of 390 px (a
 * phone), are no wider than the window ({@link Browser#assertPastBinnen}); a table wider than that scrolls in its own
 * region, which a keyboard can reach ({@link Browser#tabellenZonderRegio}).
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BreedteBrowserTest {


    Browser browser;

    /** The demo accounts with their main pages; "casus" stands for the first case on the account's worklist. */
    static Stream<Arguments> rollen() {
        String ww = BrowserTest.DEMO_WACHTWOORD;
        return Stream.of(
                Arguments.of("toezicht-zh", ww, List.of("/provincies/PV28", "/provincies/PV28?peildatum=2021-07-01",
                        "/gemeenten/GM0518", "/rondes", "ronde", "/cijfers/import", "/simulator", "/account")),
                Arguments.of("gemeente-denhaag", ww, List.of("/gemeenten/GM0518", "/gemeenten/GM0518/huurcontracten",
                        "/simulator", "/account")),
                Arguments.of("coa", ww, List.of("/cijfers/import", "/simulator")),
                Arguments.of("beheerder", IntegratieTest.BEHEERDER_WACHTWOORD, List.of("/provincies", "/rondes",
                        "/beheer/gebruikers", "/cijfers/import")),
                Arguments.of("vhb-aanmelder", ww, List.of("/verhuisbox/meldingen")),
                Arguments.of("vhb-icp", ww, List.of("/verhuisbox", "casus")),
                Arguments.of("vhb-casemanager", ww, List.of("/verhuisbox", "/verhuisbox/nazorg", "casus")),
                Arguments.of("vhb-administratief", ww, List.of("/verhuisbox", "/verhuisbox/budget", "casus")),
                Arguments.of("vhb-consulent", ww, List.of("/verhuisbox", "/verhuisbox/budget",
                        "/verhuisbox/rapportage")),
                Arguments.of("vhb-coordinator", ww, List.of("/verhuisbox", "/verhuisbox/budget",
                        "/verhuisbox/rapportage", "/verhuisbox/nazorg", "/verhuisbox/enquete", "casus")));
    }

    /** Each width, and every table in its own scrolling region. */
    void pastBinnen(Page page) {
        for (int breedte : Browser.BREEDTES) {
            browser.assertPastBinnen(page, breedte);
        }
        assertThat(browser.tabellenZonderRegio(page)).as(page.url()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rollen")
    void de_hoofdpaginas_van_elke_rol_passen_op_1280_en_390_pixels(String account, String wachtwoord,
            List<String> paden) {
        Page page = browser.inloggen(account, wachtwoord);
        List<String> bezocht = new ArrayList<>();
        pastBinnen(page); // the landing page
        bezocht.add(page.url());
        for (String pad : paden) {
            page.setViewportSize(1280, 900);
            String doel = switch (pad) {
                case "casus" -> eersteLink(page, "/verhuisbox", "main a[href^='/verhuisbox/casussen/']");
                case "ronde" -> eersteLink(page, "/rondes", "main table a[href^='/rondes/']");
                default -> pad;
            };
            page.navigate(browser.url(doel));
            assertThat(page.title()).as(doel).doesNotStartWith("Fout");
            pastBinnen(page);
            bezocht.add(doel);
        }
        assertThat(bezocht).hasSize(paden.size() + 1);
    }

    String eersteLink(Page page, String lijst, String selector) {
        page.navigate(browser.url(lijst));
        Locator link = page.locator(selector).first();
        assertThat(link.count()).as("een link op %s", lijst).isPositive();
        return link.getAttribute("href");
    }

    @Test
    void de_paginas_zonder_account_en_een_gemeente_in_de_ronde_passen() {
        Page page = browser.nieuwePagina();
        for (String pad : List.of("/", "/inloggen", "/simulator")) {
            page.setViewportSize(1280, 900);
            page.navigate(browser.url(pad));
            pastBinnen(page);
        }
        // the simulator with its outcome (a wide table of nine columns)
        page.setViewportSize(1280, 900);
        Browser.klikEnWacht(page, page.locator("button[value=bereken]"));
        pastBinnen(page);

        Page th = browser.inloggen("toezicht-zh", BrowserTest.DEMO_WACHTWOORD);
        String ronde = eersteLink(th, "/rondes", "main table a[href^='/rondes/']");
        th.navigate(browser.url(ronde));
        pastBinnen(th);
        th.navigate(browser.url(ronde + "/gemeenten/GM0518"));
        pastBinnen(th);
    }
}
