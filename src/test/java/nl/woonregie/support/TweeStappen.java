package nl.woonregie.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Signing in with both steps in a {@link TotpContext}, as a person does: the password on the form, then setting up
 * the second step (the secret read from the page) or the code of the authenticator app — computed here, by a TOTP of
 * this class's own (RFC 6238: HMAC-SHA1, 6 digits, 30 seconds), from the secret and the application's
 * {@link TestKlok}, which is moved on to a time step of its own for every code (a code is accepted once). The
 * secrets the accounts set up are remembered for their next sign-in.
 */
public final class TweeStappen {

    public static final String SESSIE = "WOONREGIE_SESSIE";
    private static final Map<String, String> GEHEIMEN = new ConcurrentHashMap<>();
    private static final Pattern GEHEIM = Pattern.compile("data-geheim=\"([A-Z2-7]+)\"");
    /** The last time step a code was made for: the next one is later, also after a test put the clock back. */
    private static final java.util.concurrent.atomic.AtomicLong LAATSTE_STAP = new java.util.concurrent.atomic.AtomicLong();

    private final MockMvc mvc;
    private final TestKlok klok;

    public TweeStappen(MockMvc mvc, TestKlok klok) {
        this.mvc = mvc;
        this.klok = klok;
    }

    /** The secret the account set up through this class (null when it has none here). */
    public static String geheim(String naam) {
        return GEHEIMEN.get(naam);
    }

    /** Remembers a secret an account set up elsewhere (a browser test). */
    public static void onthoud(String naam, String geheim) {
        GEHEIMEN.put(naam, geheim);
    }

    /** Forgets the secret (the account's second step was taken away). */
    public static void vergeet(String naam) {
        GEHEIMEN.remove(naam);
    }

    /** The secret on a set-up page (its {@code data-geheim}). */
    public static String geheimOp(String html) {
        Matcher m = GEHEIM.matcher(html);
        assertThat(m.find()).as("een geheim op de pagina").isTrue();
        return m.group(1);
    }

    /** A signed-in session: its cookie, with which requests go (and the CSRF token pages and API calls need). */
    public final class Sessie {

        private Cookie cookie;

        Sessie(Cookie cookie) {
            this.cookie = cookie;
        }

        public Cookie cookie() {
            return cookie;
        }

        public MockHttpServletResponse doe(MockHttpServletRequestBuilder verzoek) {
            try {
                MockHttpServletResponse r = mvc.perform(verzoek.cookie(cookie).with(csrf())).andReturn()
                        .getResponse();
                if (r.getCookie(SESSIE) != null && !r.getCookie(SESSIE).getValue().isEmpty()) {
                    cookie = r.getCookie(SESSIE);
                }
                return r;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        public MockHttpServletResponse get(String uri) {
            return doe(MockMvcRequestBuilders.get(uri).accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON));
        }

        public MockHttpServletResponse post(String uri, String json) {
            return doe(MockMvcRequestBuilders.post(uri).contentType(MediaType.APPLICATION_JSON).content(json));
        }

        public MockHttpServletResponse put(String uri, String json) {
            return doe(MockMvcRequestBuilders.put(uri).contentType(MediaType.APPLICATION_JSON).content(json));
        }

        /** A form of a page, as the browser posts it. */
        public MockHttpServletResponse formulier(String uri, String... naamWaarde) {
            MockHttpServletRequestBuilder b = MockMvcRequestBuilders.post(uri);
            for (int i = 0; i < naamWaarde.length; i += 2) {
                b = b.param(naamWaarde[i], naamWaarde[i + 1]);
            }
            return doe(b);
        }
    }

    /** A session signed in otherwise (e.g. without a second step), by its cookie. */
    public Sessie sessie(Cookie cookie) {
        return new Sessie(cookie);
    }

    /** The password on the form: the half sign-in (its session), which the second step completes. */
    public Sessie wachtwoord(String naam, String wachtwoord) {
        try {
            MockHttpServletResponse r = mvc.perform(MockMvcRequestBuilders.post("/inloggen").param("username", naam)
                    .param("password", wachtwoord).with(csrf())).andReturn().getResponse();
            assertThat(r.getRedirectedUrl()).as("na het wachtwoord van " + naam).isEqualTo("/inloggen/code");
            return new Sessie(r.getCookie(SESSIE));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Signs in with both steps: sets up the second step when the account has none yet (reading the secret from the
     * page), else gives the code of the remembered secret. The session is the signed-in one.
     */
    public Sessie aanmelden(String naam, String wachtwoord) {
        Sessie s = wachtwoord(naam, wachtwoord);
        MockHttpServletResponse code = s.get("/inloggen/code");
        MockHttpServletResponse r;
        if ("/inloggen/instellen".equals(code.getRedirectedUrl())) {
            String geheim = geheimOp(tekst(s.get("/inloggen/instellen")));
            r = s.formulier("/inloggen/instellen", "code", volgendeCode(geheim));
            GEHEIMEN.put(naam, geheim);
        } else {
            assertThat(code.getStatus()).as("de pagina van de code").isEqualTo(200);
            String geheim = GEHEIMEN.get(naam);
            assertThat(geheim).as("het geheim van " + naam).isNotNull();
            r = s.formulier("/inloggen/code", "code", volgendeCode(geheim));
        }
        assertThat(r.getRedirectedUrl()).as("aangemeld als " + naam + ": " + tekst(r)).isNotNull()
                .doesNotContain("/inloggen");
        return s;
    }

    /**
     * The code of a secret in a time step of its own: the application's clock is moved on to a step later than now
     * and than any step a code was made for before (a step is accepted once per account, and a test may have put the
     * clock back).
     */
    public String volgendeCode(String geheim) {
        long stap = LAATSTE_STAP.updateAndGet(s -> Math.max(s, klok.instant().getEpochSecond() / 30) + 1);
        Instant moment = Instant.ofEpochSecond(stap * 30 + 1);
        klok.zet(moment);
        return code(geheim, moment);
    }

    /** The TOTP (RFC 6238; HMAC-SHA1, 6 digits, 30 seconds) of a base32 secret at a moment. */
    public static String code(String geheim, Instant moment) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(base32(geheim), "RAW"));
            byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(moment.getEpochSecond() / 30).array());
            int o = h[h.length - 1] & 0xf;
            int n = ((h[o] & 0x7f) << 24) | ((h[o + 1] & 0xff) << 16) | ((h[o + 2] & 0xff) << 8) | (h[o + 3] & 0xff);
            return String.format(Locale.ROOT, "%06d", n % 1_000_000);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] base32(String s) {
        String alfabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : s.replace("=", "").toCharArray()) {
            buffer = (buffer << 5) | alfabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                uit.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return uit.toByteArray();
    }

    public static String tekst(MockHttpServletResponse r) {
        try {
            return r.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
