package nl.woonregie.toezicht.export;

import static nl.woonregie.support.Api.XLSX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The XLSX and CSV exports against the JSON endpoints they mirror, on rounds of Utrecht (PV26) for 2022-II and
 * 2023-I (under the Zuid-Holland beleidskader, named explicitly) for Amersfoort, Utrecht and Veenendaal; the other
 * municipalities of the province have no figures.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ToezichtExportTest {

    static final String HYPERLINK = "=HYPERLINK(\"http://x\")";
    static final String AMERSFOORT = "GM0307";
    static final String UTRECHT = "GM0344";
    static final String VEENENDAAL = "GM0345";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Api api;
    /** TOEZICHTHOUDER of Utrecht (PV26), who makes the rounds. */
    String th;
    /** TOEZICHTHOUDER of another province (Zuid-Holland). */
    String thZh;
    /** GEMEENTE Amersfoort. */
    String gemeenteAmersfoort;
    String coa;

    @BeforeAll
    void rondes() {
        api = new Api(mvc);
        Accounts accounts = new Accounts(mvc);
        th = accounts.toezichthouder("PV26");
        thZh = accounts.toezichthouder("PV28");
        gemeenteAmersfoort = accounts.gemeente(AMERSFOORT);
        coa = accounts.coa();
        // {beginstand saldo, trede}, taakstellingen 2022-II and 2023-I, COA standings (gehuisvest, koppelingen)
        cijfers(AMERSFOORT, 10, "1", 90, 100, new long[][] {{30, 40}, {105, 20}, {20, 30}});
        cijfers(UTRECHT, 50, "2", 400, 450, new long[][] {{200, 300}, {380, 250}, {300, 400}});
        cijfers(VEENENDAAL, 0, "0", 70, 80, new long[][] {{40, 10}, {72, 8}, {1, 5}});
        // the extra ambition of 2022-II, imported as the province does: Amersfoort 90 → 120, Utrecht 400 → 600
        api.als(th).postCsv("/api/v1/ambities/import", "gemeente;periode;ambitie\n" + AMERSFOORT + ";2022-II;120\n"
                + UTRECHT + ";2022-II;600\n").status(201);

        vaststellen(maakRonde("2022-10-01"));
        vaststellen(maakRonde("2023-01-01"));
        JsonNode april = maakRonde("2023-04-01");
        // a judgment whose motivation looks like a formula: it must reach the spreadsheet as text
        api.als(th).post("/api/v1/beoordelingsrondes/" + april.get("id").asLong() + "/gemeenten/" + AMERSFOORT
                + "/beslissingen", Api.JSON.writeValueAsString(Map.of("soort", "KOPPELINGEN_OORDEEL", "waarde",
                        "false", "motivering", HYPERLINK, "versie", april.get("versie").asInt()))).status(200);
    }

    // --- province overview ---------------------------------------------------------------------------------------

    @Test
    void provincieoverzicht_xlsx_gelijk_aan_json_tot_op_de_eenheid() throws Exception {
        JsonNode o = api.als(th).get("/api/v1/provincies/PV26/overzicht?peildatum=2023-04-01").json();
        Api.Antwoord r = api.als(th).get("/api/v1/provincies/PV26/overzicht.xlsx?peildatum=2023-04-01").status(200);
        assertThat(r.contentType()).isEqualTo(XLSX);
        assertThat(r.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"overzicht-PV26-2023-04-01.xlsx\"");
        try (XSSFWorkbook wb = werkmap(r)) {
            assertThat(bladen(wb)).containsExactly("Overzicht PV26", "Totalen", "Toelichting");
            XSSFSheet s = wb.getSheet("Overzicht PV26");
            assertThat(rij(s.getRow(0))).isEqualTo(new ArrayList<>(OverzichtExport.KOP_PROVINCIE));
            assertThat(wb.getFontAt(s.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:O27");
            assertThat(s.getLastRowNum()).isEqualTo(26);
            assertThat(o.get("gemeenten").size()).isEqualTo(26);
            for (int i = 0; i < o.get("gemeenten").size(); i++) {
                assertThat(rij(s.getRow(i + 1))).as(o.get("gemeenten").get(i).toString())
                        .isEqualTo(provincieRij(o.get("gemeenten").get(i)));
            }
            // numbers are numbers with a thousands-separator format
            Row utrecht = vind(s, UTRECHT);
            assertThat(utrecht.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(utrecht.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(utrecht.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            // the worked figures: Utrecht 2023-I, opgave 450 + 70 = 520, 300 housed at the mid date
            assertThat(rij(utrecht).subList(0, 13)).containsExactly(UTRECHT, "Utrecht", 450L, 520L, 260L, 300L, 58L,
                    220L, 400L, "ja", "3a", "3a", "zelfde fase");
            assertThat(rij(vind(s, AMERSFOORT)).subList(9, 13)).containsExactly("nee", "0", "1", "volgende fase");

            // Totalen = the JSON totals = the sum of the rows
            Map<String, Object> t = sleutelWaarde(wb.getSheet("Totalen"));
            JsonNode jt = o.get("totalen");
            assertThat(t.get("aantal gemeenten")).isEqualTo(26L);
            assertThat(t.get("aantal gemeenten zonder cijfers")).isEqualTo(jt.get("aantalZonderCijfers").asLong());
            for (String[] k : new String[][] {{"taakstelling", "taakstelling", "2"}, {"opgave", "opgave", "3"},
                {"gehuisvest", "gehuisvest", "5"}, {"nog te huisvesten", "nogTeHuisvesten", "7"},
                {"koppelingen", "koppelingen", "8"}}) {
                assertThat(t.get(k[0])).as(k[0]).isEqualTo(jt.get(k[1]).asLong()).isEqualTo(som(s, Integer.parseInt(k[2])));
            }
            assertThat(t.get("opgave")).isEqualTo(520L + 95 + 78);
            assertThat(t.get("helft van de opgave")).isEqualTo(jt.get("helft").asLong()).isEqualTo(347L);
            assertThat(t.get("percentage van de opgave")).isEqualTo(jt.get("percentageVanOpgave").asLong())
                    .isEqualTo(Math.round(100.0 * 321 / 693));
            assertThat(t.get("haalbaar (koppelingen ten minste nog te huisvesten)")).isEqualTo("ja");
            assertThat(t.get("aantal gemeenten op trede 1")).isEqualTo(jt.get("aantalPerTrede").get("1").asLong())
                    .isEqualTo(2L);
            assertThat(t.get("aantal gemeenten op trede 3a")).isEqualTo(1L);
            assertThat(t.get("aantal gemeenten met te weinig koppelingen")).isEqualTo(2L);
            assertThat(waarden(wb.getSheet("Totalen"), "te weinig koppelingen"))
                    .containsExactlyElementsOf(jt.get("gemeentenMetTeWeinigKoppelingen").valueStream()
                            .map(JsonNode::asString).toList())
                    .containsExactly("Amersfoort", "Veenendaal");

            // Toelichting: peildatum as a real date, round and status, column definitions
            XSSFSheet toelichting = wb.getSheet("Toelichting");
            Cell peildatum = cel(toelichting, "peildatum");
            assertThat(DateUtil.isCellDateFormatted(peildatum)).isTrue();
            assertThat(peildatum.getCellStyle().getDataFormatString()).isEqualTo("d-m-yyyy");
            assertThat(peildatum.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2023, 4, 1));
            assertThat((long) cel(toelichting, "beoordelingsronde").getNumericCellValue())
                    .isEqualTo(o.get("ronde").asLong());
            assertThat(cel(toelichting, "status van de ronde").getStringCellValue()).startsWith("concept");
            assertThat(DateUtil.isCellDateFormatted(cel(toelichting, "gemaakt op"))).isTrue();
            for (String kolom : OverzichtExport.KOP_PROVINCIE) {
                assertThat(cel(toelichting, "kolom '" + kolom + "'").getStringCellValue()).as(kolom).isNotBlank();
            }
            geenFormules(wb);
        }
    }

    /**
     * A period with an ambition has a sheet of its own, the same rows as the JSON overview's {@code ambitie}, with
     * the province's total; a period without (2023-I, above) has none.
     */
    @Test
    void provincieoverzicht_xlsx_heeft_een_blad_ambitie_in_een_periode_met_een_ambitie() throws Exception {
        JsonNode o = api.als(th).get("/api/v1/provincies/PV26/overzicht?peildatum=2023-01-01").json();
        JsonNode a = o.get("ambitie");
        assertThat(a.get("periode").asString()).isEqualTo("2022-II");
        assertThat(a.get("gemeenten")).hasSize(3);
        Api.Antwoord r = api.als(th).get("/api/v1/provincies/PV26/overzicht.xlsx?peildatum=2023-01-01").status(200);
        try (XSSFWorkbook wb = werkmap(r)) {
            assertThat(bladen(wb)).containsExactly("Overzicht PV26", "Totalen", "Ambitie 2022-II", "Toelichting");
            XSSFSheet s = wb.getSheet("Ambitie 2022-II");
            assertThat(rij(s.getRow(0))).isEqualTo(new ArrayList<>(OverzichtExport.KOP_AMBITIE));
            for (int i = 0; i < 3; i++) {
                JsonNode g = a.get("gemeenten").get(i);
                assertThat(rij(s.getRow(i + 1))).as(g.toString()).containsExactly(g.get("gemeente").asString(),
                        g.get("naam").asString(), g.get("taakstelling").asLong(), g.get("additioneleOpgave").asLong(),
                        g.get("ambitie").asLong(), g.get("opgave").asLong(), g.get("opgaveMetAmbitie").asLong(),
                        g.get("gehuisvest").asLong(), g.get("nogTeHuisvesten").asLong(),
                        g.get("percentageVanOpgaveMetAmbitie").asLong());
            }
            // Utrecht 2022-II: taakstelling 400 + saldo 50 = opgave 450; ambition 600, so 650 with the ambition;
            // 380 housed (COA, end of the period): 270 still to house for the ambition, 58%
            assertThat(rij(vind(s, UTRECHT))).containsExactly(UTRECHT, "Utrecht", 400L, 200L, 600L, 450L, 650L,
                    380L, 270L, 58L);
            assertThat(rij(vind(s, VEENENDAAL)).subList(2, 7)).containsExactly(70L, 0L, 70L, 70L, 70L);
            JsonNode t = a.get("totaal");
            assertThat(rij(s.getRow(4))).containsExactly("Totaal", null, 560L, 230L, 790L, 620L, 850L, 557L, 293L,
                    Math.round(100.0 * 557 / 850));
            assertThat(t.get("nogTeHuisvesten").asLong()).isEqualTo(293L);
            assertThat(cel(wb.getSheet("Toelichting"), "blad 'Ambitie 2022-II'").getStringCellValue())
                    .contains("telt niet mee voor het oordeel");
            geenFormules(wb);
        }
        // the judgment is the same as without the ambition: Utrecht's opgave and step come from the taakstelling
        JsonNode utrecht = null;
        for (JsonNode g : o.get("gemeenten")) {
            if (g.get("gemeente").asString().equals(UTRECHT)) {
                utrecht = g;
            }
        }
        assertThat(utrecht.get("opgave").asLong()).isEqualTo(450L);
        assertThat(api.als(th).get("/api/v1/provincies/PV26/overzicht?peildatum=2023-04-01").json().has("ambitie"))
                .isFalse();
    }

    @Test
    void een_lege_regio_is_de_hele_provincie_in_json_xlsx_en_csv() {
        // the dashboard's form sends regio= for "Hele provincie"; a link may too: answered as without the parameter
        String zonder = "/api/v1/provincies/PV26/overzicht";
        String leeg = "?peildatum=2023-04-01&regio=";
        assertThat(api.als(th).get(zonder + leeg).json()).isEqualTo(
                api.als(th).get(zonder + "?peildatum=2023-04-01").json());
        assertThat(api.als(th).get(zonder + ".csv" + leeg).status(200).tekst()).isEqualTo(
                api.als(th).get(zonder + ".csv?peildatum=2023-04-01").status(200).tekst());
        Api.Antwoord xlsx = api.als(th).get(zonder + ".xlsx" + leeg).status(200);
        assertThat(xlsx.header("Content-Disposition")).isEqualTo("attachment; filename=\"overzicht-PV26-2023-04-01.xlsx\"");
        // an unknown region is still refused, naming the parameter
        assertThat(api.als(th).get(zonder + ".csv?peildatum=2023-04-01&regio=VR99").ongeldigeVelden())
                .containsExactly("regio");
    }

    @Test
    void regionale_tabel_met_besluit_per_1_januari_en_totaalrij() throws Exception {
        JsonNode o = api.als(th).get("/api/v1/provincies/PV26/overzicht?peildatum=2023-04-01&regio=VR09").json();
        Api.Antwoord r = api.als(th).get("/api/v1/provincies/PV26/overzicht.xlsx?peildatum=2023-04-01&regio=VR09")
                .status(200);
        assertThat(r.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"overzicht-PV26-VR09-2023-04-01.xlsx\"");
        JsonNode januari = api.als(th).get("/api/v1/provincies/PV26/overzicht?peildatum=2023-01-01").json();
        assertThat(januari.get("status").asString()).isEqualTo("VASTGESTELD");
        try (XSSFWorkbook wb = werkmap(r)) {
            assertThat(bladen(wb)).containsExactly("Regio VR09", "Totalen", "Toelichting");
            XSSFSheet s = wb.getSheet("Regio VR09");
            assertThat(rij(s.getRow(0))).containsExactly("gemeente", "naam", "besluit per 1 januari 2023 (trede)",
                    "opgave", "gehuisvest tot nu toe", "nog te realiseren", "percentage van de opgave",
                    "ontbrekende gegevens");
            int n = o.get("gemeenten").size();
            assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:H" + (n + 1));
            for (int i = 0; i < n; i++) {
                JsonNode g = o.get("gemeenten").get(i);
                List<Object> verwacht = Arrays.asList(g.get("gemeente").asString(), g.get("naam").asString(),
                        tekst(regel(januari, g.get("gemeente").asString()).get("trede")), getal(g.get("opgave")),
                        getal(g.get("gehuisvest")), getal(g.get("nogTeHuisvesten")),
                        getal(g.get("percentageVanOpgave")), ontbrekend(g));
                assertThat(rij(s.getRow(i + 1))).as(g.toString()).isEqualTo(verwacht);
            }
            assertThat(rij(vind(s, UTRECHT)).get(2)).isEqualTo("3a");
            assertThat(rij(vind(s, AMERSFOORT)).get(2)).isEqualTo("0");
            // the total row: summed from the rows, and equal to the JSON totals of the region
            Row totaal = s.getRow(n + 1);
            assertThat(totaal.getCell(0).getStringCellValue()).isEqualTo("Totaal");
            assertThat(wb.getFontAt(totaal.getCell(3).getCellStyle().getFontIndex()).getBold()).isTrue();
            JsonNode jt = o.get("totalen");
            assertThat((long) totaal.getCell(3).getNumericCellValue()).isEqualTo(som(s, 3, n))
                    .isEqualTo(jt.get("opgave").asLong());
            assertThat((long) totaal.getCell(4).getNumericCellValue()).isEqualTo(som(s, 4, n))
                    .isEqualTo(jt.get("gehuisvest").asLong());
            assertThat((long) totaal.getCell(5).getNumericCellValue()).isEqualTo(som(s, 5, n))
                    .isEqualTo(jt.get("nogTeHuisvesten").asLong());
            assertThat((long) totaal.getCell(6).getNumericCellValue()).isEqualTo(jt.get("percentageVanOpgave").asLong());
            assertThat(cel(wb.getSheet("Toelichting"), "regio").getStringCellValue()).isEqualTo("VR09 Utrecht");
            assertThat(cel(wb.getSheet("Toelichting"), "besluit per 1 januari 2023").getStringCellValue())
                    .contains("vastgestelde ronde", Long.toString(januari.get("ronde").asLong()));
            geenFormules(wb);
        }
        // before the first 1 January round the column stays empty
        try (XSSFWorkbook wb = werkmap(api.als(th)
                .get("/api/v1/provincies/PV26/overzicht.xlsx?peildatum=2022-10-01&regio=VR09").status(200))) {
            XSSFSheet s = wb.getSheet("Regio VR09");
            assertThat(rij(s.getRow(0)).get(2)).isEqualTo("besluit per 1 januari 2022 (trede)");
            assertThat(rij(vind(s, UTRECHT)).get(2)).isNull();
            assertThat(rij(vind(s, UTRECHT)).get(3)).isEqualTo(450L);
            assertThat(cel(wb.getSheet("Toelichting"), "besluit per 1 januari 2022").getStringCellValue())
                    .contains("geen beoordelingsronde");
        }
    }

    @Test
    void csv_met_bom_en_puntkomma_leest_terug_gelijk_aan_json() {
        JsonNode o = api.als(th).get("/api/v1/provincies/PV26/overzicht?peildatum=2023-01-01").json();
        Api.Antwoord r = api.als(th).get("/api/v1/provincies/PV26/overzicht.csv?peildatum=2023-01-01").status(200);
        assertThat(r.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(r.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"overzicht-PV26-2023-01-01.csv\"");
        List<List<String>> csv = csv(r.bytes());
        assertThat(csv.get(0)).containsExactlyElementsOf(OverzichtExport.KOP_PROVINCIE);
        assertThat(csv).hasSize(1 + o.get("gemeenten").size());
        for (int i = 0; i < o.get("gemeenten").size(); i++) {
            List<Object> verwacht = provincieRij(o.get("gemeenten").get(i));
            List<String> alsTekst = verwacht.stream().map(v -> v == null ? "" : v.toString()).toList();
            assertThat(csv.get(i + 1)).isEqualTo(alsTekst);
        }
        List<String> utrecht = csv.stream().filter(x -> x.get(0).equals(UTRECHT)).findFirst().orElseThrow();
        assertThat(utrecht.subList(0, 13)).containsExactly(UTRECHT, "Utrecht", "400", "450", "225", "380", "84",
                "70", "", "ja", "2", "3a", "volgende fase");

        // the regional CSV ends with its total row
        JsonNode regio = api.als(th).get("/api/v1/provincies/PV26/overzicht?peildatum=2023-04-01&regio=VR09").json();
        List<List<String>> rcsv = csv(api.als(th)
                .get("/api/v1/provincies/PV26/overzicht.csv?peildatum=2023-04-01&regio=VR09").status(200).bytes());
        assertThat(rcsv).hasSize(2 + regio.get("gemeenten").size());
        List<String> totaal = rcsv.get(rcsv.size() - 1);
        assertThat(totaal.get(0)).isEqualTo("Totaal");
        assertThat(totaal.subList(3, 7)).containsExactly(regio.get("totalen").get("opgave").asString(),
                regio.get("totalen").get("gehuisvest").asString(), regio.get("totalen").get("nogTeHuisvesten")
                        .asString(), regio.get("totalen").get("percentageVanOpgave").asString());
    }

    // --- municipality history ------------------------------------------------------------------------------------

    @Test
    void toezichthistorie_xlsx_met_perioden_oordelen_beslissingen_en_bevindingen() throws Exception {
        // as the supervisor: the April round is a draft, which the municipality itself does not see (what it sees
        // on every path is ConceptOordelenTest's)
        JsonNode h = api.als(th).get("/api/v1/gemeenten/" + AMERSFOORT + "/toezicht").json();
        Api.Antwoord r = api.als(th).get("/api/v1/gemeenten/" + AMERSFOORT + "/toezicht.xlsx").status(200);
        assertThat(r.contentType()).isEqualTo(XLSX);
        assertThat(r.header("Content-Disposition"))
                .matches("attachment; filename=\"toezicht-GM0307-\\d{4}-\\d{2}-\\d{2}\\.xlsx\"");
        try (XSSFWorkbook wb = werkmap(r)) {
            assertThat(bladen(wb)).containsExactly("Perioden", "Oordelen", "Beslissingen", "Bevindingen",
                    "Toelichting");
            XSSFSheet perioden = wb.getSheet("Perioden");
            assertThat(rij(perioden.getRow(0))).isEqualTo(new ArrayList<>(HistorieExport.KOP_PERIODEN));
            assertThat(h.get("perioden").size()).isEqualTo(2);
            assertThat(perioden.getLastRowNum()).isEqualTo(2);
            for (int i = 0; i < 2; i++) {
                JsonNode p = h.get("perioden").get(i);
                assertThat(rij(perioden.getRow(i + 1))).isEqualTo(Arrays.asList(p.get("periode").asString(),
                        p.get("omschrijving").asString(), getal(p.get("taakstelling")),
                        getal(p.get("additioneleOpgave")), getal(p.get("saldoIn")), getal(p.get("opgave")),
                        getal(p.get("minimaal")), getal(p.get("gehuisvestTussentijds")), getal(p.get("gehuisvest")),
                        getal(p.get("percentageVanOpgave")), getal(p.get("saldoUit")),
                        tekst(p.get("tredeNaEindoordeel"))));
            }
            // 2022-II: opgave 100, 105 housed: a lead of 5 carried out as −5
            assertThat(rij(perioden.getRow(1)).get(10)).isEqualTo(-5L);
            assertThat(rij(perioden.getRow(2)).get(5)).isEqualTo(95L);

            XSSFSheet oordelen = wb.getSheet("Oordelen");
            assertThat(rij(oordelen.getRow(0))).isEqualTo(new ArrayList<>(HistorieExport.KOP_OORDELEN));
            assertThat(oordelen.getLastRowNum()).isEqualTo(h.get("oordelen").size()).isEqualTo(3);
            for (int i = 0; i < 3; i++) {
                JsonNode j = h.get("oordelen").get(i);
                List<Object> x = rij(oordelen.getRow(i + 1));
                Cell datum = oordelen.getRow(i + 1).getCell(0);
                assertThat(DateUtil.isCellDateFormatted(datum)).isTrue();
                assertThat(datum.getLocalDateTimeCellValue().toLocalDate().toString())
                        .isEqualTo(j.get("peildatum").asString());
                assertThat(x.get(2)).isEqualTo(j.get("ronde").asLong());
                assertThat(x.subList(5, 7)).containsExactly(j.get("tredeVoor").asString(),
                        j.get("tredeNa").asString());
                assertThat(x.get(8)).isEqualTo(j.get("uitkomst").get("opgave").asLong());
                assertThat(x.get(10)).isEqualTo(getal(j.get("uitkomst").get("percentageVanOpgave")));
                assertThat((String) x.get(12)).contains(j.get("uitkomst").get("motivering").get(0).get("tekst")
                        .asString());
            }
            assertThat(rij(oordelen.getRow(2)).subList(5, 8)).containsExactly("2", "0", "gerealiseerd");
            assertThat(rij(oordelen.getRow(2)).get(9)).isEqualTo(105L);

            XSSFSheet beslissingen = wb.getSheet("Beslissingen");
            assertThat(beslissingen.getLastRowNum()).isEqualTo(1);
            List<Object> b = rij(beslissingen.getRow(1));
            assertThat(b.subList(2, 6)).containsExactly("oordeel over de koppelingen", "niet voldoende",
                    "'" + HYPERLINK, th);
            assertThat(beslissingen.getRow(1).getCell(4).getCellType()).isEqualTo(CellType.STRING);
            assertThat(beslissingen.getRow(1).getCell(6).getCellStyle().getDataFormatString())
                    .isEqualTo("d-m-yyyy h:mm");
            assertThat(rij(wb.getSheet("Bevindingen").getRow(0)))
                    .isEqualTo(new ArrayList<>(HistorieExport.KOP_BEVINDINGEN));
            assertThat(wb.getSheet("Bevindingen").getLastRowNum()).isEqualTo(h.get("bevindingen").size());
            XSSFSheet toelichting = wb.getSheet("Toelichting");
            assertThat(cel(toelichting, "huidige trede").getStringCellValue()).startsWith("0 — ");
            assertThat(cel(toelichting, "perioden berekend tot en met").getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2023, 4, 1));
            geenFormules(wb);
        }
    }

    // --- scope and errors ----------------------------------------------------------------------------------------

    @Test
    void toegang_zoals_de_json_endpoints() {
        String xlsx = "/api/v1/provincies/PV26/overzicht.xlsx?peildatum=2023-04-01";
        String csv = "/api/v1/provincies/PV26/overzicht.csv?peildatum=2023-04-01";
        for (String url : List.of(xlsx, csv, xlsx + "&regio=VR09")) {
            assertThat(api.als(thZh).get(url).status()).as(url).isEqualTo(403);
            assertThat(api.als(gemeenteAmersfoort).get(url).status()).as(url).isEqualTo(403);
            assertThat(api.als(coa).get(url).status()).as(url).isEqualTo(403);
            assertThat(api.anoniem().get(url).status()).as(url).isEqualTo(401);
            assertThat(api.als(Api.BEHEERDER).get(url).status()).as(url).isEqualTo(200);
        }
        Api.Antwoord geweigerd = api.als(thZh).get(xlsx);
        assertThat(geweigerd.contentType()).startsWith("application/problem+json");
        assertThat(geweigerd.header("Content-Disposition")).isNull();

        assertThat(api.als(th).get("/api/v1/gemeenten/" + AMERSFOORT + "/toezicht.xlsx").status()).isEqualTo(200);
        assertThat(api.als(gemeenteAmersfoort).get("/api/v1/gemeenten/" + UTRECHT + "/toezicht.xlsx").status())
                .isEqualTo(403);
        assertThat(api.als(thZh).get("/api/v1/gemeenten/" + AMERSFOORT + "/toezicht.xlsx").status()).isEqualTo(403);
        assertThat(api.als(coa).get("/api/v1/gemeenten/" + AMERSFOORT + "/toezicht.xlsx").status()).isEqualTo(403);
    }

    @Test
    void ongeldige_verzoeken_400_en_onbekend_404_als_problem_json() {
        Map<String, String> fout400 = Map.of(
                "/api/v1/provincies/PV26/overzicht.xlsx?peildatum=2023-04-02", "peildatum",
                "/api/v1/provincies/PV26/overzicht.csv?peildatum=1-4-2023", "peildatum",
                "/api/v1/provincies/PV26/overzicht.xlsx", "peildatum",
                "/api/v1/provincies/PV26/overzicht.xlsx?peildatum=2023-04-01&regio=XX99", "regio",
                "/api/v1/provincies/PV26/overzicht.csv?peildatum=2023-04-01&regio=VR15", "regio");
        for (var e : fout400.entrySet()) {
            JsonNode p = api.als(th).get(e.getKey()).probleem(400);
            if (e.getKey().contains("?")) {
                assertThat(p.get("invalidParams").get(0).get("name").asString()).as(e.getKey())
                        .isEqualTo(e.getValue());
            }
            // the same answer as the JSON endpoint (a missing parameter is answered by Spring MVC's handler)
            String jsonUrl = e.getKey().replace("overzicht.xlsx", "overzicht").replace("overzicht.csv", "overzicht");
            JsonNode jp = api.als(th).get(jsonUrl).probleem(400);
            assertThat(p.get("invalidParams")).as(jsonUrl).isEqualTo(jp.get("invalidParams"));
            assertThat(p.get("detail")).as(jsonUrl).isEqualTo(jp.get("detail"));
        }
        for (String url : List.of("/api/v1/provincies/PV26/overzicht.xlsx?peildatum=2031-04-01",
                "/api/v1/provincies/PV99/overzicht.xlsx?peildatum=2023-04-01",
                "/api/v1/provincies/PV99/overzicht.csv?peildatum=2023-04-01",
                "/api/v1/gemeenten/GM9999/toezicht.xlsx")) {
            api.als(Api.BEHEERDER).get(url).probleem(404);
        }
        // an Accept header for the spreadsheet does not hide the problem
        api.als(th).doe(get("/api/v1/provincies/PV26/overzicht.xlsx?peildatum=2023-04-02").accept(XLSX))
                .probleem(400);
    }

    @Test
    void de_openapi_beschrijving_noemt_de_downloads() {
        JsonNode paden = api.anoniem().get("/api/v1/openapi.json").json().get("paths");
        for (String pad : List.of("/provincies/{code}/overzicht.xlsx", "/provincies/{code}/overzicht.csv",
                "/gemeenten/{code}/toezicht.xlsx")) {
            JsonNode get = paden.path(pad).path("get");
            assertThat(get.path("tags").path(0).asString()).as(pad).isEqualTo("Export");
            assertThat(get.path("responses").path("200").path("content").propertyNames()).as(pad)
                    .containsAnyOf(XLSX, "text/csv");
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    /** A JSON row of the province overview as the export must show it. */
    static List<Object> provincieRij(JsonNode g) {
        boolean met = !g.get("opgave").isNull();
        return Arrays.asList(g.get("gemeente").asString(), g.get("naam").asString(), getal(g.get("taakstelling")),
                getal(g.get("opgave")), getal(g.get("minimaal")), getal(g.get("gehuisvest")),
                getal(g.get("percentageVanOpgave")), getal(g.get("nogTeHuisvesten")), getal(g.get("koppelingen")),
                g.get("koppelingenVoldoende").isNull() ? null : g.get("koppelingenVoldoende").asBoolean() ? "ja" : "nee",
                tekst(g.get("tredeVoor")), tekst(g.get("trede")),
                g.get("conclusie").isNull() ? null : g.get("conclusie").asString().toLowerCase().replace('_', ' '),
                met ? (g.get("besluitVereist").asBoolean() ? "ja" : "nee") : null, ontbrekend(g));
    }

    static String ontbrekend(JsonNode g) {
        List<String> o = g.get("ontbrekend").valueStream().map(JsonNode::asString).toList();
        return o.isEmpty() ? null : String.join("; ", o);
    }

    static Long getal(JsonNode n) {
        return n == null || n.isNull() ? null : n.asLong();
    }

    static String tekst(JsonNode n) {
        return n == null || n.isNull() ? null : n.asString();
    }

    static JsonNode regel(JsonNode overzicht, String gemeente) {
        for (JsonNode g : overzicht.get("gemeenten")) {
            if (g.get("gemeente").asString().equals(gemeente)) {
                return g;
            }
        }
        throw new AssertionError(gemeente);
    }

    /** The cells of a row as Long (whole numbers), LocalDateTime (dates), String, Boolean or null (empty). */
    static List<Object> rij(Row row) {
        List<Object> waarden = new ArrayList<>();
        // as wide as the header: empty cells at the end of a row are not stored
        int breedte = Math.max(row.getLastCellNum(), row.getSheet().getRow(0).getLastCellNum());
        for (int i = 0; i < breedte; i++) {
            Cell c = row.getCell(i);
            if (c == null || c.getCellType() == CellType.BLANK) {
                waarden.add(null);
            } else if (c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
                waarden.add(c.getLocalDateTimeCellValue());
            } else if (c.getCellType() == CellType.NUMERIC) {
                double d = c.getNumericCellValue();
                assertThat(d).isEqualTo(Math.rint(d));
                waarden.add((long) d);
            } else if (c.getCellType() == CellType.BOOLEAN) {
                waarden.add(c.getBooleanCellValue());
            } else {
                assertThat(c.getCellType()).isEqualTo(CellType.STRING);
                waarden.add(c.getStringCellValue());
            }
        }
        return waarden;
    }

    static Row vind(Sheet s, String code) {
        for (Row r : s) {
            if (r.getRowNum() > 0 && code.equals(r.getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError(code + " niet gevonden");
    }

    static long som(Sheet s, int kolom) {
        return som(s, kolom, s.getLastRowNum());
    }

    static long som(Sheet s, int kolom, int totEnMetRij) {
        long som = 0;
        for (int i = 1; i <= totEnMetRij; i++) {
            Cell c = s.getRow(i).getCell(kolom);
            if (c != null && c.getCellType() == CellType.NUMERIC) {
                som += (long) c.getNumericCellValue();
            }
        }
        return som;
    }

    static Map<String, Object> sleutelWaarde(Sheet s) {
        Map<String, Object> m = new HashMap<>();
        for (Row r : s) {
            if (r.getRowNum() > 0 && r.getCell(0) != null) {
                List<Object> x = rij(r);
                m.putIfAbsent((String) x.get(0), x.size() > 1 ? x.get(1) : null);
            }
        }
        return m;
    }

    static List<Object> waarden(Sheet s, String sleutel) {
        List<Object> result = new ArrayList<>();
        for (Row r : s) {
            if (r.getRowNum() > 0 && r.getCell(0) != null && sleutel.equals(r.getCell(0).getStringCellValue())) {
                result.add(rij(r).get(1));
            }
        }
        return result;
    }

    static Cell cel(Sheet s, String sleutel) {
        for (Row r : s) {
            if (r.getCell(0) != null && r.getCell(0).getCellType() == CellType.STRING
                    && sleutel.equals(r.getCell(0).getStringCellValue())) {
                return r.getCell(1);
            }
        }
        throw new AssertionError(sleutel + " niet in " + s.getSheetName());
    }

    static List<String> bladen(XSSFWorkbook wb) {
        List<String> namen = new ArrayList<>();
        wb.forEach(s -> namen.add(s.getSheetName()));
        return namen;
    }

    static void geenFormules(XSSFWorkbook wb) {
        for (Sheet s : wb) {
            for (Row r : s) {
                for (Cell c : r) {
                    assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    static XSSFWorkbook werkmap(Api.Antwoord r) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(r.bytes()));
    }

    /** Parses the CSV back: checks the BOM, splits on CRLF and {@code ;}, honours quotes. */
    static List<List<String>> csv(byte[] bytes) {
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String tekst = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(tekst).endsWith("\r\n");
        List<List<String>> regels = new ArrayList<>();
        List<String> regel = new ArrayList<>();
        StringBuilder veld = new StringBuilder();
        boolean quote = false;
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (quote) {
                if (c == '"' && i + 1 < tekst.length() && tekst.charAt(i + 1) == '"') {
                    veld.append('"');
                    i++;
                } else if (c == '"') {
                    quote = false;
                } else {
                    veld.append(c);
                }
            } else if (c == '"') {
                quote = true;
            } else if (c == ';') {
                regel.add(veld.toString());
                veld.setLength(0);
            } else if (c == '\r' && tekst.charAt(i + 1) == '\n') {
                regel.add(veld.toString());
                veld.setLength(0);
                regels.add(regel);
                regel = new ArrayList<>();
                i++;
            } else {
                veld.append(c);
            }
        }
        return regels;
    }

    // --- set-up ----------------------------------------------------------------------------------------------------

    void cijfers(String g, int saldo, String trede, int taak2022, int taak2023, long[][] coa) {
        // replace whatever another test left for these municipalities (one current beginstand per municipality)
        jdbc.sql("update beginstand set vervangen_op = now() where gemeente_code = ? and vervangen_op is null")
                .param(g).update();
        jdbc.sql("update taakstelling set vervangen_op = now() where gemeente_code = ? and periode in "
                + "('2022-II', '2023-I') and vervangen_op is null").param(g).update();
        jdbc.sql("update coa_stand set vervangen_op = now() where gemeente_code = ? and periode in "
                + "('2022-II', '2023-I') and vervangen_op is null").param(g).update();
        jdbc.sql("insert into beginstand (gemeente_code, periode, saldo_in, trede, ingevoerd_door) "
                + "values (?, '2022-II', ?, ?, 'exporttest')").params(g, saldo, trede).update();
        for (Object[] t : new Object[][] {{"2022-II", taak2022}, {"2023-I", taak2023}}) {
            jdbc.sql("insert into taakstelling (gemeente_code, periode, taakstelling, ingevoerd_door) "
                    + "values (?, ?, ?, 'exporttest')").params(g, t[0], t[1]).update();
        }
        String[][] standen = {{"2022-II", "2022-09-30"}, {"2022-II", "2022-12-31"}, {"2023-I", "2023-03-31"}};
        for (int i = 0; i < standen.length; i++) {
            jdbc.sql("insert into coa_stand (gemeente_code, periode, datum, gehuisvest, koppelingen, omkoppelingen, "
                    + "stapelgemeente, ingevoerd_door) values (?, ?, ?, ?, ?, 0, false, 'exporttest')")
                    .params(g, standen[i][0], LocalDate.parse(standen[i][1]), coa[i][0], coa[i][1]).update();
        }
    }

    JsonNode maakRonde(String peildatum) {
        return api.als(th).post("/api/v1/provincies/PV26/beoordelingsrondes",
                "{\"peildatum\":\"" + peildatum + "\",\"beleidskader\":\"test-pv26\"}").json(201);
    }

    /** Final despite the missing figures of the other municipalities: a BEHEERDER overrides the check. */
    void vaststellen(JsonNode ronde) {
        api.als(Api.BEHEERDER).post("/api/v1/beoordelingsrondes/" + ronde.get("id").asLong() + "/vaststellen",
                "{\"versie\":" + ronde.get("versie").asInt() + ",\"overschrijfControle\":true,"
                        + "\"reden\":\"Exporttest: alleen Amersfoort, Utrecht en Veenendaal hebben cijfers.\"}")
                .status(200);
    }
}
