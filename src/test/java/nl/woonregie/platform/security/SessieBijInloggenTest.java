package nl.woonregie.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.woonregie.support.Accounts;
import nl.woonregie.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The session around a login, over real HTTP against the running application. The browser fetches fonts, the icon
 * and stylesheets while the login form is sent; a request that loaded the session of before the login and saved it
 * after the login had renewed it wrote the old session back, and the user arrived signed out (seen in the browser
 * tests under heavy load). Two defences, each proved here: a static file never reads or writes the session, and the
 * login moves to a new session row, so that even a late save of the old session cannot undo it.
 */
@BrowserTest
class SessieBijInloggenTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int poort;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    SessionRepository<? extends Session> sessies;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void een_statisch_bestand_laat_de_sessie_ongemoeid() throws Exception {
        String cookie = sessiecookie(get("/inloggen", null));
        String sessie = sessieId(cookie);
        String voor = rij(sessie);
        assertThat(voor).as("de sessie van het inlogformulier").startsWith(sessie);
        for (String pad : List.of("/css/woonregie.css", "/img/woonregie.svg", "/js/formulier.js", "/favicon.ico",
                "/css/vendor/nl-design-system/component-library.css")) {
            Thread.sleep(5); // last_access_time is in milliseconds: a write would show
            HttpResponse<String> antwoord = get(pad, cookie);
            assertThat(antwoord.statusCode()).as(pad).isEqualTo(200);
            assertThat(antwoord.headers().allValues("set-cookie")).as(pad + " zet geen cookie").isEmpty();
            assertThat(rij(sessie)).as("de sessie na " + pad).isEqualTo(voor);
        }
        Thread.sleep(5);
        get("/inloggen", cookie);
        assertThat(rij(sessie)).as("een pagina leest de sessie wel").isNotEqualTo(voor);
    }

    @Test
    void een_late_opslag_van_de_sessie_van_voor_het_inloggen_meldt_niemand_af() throws Exception {
        String naam = new Accounts(mvc).toezichthouder("PV28");
        HttpResponse<String> formulier = get("/inloggen", null);
        String oud = sessiecookie(formulier);
        // a request that started before the login: it holds the old session and saves it when it ends
        Session laat = sessies.findById(sessieId(oud));
        assertThat(laat).isNotNull();

        HttpResponse<String> inloggen = http.send(HttpRequest.newBuilder(adres("/inloggen"))
                .header("Cookie", oud).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(naam) + "&password="
                        + enc(Accounts.WACHTWOORD) + "&_csrf=" + enc(csrf(formulier.body()))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(inloggen.statusCode()).isEqualTo(302);
        assertThat(inloggen.headers().firstValue("location").orElseThrow()).endsWith("/start");
        String nieuw = sessiecookie(inloggen);
        assertThat(sessieId(nieuw)).isNotEqualTo(sessieId(oud));

        laat.setLastAccessedTime(Instant.now());
        bewaar(sessies, laat);

        HttpResponse<String> start = get("/start", nieuw);
        assertThat(start.statusCode()).as("de startpagina na de late opslag").isEqualTo(302);
        assertThat(start.headers().firstValue("location").orElseThrow()).as("aangemeld: naar de eigen provincie")
                .endsWith("/provincies/PV28");
        assertThat(rij(sessieId(nieuw))).as("de sessie van na het inloggen").endsWith(" " + naam);
        assertThat(rij(sessieId(oud))).as("de sessie van voor het inloggen").isEqualTo("geen");
    }

    @SuppressWarnings("unchecked")
    private static <S extends Session> void bewaar(SessionRepository<S> repository, Session sessie) {
        repository.save((S) sessie);
    }

    private HttpResponse<String> get(String pad, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(adres(pad));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI adres(String pad) {
        return URI.create("http://localhost:" + poort + pad);
    }

    private static String sessiecookie(HttpResponse<?> antwoord) {
        return antwoord.headers().allValues("set-cookie").stream()
                .filter(c -> c.startsWith(SecurityConfiguration.SESSIECOOKIE + "=")).findFirst().orElseThrow()
                .split(";")[0];
    }

    private static String sessieId(String cookie) {
        return new String(Base64.getDecoder().decode(cookie.substring(cookie.indexOf('=') + 1)),
                StandardCharsets.UTF_8);
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("het CSRF-token op het inlogformulier").isTrue();
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private String rij(String sessie) {
        return jdbc.sql("select session_id || ' ' || last_access_time || ' ' || coalesce(principal_name, '-') "
                + "from spring_session where session_id = ?").param(sessie).query(String.class).optional()
                .orElse("geen");
    }
}
