package nl.woonregie.toezicht.cijfers;

import static nl.woonregie.support.Api.fouten;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * COA's own files through a saved column coupling (issue 19 §6): a supervisor of Zuid-Holland keeps the coupling of
 * COA's monthly overview and imports it as it is — title lines, COA's names and order, a column Woonregie does not
 * use, no stapelgemeente, a total row — for its own province's municipalities only; the same file again adds
 * nothing; errors name the file's own columns. The sample files are made up (no COA file was at hand; see
 * {@code src/test/resources/coa/README.md}). Periods 2094–2095, this class's own.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KolomindelingImportTest {

    static final String COA_IMPORT = "/api/v1/coa-standen/import";
    static final String INDELINGEN = "/api/v1/kolomindelingen";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Api api;
    Accounts accounts;
    String thZh;
    String thNh;

    @BeforeAll
    void accounts() {
        api = new Api(mvc);
        accounts = new Accounts(mvc);
        thZh = accounts.toezichthouder("PV28");
        thNh = accounts.toezichthouder("PV27");
    }

    static String coaMaandoverzicht(String naam, String provincie) {
        return """
                {"naam": "%s", "soort": "COA_STAND", "provincie": %s, "koprij": 4,
                 "kolommen": {"gemeente": "CBS code", "datum": "Peildatum", "gehuisvest": "Gerealiseerd",
                              "koppelingen": "Openstaande koppelingen", "omkoppelingen": "Omgekoppeld"},
                 "vasteWaarden": {"stapelgemeente": "nee"}, "overslaan": ["Totaal"]}"""
                .formatted(naam, provincie == null ? "null" : "\"" + provincie + "\"");
    }

    static byte[] voorbeeld() {
        try (InputStream in = KolomindelingImportTest.class.getResourceAsStream("/coa/maandoverzicht-realisatie.csv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    List<String> standen(String periode, String... gemeenten) {
        return jdbc.sql("select gemeente_code || ' ' || datum || ' ' || gehuisvest || '/' || koppelingen || '/' "
                + "|| omkoppelingen || ' ' || stapelgemeente from coa_stand where periode = ? and vervangen_op is null "
                + "and gemeente_code = any(?) order by gemeente_code, datum").params(periode, gemeenten)
                .query(String.class).list();
    }

    @Test
    void een_toezichthouder_importeert_het_maandoverzicht_van_coa_zoals_het_is_via_de_opgeslagen_kolomindeling() {
        long id = api.als(thZh).post(INDELINGEN, coaMaandoverzicht("COA maandoverzicht realisatie", "PV28"))
                .status(201).idUitLocation();
        JsonNode r = api.als(thZh).post(COA_IMPORT + "?kolomindeling=" + id, "text/csv", voorbeeld()).json(201);
        assertThat(r.path("nieuw").asInt()).isEqualTo(3);
        // the period from the date; stapelgemeente the fixed value; the total row and the title lines skipped
        assertThat(standen("2094-I", "GM0503", "GM0518", "GM0546")).containsExactly(
                "GM0503 2094-05-31 35/12/1 false", "GM0518 2094-05-31 212/140/3 false",
                "GM0546 2094-05-31 48/20/0 false");
        assertThat(jdbc.sql("select kolomindeling_id from cijfer_import where id = ?")
                .param(r.path("import").asLong()).query(Long.class).single()).isEqualTo(id);
        // the next month's file of the same source: the same coupling, nothing to retype; the same file adds nothing
        api.als(thZh).post(COA_IMPORT + "?kolomindeling=" + id, "text/csv", voorbeeld()).json(200);
    }

    @Test
    void rijen_van_een_andere_provincie_worden_geweigerd_en_genoemd_en_er_wordt_niets_opgeslagen() {
        long id = api.als(thZh).post(INDELINGEN, coaMaandoverzicht("COA overzicht met Amsterdam", "PV28"))
                .status(201).idUitLocation();
        String csv = """
                Overzicht;;;;;
                ;;;;;
                ;;;;;
                CBS code;Peildatum;Gerealiseerd;Openstaande koppelingen;Omgekoppeld;Gemeente
                GM0599;30-06-2094;80;30;0;Rotterdam
                GM0363;30-06-2094;300;120;2;Amsterdam
                GM0599;31-06-2094;veel;30;0;Rotterdam
                """;
        JsonNode p = api.als(thZh).post(COA_IMPORT + "?kolomindeling=" + id, "text/csv", csv.getBytes())
                .probleem(400);
        assertThat(fouten(p)).containsExactly(
                "regel 6, kolom CBS code (gemeente): GM0363 (Amsterdam) hoort niet bij uw provincie (PV28)",
                "regel 7, kolom Peildatum (datum): '31-06-2094' is geen datum; gebruik jjjj-mm-dd of dd-mm-jjjj",
                "regel 7, kolom Gerealiseerd (gehuisvest): 'veel' is geen geheel getal");
        assertThat(standen("2094-I", "GM0599", "GM0363")).isEmpty();
    }

    @Test
    void een_werkmap_met_gemeentenamen_een_andere_volgorde_en_de_kopregel_op_regel_3() {
        long id = api.als(thZh).post(INDELINGEN, """
                {"naam": "COA maandoverzicht (Excel)", "soort": "COA_STAND", "provincie": "PV28", "koprij": 3,
                 "kolommen": {"gemeente": "Gemeente", "periode": "Halfjaar", "datum": "Stand per",
                              "gehuisvest": "Gehuisvest", "koppelingen": "Koppelingen", "omkoppelingen": "Omkoppelingen",
                              "stapelgemeente": "Stapel"}}""").status(201).idUitLocation();
        byte[] xlsx = Xlsx.bestand(List.of(
                List.of("COA realisatie vergunninghouders"),
                List.of("Provincie Zuid-Holland"),
                List.of("Stand per", "Koppelingen", "Gemeente", "Gehuisvest", "Omkoppelingen", "Stapel", "Halfjaar"),
                List.of(LocalDate.of(2095, 1, 31), 14, "Leiden", 6, 0, "nee", "2095-I"),
                List.of(LocalDate.of(2095, 1, 31), 40, "Gemeente 's-Gravenhage", 21, 1, "ja", "2095-I"),
                List.of(LocalDate.of(2095, 1, 31), 2, "Nergenshuizen", 1, 0, "nee", "2095-I")));
        JsonNode p = api.als(thZh).post(COA_IMPORT + "?kolomindeling=" + id, Api.XLSX, xlsx).probleem(400);
        assertThat(fouten(p)).containsExactly("regel 6, kolom Gemeente: 'Nergenshuizen' is geen gemeentecode "
                + "(CBS-code zoals GM0518) en geen naam van een gemeente in periode 2095-I");

        byte[] goed = Xlsx.bestand(List.of(
                List.of("COA realisatie vergunninghouders"),
                List.of("Provincie Zuid-Holland"),
                List.of("Stand per", "Koppelingen", "Gemeente", "Gehuisvest", "Omkoppelingen", "Stapel", "Halfjaar"),
                List.of(LocalDate.of(2095, 1, 31), 14, "Leiden", 6, 0, "nee", "2095-I"),
                List.of(LocalDate.of(2095, 1, 31), 40, "Gemeente 's-Gravenhage", 21, 1, "ja", "2095-I")));
        api.als(thZh).post(COA_IMPORT + "?kolomindeling=" + id, Api.XLSX, goed).json(201);
        assertThat(standen("2095-I", "GM0518", "GM0546")).containsExactly("GM0518 2095-01-31 21/40/1 true",
                "GM0546 2095-01-31 6/14/0 false");
    }

    static Stream<Arguments> ongeldigeKolomindelingen() {
        return Stream.of(
                Arguments.of("{}", List.of("naam", "soort", "koprij", "provincie")),
                Arguments.of("""
                        {"naam": "x", "soort": "COA_STAND", "provincie": "PV28", "koprij": 0,
                         "kolommen": {"gemeente": "Code", "aantal": "Aantal", "datum": "code"},
                         "vasteWaarden": {"gemeente": "GM0518", "gehuisvest": "  ", "koppelingen": "3"},
                         "overslaan": [""]}""", List.of("koprij", "kolommen.aantal", "kolommen.gemeente",
                        "vasteWaarden.gemeente", "kolommen.gehuisvest", "kolommen.omkoppelingen",
                        "kolommen.stapelgemeente", "overslaan[0]")),
                Arguments.of("""
                        {"naam": "y", "soort": "TAAKSTELLING", "provincie": "PV27", "koprij": 51,
                         "kolommen": {"gemeente": "Gemeente"}}""", List.of("provincie", "koprij",
                        "kolommen.periode", "kolommen.taakstelling")),
                Arguments.of("""
                        {"naam": "z", "soort": "COA_STAND", "koprij": 1, "kolommen": {"gemeente": "g", "datum": "d",
                         "gehuisvest": "h", "koppelingen": "k", "omkoppelingen": "o", "stapelgemeente": "s"}}""",
                        List.of("provincie")),
                Arguments.of("""
                        {"naam": "w", "soort": "ONBEKEND", "provincie": "PV99", "koprij": 2}""",
                        List.of("provincie", "soort")));
    }

    @ParameterizedTest
    @MethodSource("ongeldigeKolomindelingen")
    void ongeldige_kolomindelingen_noemen_elk_ongeldig_veld(String json, List<String> velden) {
        assertThat(api.als(thZh).post(INDELINGEN, json).ongeldigeVelden())
                .containsExactlyInAnyOrderElementsOf(velden);
    }

    @Test
    void een_wijziging_vraagt_de_versie_en_komt_in_het_auditlog() {
        long id = api.als(thZh).post(INDELINGEN, coaMaandoverzicht("COA kwartaaloverzicht", "PV28")).status(201)
                .idUitLocation();
        String gewijzigd = coaMaandoverzicht("COA kwartaaloverzicht", "PV28").replace("\"koprij\": 4", "\"koprij\": 5");
        assertThat(api.als(thZh).put(INDELINGEN + "/" + id, gewijzigd).ongeldigeVelden()).containsExactly("versie");
        JsonNode k = api.als(thZh).put(INDELINGEN + "/" + id, gewijzigd, "\"1\"").json(200);
        assertThat(k.path("versie").asInt()).isEqualTo(2);
        assertThat(k.path("koprij").asInt()).isEqualTo(5);
        api.als(thZh).put(INDELINGEN + "/" + id, gewijzigd, "\"1\"").probleem(409);
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'KOLOMINDELING_OPGESLAGEN' and object_id = ?")
                .param(Long.toString(id)).query(Long.class).single()).isEqualTo(2);
        // the same name twice in one province is refused, in another province it is another source
        assertThat(api.als(thZh).post(INDELINGEN, coaMaandoverzicht("coa KWARTAALoverzicht", "PV28"))
                .ongeldigeVelden()).containsExactly("naam");
    }

    @Test
    void een_provincie_ziet_haar_eigen_en_de_landelijke_kolomindelingen_niet_die_van_een_andere_provincie() {
        long zh = api.als(thZh).post(INDELINGEN, coaMaandoverzicht("Eigen overzicht Zuid-Holland", "PV28"))
                .status(201).idUitLocation();
        long landelijk = api.als(accounts.coa()).post(INDELINGEN, coaMaandoverzicht("COA landelijk overzicht", null))
                .status(201).idUitLocation();
        List<Long> nh = Api.ids(api.als(thNh).get(INDELINGEN).json().path("kolomindelingen"));
        assertThat(nh).contains(landelijk).doesNotContain(zh);
        api.als(thNh).get(INDELINGEN + "/" + zh).status(404);
        assertThat(api.als(thNh).post(COA_IMPORT + "?kolomindeling=" + zh, "text/csv", voorbeeld())
                .ongeldigeVelden()).containsExactly("kolomindeling");
        // a supervisor uses the national one but does not keep it
        api.als(thZh).get(INDELINGEN + "/" + landelijk).status(200);
        api.als(thZh).put(INDELINGEN + "/" + landelijk, coaMaandoverzicht("COA landelijk overzicht", null), "\"1\"")
                .status(403);
        // the municipality imports no figures and keeps no couplings
        api.als(accounts.gemeente("GM0518")).get(INDELINGEN).status(403);
    }

    @Test
    void een_kolomindeling_voor_andere_cijfers_wordt_genoemd() {
        long id = api.als(thZh).post(INDELINGEN, coaMaandoverzicht("Alleen COA", "PV28")).status(201)
                .idUitLocation();
        JsonNode p = api.als(thZh).post("/api/v1/taakstellingen/import?kolomindeling=" + id, "text/csv",
                "gemeente;periode;taakstelling\nGM0518;2094-I;1\n".getBytes()).probleem(400);
        assertThat(fouten(p)).containsExactly("kolomindeling: 'Alleen COA' is voor COA-standen, niet voor "
                + "Taakstellingen");
    }
}
