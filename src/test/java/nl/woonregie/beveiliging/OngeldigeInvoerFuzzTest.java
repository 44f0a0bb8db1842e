package nl.woonregie.beveiliging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import nl.woonregie.beveiliging.ToegangsmatrixTest.Account;
import nl.woonregie.support.Api;
import nl.woonregie.support.BrowserTest;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.RuwHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * No malformed request makes the application fail (5xx), and every refusal is {@code application/problem+json}.
 * Every writing endpoint of the API (POST, PUT, PATCH, DELETE under {@code /api/}, read from Spring MVC's handler
 * mappings, so that a new endpoint is fuzzed without being named here) gets malformed requests: a NUL in a text,
 * texts longer than any column, wrong JSON types, numbers where dates go, extreme numbers and dates, huge lists, deep
 * nesting, empty and invalid JSON, invalid UTF-8, other media types ({@code multipart/form-data} without a boundary),
 * malformed parameters and path variables, bad percent escapes, path parameters and overlong addresses; the reading
 * endpoints get the malformed parameters and paths. The requests go through Tomcat on a socket ({@link RuwHttp}:
 * MockMvc would pass by where several of them fail), as an account that may call the endpoint (the rules of
 * {@link ToegangsmatrixTest}) on the demo's objects ({@link ToegangsmatrixTest#demoIds}). A JSON body is a malformed
 * variant of an example built from the endpoint's request type (its record, or the schema its OpenAPI annotation
 * names), first made valid where the endpoint's answer says how ({@link #herstel}). The fuzzer runs on a demo of its
 * own: a variant that is accepted (a long text where the column allows it, a number read as text) changes data that
 * no other test should see.
 *
 * <p>A 400 for a malformed field, parameter or body must name what is wrong ({@code invalidParams}): the database's
 * refusal of a value caught by the safety net (a 400 without names) means that a service lacks its check.
 *
 * <p>Bounded and deterministic: per endpoint at most {@value #GEVALLEN_SCHRIJVEN} cases (reading endpoints
 * {@value #GEVALLEN_LEZEN}) are drawn from all its variants with a fixed seed. A longer or other run:
 * {@code -Dwoonregie.fuzz.gevallen=200 -Dwoonregie.fuzz.gevallen-lezen=50 -Dwoonregie.fuzz.zaad=7} (every variant:
 * a large number; {@code -Dwoonregie.fuzz.verslag=fuzz.tsv} writes every case and answer). Its time is in
 * {@code docs/performance.md}.
 */
@BrowserTest
@TestPropertySource(properties = "woonregie.test.context=fuzz") // own demo: accepted variants change data
class OngeldigeInvoerFuzzTest {

    static final int GEVALLEN_SCHRIJVEN = 32;
    static final int GEVALLEN_LEZEN = 4;
    static final long ZAAD = Long.getLong("woonregie.fuzz.zaad", 20_13L);
    static final int GEVALLEN = Integer.getInteger("woonregie.fuzz.gevallen", GEVALLEN_SCHRIJVEN);
    static final int GEVALLEN_PER_LEESENDPOINT = Integer.getInteger("woonregie.fuzz.gevallen-lezen", GEVALLEN_LEZEN);
    /** A file to write every case and its answer to (tab-separated), for looking into what the fuzzer reached. */
    static final String VERSLAG = System.getProperty("woonregie.fuzz.verslag");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> SCHRIJVEN = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** Marks a value that JSON cannot carry as written: replaced in the bytes of the body. */
    private static final String SURROGAAT = "§surrogaat§";
    private static final String ONGELDIG_UTF8 = "§utf8§";
    private static final String GENEST = "§genest§";
    private static final String MUTATIE = "§mutatie§";

    @LocalServerPort
    int poort;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** What is tried: where the malformation is, and whether a 400 must name an invalid field. */
    enum Deel { TRANSPORT, BODY, VELD, PARAMETER, PAD }

    record Geval(String naam, Deel deel, String methode, String doel, List<String[]> koppen, byte[] inhoud,
            boolean veldVerwacht) {

        /** A page (not the API) asked for by a browser: refused with the Dutch error page. */
        boolean pagina() {
            return !doel.startsWith("/api/");
        }
    }

    record Endpoint(String methode, String patroon, HandlerMethod handler, RequestMappingInfo info) {
        String sleutel() {
            return methode + " " + patroon;
        }
    }

    @Test
    void geen_misvormd_verzoek_geeft_een_serverfout_en_elke_weigering_is_problem_json() throws Exception {
        long start = System.nanoTime();
        Map<String, String> ids = ToegangsmatrixTest.demoIds(mvc, jdbc);
        RuwHttp http = new RuwHttp(poort);
        List<String> fouten = new ArrayList<>();
        Map<Integer, Integer> perStatus = new TreeMap<>();
        int verzoeken = 0;
        int schrijvend = 0;
        StringBuilder verslag = VERSLAG == null ? null : new StringBuilder();
        List<Endpoint> endpoints = endpoints();
        for (Endpoint e : endpoints) {
            boolean schrijft = SCHRIJVEN.contains(e.methode());
            schrijvend += schrijft ? 1 : 0;
            List<Geval> gevallen = gevallen(e, ids, schrijft, http);
            for (Geval g : gevallen) {
                long t0 = System.nanoTime();
                RuwHttp.Antwoord r = http.stuur(g.methode(), g.doel(), g.koppen(), g.inhoud());
                long duur = (System.nanoTime() - t0) / 1_000_000;
                verzoeken++;
                perStatus.merge(r.status(), 1, Integer::sum);
                if (verslag != null) {
                    verslag.append(e.sleutel()).append('\t').append(g.deel()).append('\t').append(g.naam())
                            .append('\t').append(r.status())
                            .append('\t').append(duur)
                            .append('\t').append(afgekapt(r.tekst(), 400)).append('\n');
                }
                String fout = beoordeel(g, r);
                if (fout != null) {
                    fouten.add(e.sleutel() + " [" + g.naam() + "] " + afgekapt(g.doel(), 160) + ": " + fout);
                }
            }
        }
        for (Geval g : adresgevallen()) {
            RuwHttp.Antwoord r = http.stuur(g.methode(), g.doel(), g.koppen(), g.inhoud());
            verzoeken++;
            perStatus.merge(r.status(), 1, Integer::sum);
            String fout = beoordeel(g, r);
            if (fout != null) {
                fouten.add("[" + g.naam() + "] " + afgekapt(g.doel(), 160) + ": " + fout);
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (verslag != null) {
            java.nio.file.Files.writeString(java.nio.file.Path.of(VERSLAG), verslag);
        }
        System.out.printf("Fuzz: %d endpoints (%d schrijvend), %d verzoeken in %d ms (zaad %d, %d gevallen per "
                + "schrijvend endpoint); antwoorden per status: %s%n", endpoints.size(), schrijvend, verzoeken, ms,
                ZAAD, GEVALLEN, perStatus);
        assertThat(schrijvend).as("writing endpoints found").isGreaterThan(40);
        assertThat(fouten).as("malformed requests answered with a server error or without problem+json").isEmpty();
    }

    @Test
    void wat_tomcat_en_spring_voor_een_controller_weigeren_is_problem_json_of_de_nederlandse_foutpagina()
            throws IOException {
        RuwHttp http = new RuwHttp(poort);
        // the anonymous what-if API with a multipart body without boundary: was a 500 with Spring's default body
        JsonNode p = probleem(http.stuur("POST", "/api/v1/toezicht/simulaties",
                List.<String[]>of(new String[] {"Content-Type", "multipart/form-data"}), utf8("{}")), 400);
        assertThat(Api.namen(p)).containsExactly("Content-Type");
        // a malformed address: Tomcat refuses it before the application (was Tomcat's English HTML page)
        assertThat(probleem(http.stuur("GET", "/api/v1/gemeenten/%zz", List.of(), null), 400)
                .path("title").asString()).isEqualTo("Ongeldig verzoek");
        probleem(http.stuur("GET", "/api/v1/" + "a".repeat(9_000), List.of(), null), 400);
        // a method no endpoint of the path takes (was Spring Boot's English problem)
        assertThat(probleem(http.stuur("POST", "/api/v1/gemeenten", List.<String[]>of(new String[] {"Authorization",
                RuwHttp.basic("toezicht-zh", BrowserTest.DEMO_WACHTWOORD)}), utf8("{}")), 405).path("title").asString())
                .isEqualTo("Methode niet toegestaan");
        // pages: the Dutch error page
        List<String[]> browser = List.<String[]>of(new String[] {"Accept", "text/html"});
        for (RuwHttp.Antwoord r : List.of(http.stuur("GET", "/rondes%zz", browser, null),
                http.stuur("POST", "/simulator", koppen(browser, "Content-Type", "multipart/form-data"), utf8("x")))) {
            assertThat(r.status()).as(r.tekst()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("text/html");
            assertThat(r.tekst()).contains("lang=\"nl\"").contains("Ongeldig verzoek");
        }
    }

    static JsonNode probleem(RuwHttp.Antwoord r, int status) {
        assertThat(r.status()).as(r.tekst()).isEqualTo(status);
        assertThat(MediaType.parseMediaType(r.contentType()).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as(r.contentType()).isTrue();
        JsonNode p = Api.JSON.readTree(r.inhoud());
        assertThat(p.path("status").asInt()).isEqualTo(status);
        return p;
    }

    /** Why an answer is wrong, or null. */
    static String beoordeel(Geval g, RuwHttp.Antwoord r) {
        if (r.status() == 0) {
            return "geen antwoord";
        }
        if (r.status() >= 500) {
            return r.status() + " " + afgekapt(r.tekst(), 300);
        }
        // every answer of the API, whoever gave it (a controller, the security filter, Tomcat), names its version
        if (!g.pagina() && g.doel().startsWith("/api/") && !r.koppen().containsKey("api-version")) {
            return r.status() + " zonder de kop API-Version";
        }
        if (r.status() < 400) {
            return null;
        }
        String type = r.contentType();
        if (g.pagina()) {
            return type != null && MediaType.parseMediaType(type).isCompatibleWith(MediaType.TEXT_HTML)
                    && r.tekst().contains("lang=\"nl\"") ? null
                    : r.status() + " op een pagina zonder de Nederlandse foutpagina: " + afgekapt(r.tekst(), 200);
        }
        if (type == null || !MediaType.parseMediaType(type).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)) {
            return r.status() + " als " + type + ", niet als problem+json: " + afgekapt(r.tekst(), 200);
        }
        JsonNode p;
        try {
            p = Api.JSON.readTree(r.inhoud());
        } catch (RuntimeException e) {
            return r.status() + " problem+json dat geen JSON is: " + afgekapt(r.tekst(), 200);
        }
        if (p.path("status").asInt() != r.status() || p.path("title").asString("").isBlank()) {
            return r.status() + " problem+json zonder status of titel: " + afgekapt(r.tekst(), 200);
        }
        if (g.veldVerwacht() && r.status() == 400 && p.path("invalidParams").isEmpty()) {
            return "400 zonder invalidParams (de database weigerde een waarde die de service niet controleerde?): "
                    + afgekapt(r.tekst(), 300);
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------ the endpoints

    List<Endpoint> endpoints() {
        Map<String, Endpoint> opSleutel = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            if (!e.getValue().getBeanType().getPackageName().startsWith("nl.woonregie")
                    || e.getKey().getPathPatternsCondition() == null) {
                continue;
            }
            Set<RequestMethod> methoden = e.getKey().getMethodsCondition().getMethods();
            for (String patroon : e.getKey().getPathPatternsCondition().getPatternValues()) {
                if (!patroon.startsWith("/api/")) {
                    continue;
                }
                for (RequestMethod m : methoden.isEmpty() ? Set.of(RequestMethod.GET) : methoden) {
                    Endpoint ep = new Endpoint(m.name(), patroon, e.getValue(), e.getKey());
                    opSleutel.put(ep.sleutel(), ep);
                }
            }
        }
        return List.copyOf(opSleutel.values());
    }

    /** An account that may call the endpoint on the demo's objects: one it is meant for, else the administrator. */
    static List<String[]> aanmelding(Endpoint e) {
        Set<Account> toegestaan = ToegangsmatrixTest.REGELS.getOrDefault(e.sleutel(), EnumSet.noneOf(Account.class));
        if (toegestaan.contains(Account.ANONIEM)) {
            return List.of();
        }
        Account a = toegestaan.stream().filter(x -> x != Account.BEHEERDER).findFirst().orElse(Account.BEHEERDER);
        return List.<String[]>of(new String[] {"Authorization", RuwHttp.basic(a.naam,
                a == Account.BEHEERDER ? IntegratieTest.BEHEERDER_WACHTWOORD : BrowserTest.DEMO_WACHTWOORD)});
    }

    /** What an endpoint reads from its body. */
    record Body(Type type, boolean verplicht, boolean json, boolean bestand) {
        static final Body GEEN = new Body(null, false, false, false);

        boolean leest() {
            return json || bestand;
        }
    }

    /**
     * A Spring {@code @RequestBody}, or the body its OpenAPI annotation documents (a controller that reads the
     * request itself: the what-if API, the imports), or none.
     */
    static Body body(Endpoint e) {
        Operation op = e.handler().getMethodAnnotation(Operation.class);
        Set<String> typen = new LinkedHashSet<>();
        Type schema = null;
        if (op != null) {
            for (Content c : op.requestBody().content()) {
                typen.add(c.mediaType());
                if (c.schema().implementation() != Void.class && MediaType.APPLICATION_JSON_VALUE.equals(c.mediaType())) {
                    schema = c.schema().implementation();
                }
            }
        }
        for (MethodParameter p : e.handler().getMethodParameters()) {
            RequestBody rb = p.getParameterAnnotation(RequestBody.class);
            if (rb != null) {
                // a body read as a tree: the shape its OpenAPI annotation documents
                Type type = p.getParameterType() == JsonNode.class && schema != null ? schema
                        : p.getGenericParameterType();
                return new Body(type, rb.required(), true, false);
            }
        }
        e.info().getConsumesCondition().getConsumableMediaTypes().forEach(m -> typen.add(m.toString()));
        boolean json = typen.stream().anyMatch(t -> t.startsWith(MediaType.APPLICATION_JSON_VALUE));
        boolean bestand = typen.stream().anyMatch(t -> t.startsWith("text/csv") || t.startsWith("multipart/"));
        return json || bestand ? new Body(schema, true, json, bestand) : Body.GEEN;
    }

    // ------------------------------------------------------------------------------------------ the cases

    List<Geval> gevallen(Endpoint e, Map<String, String> ids, boolean schrijft, RuwHttp http) throws IOException {
        List<String[]> aanmelding = aanmelding(e);
        String pad = vul(e.patroon(), null, null, ids);
        Body body = schrijft ? body(e) : Body.GEEN;
        // a body no endpoint accepts, sent with a malformed parameter or path so that the action cannot run
        byte[] geweigerd = "[]".getBytes(StandardCharsets.UTF_8);
        List<String[]> json = koppen(aanmelding, "Content-Type", MediaType.APPLICATION_JSON_VALUE);
        Voorbeeld voorbeeld = body.json()
                ? herstel(Voorbeeld.van(body.type()), e.methode(), pad, json, http) : null;

        List<Geval> vast = new ArrayList<>();
        List<Geval> varianten = new ArrayList<>();
        if (schrijft) {
            // before any controller: a multipart body without boundary, a form with NUL
            vast.add(new Geval("multipart zonder boundary", Deel.TRANSPORT, e.methode(), pad,
                    koppen(aanmelding, "Content-Type", "multipart/form-data"), utf8("{\"a\":1}"), true));
            vast.add(new Geval("formulier met NUL", Deel.TRANSPORT, e.methode(), pad,
                    koppen(aanmelding, "Content-Type", MediaType.APPLICATION_FORM_URLENCODED_VALUE),
                    utf8("a=%00&b=1"), true));
            if (body.leest()) {
                vast.add(new Geval("multipart met kapotte delen", Deel.TRANSPORT, e.methode(), pad,
                        koppen(aanmelding, "Content-Type", "multipart/form-data; boundary=grens"),
                        utf8("--grens\r\nContent-Disposition: form-data; name=\"bestand\"\r\n\r\nabc"), false));
                vast.add(new Geval("text/plain", Deel.TRANSPORT, e.methode(), pad,
                        koppen(aanmelding, "Content-Type", "text/plain"), utf8("{}"), false));
                vast.add(new Geval("onbekende tekenset", Deel.TRANSPORT, e.methode(), pad,
                        koppen(aanmelding, "Content-Type", "application/json; charset=bestaat-niet"), utf8("{}"),
                        false));
            }
            if (body.json()) {
                for (String[] b : new String[][] {{"onvolledige JSON", "{\"a\":"}, {"JSON-lijst", "[]"},
                    {"JSON-tekst", "\"tekst\""}, {"NUL in een sleutel", "{\"a\\u0000\":1}"},
                    {"NUL als byte", "{\"a\":\"x\0y\"}"}, {"afsluitende rommel", "{}}"}}) {
                    vast.add(new Geval(b[0], Deel.BODY, e.methode(), pad, json, utf8(b[1]), true));
                }
                vast.add(new Geval("diepe nesting", Deel.BODY, e.methode(), pad, json,
                        utf8("[".repeat(20_000) + "]".repeat(20_000)), false));
                vast.add(new Geval("ongeldige UTF-8", Deel.BODY, e.methode(), pad, json,
                        new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}, true));
                if (body.verplicht()) {
                    vast.add(new Geval("lege body", Deel.BODY, e.methode(), pad, json, new byte[0], true));
                    vast.add(new Geval("null", Deel.BODY, e.methode(), pad, json, utf8("null"), true));
                }
                for (Voorbeeld.Blad blad : voorbeeld.bladen()) {
                    for (Mutatie m : Mutatie.voor(blad.soort())) {
                        varianten.add(new Geval(blad.naam() + ": " + m.naam(), Deel.VELD, e.methode(), pad, json,
                                voorbeeld.met(blad, m), true));
                    }
                }
                for (Mutatie m : Mutatie.voor(Soort.OBJECT)) {
                    varianten.add(new Geval("body: " + m.naam(), Deel.VELD, e.methode(), pad, json,
                            voorbeeld.met(null, m), true));
                }
            }
            if (body.bestand()) {
                String csv = "text/csv";
                for (Object[] b : new Object[][] {
                    {"CSV met NUL", csv, utf8("gemeente;periode\nGM05\0" + "18;2023-I\n")},
                    {"CSV met ongeldige UTF-8", csv, new byte[] {'a', ';', (byte) 0xFF, '\n', 'b', ';', 'c', '\n'}},
                    {"CSV met open aanhalingsteken", csv, utf8("\"gemeente;periode\nGM0518;\"2023-I\n")},
                    {"XLSX die geen zip is", Api.XLSX, utf8("PK\u0003\u0004 dit is geen werkmap")},
                    {"leeg bestand", csv, new byte[0]}}) {
                    vast.add(new Geval((String) b[0], Deel.BODY, e.methode(), pad + "?controleer=true",
                            koppen(aanmelding, "Content-Type", (String) b[1]), (byte[]) b[2], true));
                }
            }
        }
        // declared query parameters and headers
        for (MethodParameter p : e.handler().getMethodParameters()) {
            RequestParam rp = p.getParameterAnnotation(RequestParam.class);
            RequestHeader rh = p.getParameterAnnotation(RequestHeader.class);
            if (rp != null) {
                String naam = !rp.name().isEmpty() ? rp.name() : !rp.value().isEmpty() ? rp.value()
                        : p.getParameterName();
                if (naam == null || p.getParameterType().isAssignableFrom(Map.class)) {
                    continue;
                }
                for (String[] w : parameterwaarden()) {
                    String scheiding = pad.contains("?") ? "&" : "?";
                    varianten.add(new Geval(naam + "=" + w[0], Deel.PARAMETER, e.methode(),
                            pad + scheiding + naam + "=" + w[1], schrijft ? json : aanmelding,
                            schrijft ? geweigerd : null, w[0].equals("NUL")));
                }
            } else if (rh != null) {
                String naam = !rh.name().isEmpty() ? rh.name() : !rh.value().isEmpty() ? rh.value()
                        : p.getParameterName();
                for (String[] w : new String[][] {{"onzin", "\"abc"}, {"lang", "x".repeat(6_000)},
                    {"negatief", "\"-1\""}, {"leeg", ""}}) {
                    varianten.add(new Geval(naam + ": " + w[0], Deel.PARAMETER, e.methode(), pad,
                            koppen(schrijft ? json : aanmelding, naam, w[1]), schrijft ? geweigerd : null, false));
                }
            }
        }
        // an undeclared parameter with NUL (every request passes the check)
        varianten.add(new Geval("onbekende parameter met NUL", Deel.PARAMETER, e.methode(),
                pad + (pad.contains("?") ? "&" : "?") + "x%00=%00", schrijft ? json : aanmelding,
                schrijft ? geweigerd : null, true));
        // path variables
        Matcher variabelen = Pattern.compile("\\{([^}]+)}").matcher(e.patroon());
        while (variabelen.find()) {
            String naam = variabelen.group(1);
            for (String[] w : padwaarden()) {
                varianten.add(new Geval("{" + naam + "}=" + w[0], Deel.PAD, e.methode(),
                        vul(e.patroon(), naam, w[1], ids), schrijft ? json : aanmelding, schrijft ? geweigerd : null,
                        false));
            }
        }
        // the address as a whole
        for (String[] w : new String[][] {{"procent aan het eind", "%"}, {"slechte escape", "%zz"},
            {"padparameter", ";jsessionid=abc"}, {"encoded slash", "%2F.."}, {"NUL", "%00"},
            {"backslash", "%5C"}, {"vraagteken met rommel", "?%"}}) {
            varianten.add(new Geval("adres: " + w[0], Deel.PAD, e.methode(), pad + w[1], schrijft ? json : aanmelding,
                    schrijft ? geweigerd : null, false));
        }

        Collections.shuffle(varianten, new Random(ZAAD ^ e.sleutel().hashCode()));
        int aantal = schrijft ? Math.max(GEVALLEN - vast.size(), 8) : GEVALLEN_PER_LEESENDPOINT;
        List<Geval> gekozen = new ArrayList<>(schrijft ? vast : List.of());
        gekozen.addAll(varianten.subList(0, Math.min(aantal, varianten.size())));
        return gekozen;
    }

    /**
     * The example made valid where the endpoint says how, so that a malformed value reaches the service's checks and
     * the database behind them rather than stopping at another field: the example is sent (at most three times) and
     * each field the 400 names gets a value from its reason — the first code of a list ("een van AMBTELIJK of
     * BESTUURLIJK"), the first item after a colon or "zoals", the first number of a range. (It may be accepted: the
     * fuzzer has its own database.)
     */
    static Voorbeeld herstel(Voorbeeld v, String methode, String pad, List<String[]> json, RuwHttp http)
            throws IOException {
        for (int poging = 0; poging < 3; poging++) {
            RuwHttp.Antwoord r = http.stuur(methode, pad, json, v.bytes());
            if (r.status() != 400) {
                return v;
            }
            JsonNode probleem;
            try {
                probleem = Api.JSON.readTree(r.inhoud());
            } catch (RuntimeException e) {
                return v;
            }
            Voorbeeld hersteld = v;
            for (JsonNode ongeldig : probleem.path("invalidParams")) {
                Voorbeeld.Blad blad = v.blad(ongeldig.path("name").asString());
                JsonNode waarde = blad == null ? null : uitReden(ongeldig.path("reason").asString(), blad);
                if (waarde != null && !waarde.equals(v.waarde(blad))) {
                    hersteld = hersteld.met(blad, waarde);
                }
            }
            if (hersteld == v) {
                return v;
            }
            v = hersteld;
        }
        return v;
    }

    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9_]{3,}\\b");
    private static final Pattern GETAL = Pattern.compile("-?\\d+");

    /** A value a reason suggests for a field, or null. */
    static JsonNode uitReden(String reden, Voorbeeld.Blad blad) {
        if (blad.soort() == Soort.GEHEEL || blad.soort() == Soort.DECIMAAL) {
            Matcher getal = GETAL.matcher(reden);
            return getal.find() ? NODES.numberNode(new BigDecimal(getal.group())) : null;
        }
        if (blad.soort() != Soort.TEKST && blad.soort() != Soort.ENUM) {
            return null;
        }
        Matcher code = CODE.matcher(reden);
        if (code.find()) {
            return NODES.stringNode(code.group());
        }
        int na = Math.max(reden.lastIndexOf(':'), reden.lastIndexOf("zoals") + 4);
        if (na > 0 && na < reden.length() - 1) {
            String eerste = reden.substring(na + 1).strip().split(",| of ")[0].strip();
            return eerste.isEmpty() ? null : NODES.stringNode(eerste);
        }
        return null;
    }

    /** Addresses no endpoint has: too long for Tomcat, malformed before any mapping. */
    static List<Geval> adresgevallen() {
        List<Geval> gevallen = new ArrayList<>();
        for (String[] w : new String[][] {{"adres van 9000 tekens", "/api/v1/" + "a".repeat(9_000)},
{"slechte escape", "/api/v1/gemeenten/%zz"},
            {"slechte escape op een pagina", "/rondes%zz"}, {"NUL", "/api/v1/%00"},
            {"ongeldige UTF-8", "/api/v1/gemeenten/%FF%FE"}, {"te lange UTF-8", "/api/v1/gemeenten/%C0%AF"},
            {"spatie", "/api/v1/ge meenten"}, {"fragment", "/api/v1/gemeenten#x"}}) {
            boolean pagina = !w[1].startsWith("/api/");
            gevallen.add(new Geval(w[0], Deel.PAD, "GET", w[1],
                    pagina ? List.<String[]>of(new String[] {"Accept", "text/html"}) : List.of(), null, false));
        }
        return gevallen;
    }

    static List<String[]> parameterwaarden() {
        return List.of(new String[] {"NUL", "a%00b"}, new String[] {"lang", "x".repeat(5_000)},
                new String[] {"slechte escape", "%zz"}, new String[] {"negatief", "-1"},
                new String[] {"te groot getal", "99999999999999999999"}, new String[] {"onzin", "abc"},
                new String[] {"datum als getal", "20240101"}, new String[] {"onmogelijke datum", "2023-02-30"},
                new String[] {"leeg", ""});
    }

    static List<String[]> padwaarden() {
        return List.of(new String[] {"NUL", "a%00b"}, new String[] {"lang", "9".repeat(3_000)},
                new String[] {"te groot getal", "99999999999999999999"}, new String[] {"onzin", "abc"},
                new String[] {"negatief", "-1"}, new String[] {"slechte escape", "%zz"},
                new String[] {"ongeldige UTF-8", "%FF"}, new String[] {"padparameter", "1;x=y"},
                new String[] {"encoded slash", "1%2F2"}, new String[] {"punten", ".."},
                new String[] {"unicode", "%C3%A9%F0%9F%98%80"});
    }

    /** The path of an endpoint on the demo's objects; one variable (if named) with a raw value instead. */
    static String vul(String patroon, String variabele, String waarde, Map<String, String> ids) {
        String p = variabele == null ? patroon : patroon.replace("{" + variabele + "}", MUTATIE);
        p = ToegangsmatrixTest.pad(p, ids).replaceAll("\\{[^}]+}", "1");
        return variabele == null ? p : p.replace(MUTATIE, waarde);
    }

    static List<String[]> koppen(List<String[]> basis, String naam, String waarde) {
        List<String[]> k = new ArrayList<>(basis);
        k.add(new String[] {naam, waarde});
        return k;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String afgekapt(String s, int max) {
        String enkel = s.replace('\n', ' ').replace('\r', ' ');
        return enkel.length() > max ? enkel.substring(0, max) + "…" : enkel;
    }

    // ------------------------------------------------------------------------------------------ JSON bodies

    enum Soort { TEKST, DATUM, GEHEEL, DECIMAAL, BOOLEAN, ENUM, LIJST, OBJECT }

    /** A malformation of one value: its name and the JSON that replaces it. */
    record Mutatie(String naam, JsonNode waarde) {

        static Mutatie van(String naam, JsonNode waarde) {
            return new Mutatie(naam, waarde);
        }

        static List<Mutatie> voor(Soort soort) {
            List<Mutatie> m = new ArrayList<>();
            m.add(van("NUL", NODES.stringNode("a\0b")));
            m.add(van("null", NODES.nullNode()));
            m.add(van("object", NODES.objectNode()));
            m.add(van("lijst", NODES.arrayNode()));
            switch (soort) {
                case TEKST -> {
                    m.add(van("4001 tekens", NODES.stringNode("x".repeat(4_001))));
                    m.add(van("70000 tekens", NODES.stringNode("y".repeat(70_000))));
                    m.add(van("getal", NODES.numberNode(BigDecimal.valueOf(20240101))));
                    m.add(van("leeg", NODES.stringNode("")));
                    m.add(van("spaties", NODES.stringNode("   ")));
                    m.add(van("losse surrogaat", NODES.stringNode(SURROGAAT)));
                    m.add(van("ongeldige UTF-8", NODES.stringNode(ONGELDIG_UTF8)));
                    m.add(van("datum ver weg", NODES.stringNode("+999999999-12-31")));
                    m.add(van("datum met getal", NODES.numberNode(BigDecimal.valueOf(20240101))));
                }
                case DATUM -> {
                    m.add(van("getal", NODES.numberNode(BigDecimal.valueOf(20240101))));
                    m.add(van("negatief getal", NODES.numberNode(BigDecimal.valueOf(-99999999))));
                    m.add(van("jaar 9999", NODES.stringNode("9999-12-31")));
                    m.add(van("jaar +999999999", NODES.stringNode("+999999999-12-31")));
                    m.add(van("jaar 0", NODES.stringNode("0000-01-01")));
                    m.add(van("30 februari", NODES.stringNode("2023-02-30")));
                    m.add(van("met tijd", NODES.stringNode("2024-01-01T00:00:00Z")));
                    m.add(van("tekst", NODES.stringNode("gisteren")));
                }
                case GEHEEL, DECIMAAL -> {
                    m.add(van("1e400", NODES.numberNode(new BigDecimal("1e400"))));
                    m.add(van("1e30", NODES.numberNode(new BigDecimal("1e30"))));
                    m.add(van("-1e30", NODES.numberNode(new BigDecimal("-1e30"))));
                    m.add(van("2^63", NODES.numberNode(new BigInteger("9223372036854775808"))));
                    m.add(van("2^31", NODES.numberNode(BigDecimal.valueOf(2147483648L))));
                    m.add(van("-1", NODES.numberNode(BigDecimal.valueOf(-1))));
                    m.add(van("1.5", NODES.numberNode(new BigDecimal("1.5"))));
                    m.add(van("0.0000001", NODES.numberNode(new BigDecimal("0.0000001"))));
                    m.add(van("tekst", NODES.stringNode("twaalf")));
                    m.add(van("NaN", NODES.stringNode("NaN")));
                    m.add(van("veel cijfers", NODES.numberNode(new BigDecimal("123456789012345678901234567890.123"))));
                }
                case BOOLEAN -> {
                    m.add(van("tekst", NODES.stringNode("ja")));
                    m.add(van("getal", NODES.numberNode(BigDecimal.valueOf(2))));
                }
                case ENUM -> {
                    m.add(van("onbekend", NODES.stringNode("ONBEKEND")));
                    m.add(van("getal", NODES.numberNode(BigDecimal.valueOf(99))));
                    m.add(van("4001 tekens", NODES.stringNode("X".repeat(4_001))));
                }
                case LIJST -> {
                    m.add(van("tekst", NODES.stringNode("tekst")));
                    m.add(van("NUL-element", NODES.arrayNode().add(NODES.stringNode("\0"))));
                    m.add(van("null-element", NODES.arrayNode().add(NODES.nullNode())));
                }
                case OBJECT -> {
                    m.add(van("tekst", NODES.stringNode("tekst")));
                    m.add(van("diep genest", NODES.stringNode(GENEST)));
                }
            }
            return m;
        }
    }

    /** Values the demo's objects need, by field name (a service checks them against the demo). */
    static final Map<String, String> DEMOWAARDEN = Map.of("beleidskader", "zuid-holland-2020", "bsn", "111222333",
            "geboortedatum", "1980-06-15", "casemanager", "vhb-casemanager", "administratief", "vhb-administratief",
            "gebruikersnaam", "vhb-casemanager", "peildatum", "2030-07-01", "telefoon", "0701234567");

    /** An example body built from a request type, and its leaves (every value that can be malformed). */
    record Voorbeeld(JsonNode wortel, List<Blad> bladen) {

        record Blad(List<Object> pad, Soort soort, JsonNode element) {
            String naam() {
                StringBuilder sb = new StringBuilder();
                for (Object o : pad) {
                    if (o instanceof Integer i) {
                        sb.append('[').append(i).append(']');
                    } else {
                        sb.append(sb.isEmpty() ? "" : ".").append(o);
                    }
                }
                return sb.toString();
            }
        }

        static Voorbeeld van(Type type) {
            List<Blad> bladen = new ArrayList<>();
            JsonNode wortel = type == null || isJsonNode(type) ? NODES.objectNode()
                    : waarde(type, "", new ArrayList<>(), bladen, 0);
            return new Voorbeeld(wortel, bladen);
        }

        byte[] bytes() {
            return Api.JSON.writeValueAsBytes(wortel);
        }

        Blad blad(String naam) {
            return bladen.stream().filter(b -> b.naam().equals(naam)).findFirst().orElse(null);
        }

        JsonNode waarde(Blad blad) {
            JsonNode n = wortel;
            for (Object o : blad.pad()) {
                n = o instanceof Integer i ? n.path(i) : n.path((String) o);
            }
            return n;
        }

        /** The example with one leaf replaced. */
        Voorbeeld met(Blad blad, JsonNode waarde) {
            JsonNode kopie = wortel.deepCopy();
            zet(kopie, blad, waarde);
            return new Voorbeeld(kopie, bladen);
        }

        private static void zet(JsonNode wortel, Blad blad, JsonNode waarde) {
            JsonNode ouder = wortel;
            List<Object> pad = blad.pad();
            for (int i = 0; i < pad.size() - 1; i++) {
                ouder = pad.get(i) instanceof Integer n ? ouder.get(n) : ouder.get((String) pad.get(i));
            }
            Object laatste = pad.get(pad.size() - 1);
            if (ouder instanceof ObjectNode o) {
                o.set((String) laatste, waarde);
            } else if (ouder instanceof ArrayNode a) {
                a.set((Integer) laatste, waarde);
            }
        }

        /** The body with one leaf (null: the whole body) replaced by the mutation, as bytes. */
        byte[] met(Blad blad, Mutatie m) {
            if (blad != null && blad.soort() == Soort.LIJST && m.naam().equals("lijst")) {
                // a list far longer than any request needs: 1001 copies of its element
                ArrayNode lang = NODES.arrayNode();
                for (int i = 0; i < 1_001; i++) {
                    lang.add(blad.element() == null ? NODES.stringNode("x") : blad.element().deepCopy());
                }
                return met(blad, new Mutatie("lange lijst", lang));
            }
            JsonNode kopie = wortel.deepCopy();
            if (blad == null) {
                kopie = m.waarde();
            } else {
                zet(kopie, blad, m.waarde());
            }
            byte[] json = Api.JSON.writeValueAsBytes(kopie);
            json = vervang(json, "\"" + SURROGAAT + "\"", utf8("\"\\ud800\""));
            json = vervang(json, "\"" + ONGELDIG_UTF8 + "\"", new byte[] {'"', (byte) 0xC3, (byte) 0x28, '"'});
            return vervang(json, "\"" + GENEST + "\"", utf8("[".repeat(2_000) + "]".repeat(2_000)));
        }

        private static boolean isJsonNode(Type type) {
            return type instanceof Class<?> c && JsonNode.class.isAssignableFrom(c);
        }

        private static JsonNode waarde(Type type, String naam, List<Object> pad, List<Blad> bladen, int diepte) {
            Class<?> c = ruw(type);
            String n = naam.toLowerCase(Locale.ROOT);
            String demo = DEMOWAARDEN.get(n);
            if (demo != null && (c == String.class || c == LocalDate.class)) {
                bladen.add(new Blad(List.copyOf(pad), c == LocalDate.class || demo.matches("\\d{4}-\\d{2}-\\d{2}")
                        ? Soort.DATUM : Soort.TEKST, null));
                return NODES.stringNode(demo);
            }
            if (c == String.class) {
                boolean datum = n.contains("datum") || n.endsWith("op") || n.equals("van") || n.equals("tot")
                        || n.contains("deadline");
                bladen.add(new Blad(List.copyOf(pad), datum ? Soort.DATUM : Soort.TEKST, null));
                return NODES.stringNode(datum ? "2023-05-01" : n.contains("periode") ? "2023-I"
                        : n.contains("gemeente") ? "GM0518" : n.contains("provincie") ? "PV28"
                        : n.contains("email") ? "iemand@example.nl" : "tekst");
            }
            if (c == LocalDate.class) {
                bladen.add(new Blad(List.copyOf(pad), Soort.DATUM, null));
                return NODES.stringNode("2023-05-01");
            }
            if (c == int.class || c == Integer.class || c == long.class || c == Long.class || c == short.class
                    || c == Short.class) {
                bladen.add(new Blad(List.copyOf(pad), Soort.GEHEEL, null));
                return NODES.numberNode(BigDecimal.valueOf(n.contains("jaar") ? 2023 : 1));
            }
            if (c == double.class || c == Double.class || c == BigDecimal.class || c == float.class) {
                bladen.add(new Blad(List.copyOf(pad), Soort.DECIMAAL, null));
                return NODES.numberNode(new BigDecimal("10.00"));
            }
            if (c == boolean.class || c == Boolean.class) {
                bladen.add(new Blad(List.copyOf(pad), Soort.BOOLEAN, null));
                return NODES.booleanNode(true);
            }
            if (c.isEnum()) {
                bladen.add(new Blad(List.copyOf(pad), Soort.ENUM, null));
                return NODES.stringNode(((Enum<?>) c.getEnumConstants()[0]).name());
            }
            if (Collection.class.isAssignableFrom(c) || c.isArray()) {
                Type element = c.isArray() ? c.getComponentType() : argument(type, 0);
                ArrayNode lijst = NODES.arrayNode();
                if (diepte < 5) {
                    List<Object> sub = new ArrayList<>(pad);
                    sub.add(0);
                    lijst.add(waarde(element, naam, sub, bladen, diepte + 1));
                }
                bladen.add(new Blad(List.copyOf(pad), Soort.LIJST, lijst.isEmpty() ? null : lijst.get(0)));
                return lijst;
            }
            if (c.isRecord() && diepte < 5) {
                ObjectNode o = NODES.objectNode();
                for (RecordComponent rc : c.getRecordComponents()) {
                    List<Object> sub = new ArrayList<>(pad);
                    sub.add(rc.getName());
                    o.set(rc.getName(), waarde(rc.getGenericType(), rc.getName(), sub, bladen, diepte + 1));
                }
                if (!pad.isEmpty()) {
                    bladen.add(new Blad(List.copyOf(pad), Soort.OBJECT, null));
                }
                return o;
            }
            bladen.add(new Blad(List.copyOf(pad), Soort.OBJECT, null));
            return NODES.objectNode();
        }

        private static Class<?> ruw(Type type) {
            if (type instanceof Class<?> c) {
                return c;
            }
            if (type instanceof ParameterizedType p) {
                return (Class<?>) p.getRawType();
            }
            if (type instanceof WildcardType w) {
                return ruw(w.getUpperBounds()[0]);
            }
            return Object.class;
        }

        private static Type argument(Type type, int i) {
            return type instanceof ParameterizedType p ? p.getActualTypeArguments()[i] : Object.class;
        }

        private static byte[] vervang(byte[] tekst, String zoek, byte[] door) {
            byte[] naald = utf8(zoek);
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            int i = 0;
            while (i < tekst.length) {
                if (i <= tekst.length - naald.length && java.util.Arrays.equals(tekst, i, i + naald.length, naald, 0,
                        naald.length)) {
                    uit.write(door, 0, door.length);
                    i += naald.length;
                } else {
                    uit.write(tekst[i++]);
                }
            }
            return uit.toByteArray();
        }
    }
}
