package nl.woonregie.toezicht.ronde;

import static nl.woonregie.support.Api.BEHEERDER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.RondeFixture;
import nl.woonregie.support.Testgegevens;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/landelijk/overzicht}: the national view's numbers against sums worked out by hand from a table of
 * municipalities' figures (two half-years of 2011, which no other test uses), the steps of a province's round, the
 * XLSX, and who may see it. Own database: the national sums count every municipality's figures.
 */
@IntegratieTest
@TestPropertySource(properties = "woonregie.test.database=landelijk")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LandelijkOverzichtTest {

    static final String PAD = "/api/v1/landelijk/overzicht";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GebiedService gebied;

    Api api;
    Accounts accounts;
    String rijk;
    /** The municipality of each case (A–G) of {@link #GEVALLEN}. */
    final Map<String, String> gemeente = new HashMap<>();

    /**
     * The cases: province, beginstand (period, saldo; none for G), taakstelling and COA's standings of 2011-I (March,
     * or February for C — too early for the mid date —, June; D has no June standing; B has COA's final figure 27) and
     * of 2011-II (September, December).
     */
    record Geval(String naam, String provincie, String beginPeriode, int saldo, Integer taakI, Integer maartI,
            Integer juniI, Integer definitiefI, int taakII, int septemberII, int decemberII) {
    }

    static final List<Geval> GEVALLEN = List.of(
            new Geval("A", "PV20", "2011-I", 5, 40, 10, 30, null, 50, 20, 60),
            new Geval("B", "PV20", "2011-I", -3, 20, 12, 25, 27, 10, 4, 9),
            new Geval("C", "PV20", "2011-I", 0, 30, null, 28, null, 30, 16, 35),
            new Geval("D", "PV26", "2011-I", 2, 25, 10, null, null, 25, 10, 20),
            new Geval("E", "PV26", "2011-I", 1, 0, 0, 0, null, 15, 7, 16),
            new Geval("F", "PV28", "2011-II", 4, null, null, null, null, 12, 6, 10),
            new Geval("G", "PV21", null, 0, 10, 5, 10, null, 10, 5, 10));

    @BeforeAll
    void cijfers() {
        api = new Api(mvc);
        accounts = new Accounts(mvc);
        rijk = accounts.maak("RIJK", null);
        Set<String> gebruikt = new java.util.HashSet<>();
        for (Geval g : GEVALLEN) {
            String code = gebied.gemeentenVanProvincie(g.provincie(), GebiedService.INDELING_BEKEND_VANAF).stream()
                    .map(Gemeente::code).filter(c -> !gebruikt.contains(c)).findFirst().orElseThrow();
            gebruikt.add(code);
            gemeente.put(g.naam(), code);
            if (g.beginPeriode() != null) {
                Testgegevens.beginstand(jdbc, code, g.beginPeriode(), g.saldo(), "0");
            }
            if (g.taakI() != null) {
                Testgegevens.taakstelling(jdbc, code, "2011-I", g.taakI());
                Testgegevens.coaStand(jdbc, code, "2011-I", g.maartI() == null ? LocalDate.of(2011, 2, 28)
                        : LocalDate.of(2011, 3, 31), g.maartI() == null ? 9 : g.maartI(), 0, 0, false);
                if (g.juniI() != null) {
                    Testgegevens.coaStand(jdbc, code, "2011-I", LocalDate.of(2011, 6, 30), g.juniI(), 0, 0, false);
                }
                if (g.definitiefI() != null) {
                    jdbc.sql("insert into coa_definitief (gemeente_code, periode, gehuisvest, reden, ingevoerd_door) "
                            + "values (?, '2011-I', ?, 'test', 'test')").params(code, g.definitiefI()).update();
                }
            }
            Testgegevens.taakstelling(jdbc, code, "2011-II", g.taakII());
            Testgegevens.coaStand(jdbc, code, "2011-II", LocalDate.of(2011, 9, 30), g.septemberII(), 0, 0, false);
            Testgegevens.coaStand(jdbc, code, "2011-II", LocalDate.of(2011, 12, 31), g.decemberII(), 0, 0, false);
        }
    }

    /**
     * Per peildatum and province: taakstelling, opgave, housed and percentage summed over the complete cases, worked
     * out by hand (opgave = taakstelling + saldo; the saldo of 2011-II = opgave − housed at the end of 2011-I; the
     * percentage half up). NL is the whole country, i.e. all cases.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "–", textBlock = """
            2011-04-01 | PV20 | A,B         | 60  | 62  | 22  | 35
            2011-04-01 | PV26 | D,E         | 25  | 28  | 10  | 36
            2011-04-01 | PV28 | ''          | 0   | 0   | 0   | –
            2011-04-01 | PV21 | ''          | 0   | 0   | 0   | –
            2011-04-01 | NL   | A,B,D,E     | 85  | 90  | 32  | 36
            2011-07-01 | PV20 | A,B,C       | 90  | 92  | 85  | 92
            2011-07-01 | PV26 | E           | 0   | 1   | 0   | 0
            2011-07-01 | NL   | A,B,C,E     | 90  | 93  | 85  | 91
            2011-10-01 | PV20 | A,B,C       | 90  | 97  | 40  | 41
            2011-10-01 | PV26 | E           | 15  | 16  | 7   | 44
            2011-10-01 | PV28 | F           | 12  | 16  | 6   | 38
            2011-10-01 | NL   | A,B,C,E,F   | 117 | 129 | 53  | 41
            2012-01-01 | PV20 | A,B,C       | 90  | 97  | 104 | 107
            2012-01-01 | PV26 | E           | 15  | 16  | 16  | 100
            2012-01-01 | PV28 | F           | 12  | 16  | 10  | 63
            2012-01-01 | NL   | A,B,C,E,F   | 117 | 129 | 130 | 101
            """)
    void sommen_per_provincie_en_voor_nederland_uit_de_opgeslagen_cijfers(String peildatum, String provincie,
            String volledig, long taakstelling, long opgave, long gehuisvest, Integer percentage) {
        JsonNode l = api.als(rijk).get(PAD + "?peildatum=" + peildatum).json(200);
        JsonNode p = "NL".equals(provincie) ? l.get("nederland") : provincie(l, provincie);
        int aantalVolledig = volledig.isEmpty() ? 0 : volledig.split(",").length;
        assertThat(p.get("aantalGemeenten").asInt() - p.get("aantalZonderCijfers").asInt()).isEqualTo(aantalVolledig);
        assertThat(p.get("taakstelling").asLong()).isEqualTo(taakstelling);
        assertThat(p.get("opgave").asLong()).isEqualTo(opgave);
        assertThat(p.get("gehuisvest").asLong()).isEqualTo(gehuisvest);
        assertThat(p.get("nogTeHuisvesten").asLong()).isEqualTo(opgave - gehuisvest);
        assertThat(p.get("percentageVanOpgave").isNull() ? null : p.get("percentageVanOpgave").asInt())
                .isEqualTo(percentage);
        // which municipalities count
        List<String> codes = volledig.isEmpty() ? List.of() : java.util.Arrays.stream(volledig.split(","))
                .map(gemeente::get).toList();
        Set<String> metCijfers = new java.util.TreeSet<>();
        for (JsonNode g : l.get("gemeenten")) {
            if (!g.get("opgave").isNull() && ("NL".equals(provincie)
                    || provincie.equals(g.get("provincie").asString()))) {
                metCijfers.add(g.get("code").asString());
            }
        }
        assertThat(metCijfers).containsExactlyInAnyOrderElementsOf(codes);
    }

    @Test
    void elke_gemeente_en_elke_provincie_staat_erin_en_nederland_is_hun_som() {
        JsonNode l = api.als(rijk).get(PAD + "?peildatum=2011-10-01").json(200);
        int gemeenten = gebied.gemeentenOp(GebiedService.INDELING_BEKEND_VANAF).size();
        assertThat(l.get("gemeenten")).hasSize(gemeenten);
        assertThat(l.get("provincies")).hasSize(12);
        assertThat(l.get("nederland").get("naam").asString()).isEqualTo("Nederland");
        assertThat(l.get("nederland").get("aantalGemeenten").asInt()).isEqualTo(gemeenten);
        assertThat(l.get("soort").asString()).isEqualTo("TUSSENTIJDS");
        assertThat(l.get("periode").asString()).isEqualTo("2011-II");
        long som = 0;
        for (JsonNode p : l.get("provincies")) {
            som += p.get("opgave").asLong();
            assertThat(p.has("ronde")).as("geen ronde in 2011").isFalse();
        }
        assertThat(som).isEqualTo(l.get("nederland").get("opgave").asLong());
    }

    @Test
    void een_gemeente_zegt_wat_ontbreekt_en_haar_saldo_loopt_door_van_het_vorige_halfjaar() {
        JsonNode juli = api.als(rijk).get(PAD + "?peildatum=2011-07-01").json(200);
        JsonNode d = gemeente(juli, "D");
        assertThat(d.get("opgave").isNull()).isTrue();
        assertThat(d.get("taakstelling").asLong()).isEqualTo(25);
        assertThat(d.get("ontbrekend").get(0).asString()).startsWith("COA-eindstand van de");
        assertThat(gemeente(juli, "G").get("ontbrekend").get(0).asString()).startsWith("beginstand");
        assertThat(gemeente(juli, "F").get("ontbrekend").toString()).contains("ligt na de");
        JsonNode april = api.als(rijk).get(PAD + "?peildatum=2011-04-01").json(200);
        assertThat(gemeente(april, "C").get("ontbrekend").get(0).asString()).startsWith("COA-stand van de")
                .contains("maart");

        JsonNode oktober = api.als(rijk).get(PAD + "?peildatum=2011-10-01").json(200);
        JsonNode b = gemeente(oktober, "B");
        // 2011-I: opgave 20 − 3 = 17, COA's final figure 27 (not June's 25): saldo −10, opgave 10 − 10 = 0
        assertThat(b.get("saldoIn").asLong()).isEqualTo(-10);
        assertThat(b.get("opgave").asLong()).isZero();
        assertThat(b.get("percentageVanOpgave").isNull()).isTrue();
        assertThat(gemeente(oktober, "A").get("saldoIn").asLong()).isEqualTo(15);
        assertThat(gemeente(oktober, "D").get("ontbrekend").get(0).asString()).startsWith("COA-eindstand");
    }

    @Test
    void treden_alleen_van_een_provincie_met_een_ronde_op_de_peildatum() {
        RondeFixture.Toezicht t = new RondeFixture(mvc, jdbc, gebied).nieuw();
        String a = t.gemeente();
        String b = t.gemeente();
        long ronde = t.ronde(t.tussentijds());
        JsonNode l = api.als(rijk).get(PAD + "?peildatum=" + t.tussentijds()).json(200);
        JsonNode zh = provincie(l, "PV28");
        JsonNode o = api.als(BEHEERDER).get("/api/v1/provincies/PV28/overzicht?peildatum=" + t.tussentijds()).json(200);
        assertThat(zh.get("ronde").get("id").asLong()).isEqualTo(ronde);
        assertThat(zh.get("ronde").get("status").asString()).isEqualTo("CONCEPT");
        assertThat(zh.get("ronde").get("aantalPerTrede")).isEqualTo(o.get("totalen").get("aantalPerTrede"));
        // Cijfers.GEWOON: opgave 100, 40 housed at the mid date, each; the round counts the same
        assertThat(zh.get("opgave").asLong()).isEqualTo(200).isEqualTo(o.get("totalen").get("opgave").asLong());
        assertThat(zh.get("gehuisvest").asLong()).isEqualTo(80)
                .isEqualTo(o.get("totalen").get("gehuisvest").asLong());
        for (JsonNode p : l.get("provincies")) {
            assertThat(p.has("ronde")).as(p.get("code").asString()).isEqualTo("PV28".equals(p.get("code").asString()));
        }
        Map<String, String> treden = new HashMap<>();
        o.get("gemeenten").forEach(g -> treden.put(g.get("gemeente").asString(), g.get("trede").asString()));
        for (JsonNode g : l.get("gemeenten")) {
            String code = g.get("code").asString();
            if (code.equals(a) || code.equals(b)) {
                assertThat(g.get("trede").asString()).isEqualTo(treden.get(code)).isEqualTo("1");
            } else if (!"PV28".equals(g.get("provincie").asString())) {
                assertThat(g.get("trede").isNull()).as(code).isTrue();
            }
        }
    }

    @Test
    void xlsx_met_de_rij_nederland_en_alle_gemeenten() throws Exception {
        Api.Antwoord a = api.als(rijk).get(PAD + ".xlsx?peildatum=2011-10-01").status(200);
        assertThat(a.contentType()).startsWith(Api.XLSX);
        assertThat(a.header("Content-Disposition")).contains("landelijk-overzicht-2011-10-01.xlsx");
        JsonNode l = api.als(rijk).get(PAD + "?peildatum=2011-10-01").json(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(a.bytes()))) {
            Sheet provincies = wb.getSheet("Provincies");
            assertThat(provincies.getLastRowNum()).isEqualTo(13); // header, 12 provinces, Nederland
            Row nl = provincies.getRow(13);
            assertThat(nl.getCell(0).getStringCellValue()).isEqualTo("Nederland");
            assertThat((long) nl.getCell(4).getNumericCellValue()).isEqualTo(129);
            assertThat((long) nl.getCell(5).getNumericCellValue()).isEqualTo(53);
            assertThat((long) nl.getCell(6).getNumericCellValue()).isEqualTo(41);
            assertThat(wb.getSheet("Gemeenten").getLastRowNum()).isEqualTo(l.get("gemeenten").size());
            assertThat(wb.getSheet("Toelichting")).isNotNull();
            // the province column names the province, never its code (PV28)
            java.util.Set<String> namen = new java.util.HashSet<>();
            for (int i = 1; i <= 12; i++) {
                namen.add(provincies.getRow(i).getCell(0).getStringCellValue());
            }
            for (Row r : wb.getSheet("Gemeenten")) {
                if (r.getRowNum() > 0) {
                    assertThat(r.getCell(2).getStringCellValue()).isIn(namen);
                }
            }
            Map<String, Long> opgave = new HashMap<>();
            for (Row r : wb.getSheet("Gemeenten")) {
                if (r.getRowNum() > 0 && r.getCell(5) != null
                        && r.getCell(5).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    opgave.put(r.getCell(0).getStringCellValue(), (long) r.getCell(5).getNumericCellValue());
                }
            }
            assertThat(opgave).containsEntry(gemeente.get("A"), 65L).containsEntry(gemeente.get("F"), 16L)
                    .hasSize(5);
        }
    }

    @Test
    void rijk_toezichthouders_en_beheerder_zien_het_een_gemeente_en_coa_niet() {
        for (String account : List.of(rijk, accounts.toezichthouder("PV20"), accounts.toezichthouder("PV28"),
                BEHEERDER)) {
            api.als(account).get(PAD + "?peildatum=2011-10-01").status(200);
            api.als(account).get(PAD + ".xlsx?peildatum=2011-10-01").status(200);
        }
        for (String account : List.of(accounts.gemeente(gemeente.get("A")), accounts.coa())) {
            api.als(account).get(PAD + "?peildatum=2011-10-01").probleem(403);
            api.als(account).get(PAD + ".xlsx?peildatum=2011-10-01").probleem(403);
        }
        api.anoniem().get(PAD + "?peildatum=2011-10-01").status(401);
    }

    @ParameterizedTest
    @CsvSource({"2011-05-01", "2011-13-01", "gisteren", "+2011-04-01"})
    void een_ongeldige_peildatum_is_400_met_het_veld(String peildatum) {
        JsonNode p = api.als(rijk).get(PAD + "?peildatum=" + peildatum).probleem(400);
        assertThat(Api.namen(p)).containsExactly("peildatum");
        assertThat(Api.namen(api.als(rijk).get(PAD + ".xlsx?peildatum=" + peildatum).probleem(400)))
                .containsExactly("peildatum");
    }

    @Test
    void zonder_peildatum_is_400_met_het_veld() {
        assertThat(Api.namen(api.als(rijk).get(PAD).probleem(400))).containsExactly("peildatum");
    }

    private JsonNode gemeente(JsonNode l, String geval) {
        String code = gemeente.get(geval);
        for (JsonNode g : l.get("gemeenten")) {
            if (g.get("code").asString().equals(code)) {
                return g;
            }
        }
        throw new AssertionError("gemeente " + code + " ontbreekt");
    }

    private static JsonNode provincie(JsonNode l, String code) {
        for (JsonNode p : l.get("provincies")) {
            if (p.get("code").asString().equals(code)) {
                return p;
            }
        }
        throw new AssertionError("provincie " + code + " ontbreekt");
    }
}
