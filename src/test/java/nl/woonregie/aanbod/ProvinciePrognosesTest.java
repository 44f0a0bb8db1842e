package nl.woonregie.aanbod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toewijzing;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.RondeFixture;
import nl.woonregie.support.TestKlok;
import nl.woonregie.toezicht.VerwachteVoortgang;
import nl.woonregie.toezicht.ronde.ToezichtHistorie;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.context.TestPropertySource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The forecast where supervision is done: per gemeente of a province in one pass (the same as each gemeente's own
 * forecast, and toezicht's periods read in one pass the same as each history), the dashboard's column and its filter
 * "haalt de opgave volgens prognose niet" selecting exactly the gemeenten whose forecast misses the opgave, the
 * municipality page's block, and the XLSX downloads. The gemeenten are {@link RondeFixture}'s (opgave 100, 40 housed
 * by COA's standing on the day before the tussentijdse peildatum, today two weeks after it), each with its own plan:
 *
 * <table>
 *   <caption>cases</caption>
 *   <tr><th>gemeente</th><th>stored sources</th><th>scenario</th><th>opgave reached</th></tr>
 *   <tr><td>tempo</td><td>tempo 7 a week</td><td>Plan</td><td>the 60th day after the peildatum</td></tr>
 *   <tr><td>project</td><td>project of 60 places on the day after the peildatum</td><td>Plan</td><td>that day</td></tr>
 *   <tr><td>traag</td><td>tempo 1 a week</td><td>Plan</td><td>not in the period</td></tr>
 *   <tr><td>trend</td><td>none</td><td>Trend (40 in three months)</td><td>not in the period</td></tr>
 *   <tr><td>the others of the province</td><td>none, no figures for the period</td><td>no forecast</td><td>—</td></tr>
 * </table>
 *
 * <p>Its own database: the province's other gemeenten must have no figures, and {@code RondeFixture} needs gemeenten
 * that never had any (the shared context ran out of them).
 */
@IntegratieTest
@TestPropertySource(properties = "woonregie.test.database=provincie-prognoses")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvinciePrognosesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GebiedService gebied;

    @Autowired
    TestKlok klok;

    @Autowired
    GemeentePrognoses prognoses;

    @Autowired
    ToezichtHistorie historie;

    @Autowired
    VerwachteVoortgang voortgang;

    Api api;
    Accounts accounts;
    RondeFixture rondes;

    @BeforeAll
    void opzet() {
        api = new Api(mvc);
        accounts = new Accounts(mvc);
        rondes = new RondeFixture(mvc, jdbc, gebied);
    }

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    static final Gebruiker TOEZICHTHOUDER = Gebruiker.met(0, "test",
            Toewijzing.provincie(Rol.TOEZICHTHOUDER, RondeFixture.PROVINCIE));

    record Geval(String naam, String gemeente, boolean plan, LocalDate gehaaldOp) {
    }

    /** The cases of the class comment, their sources stored through the API by each gemeente. */
    List<Geval> gevallen(RondeFixture.Toezicht t) {
        LocalDate peildatum = t.tussentijds().minusDays(1);
        String tempo = t.gemeente();
        String project = t.gemeente();
        String traag = t.gemeente();
        String trend = t.gemeente();
        bron(tempo, "{\"soort\": \"TEMPO\", \"naam\": \"Overig\", \"perWeek\": 7, \"reden\": \"r\"}");
        bron(project, "{\"soort\": \"PROJECT\", \"naam\": \"SoZa\", \"duur\": \"TIJDELIJK\", \"woonvorm\": "
                + "\"ONZELFSTANDIG\", \"plaatsen\": 60, \"eenheden\": 120, \"startInhuizing\": \""
                + peildatum.plusDays(1) + "\", \"status\": \"BESLOTEN\", \"reden\": \"r\"}");
        bron(traag, "{\"soort\": \"TEMPO\", \"naam\": \"Overig\", \"perWeek\": 1, \"reden\": \"r\"}");
        return List.of(new Geval("tempo", tempo, true, peildatum.plusDays(60)),
                new Geval("project", project, true, peildatum.plusDays(1)),
                new Geval("traag", traag, true, null), new Geval("trend", trend, false, null));
    }

    void bron(String gemeente, String json) {
        api.als(accounts.gemeente(gemeente)).post("/api/v1/gemeenten/" + gemeente + "/aanbodbronnen", json)
                .status(201);
    }

    List<String> provincie() {
        return gebied.gemeentenVanProvincie(RondeFixture.PROVINCIE, gebied.vandaag()).stream().map(Gemeente::code)
                .toList();
    }

    @Test
    void de_prognose_per_gemeente_van_een_provincie_is_in_een_keer_dezelfde_als_die_van_elke_gemeente_apart() {
        RondeFixture.Toezicht t = rondes.nieuw();
        List<Geval> gevallen = gevallen(t);
        // a vastgestelde round of the period before: the history's steps and decisions count in the batch too
        klok.zet(t.tussentijds().plusDays(14));
        t.vastgesteld(t.tussentijds());

        Map<String, GemeentePrognose> alle = prognoses.vanProvincie(TOEZICHTHOUDER, RondeFixture.PROVINCIE,
                provincie());
        assertThat(alle.keySet()).containsExactlyInAnyOrderElementsOf(provincie());
        Map<String, List<ToezichtHistorie.PeriodeRegel>> perioden = historie.perioden(RondeFixture.PROVINCIE,
                provincie(), TOEZICHTHOUDER);
        for (String code : provincie()) {
            assertThat(perioden.get(code)).as(code).isEqualTo(historie.van(code, TOEZICHTHOUDER).perioden());
            assertThat(alle.get(code)).as(code).isEqualTo(prognoses.planOfTrend(TOEZICHTHOUDER, code));
        }
        for (Geval g : gevallen) {
            GemeentePrognose p = alle.get(g.gemeente());
            assertThat(p.scenario()).as(g.naam()).isEqualTo(g.plan() ? GemeentePrognose.Scenario.PLAN
                    : GemeentePrognose.Scenario.TREND);
            assertThat(p.opgave()).as(g.naam()).isEqualTo(100);
            assertThat(p.uitkomst().taakstellingGehaaldOp()).as(g.naam()).isEqualTo(g.gehaaldOp());
            assertThat(Voortgangsprognose.regel(p).haaltOpgaveNiet())
                    .as(g.naam()).isEqualTo(g.gehaaldOp() == null);
        }
        // another province's supervisor and a gemeente get nothing
        Gebruiker ander = Gebruiker.met(0, "nh", Toewijzing.provincie(Rol.TOEZICHTHOUDER, "PV27"));
        assertThatThrownBy(() -> prognoses.vanProvincie(ander, RondeFixture.PROVINCIE, provincie()))
                .isInstanceOf(ApiException.class);
        Gebruiker gemeente = Gebruiker.met(0, "g", Toewijzing.gemeente(Rol.GEMEENTE, gevallen.get(0).gemeente()));
        assertThatThrownBy(() -> voortgang.vanGemeenten(RondeFixture.PROVINCIE, provincie(), gemeente))
                .isInstanceOf(ApiException.class);
    }

    @Test
    void het_blok_op_de_gemeentepagina_noemt_de_datum_het_saldo_het_vereiste_tempo_en_de_lijn() {
        RondeFixture.Toezicht t = rondes.nieuw();
        List<Geval> gevallen = gevallen(t);
        klok.zet(t.tussentijds().plusDays(14));
        LocalDate peildatum = t.tussentijds().minusDays(1);
        LocalDate einde = t.periode().laatsteDag();
        long dagen = ChronoUnit.DAYS.between(peildatum, einde);
        for (Geval g : gevallen) {
            VerwachteVoortgang.Gemeentebeeld b = voortgang.vanGemeente(g.gemeente(), TOEZICHTHOUDER).orElseThrow();
            assertThat(b.plan()).as(g.naam()).isEqualTo(g.plan());
            assertThat(b.taakstellingGehaaldOp()).as(g.naam()).isEqualTo(g.gehaaldOp());
            assertThat(b.gehuisvest()).isEqualTo(40);
            assertThat(b.peildatum()).isEqualTo(peildatum);
            // (100 − 40) per the weeks from the peildatum to the period's end
            assertThat(b.vereistPerWeek()).as(g.naam()).isEqualByComparingTo(BigDecimal.valueOf(60 * 7)
                    .divide(BigDecimal.valueOf(dagen), 1, RoundingMode.HALF_UP));
            // the line of the required pace: 40 at the peildatum, 100 on the last day, rounded up between
            VerwachteVoortgang.Punt laatste = b.reeks().get(b.reeks().size() - 1);
            assertThat(laatste.datum()).isEqualTo(einde);
            assertThat(laatste.nodig()).isEqualTo(100);
            VerwachteVoortgang.Punt eerste = b.reeks().get(0);
            long verstreken = ChronoUnit.DAYS.between(peildatum, eerste.datum());
            assertThat(eerste.nodig()).isEqualTo(40 + (60 * verstreken + dagen - 1) / dagen);
            assertThat(b.verwachtSaldoUit()).isEqualTo(100 - laatste.verwacht());
        }
        Geval tempo = gevallen.get(0);
        VerwachteVoortgang.Gemeentebeeld b = voortgang.vanGemeente(tempo.gemeente(), TOEZICHTHOUDER).orElseThrow();
        assertThat(b.bijdragen()).extracting(VerwachteVoortgang.Bijdrage::naam).containsExactly("Overig");
        assertThat(b.bijdragen().get(0).soort()).isEqualTo("Tempo");
        assertThat(b.bijdragen().get(0).verwacht()).isEqualByComparingTo(BigDecimal.valueOf(dagen));
        assertThat(b.bevindingen()).singleElement().asString().contains("30%");
        assertThat(b.verwachtSaldoUit()).isEqualTo(100 - 40 - dagen);
    }

    @Test
    void het_filter_haalt_de_opgave_volgens_prognose_niet_kiest_precies_de_gemeenten_die_haar_niet_halen() {
        RondeFixture.Toezicht t = rondes.nieuw();
        List<Geval> gevallen = gevallen(t);
        klok.zet(t.tussentijds().plusDays(14));
        t.ronde(t.tussentijds());
        String pagina = "/provincies/" + RondeFixture.PROVINCIE + "?peildatum=" + t.tussentijds();

        Map<String, String> alle = rijen(api.als(t.toezichthouder()).get(pagina).status(200).tekst());
        Map<String, String> niet = rijen(api.als(t.toezichthouder()).get(pagina + "&prognose=niet").status(200)
                .tekst());
        Set<String> verwacht = new TreeSet<>();
        for (Geval g : gevallen) {
            String cel = alle.get(g.gemeente());
            assertThat(cel).as(g.naam()).endsWith(g.plan() ? "(volgens plan)" : "(volgens trend)");
            if (g.gehaaldOp() == null) {
                verwacht.add(g.gemeente());
                assertThat(cel).as(g.naam()).startsWith("niet in deze periode");
            } else {
                assertThat(cel).as(g.naam()).doesNotContain("niet in deze periode");
            }
        }
        // the other gemeenten of the province have no figures for the period: no forecast, so not selected
        assertThat(alle.size()).isGreaterThan(gevallen.size());
        alle.forEach((code, cel) -> {
            if (gevallen.stream().noneMatch(g -> g.gemeente().equals(code))) {
                assertThat(cel).as(code).startsWith("geen prognose");
            }
        });
        assertThat(new TreeSet<>(niet.keySet())).isEqualTo(verwacht);
    }

    /** The dashboard's table: per gemeente code the text of its column Prognose. */
    static Map<String, String> rijen(String html) {
        String tabel = html.substring(html.indexOf("id=\"gemeententabel\""));
        tabel = tabel.substring(0, tabel.indexOf("</table>"));
        Map<String, String> result = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<tr>\\s*<th scope=\"row\"><a href=\"/gemeenten/(GM\\d{4})\".*?<td class=\"prognose\">"
                + "(.*?)</td>", Pattern.DOTALL).matcher(tabel);
        while (m.find()) {
            result.put(m.group(1), m.group(2).strip().replaceAll("\\s+", " "));
        }
        return result;
    }

    @Test
    void de_downloads_hebben_nederlandse_koppen_en_getallen_als_getallen() throws Exception {
        RondeFixture.Toezicht t = rondes.nieuw();
        List<Geval> gevallen = gevallen(t);
        klok.zet(t.tussentijds().plusDays(14));
        Geval tempo = gevallen.get(0);
        String eigen = accounts.gemeente(tempo.gemeente());
        Api.Antwoord a = api.als(eigen).get("/gemeenten/" + tempo.gemeente() + "/aanbod/prognose.xlsx").status(200);
        assertThat(a.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        GemeentePrognose p = prognoses.planOfTrend(TOEZICHTHOUDER, tempo.gemeente());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(a.bytes()))) {
            Sheet prognose = wb.getSheet("Prognose");
            Map<String, Row> perOnderwerp = new LinkedHashMap<>();
            prognose.forEach(r -> perOnderwerp.put(r.getCell(0).getStringCellValue(), r));
            assertThat(perOnderwerp.get("opgave").getCell(1).getNumericCellValue()).isEqualTo(100);
            assertThat(perOnderwerp.get("taakstelling verwacht gehaald op").getCell(1).getLocalDateTimeCellValue()
                    .toLocalDate()).isEqualTo(tempo.gehaaldOp());
            Sheet reeks = wb.getSheet("Per week");
            assertThat(reeks.getRow(0).getCell(1).getStringCellValue()).isEqualTo("verwacht gehuisvest");
            assertThat(reeks.getLastRowNum()).isEqualTo(p.uitkomst().reeks().size());
            assertThat((long) reeks.getRow(1).getCell(1).getNumericCellValue())
                    .isEqualTo(p.uitkomst().reeks().get(0).verwacht());
            Sheet bronnen = wb.getSheet("Bronnen");
            assertThat(bronnen.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Overig");
            assertThat(bronnen.getRow(1).getCell(16).getNumericCellValue()).isEqualTo(7);
            assertThat(wb.getSheet("Bevindingen").getLastRowNum()).isEqualTo(1);
        }
        // another gemeente gets nothing
        api.als(accounts.gemeente(gevallen.get(1).gemeente())).get("/gemeenten/" + tempo.gemeente()
                + "/aanbod/prognose.xlsx").status(403);

        Api.Antwoord lijst = api.als(t.toezichthouder()).get("/provincies/" + RondeFixture.PROVINCIE
                + "/prognoses.xlsx").status(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(lijst.bytes()))) {
            Sheet blad = wb.getSheet("Prognoses");
            assertThat(blad.getRow(0).getCell(7).getStringCellValue()).isEqualTo("haalt de opgave volgens prognose niet");
            List<String> niet = new ArrayList<>();
            for (Row r : blad) {
                if (r.getRowNum() > 0 && r.getCell(7) != null
                        && r.getCell(7).getCellType() == org.apache.poi.ss.usermodel.CellType.BOOLEAN
                        && r.getCell(7).getBooleanCellValue()) {
                    niet.add(r.getCell(0).getStringCellValue());
                }
                if (r.getRowNum() > 0 && r.getCell(0).getStringCellValue().equals(tempo.gemeente())) {
                    assertThat(r.getCell(4).getNumericCellValue()).isEqualTo(100);
                    assertThat(r.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(tempo.gehaaldOp());
                }
            }
            assertThat(niet).containsExactlyInAnyOrderElementsOf(gevallen.stream().filter(g -> g.gehaaldOp() == null)
                    .map(Geval::gemeente).toList());
        }
        api.als(eigen).get("/provincies/" + RondeFixture.PROVINCIE + "/prognoses.xlsx").status(403);
    }
}
