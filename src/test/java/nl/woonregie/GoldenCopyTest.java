package nl.woonregie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import nl.woonregie.brieven.BriefService;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.OngerepteDemo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Golden copies of everything derived from the stored outcomes of the demo's assessment rounds, recorded before the
 * rounds switched from the what-if DTO to their own typed records (issue 12): the API answer of every round, the
 * province overview per peildatum, the history of every municipality, and the letter HTML of every municipality of
 * every round. Each must stay byte for byte what it was. The stored rows themselves ({@code ronde_gemeente.json.gz})
 * are kept as the input of the migration test.
 *
 * <p>Record anew (only when a change of the output is intended, and say so in the commit):
 * {@code ./mvnw test -Dtest=GoldenCopyTest -Dgolden.opnemen=true}.
 *
 * <p>On the pristine demo ({@link OngerepteDemo}): other demo tests change the demo's last round.
 */
@OngerepteDemo
class GoldenCopyTest {

    /** The letters are rendered with this kenmerk and date, so that nothing depends on the day of the test. */
    static final String KENMERK = "PZH-GOUDEN-000001";
    static final LocalDate DATUM = LocalDate.of(2026, 1, 15);
    static final Path BRON = Path.of("src", "test", "resources", "golden");
    static final boolean OPNEMEN = Boolean.getBoolean("golden.opnemen");
    static final String TIJDSTIP = "\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})\"";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BriefService brieven;

    final JsonMapper json = JsonMapper.builder().build();

    record Rondesleutel(long id, LocalDate peildatum, String status) {
    }

    List<Rondesleutel> rondes() {
        return jdbc.sql("select id, peildatum, status from beoordelingsronde order by peildatum")
                .query((rs, n) -> new Rondesleutel(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3)))
                .list();
    }

    @Test
    void de_api_antwoorden_van_elke_opgeslagen_ronde_blijven_gelijk() {
        Map<String, String> antwoorden = new TreeMap<>();
        for (Rondesleutel r : rondes()) {
            antwoorden.put(r.peildatum().toString(), api("/api/v1/beoordelingsrondes/" + r.id()));
        }
        vergelijkJson("rondes.json.gz", antwoorden);
    }

    @Test
    void het_provincieoverzicht_per_peildatum_blijft_gelijk() {
        Map<String, String> antwoorden = new TreeMap<>();
        for (Rondesleutel r : rondes()) {
            antwoorden.put(r.peildatum().toString(), api("/api/v1/provincies/PV28/overzicht?peildatum="
                    + r.peildatum()));
            antwoorden.put(r.peildatum() + " VR15", api("/api/v1/provincies/PV28/overzicht?peildatum="
                    + r.peildatum() + "&regio=VR15"));
        }
        vergelijkJson("overzichten.json.gz", antwoorden);
    }

    @Test
    void de_historie_van_elke_gemeente_blijft_gelijk() {
        Map<String, String> antwoorden = new TreeMap<>();
        for (String gemeente : jdbc.sql("select distinct gemeente_code from ronde_gemeente").query(String.class)
                .list()) {
            antwoorden.put(gemeente, api("/api/v1/gemeenten/" + gemeente + "/toezicht"));
        }
        vergelijkJson("historie.json.gz", antwoorden);
    }

    @Test
    void de_brief_van_elke_gemeente_in_elke_ronde_blijft_gelijk() {
        for (Rondesleutel r : rondes()) {
            BriefService.RondeGegevens gegevens = brieven.ronde(r.id());
            Map<String, String> html = new TreeMap<>();
            for (var g : gegevens.ronde().gemeenten()) {
                if (g.tredeNa() != null) {
                    html.put(g.gemeente(), brieven.html(gegevens, g.gemeente(),
                            r.status().equals("VASTGESTELD") ? KENMERK : null, DATUM));
                }
            }
            assertThat(html).as("brieven van ronde " + r.peildatum()).isNotEmpty();
            vergelijk("brieven-" + r.peildatum() + ".json.gz", html);
        }
    }

    /** The stored rows before the typed records: the input of the conversion's tests (never recorded anew). */
    @Test
    void de_opgeslagen_rijen_zijn_vastgelegd() {
        Map<String, String> rijen = new TreeMap<>();
        jdbc.sql("""
                select o.peildatum, o.status, rg.gemeente_code, rg.invoer::text, rg.uitkomst::text,
                       rg.bevindingen::text, rg.ontbrekend::text, rg.trede_voor, rg.trede_na, rg.conclusie
                from ronde_gemeente rg join beoordelingsronde o on o.id = rg.ronde_id""")
                .query(rs -> {
                    Map<String, Object> rij = new LinkedHashMap<>();
                    rij.put("status", rs.getString(2));
                    rij.put("invoer", rs.getString(4));
                    rij.put("uitkomst", rs.getString(5));
                    rij.put("bevindingen", rs.getString(6));
                    rij.put("ontbrekend", rs.getString(7));
                    rij.put("tredeVoor", rs.getString(8));
                    rij.put("tredeNa", rs.getString(9));
                    rij.put("conclusie", rs.getString(10));
                    rijen.put(rs.getObject(1, LocalDate.class) + "/" + rs.getString(3), json.writeValueAsString(rij));
                });
        // never recorded anew: the file keeps the rows in their format before the typed records (schema version 25),
        // the input of RondeRecordsMigratieTest; today's rows are in the new format, which that migration cannot read
        assertThat(lees("ronde_gemeente.json.gz")).hasSameSizeAs(rijen);
    }

    // ---------------------------------------------------------------------------------------------------------

    private String api(String uri) {
        try {
            MvcResult r = mvc.perform(get(uri).with(httpBasic("beheerder", IntegratieTest.BEHEERDER_WACHTWOORD)))
                    .andReturn();
            assertThat(r.getResponse().getStatus()).as(uri + ": " + r.getResponse().getContentAsString())
                    .isEqualTo(200);
            return r.getResponse().getContentAsString(StandardCharsets.UTF_8).replaceAll(TIJDSTIP, "\"<tijdstip>\"");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void vergelijk(String bestand, Map<String, String> actueel) {
        if (OPNEMEN) {
            schrijf(bestand, actueel);
        }
        Map<String, String> verwacht = lees(bestand);
        assertThat(actueel.keySet()).as(bestand).containsExactlyElementsOf(verwacht.keySet());
        for (var e : verwacht.entrySet()) {
            String nu = actueel.get(e.getKey());
            if (!nu.equals(e.getValue())) {
                fail(bestand + " / " + e.getKey() + " wijkt af:\n" + eersteVerschil(e.getValue(), nu));
            }
        }
    }

    /**
     * API answers are compared as JSON: the same members with the same values. The order of an object's members is
     * not part of JSON; the outcome in a round's answer used to follow the order in which PostgreSQL's jsonb kept it,
     * and now follows the what-if contract's order.
     */
    private void vergelijkJson(String bestand, Map<String, String> actueel) {
        if (OPNEMEN) {
            schrijf(bestand, actueel);
        }
        Map<String, String> verwacht = lees(bestand);
        assertThat(actueel.keySet()).as(bestand).containsExactlyElementsOf(verwacht.keySet());
        for (var e : verwacht.entrySet()) {
            if (!json.readTree(actueel.get(e.getKey())).equals(json.readTree(e.getValue()))) {
                fail(bestand + " / " + e.getKey() + " wijkt af:\n" + eersteVerschil(e.getValue(),
                        actueel.get(e.getKey())));
            }
        }
    }

    static String eersteVerschil(String verwacht, String actueel) {
        int i = 0;
        while (i < verwacht.length() && i < actueel.length() && verwacht.charAt(i) == actueel.charAt(i)) {
            i++;
        }
        int van = Math.max(0, i - 200);
        return "verwacht: …" + verwacht.substring(van, Math.min(verwacht.length(), i + 200)) + "…\nactueel:  …"
                + actueel.substring(van, Math.min(actueel.length(), i + 200)) + "…";
    }

    static Map<String, String> lees(String bestand) {
        try (InputStream in = GoldenCopyTest.class.getResourceAsStream("/golden/" + bestand)) {
            assertThat(in).as("golden/" + bestand + " (opnemen: -Dgolden.opnemen=true)").isNotNull();
            try (GZIPInputStream gz = new GZIPInputStream(in)) {
                return JsonMapper.builder().build().readValue(gz.readAllBytes(),
                        new TypeReference<TreeMap<String, String>>() {
                        });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void schrijf(String bestand, Map<String, String> inhoud) {
        try {
            Files.createDirectories(BRON);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
                gz.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(new TreeMap<>(inhoud)));
            }
            Files.write(BRON.resolve(bestand), bytes.toByteArray());
            Path doel = Path.of("target", "test-classes", "golden");
            Files.createDirectories(doel);
            Files.write(doel.resolve(bestand), bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
