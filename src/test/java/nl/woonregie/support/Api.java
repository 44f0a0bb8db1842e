package nl.woonregie.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one helper for API tests: requests through MockMvc as an account (HTTP Basic), answers with assertions that
 * show the body when they fail. Accounts come from {@link Accounts} (all with {@link Accounts#WACHTWOORD}) or are the
 * administrator {@code beheerder}.
 *
 * <pre>
 * JsonNode ronde = api.als(toezichthouder).post("/api/v1/provincies/PV28/beoordelingsrondes", body).json(201);
 * List&lt;String&gt; velden = api.als(beheerder).get("/api/v1/audit?van=gisteren").ongeldigeVelden();
 * </pre>
 */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    public static final String BEHEERDER = "beheerder";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MockMvc mvc;

    public Api(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** Requests as this account. */
    public Als als(String account) {
        return new Als(account);
    }

    /** Requests without an account. */
    public Als anoniem() {
        return new Als(null);
    }

    /** Requests as one account (or anonymous); each method sends one request. */
    public final class Als {

        private final String account;

        static final java.util.regex.Pattern GECODEERD = java.util.regex.Pattern.compile("%[0-9A-Fa-f]{2}");

        private Als(String account) {
            this.account = account;
        }

        public Antwoord get(String uri) {
            // an address the API gave (a drill-down's casussenUrl) is already encoded: taken as it is, as a client
            // would, not encoded a second time as a template ("%20" would become "%2520"); a lone "%" (a search for
            // "naam%") is a character the template encodes
            return doe(GECODEERD.matcher(uri).find() ? MockMvcRequestBuilders.get(java.net.URI.create(uri))
                    : MockMvcRequestBuilders.get(uri));
        }

        public Antwoord post(String uri, String json) {
            return doe(MockMvcRequestBuilders.post(uri).contentType(MediaType.APPLICATION_JSON).content(json));
        }

        public Antwoord put(String uri, String json) {
            return doe(MockMvcRequestBuilders.put(uri).contentType(MediaType.APPLICATION_JSON).content(json));
        }

        /** A PUT with an {@code If-Match} header (the version the client last saw, e.g. {@code "\"1\""}). */
        public Antwoord put(String uri, String json, String ifMatch) {
            return doe(MockMvcRequestBuilders.put(uri).contentType(MediaType.APPLICATION_JSON).content(json)
                    .header("If-Match", ifMatch));
        }

        public Antwoord delete(String uri) {
            return doe(MockMvcRequestBuilders.delete(uri));
        }

        /** A file as the request body, e.g. an XLSX import: {@code post(uri, Api.XLSX, inhoud)}. */
        public Antwoord post(String uri, String contentType, byte[] inhoud) {
            return doe(MockMvcRequestBuilders.post(uri).contentType(contentType).content(inhoud));
        }

        /** A CSV file (UTF-8, {@code text/csv}) as the request body. */
        public Antwoord postCsv(String uri, String csv) {
            return post(uri, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        }

        /** A file upload in the multipart field {@code bestand}. */
        public Antwoord upload(String uri, String bestandsnaam, String contentType, byte[] inhoud) {
            return doe(MockMvcRequestBuilders.multipart(uri)
                    .file(new MockMultipartFile("bestand", bestandsnaam, contentType, inhoud)));
        }

        /** Any request, e.g. with extra headers: {@code doe(MockMvcRequestBuilders.put(uri).header(...))}. */
        public Antwoord doe(AbstractMockHttpServletRequestBuilder<?> verzoek) {
            AbstractMockHttpServletRequestBuilder<?> b = account == null ? verzoek
                    : verzoek.with(httpBasic(account, account.equals(BEHEERDER) ? IntegratieTest.BEHEERDER_WACHTWOORD
                            : Accounts.WACHTWOORD));
            try {
                return new Antwoord(mvc.perform(b).andReturn().getResponse());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

    }

    /** An answer, with the checks API tests make on it. */
    public record Antwoord(MockHttpServletResponse response) {

        public int status() {
            return response.getStatus();
        }

        public String tekst() {
            return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        }

        public String contentType() {
            return response.getContentType();
        }

        public String header(String naam) {
            return response.getHeader(naam);
        }

        public byte[] bytes() {
            return response.getContentAsByteArray();
        }

        /** Asserts the status (showing the body when it differs). */
        public Antwoord status(int verwacht) {
            assertThat(status()).as(tekst()).isEqualTo(verwacht);
            return this;
        }

        /** The JSON body of an answer with this status (a 2xx must be application/json). */
        public JsonNode json(int verwacht) {
            status(verwacht);
            if (verwacht < 300 && response.getContentType() != null) {
                assertThat(MediaType.parseMediaType(response.getContentType())
                        .isCompatibleWith(MediaType.APPLICATION_JSON)).as(response.getContentType()).isTrue();
            }
            return JSON.readTree(response.getContentAsByteArray());
        }

        /** The JSON body of a 200 answer. */
        public JsonNode json() {
            return json(200);
        }

        /** The problem document (application/problem+json, with this status in it) of an answer with this status. */
        public JsonNode probleem(int verwacht) {
            status(verwacht);
            assertThat(MediaType.parseMediaType(response.getContentType())
                    .isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(response.getContentType()).isTrue();
            JsonNode p = JSON.readTree(response.getContentAsByteArray());
            assertThat(p.path("status").asInt()).isEqualTo(verwacht);
            assertThat(p.path("title").asString()).isNotBlank();
            return p;
        }

        /** The names of the invalid fields of a 400 problem. */
        public List<String> ongeldigeVelden() {
            return namen(probleem(400));
        }

        /** The id at the end of the Location header of a 201. */
        public long idUitLocation() {
            status(201);
            String l = response.getHeader("Location");
            assertThat(l).isNotNull();
            return Long.parseLong(l.substring(l.lastIndexOf('/') + 1));
        }
    }

    /** The names in a problem's {@code invalidParams}. */
    public static List<String> namen(JsonNode probleem) {
        List<String> namen = new ArrayList<>();
        probleem.path("invalidParams").forEach(p -> namen.add(p.path("name").asString()));
        return namen;
    }

    /** A problem's {@code invalidParams} as "name: reason". */
    public static List<String> fouten(JsonNode probleem) {
        List<String> fouten = new ArrayList<>();
        probleem.path("invalidParams").forEach(p -> fouten.add(p.path("name").asString() + ": "
                + p.path("reason").asString()));
        return fouten;
    }

    /** The reason a problem gives for one field, or null. */
    public static String reden(JsonNode probleem, String veld) {
        for (JsonNode p : probleem.path("invalidParams")) {
            if (veld.equals(p.path("name").asString())) {
                return p.path("reason").asString();
            }
        }
        return null;
    }

    /** The {@code id} of every element of an array. */
    public static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.path("id").asLong()));
        return ids;
    }

    /** One field of every element of an array. */
    public static List<String> velden(JsonNode array, String veld) {
        List<String> waarden = new ArrayList<>();
        array.forEach(n -> waarden.add(n.path(veld).asString()));
        return waarden;
    }
}
