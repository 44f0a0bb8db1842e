package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Links open what they promise, on the demo: the dashboard's downloads at every peildatum, with and without a region
 * (and the form's "Hele provincie"); and a Verhuisbox role sees a link to the budget page only when it may open it —
 * the worklist's and the case page's links follow the rights the pages check.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinksBrowserTest {

    Browser browser;

    APIResponse open(Page page, String href) {
        return page.request().get(browser.url(href));
    }

    void downloadsOpenen(Page page, String peildatum) {
        for (String[] d : new String[][] {{"#download-xlsx", "spreadsheetml"}, {"#download-csv", "text/csv"}}) {
            String href = page.locator(d[0]).getAttribute("href");
            APIResponse r = open(page, href);
            assertThat(r.status()).as("%s bij %s", href, peildatum).isEqualTo(200);
            assertThat(r.headers().get("content-type")).as(href).contains(d[1]);
        }
    }

    @Test
    void de_downloads_van_het_dashboard_openen_bij_elke_peildatum_met_en_zonder_regio() {
        Page page = browser.inloggen("toezicht-zh", BrowserTest.DEMO_WACHTWOORD);
        List<String> peildata = page.locator("#peildatum option").all().stream()
                .map(o -> o.getAttribute("value")).toList();
        assertThat(peildata).hasSizeGreaterThan(5);
        for (String peildatum : peildata) {
            page.navigate(browser.url("/provincies/PV28?peildatum=" + peildatum));
            assertThat(page.locator("#download-csv").getAttribute("href")).doesNotContain("regio");
            downloadsOpenen(page, peildatum);
        }
        // the form: a region, then the whole province again ("Hele provincie" sends regio=)
        page.navigate(browser.url("/provincies/PV28"));
        page.locator("#regio").selectOption("VR15");
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toon")));
        PlaywrightAssertions.assertThat(page.locator("h1")).containsText("Zuid-Holland");
        assertThat(page.locator("#download-csv").getAttribute("href")).contains("regio=VR15");
        downloadsOpenen(page, "regio VR15");
        page.locator("#regio").selectOption("");
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toon")));
        PlaywrightAssertions.assertThat(page.locator("#gemeententabel tbody tr")).hasCount(50);
        downloadsOpenen(page, "hele provincie");
        Browser.klikEnWacht(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")));
        PlaywrightAssertions.assertThat(page.locator("#gemeententabel tbody tr")).hasCount(50);
    }

    /** The worklist's links of a Verhuisbox role, each of which opens; and the case page's budget link, if any. */
    List<String> werklijstlinks(String account) {
        Page page = browser.inloggen(account, BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/verhuisbox"));
        List<String> links = page.locator("nav.woonregie-subnav a").all().stream()
                .map(a -> a.getAttribute("href")).toList();
        for (String href : links) {
            assertThat(open(page, href).status()).as("%s: %s", account, href).isEqualTo(200);
        }
        boolean budget = links.contains("/verhuisbox/budget");
        assertThat(open(page, "/verhuisbox/budget").status()).as("%s mag het budget openen", account)
                .isEqualTo(budget ? 200 : 403);
        Locator casus = page.locator("main a[href^='/verhuisbox/casussen/']").first();
        if (casus.count() > 0) {
            page.navigate(browser.url(casus.getAttribute("href")));
            if (page.locator("#geld").count() > 0) {
                // the money section links to the budget page only for whoever may open it
                assertThat(page.locator("#budget-link").count()).as("%s: link naar het budget", account)
                        .isEqualTo(budget ? 1 : 0);
            }
        }
        return links;
    }

    @Test
    void een_verhuisboxrol_ziet_alleen_links_die_openen() {
        String lijst = "/verhuisbox";
        String casussen = "/verhuisbox/casussen";
        assertThat(werklijstlinks("vhb-casemanager")).containsExactly(lijst, casussen, "/verhuisbox/nazorg",
                "/verhuisbox/zoekgebieden");
        assertThat(werklijstlinks("vhb-administratief")).containsExactly(lijst, casussen, "/verhuisbox/budget");
        assertThat(werklijstlinks("vhb-consulent")).containsExactly(lijst, casussen, "/verhuisbox/rapportage",
                "/verhuisbox/budget", "/verhuisbox/evaluatie");
        assertThat(werklijstlinks("vhb-coordinator")).containsExactly(lijst, casussen, "/verhuisbox/nazorg",
                "/verhuisbox/enquete", "/accountverzoeken", "/verhuisbox/rapportage", "/verhuisbox/budget",
                "/verhuisbox/historie", "/verhuisbox/verwijzers", "/verhuisbox/zoekgebieden", "/verhuisbox/evaluatie");
        assertThat(werklijstlinks("vhb-icp")).containsExactly(lijst, casussen);
    }

    @Test
    void de_casemanager_ziet_op_de_casuspagina_geen_link_naar_het_budget() {
        Page page = browser.inloggen("vhb-casemanager", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/verhuisbox"));
        page.navigate(browser.url(page.locator("main a[href^='/verhuisbox/casussen/']").first().getAttribute("href")));
        PlaywrightAssertions.assertThat(page.locator("#geld")).hasCount(1);
        PlaywrightAssertions.assertThat(page.locator("#geld ~ p a[href='/verhuisbox/budget'], #budget-link"))
                .hasCount(0);
        assertThat(open(page, "/verhuisbox/budget").status()).isEqualTo(403);
    }
}
