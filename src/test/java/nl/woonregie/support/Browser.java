package nl.woonregie.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Playwright for Java driving Debian's Chromium ({@code /usr/bin/chromium}, or {@code WOONREGIE_CHROMIUM}); no browser
 * is downloaded. One Chromium serves the whole test run; each test class gets its own {@code Browser} with fresh
 * browser contexts (cookies), closed after the class ({@link BrowserExtensie}). Saves screenshots to {@code target/screenshots} and runs axe-core (shipped in test resources) for
 * WCAG 2.1 AA checks.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getenv().getOrDefault("WOONREGIE_CHROMIUM", "/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final com.microsoft.playwright.Browser browser;
    private final String basis;
    private final List<BrowserContext> contexten = new ArrayList<>();

    /** A browser for the application on this port, in a shared Chromium ({@link BrowserExtensie}). */
    Browser(com.microsoft.playwright.Browser browser, int port) {
        this.browser = browser;
        this.basis = "http://localhost:" + port;
    }

    /** Debian's Chromium, headless, without any network of its own; one per test run ({@link BrowserExtensie}). */
    static com.microsoft.playwright.Browser chromium(Playwright playwright) {
        if (!Files.isExecutable(Path.of(CHROMIUM))) {
            throw new IllegalStateException("Chromium not found at " + CHROMIUM
                    + ": install Debian's chromium (apt-get install -y chromium) or set WOONREGIE_CHROMIUM");
        }
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(CHROMIUM))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run")));
    }

    static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** The widths no page may scroll sideways at: a desktop and a phone. */
    public static final int[] BREEDTES = {1280, 390};

    /** A fresh browser context (own cookies) at a desktop or tablet size. */
    public Page nieuwePagina(int breedte, int hoogte) {
        BrowserContext context = browser.newContext(new NewContextOptions().setViewportSize(breedte, hoogte)
                .setLocale("nl-NL"));
        synchronized (contexten) {
            contexten.add(context);
        }
        return context.newPage();
    }

    public Page nieuwePagina() {
        return nieuwePagina(1280, 900);
    }

    public String url(String pad) {
        return basis + pad;
    }

    public Page inloggen(String gebruikersnaam, String wachtwoord) {
        Page page = nieuwePagina();
        List<String> verloop = java.util.Collections.synchronizedList(new ArrayList<>());
        page.onResponse(r -> verloop.add(r.request().method() + " " + r.url().replace(basis, "") + " → " + r.status()
                + (r.headers().containsKey("location") ? " " + r.headers().get("location").replace(basis, "") : "")));
        // what the browser saw is named when the sign-in fails (a race in the session around the login once signed
        // users out under heavy load: SessieBijInloggenTest)
        page.navigate(url("/inloggen"));
        page.getByLabel("Gebruikersnaam").fill(gebruikersnaam);
        page.getByLabel("Wachtwoord").fill(wachtwoord);
        klikEnWacht(page, page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Inloggen")));
        assertThat(page.url()).as(() -> "aanmelden als " + gebruikersnaam + "; de pagina zei: "
                + page.locator("main").innerText() + "; verloop: " + verloop).doesNotContain("/inloggen");
        return page;
    }

    /**
     * Clicks what submits a form or follows a link and returns when the next page has loaded. A click followed by
     * {@code waitForLoadState()} is a race: the click returns before the navigation starts, so the wait may see the
     * old page, already loaded.
     */
    public static void klikEnWacht(Page page, Locator doel) {
        page.waitForNavigation(doel::click);
    }

    public Path screenshot(Page page, String naam) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path pad = SCREENSHOTS.resolve(naam + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(pad).setFullPage(true));
        return pad;
    }

    /**
     * Serious and critical WCAG 2.1 A/AA violations reported by axe-core on the current page. axe-core is loaded as a
     * script of the page's own origin (served by Playwright, not by the application), so the application's CSP, which
     * allows no inline script, stays in force in every browser test.
     */
    @SuppressWarnings("unchecked")
    public List<String> toegankelijkheidsfouten(Page page) {
        String adres = url("/__test/axe.min.js");
        page.route(adres, r -> r.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setStatus(200)
                .setContentType("application/javascript").setBody(axe())));
        page.addScriptTag(new Page.AddScriptTagOptions().setUrl(adres));
        page.unroute(adres);
        Object resultaat = page.evaluate("async () => { const r = await axe.run(document, { runOnly: { type: 'tag',"
                + " values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }); return r.violations.map(v => ({ id: v.id,"
                + " impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })); }");
        List<String> fouten = new ArrayList<>();
        for (Object o : (List<Object>) resultaat) {
            Map<String, Object> v = (Map<String, Object>) o;
            String impact = String.valueOf(v.get("impact"));
            if (impact.equals("serious") || impact.equals("critical")) {
                fouten.add(impact + " " + v.get("id") + ": " + v.get("help") + " " + v.get("nodes"));
            }
        }
        return fouten;
    }

    /**
     * Why the page scrolls sideways in its window: empty when {@code document.scrollWidth} is at most the viewport's
     * width; otherwise the widths and the innermost elements that stick out on the right (outside any region that
     * scrolls by itself), to find the cause. A table wider than the window belongs in a scrolling region
     * ({@code div.woonregie-tabel-wrap}), which is allowed to be wide inside.
     */
    @SuppressWarnings("unchecked")
    public List<String> breedteFouten(Page page) {
        int venster = page.viewportSize().width;
        List<Object> uitsteek = (List<Object>) page.evaluate("""
                (venster) => {
                  const breedte = document.documentElement.scrollWidth;
                  if (breedte <= venster) return [];
                  const scrolltZelf = (e) => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(e).overflowX);
                  const steektUit = (e) => e.getBoundingClientRect().right > venster + 0.5;
                  const uit = [];
                  for (const e of document.body.querySelectorAll('*')) {
                    if (!steektUit(e) || [...e.children].some(steektUit)) continue;
                    let binnen = false;
                    for (let o = e.parentElement; o && o !== document.body; o = o.parentElement) {
                      if (scrolltZelf(o)) { binnen = true; break; }
                    }
                    if (binnen) continue;
                    const r = e.getBoundingClientRect();
                    uit.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                        + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).join('.') : '')
                        + ' tot ' + Math.round(r.right) + ' px: "' + (e.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 50) + '"');
                  }
                  return ['document ' + breedte + ' px breed in een venster van ' + venster + ' px'].concat(uit.slice(0, 5));
                }
                """, venster);
        return uitsteek.stream().map(String::valueOf).toList();
    }

    /**
     * Puts the page in a window {@code breedte} px wide (its height kept) and asserts that nothing makes it scroll
     * sideways ({@link #breedteFouten}).
     */
    public void assertPastBinnen(Page page, int breedte) {
        page.setViewportSize(breedte, page.viewportSize().height);
        assertThat(breedteFouten(page)).as("%s op %d px", page.url(), breedte).isEmpty();
    }

    /**
     * The checks every browser test makes of a page it reaches: no accessibility violation (axe-core, WCAG 2.1 AA), no
     * text a user should not read ({@link Nederlands}), every table in its own scrolling region.
     */
    public void toegankelijkEnNederlands(Page page) {
        assertThat(toegankelijkheidsfouten(page)).as(page.url()).isEmpty();
        assertThat(Nederlands.controleer(Nederlands.inhoud(page))).as(page.url()).isEmpty();
        assertThat(tabellenZonderRegio(page)).as(page.url()).isEmpty();
    }

    /**
     * The tables of the page that do not scroll in their own region: each {@code table} sits in a
     * {@code div.woonregie-tabel-wrap} with {@code role=region}, a name ({@code aria-label} or
     * {@code aria-labelledby}) and {@code tabindex=0}, so a keyboard can scroll it (WCAG 2.1.1, 1.4.10).
     */
    @SuppressWarnings("unchecked")
    public List<String> tabellenZonderRegio(Page page) {
        List<Object> fout = (List<Object>) page.evaluate("""
                () => [...document.querySelectorAll('main table')].filter(t => {
                  const r = t.parentElement;
                  return !(r.classList.contains('woonregie-tabel-wrap') && r.getAttribute('role') === 'region'
                      && r.getAttribute('tabindex') === '0'
                      && (r.getAttribute('aria-label') || r.getAttribute('aria-labelledby')));
                }).map(t => 'tabel "' + ((t.caption && t.caption.textContent) || t.id || '').replace(/\s+/g, ' ').trim()
                    + '" zonder eigen scrollgebied')
                """);
        return fout.stream().map(String::valueOf).toList();
    }

    private static String axe() {
        try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the pages of this test class; the shared Chromium stays for the next class. */
    @Override
    public void close() {
        synchronized (contexten) {
            contexten.forEach(BrowserContext::close);
            contexten.clear();
        }
    }
}
