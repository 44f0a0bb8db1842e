package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.support.Browser;
import nl.woonregie.support.Nederlands;
import nl.woonregie.support.BrowserTest;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The crawler: signs in as every role of the demo, visits the pages reachable from the navigation and from the links
 * on those pages (same origin, GET, bounded), and fails on what a user should never meet: a link answering 4xx/5xx,
 * internal codes and keys in visible text, ISO or d-M-yyyy dates, amounts with an English decimal point, template
 * leftovers, wrong Dutch plurals, an empty table without a word, a page without the favicon, a resource from another
 * origin, a script error, axe-core's serious and critical WCAG violations, a page that scrolls sideways at 1280 or
 * 390 px or a table outside its own scrolling region ({@code Browser#breedteFouten}, once per path like axe-core;
 * not the letters' HTML, laid out as the printed letter);
 * and on the error pages (404, 403) a signed-in user keeps the navigation. Downloads are not opened but must answer
 * 200.
 *
 * <p>Bounded: at most {@value #PAGINAS_PER_ROL} pages per role and {@value #PER_SOORT} of each kind of page (its path
 * and query with the numbers left out); every other link is only asked for its status (in parallel, at most
 * {@value #LINKS_PER_SOORT} of a kind); axe-core runs once per path over all roles (it checks the template, and
 * costs a second a page); the public start and login pages are checked by the first role only. Runs on the browser
 * tests' demo (the other browser tests add to it); its time is in docs/performance.md.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KruiperBrowserTest {

    static final int PAGINAS_PER_ROL = 40;
    static final int PER_SOORT = 2;
    static final int LINKS_PER_SOORT = 4;

    /** One demo account per role (the demo's accounts, nl.woonregie.demo; the administrator of the test context). */
    static final Map<Rol, String> ACCOUNTS = new LinkedHashMap<>();

    static {
        ACCOUNTS.put(Rol.BEHEERDER, "beheerder");
        ACCOUNTS.put(Rol.TOEZICHTHOUDER, "toezicht-zh");
        ACCOUNTS.put(Rol.GEMEENTE, "gemeente-denhaag");
        ACCOUNTS.put(Rol.COA, "coa");
        ACCOUNTS.put(Rol.AANMELDER, "vhb-aanmelder");
        ACCOUNTS.put(Rol.ICP, "vhb-icp");
        ACCOUNTS.put(Rol.CASEMANAGER, "vhb-casemanager");
        ACCOUNTS.put(Rol.ADMINISTRATIEF, "vhb-administratief");
        ACCOUNTS.put(Rol.CONSULENT, "vhb-consulent");
        ACCOUNTS.put(Rol.COORDINATOR, "vhb-coordinator");
        ACCOUNTS.put(Rol.RIJK, "rijk");
        ACCOUNTS.put(Rol.BELEIDSMEDEWERKER, "beleid-zh");
        ACCOUNTS.put(Rol.PROGRAMMATEAM, "programma-denhaag");
        ACCOUNTS.put(Rol.BESTUUR, "bestuur-denhaag");
        ACCOUNTS.put(Rol.DIENST, "dienst-denhaag");
        ACCOUNTS.put(Rol.PROGRAMMAMANAGER, "programma-haarlem");
        ACCOUNTS.put(Rol.CONTROLLER, "controller-haarlem");
        ACCOUNTS.put(Rol.CASEMANAGER_INTEGRATIE, "casemanager-wassenaar");
        ACCOUNTS.put(Rol.PROJECTLEIDER, "projectleider-denhaag");
    }

    /** Per role a page it may not open, for the 403 page. */
    static final Map<Rol, String> VERBODEN = Map.of(Rol.BEHEERDER, "/verhuisbox/meldingen");

    Browser browser;

    /** HTTP/1.1 as the browser speaks it to this server (no h2c upgrade attempt on every new connection). */
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    /** The kinds of page axe-core has checked, over all roles. */
    final Set<String> axeGedaan = new HashSet<>();
    /** The public pages (the same for everyone but the header): checked once, by the first role. */
    static final Set<String> OPENBAAR = Set.of("/", "/inloggen");
    final Set<String> openbaarGedaan = new HashSet<>();
    final Map<Rol, List<String>> bezocht = new LinkedHashMap<>();
    final Map<Rol, Long> duur = new LinkedHashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    nl.woonregie.platform.security.Toewijzingen toewijzingen;

    /**
     * Every role that can be assigned has a demo account here; the roles whose scope no module keeps yet
     * (programmes, departments, projects) cannot be assigned, so no account has them.
     */
    @Test
    void de_kruiper_kent_een_demo_account_voor_elke_rol_die_kan_worden_toegewezen() {
        // PROJECTLEIDER too: the demo's projectleider of the Leeghwaterplein lead (issue 17 §8)
        assertThat(ACCOUNTS.keySet()).containsExactlyInAnyOrderElementsOf(toewijzingen.toewijsbareRollen());
    }

    @TestFactory
    Stream<DynamicTest> elke_rol_ziet_op_elke_bereikbare_pagina_nederlandse_woorden_en_formaten_en_geen_fouten() {
        return ACCOUNTS.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey() + " (" + e.getValue() + ")",
                () -> kruip(e.getKey(), e.getValue())));
    }

    @AfterAll
    void tijden() {
        long totaal = duur.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder sb = new StringBuilder("\nKruiper: " + totaal + " ms voor " + duur.size() + " rollen, axe-core op "
                + axeGedaan.size() + " soorten pagina's\n");
        bezocht.forEach((rol, paginas) -> {
            sb.append(String.format("  %s: %d pagina's in %d ms%n", rol,
                    paginas.stream().filter(p -> !p.startsWith(" ")).count(), duur.get(rol)));
            paginas.forEach(p -> sb.append("    ").append(p).append('\n'));
        });
        System.out.println(sb);
    }

    void kruip(Rol rol, String account) {
        long start = System.nanoTime();
        String wachtwoord = rol == Rol.BEHEERDER ? IntegratieTest.BEHEERDER_WACHTWOORD : BrowserTest.DEMO_WACHTWOORD;
        Page page = browser.inloggen(account, wachtwoord);
        String basis = browser.url("");
        String cookies = page.context().cookies().stream().map(c -> c.name + "=" + c.value)
                .collect(Collectors.joining("; "));
        List<String> fouten = new ArrayList<>();
        List<String> paginas = new ArrayList<>();
        List<String> vreemd = new ArrayList<>();
        page.onRequest(r -> {
            if (!r.url().startsWith(basis) && !r.url().startsWith("data:")) {
                vreemd.add(r.url());
            }
        });
        List<String> scriptfouten = new ArrayList<>();
        page.onPageError(scriptfouten::add);

        Deque<String> wachtrij = new ArrayDeque<>();
        Set<String> gezien = new HashSet<>();
        Map<String, Integer> bezochtPerSoort = new HashMap<>();
        Map<String, Integer> gevraagdPerSoort = new HashMap<>();
        String landing = pad(page.url(), basis);
        wachtrij.add(landing);
        gezien.add(landing);
        bezochtPerSoort.merge(soort(landing), 1, Integer::sum);

        int aantal = 0;
        while (!wachtrij.isEmpty() && aantal < PAGINAS_PER_ROL) {
            String pad = wachtrij.poll();
            aantal++;
            List<String> links = bezoek(page, rol, pad, 200, fouten, paginas, scriptfouten, vreemd);
            // every new link: its status (in parallel); pages of a kind not yet seen twice are visited
            List<String> nieuw = new ArrayList<>();
            for (String href : links) {
                String doel = pad(href, basis);
                if (doel != null && !overslaan(doel) && gezien.add(doel)
                        && gevraagdPerSoort.merge(soort(doel), 1, Integer::sum) <= LINKS_PER_SOORT) {
                    nieuw.add(doel);
                }
            }
            Map<String, HttpResponse<Void>> antwoorden = vraag(basis, cookies, nieuw);
            for (String doel : nieuw) {
                HttpResponse<Void> r = antwoorden.get(doel);
                int st = r == null ? 0 : r.statusCode();
                String type = r == null ? "" : r.headers().firstValue("content-type").orElse("");
                if (st != 200) {
                    fouten.add(pad + " → " + doel + (st == 0 ? ": geen volledig antwoord (" + afgebroken.get(doel) + ")"
                            : ": antwoordt " + st));
                } else if (!type.startsWith("text/html")) {
                    paginas.add("    download " + doel + " (" + type.replaceAll(";.*", "") + ")");
                } else if (OPENBAAR.contains(doel) && !openbaarGedaan.add(doel)) {
                    continue; // a public page another role has checked already
                } else if (!alleenStatus(doel) && bezochtPerSoort.merge(soort(doel), 1, Integer::sum) <= PER_SOORT) {
                    wachtrij.add(doel);
                }
            }
        }

        // the error pages keep the signed-in user's navigation
        bezoek(page, rol, "/bestaat-niet", 404, fouten, paginas, scriptfouten, vreemd);
        ingelogd(page, account, "/bestaat-niet", fouten);
        String verboden = VERBODEN.getOrDefault(rol, "/beheer/gebruikers");
        bezoek(page, rol, verboden, 403, fouten, paginas, scriptfouten, vreemd);
        ingelogd(page, account, verboden, fouten);

        long ms = (System.nanoTime() - start) / 1_000_000;
        bezocht.put(rol, paginas);
        duur.put(rol, ms);
        assertThat(fouten).as("%s (%s) na %d pagina's", rol, account, aantal).isEmpty();
    }

    /** Opens a page, checks it, and returns its visible links. */
    List<String> bezoek(Page page, Rol rol, String pad, int verwacht, List<String> fouten, List<String> paginas,
            List<String> scriptfouten, List<String> vreemd) {
        scriptfouten.clear();
        vreemd.clear();
        Response antwoord = page.navigate(browser.url(pad));
        int status = antwoord == null ? 0 : antwoord.status();
        paginas.add(status + " " + pad);
        if (status != verwacht) {
            fouten.add(pad + ": antwoordt " + status + " in plaats van " + verwacht);
            if (status >= 400 && verwacht < 400) {
                return List.of();
            }
        }
        Map<String, Object> inhoud = Nederlands.inhoud(page);
        for (String f : Nederlands.controleer(inhoud)) {
            fouten.add(pad + ": " + f);
        }
        if (axeGedaan.add(soort(pad.replaceAll("\\?.*", "")))) { // one template: once, whatever its query
            for (String f : browser.toegankelijkheidsfouten(page)) {
                fouten.add(pad + ": toegankelijkheid: " + f);
            }
            // a page fits a desktop and a phone without scrolling sideways, its tables in their own scrolling region
            // (not a document the API serves, such as a letter's HTML: that is laid out as the printed letter)
            for (int breedte : pad.startsWith("/api/") ? new int[0] : Browser.BREEDTES) {
                page.setViewportSize(breedte, 900);
                browser.breedteFouten(page).forEach(f -> fouten.add(pad + ": op " + breedte + " px: " + f));
            }
            page.setViewportSize(1280, 900);
            if (!pad.startsWith("/api/")) {
                browser.tabellenZonderRegio(page).forEach(f -> fouten.add(pad + ": " + f));
            }
        }
        scriptfouten.forEach(f -> fouten.add(pad + ": scriptfout: " + f));
        vreemd.forEach(u -> fouten.add(pad + ": laadt van een andere herkomst: " + u));
        @SuppressWarnings("unchecked")
        List<String> links = (List<String>) inhoud.get("links");
        return links;
    }

    /** The header of a signed-in user: the account's own link and no "Inloggen". */
    static void ingelogd(Page page, String account, String pad, List<String> fouten) {
        if (page.locator("header nav").count() == 0) {
            fouten.add(pad + ": de foutpagina heeft geen navigatie: «" + page.locator("body").innerText()
                    .replaceAll("\\s+", " ") + "»");
            return;
        }
        String kop = page.locator("header nav").innerText();
        if (!kop.contains(account) || kop.contains("Inloggen")) {
            fouten.add(pad + ": de foutpagina toont niet de navigatie van de ingelogde gebruiker: «"
                    + kop.replaceAll("\\s+", " ") + "»");
        }
    }

    /** The status and type of each link, asked in parallel with the session's cookie (redirects followed). */
    /** Per link without a complete answer, why (a broken-off body is an error while rendering; see the log). */
    final Map<String, String> afgebroken = new java.util.concurrent.ConcurrentHashMap<>();

    Map<String, HttpResponse<Void>> vraag(String basis, String cookies, List<String> paden) {
        Map<String, CompletableFuture<HttpResponse<Void>>> lopend = new LinkedHashMap<>();
        for (String p : paden) {
            lopend.put(p, http.sendAsync(verzoek(basis, cookies, p), HttpResponse.BodyHandlers.discarding()));
        }
        Map<String, HttpResponse<Void>> antwoorden = new HashMap<>();
        lopend.forEach((p, f) -> {
            try {
                antwoorden.put(p, f.join());
            } catch (java.util.concurrent.CompletionException e) {
                // a body broken off in transport (a pooled connection closed under it) is asked once more, alone; a
                // page that fails while it renders fails again and is counted as an error with its reason
                try {
                    antwoorden.put(p, http.send(verzoek(basis, cookies, p), HttpResponse.BodyHandlers.discarding()));
                } catch (java.io.IOException | InterruptedException nogmaals) {
                    antwoorden.put(p, null);
                    afgebroken.put(p, e.getCause() + "; opnieuw: " + nogmaals);
                }
            }
        });
        return antwoorden;
    }

    static HttpRequest verzoek(String basis, String cookies, String pad) {
        return HttpRequest.newBuilder(URI.create(basis + pad)).header("Cookie", cookies)
                .header("Accept", "text/html,*/*").timeout(Duration.ofSeconds(30)).GET().build();
    }

    /** Leaving is not followed. */
    static boolean overslaan(String pad) {
        return pad.startsWith("/uitloggen");
    }

    /** Pages that are not ours to check (Swagger UI): their status only. */
    static boolean alleenStatus(String pad) {
        return pad.startsWith("/api/docs") || pad.startsWith("/swagger-ui") || pad.startsWith("/api/swagger-ui");
    }

    /** The path and query of a same-origin link without its fragment; null for another origin or scheme. */
    static String pad(String href, String basis) {
        if (href == null || !href.startsWith(basis)) {
            return null;
        }
        URI u = URI.create(href);
        String p = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        return u.getRawQuery() == null ? p : p + "?" + u.getRawQuery();
    }

    /** The kind of a page: its path and query with numbers, area codes and codes in capitals left out. */
    static String soort(String pad) {
        return pad.replaceAll("GM\\d{4}", "GM#").replaceAll("PV\\d{2}", "PV#").replaceAll("\\d+", "#")
                .replaceAll("(?<=[/=])[A-Z][A-Z_]{2,}", "X");
    }
}
