package nl.woonregie.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import nl.woonregie.support.BrowserTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document the running application serves ({@code /api/v1/openapi.json}) meets the NL API Design Rules:
 * Logius's own Spectral ruleset ({@code src/test/openapi/nl-api-design-rules.yaml}, see its PROVENANCE.md) finds no
 * error in it, and every warning it keeps is explained in docs/api.md; it is the snapshot {@code docs/api/openapi.json}
 * (from which the test client is generated), so a change of the API is a visible diff; and it keeps the conventions
 * of docs/api.md that the ruleset does not check.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTest {

    static final Path LINT = Path.of("src/test/openapi");
    static final Path SPECTRAL = LINT.resolve("node_modules/.bin/spectral");
    static final Path SNAPSHOT = Path.of("docs/api/openapi.json");
    static final Path GESERVEERD = Path.of("target/openapi.json");
    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Names of fields and parameters that hold a date or a moment. */
    static final Pattern DATUMNAAM = Pattern.compile(
            "^(.*[dD]atum|op|.*[a-z]Op|van|tot|geldigVanaf|geldigTot|deadline|tijdstip|sinds)$");

    @LocalServerPort
    int poort;

    String url;
    JsonNode document;

    @BeforeAll
    void haalDocument() throws Exception {
        url = "http://localhost:" + poort + "/api/v1/openapi.json";
        HttpResponse<String> antwoord = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(antwoord.statusCode()).isEqualTo(200);
        document = JSON.readTree(antwoord.body());
        Files.createDirectories(GESERVEERD.getParent());
        Files.writeString(GESERVEERD, JSON.writeValueAsString(document) + "\n");
    }

    @Test
    void spectral_met_de_nl_api_design_rules_vindt_geen_fouten_en_elke_waarschuwing_staat_in_api_md()
            throws Exception {
        if (!Files.isExecutable(SPECTRAL)) {
            fail("Spectral is missing (" + SPECTRAL + "), so the document cannot be linted. Install Node.js and npm; "
                    + "the Maven build then installs Spectral from src/test/openapi/package-lock.json (or run "
                    + "`npm ci --ignore-scripts` in src/test/openapi). .ci/run installs Node.js on a fresh machine.");
        }
        Path uitvoer = Path.of("target/spectral.json").toAbsolutePath();
        Files.deleteIfExists(uitvoer);
        Process spectral = new ProcessBuilder(SPECTRAL.toAbsolutePath().toString(), "lint",
                "--ruleset", LINT.resolve("nl-api-design-rules.yaml").toAbsolutePath().toString(),
                "--format", "json", "--output", uitvoer.toString(), "--fail-severity", "error", url)
                .redirectErrorStream(true).redirectOutput(Path.of("target/spectral.log").toFile()).start();
        if (!spectral.waitFor(5, TimeUnit.MINUTES)) {
            spectral.destroyForcibly();
            fail("Spectral did not finish within 5 minutes");
        }
        assertThat(Files.exists(uitvoer)).as("Spectral wrote no results: %s",
                Files.readString(Path.of("target/spectral.log"))).isTrue();
        JsonNode resultaten = JSON.readTree(Files.readString(uitvoer));
        List<String> fouten = new ArrayList<>();
        Set<String> waarschuwingen = new TreeSet<>();
        for (JsonNode r : resultaten) {
            String regel = r.path("code").asString() + " at " + r.path("path") + ": " + r.path("message").asString();
            if (r.path("severity").asInt() == 0) {
                fouten.add(regel);
            } else if (r.path("severity").asInt() == 1) {
                waarschuwingen.add(r.path("code").asString());
            }
        }
        assertThat(fouten).as("errors of the NL API Design Rules in %s (all results: %s)", url, uitvoer).isEmpty();
        assertThat(spectral.exitValue()).as(Files.readString(Path.of("target/spectral.log"))).isZero();
        String apiMd = Files.readString(Path.of("docs/api.md"));
        for (String w : waarschuwingen) {
            assertThat(apiMd).as("the warning %s is explained in docs/api.md", w).contains("`" + w + "`");
        }
    }

    @Test
    void het_geserveerde_document_is_de_snapshot_in_docs_api() throws IOException {
        JsonNode snapshot = Files.exists(SNAPSHOT) ? JSON.readTree(Files.readString(SNAPSHOT)) : null;
        if (!document.equals(snapshot)) {
            List<String> verschillen = new ArrayList<>();
            verschil("", snapshot, document, verschillen);
            fail("The served OpenAPI document differs from " + SNAPSHOT + " at " + verschillen + ". If the API was "
                    + "meant to change, take the served document as the new snapshot (cp " + GESERVEERD + " "
                    + SNAPSHOT + "), raise woonregie.api.versie by the rules of docs/api.md, and commit both.");
        }
        assertThat(Files.readString(SNAPSHOT)).as("the snapshot is written as the served document is "
                + "(cp %s %s)", GESERVEERD, SNAPSHOT).isEqualTo(Files.readString(GESERVEERD));
    }

    @Test
    void elke_operatie_heeft_een_vaste_id_een_samenvatting_en_een_tag_die_eenmaal_met_beschrijving_is_gedeclareerd() {
        Map<String, String> tags = new java.util.HashMap<>();
        for (JsonNode tag : document.path("tags")) {
            assertThat(tags.put(tag.path("name").asString(), tag.path("description").asString()))
                    .as("tag %s declared once", tag.path("name").asString()).isNull();
        }
        List<String> fouten = new ArrayList<>();
        operaties((sleutel, op) -> {
            if (!op.path("operationId").asString("").matches("[a-z][A-Za-z]*")) {
                fouten.add(sleutel + ": operationId " + op.path("operationId") + " (springdoc's numbering?)");
            }
            if (op.path("summary").asString("").isBlank()) {
                fouten.add(sleutel + ": no summary");
            }
            if (op.path("tags").size() != 1) {
                fouten.add(sleutel + ": " + op.path("tags").size() + " tags instead of 1");
            } else if (tags.getOrDefault(op.path("tags").get(0).asString(), "").isBlank()) {
                fouten.add(sleutel + ": tag " + op.path("tags").get(0) + " has no description (@Tag(name, "
                        + "description) on one controller)");
            }
        });
        assertThat(fouten).isEmpty();
    }

    @Test
    void elke_fout_is_problem_json_en_elk_antwoord_noemt_api_version() {
        List<String> fouten = new ArrayList<>();
        operaties((sleutel, op) -> op.path("responses").properties().forEach(e -> {
            String code = e.getKey();
            JsonNode antwoord = e.getValue();
            if (!antwoord.path("headers").has(ApiVersie.KOP)) {
                fouten.add(sleutel + " " + code + ": no API-Version header");
            }
            if (code.startsWith("4") || code.startsWith("5")) {
                JsonNode inhoud = antwoord.path("content");
                if (inhoud.size() != 1 || !inhoud.path("application/problem+json").path("schema").path("$ref")
                        .asString("").equals("#/components/schemas/Problem")) {
                    fouten.add(sleutel + " " + code + ": not application/problem+json with Problem");
                }
            }
            if (code.startsWith("2")) {
                antwoord.path("content").properties().forEach(m -> {
                    JsonNode schema = m.getValue().path("schema");
                    if (m.getKey().contains("json") && "byte".equals(schema.path("format").asString(null))) {
                        fouten.add(sleutel + " " + code + ": a download documented as JSON; name its media type "
                                + "with a binary schema (@ApiResponse(content = @Content(mediaType, schema = "
                                + "@Schema(type = \"string\", format = \"binary\"))))");
                    }
                });
            }
        }));
        JsonNode problem = document.path("components").path("schemas").path("Problem");
        assertThat(problem.path("properties").propertyNames()).contains("type", "title", "status", "detail",
                "instance", "invalidParams");
        assertThat(fouten).isEmpty();
    }

    @Test
    void elk_veld_en_elke_parameter_met_een_datum_heeft_format_date_of_date_time() {
        List<String> fouten = new ArrayList<>();
        document.path("components").path("schemas").properties().forEach(s -> datums(
                "#/components/schemas/" + s.getKey(), s.getValue(), fouten));
        operaties((sleutel, op) -> {
            for (JsonNode p : op.path("parameters")) {
                String naam = p.path("name").asString();
                if (DATUMNAAM.matcher(naam).matches() && !heeftDatumformaat(p.path("schema"))) {
                    fouten.add(sleutel + " parameter " + naam);
                }
            }
        });
        assertThat(fouten).as("add @Schema(format = \"date\") (or use LocalDate) to").isEmpty();
    }

    @Test
    void het_document_is_voor_elke_taal_van_de_client_hetzelfde() throws Exception {
        // springdoc builds the document again for another Accept-Language: the rules must apply once more, the same
        HttpResponse<String> engels = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept-Language", "en-US").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(engels.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(engels.body())).isEqualTo(document);
    }

    @Test
    void de_server_is_het_publieke_adres_met_de_hoofdversie_en_elk_pad_is_daaraan_relatief() {
        assertThat(document.path("servers")).hasSize(1);
        assertThat(document.path("servers").get(0).path("url").asString()).isEqualTo("http://localhost:8080/api/v1");
        assertThat(document.path("info").path("version").asString()).isEqualTo("1.48.0");
        assertThat(document.path("paths").propertyNames()).isNotEmpty()
                .allSatisfy(pad -> assertThat(pad).doesNotStartWith("/api/"))
                .contains("/toezicht/simulaties", "/gemeenten", "/beoordelingsrondes/{id}/brieven/{gemeente}/brief.pdf")
                .doesNotContain("/beoordelingsrondes/{id}/brieven/{gemeente}.pdf");
    }

    // ---------------------------------------------------------------------------------------------------------

    interface Bezoeker {
        void bezoek(String sleutel, JsonNode operatie);
    }

    void operaties(Bezoeker b) {
        document.path("paths").properties().forEach(pad -> pad.getValue().properties().forEach(m -> {
            if (Set.of("get", "put", "post", "delete", "patch").contains(m.getKey())) {
                b.bezoek(m.getKey().toUpperCase() + " " + pad.getKey(), m.getValue());
            }
        }));
    }

    static void datums(String waar, JsonNode schema, List<String> fouten) {
        schema.path("properties").properties().forEach(p -> {
            JsonNode s = p.getValue();
            if (DATUMNAAM.matcher(p.getKey()).matches() && !s.has("$ref") && !"object".equals(s.path("type")
                    .asString(null)) && !"array".equals(s.path("type").asString(null)) && !heeftDatumformaat(s)) {
                fouten.add(waar + "." + p.getKey());
            }
            datums(waar + "." + p.getKey(), s, fouten);
        });
    }

    static boolean heeftDatumformaat(JsonNode schema) {
        String f = schema.path("format").asString("");
        return f.equals("date") || f.equals("date-time");
    }

    /** Up to 20 places (JSON pointers) where two documents differ. */
    static void verschil(String waar, JsonNode oud, JsonNode nieuw, List<String> uit) {
        if (uit.size() >= 20 || (oud != null && oud.equals(nieuw))) {
            return;
        }
        if (oud == null || nieuw == null || !oud.isObject() || !nieuw.isObject()) {
            uit.add(waar.isEmpty() ? "/" : waar);
            return;
        }
        Set<String> sleutels = new LinkedHashSet<>(oud.propertyNames());
        sleutels.addAll(nieuw.propertyNames());
        for (String k : sleutels) {
            verschil(waar + "/" + k.replace("~", "~0").replace("/", "~1"), oud.get(k), nieuw.get(k), uit);
        }
    }
}
