package nl.woonregie.programma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;

import nl.woonregie.platform.audit.AuditTrail;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.programma.begroting.Begroting;
import nl.woonregie.programma.internal.Planwerkmap;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18 §6: Haarlem's plan as a workbook (written from the demo's JSON in the import's format) makes a programme
 * whose computed budget is the demo's to the cent; a broken workbook is refused with every cell named by sheet, line
 * and column — unreadable cells and the plan's own checks alike — and nothing is stored; the programme manager
 * replaces a plan as a new version (If-Match, a reason), the budget lines staying the controller's.
 */
@IntegratieTest
class ProgrammaImportTest {

    static final Gebruiker BEHEERDER = ProgrammaServiceTest.BEHEERDER;

    @Autowired
    ProgrammaImport importer;

    @Autowired
    ProgrammaService programmas;

    @Autowired
    AuditTrail audit;

    @Autowired
    MockMvc mvc;

    static byte[] haarlemWerkmap() throws Exception {
        return Planwerkmap.schrijf(HaarlemBegrotingTest.haarlem());
    }

    @Test
    void haarlems_plan_als_werkmap_geeft_precies_de_begroting_van_de_demo() throws Exception {
        Programma p = importer.aanmaken(BEHEERDER, haarlemWerkmap(), "haarlem.xlsx", "Plan van aanpak 2020–2021",
                "test");
        assertThat(p.versie()).isEqualTo(1);
        assertThat(p.plan()).isEqualTo(HaarlemBegrotingTest.haarlem());
        Begroting b = programmas.begroting(BEHEERDER, p.id());
        assertThat(b.totaal().bedrag()).isEqualByComparingTo("5621184");
        assertThat(b.totaal().regels()).containsExactly(2, 3, 5, 6, 7, 8, 9, 10, 11);
        assertThat(b.nietBegroot()).containsExactly(1, 4);
        assertThat(b.perThema()).extracting(t -> t.totaal().bedrag()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("625000"), new BigDecimal("1400000"), new BigDecimal("3596184"));
        assertThat(b.perJaar()).extracting(j -> j.totaal().bedrag()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("3346184"), new BigDecimal("900000"));
        assertThat(b.meerjarig()).extracting(m -> m.vanJaar() + "–" + m.totJaar() + " " + m.totaal().bedrag()
                .toPlainString()).containsExactly("2020–2021 900000.00", "2021–2022 475000.00");
        assertThat(p.versies().get(0).reden()).isEqualTo("Plan van aanpak 2020–2021 (import van haarlem.xlsx)");
        assertThat(audit.vanObject("programma", Long.toString(p.id()))).extracting(AuditTrail.Gebeurtenis::actie)
                .containsExactly("PROGRAMMA_AANGEMAAKT");
    }

    @ParameterizedTest(name = "{0} regel {1} kolom {2} = ''{3}'' → {4}: {5}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # sheet          | line | column | value        | named                                               | reason
            Begrotingsregels | 3    | 2      | vierhonderd  | blad Begrotingsregels, regel 3, kolom Bedrag         | 'vierhonderd' is geen bedrag (zoals 1.750,00) of n.v.t.
            Begrotingsregels | 6    | 9      | 5, 6, zeven  | blad Begrotingsregels, regel 6, kolom Projecten      | 'zeven' is geen nummer
            Begrotingsregels | 6    | 9      | 5, 6, 77     | blad Begrotingsregels, regel 6, kolom Projecten      | een project van het programma, één keer
            Begrotingsregels | 8    | 3      | 1999         | blad Begrotingsregels, regel 8, kolom Van jaar       | een jaar tussen 2000 en 2100
            Doelen           | 2    | 3      | misschien    | blad Doelen, regel 2, kolom Soort                    | 'misschien' is geen van: landelijk doel, eigen doel
            Doelen           | 3    | 4      | 31-13-2021   | blad Doelen, regel 3, kolom Deadline                 | '31-13-2021' is geen datum; gebruik een datumcel
            Projecten        | 4    | 1      | 99           | blad Projecten, regel 4, kolom Doel                  | een doel van het programma
            Projecten        | 5    | 0      | 3            | blad Projecten, regel 5, kolom Nummer                | een uniek nummer van 1 tot en met 9999
            Programma        | 3    | 1      | GM9999       | blad Programma, regel 3 (Eigenaar (gemeentecode)), kolom Waarde | verplicht: een bestaande gemeente (code zoals GM0392)
            Programma        | 6    | 1      | 2019,5       | blad Programma, regel 6 (Van jaar), kolom Waarde     | '2019,5' is geen geheel getal
            Indicatoren      | 2    | 6      | 99           | blad Indicatoren, regel 2, kolom Project             | een project van het programma
            """)
    void een_kapotte_cel_wordt_genoemd_en_er_wordt_niets_opgeslagen(String blad, int regel, int kolom, String waarde,
            String genoemd, String reden) throws Exception {
        int voor = programmas.lijst(BEHEERDER).size();
        byte[] kapot = metCel(haarlemWerkmap(), blad, regel, kolom, waarde);
        assertThatThrownBy(() -> importer.aanmaken(BEHEERDER, kapot, "kapot.xlsx", "test", "test"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(400);
                    assertThat(e.invalidParams()).extracting(InvalidParam::name).contains(genoemd);
                    assertThat(e.invalidParams()).filteredOn(f -> f.name().equals(genoemd))
                            .extracting(InvalidParam::reason).anySatisfy(r -> assertThat(r).startsWith(reden));
                });
        assertThat(programmas.lijst(BEHEERDER)).hasSize(voor);
    }

    @Test
    void elke_fout_tegelijk_en_een_ontbrekend_blad() throws Exception {
        byte[] kapot = metCel(metCel(haarlemWerkmap(), "Begrotingsregels", 3, 2, "veel"), "Doelen", 2, 3, "?");
        assertThatThrownBy(() -> importer.aanmaken(BEHEERDER, kapot, "kapot.xlsx", " ", "test"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.invalidParams())
                        .extracting(InvalidParam::name).containsExactlyInAnyOrder("reden",
                                "blad Begrotingsregels, regel 3, kolom Bedrag", "blad Doelen, regel 2, kolom Soort"));
        byte[] zonder = zonderBlad(haarlemWerkmap(), "Indicatoren");
        assertThatThrownBy(() -> importer.aanmaken(BEHEERDER, zonder, "kapot.xlsx", "test", "test"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.invalidParams())
                        .extracting(InvalidParam::name).containsExactly("blad Indicatoren"));
        assertThatThrownBy(() -> importer.aanmaken(BEHEERDER, "naam;eigenaar\n".getBytes(), "plan.csv", "test",
                "test")).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.invalidParams())
                .extracting(InvalidParam::name).containsExactly("bestand"));
    }

    @Test
    void alleen_een_beheerder_maakt_een_programma_uit_een_werkmap() throws Exception {
        Gebruiker pm = ProgrammaServiceTest.met("pm-import", Rol.PROGRAMMAMANAGER, 1);
        assertThatThrownBy(() -> importer.aanmaken(pm, haarlemWerkmap(), "haarlem.xlsx", "test", "test"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().value()).isEqualTo(403));
    }

    @Test
    void de_programmamanager_vervangt_het_plan_als_nieuwe_versie_de_regels_blijven_van_de_controller()
            throws Exception {
        Programma haarlem = programmas.aanmaken(BEHEERDER, HaarlemBegrotingTest.haarlem(), "test", "test");
        Gebruiker pm = ProgrammaServiceTest.met("pm-haarlem", Rol.PROGRAMMAMANAGER, haarlem.id());
        byte[] werkmap = importer.werkmap(pm, haarlem.id());
        byte[] gestart = metCel(werkmap, "Projecten", 4, 4, "In uitvoering");

        Programma p = importer.vervangen(pm, haarlem.id(), "\"1\"", gestart, "haarlem-2.xlsx", "Project 3 gestart",
                "test");
        assertThat(p.versie()).isEqualTo(2);
        assertThat(p.plan().projecten().get(2).status()).isEqualTo(Programmaplan.Projectstatus.IN_UITVOERING);
        assertThat(p.plan().regels()).isEqualTo(haarlem.plan().regels());
        assertThat(p.versies().get(0).wat()).isEqualTo("Plan vervangen door import van haarlem-2.xlsx");
        assertThat(audit.vanObject("programma", Long.toString(p.id()))).extracting(AuditTrail.Gebeurtenis::actie)
                .containsExactly("PROGRAMMA_AANGEMAAKT", "PROGRAMMA_GEIMPORTEERD");

        byte[] duurder = metCel(gestart, "Begrotingsregels", 3, 2, "500.000,00");
        assertThatThrownBy(() -> importer.vervangen(pm, haarlem.id(), "2", duurder, "x.xlsx", "duurder", "test"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.invalidParams())
                        .extracting(InvalidParam::name).containsExactly("blad Begrotingsregels"));
        assertThatThrownBy(() -> importer.vervangen(pm, haarlem.id(), "1", gestart, "x.xlsx", "oud", "test"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().value()).isEqualTo(409));
        assertThatThrownBy(() -> importer.vervangen(pm, haarlem.id(), null, gestart, "x.xlsx", "", "test"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.invalidParams())
                        .extracting(InvalidParam::name).containsExactly("If-Match", "reden"));
        Programma nu = programmas.aanmaken(BEHEERDER, HaarlemBegrotingTest.haarlem(), "test", "test");
        assertThat(importer.vervangen(BEHEERDER, nu.id(), "1", duurder, "x.xlsx", "beheerder", "test").plan()
                .regels().get(1).bedrag()).isEqualByComparingTo("500000");
    }

    @Test
    void over_de_api_een_kapotte_werkmap_als_problem_json_en_het_sjabloon() throws Exception {
        Api api = new Api(mvc);
        byte[] kapot = metCel(haarlemWerkmap(), "Begrotingsregels", 3, 2, "vierhonderd");
        JsonNode p = api.als(Api.BEHEERDER).doe(MockMvcRequestBuilders.multipart("/api/v1/programmas/import")
                .file(new MockMultipartFile("bestand", "kapot.xlsx", Api.XLSX, kapot)).param("reden", "test"))
                .probleem(400);
        assertThat(p.path("invalidParams").get(0).path("name").asString())
                .isEqualTo("blad Begrotingsregels, regel 3, kolom Bedrag");
        Api.Antwoord goed = api.als(Api.BEHEERDER).doe(MockMvcRequestBuilders.multipart("/api/v1/programmas/import")
                .file(new MockMultipartFile("bestand", "haarlem.xlsx", Api.XLSX, haarlemWerkmap()))
                .param("reden", "test"));
        assertThat(goed.status()).as(goed.tekst()).isEqualTo(201);
        assertThat(goed.header("ETag")).isEqualTo("\"1\"");
        byte[] sjabloon = api.als(Api.BEHEERDER).get("/api/v1/programmas/importsjabloon.xlsx").status(200).bytes();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(sjabloon))) {
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(5)))
                    .containsExactly("Programma", "Thema's", "Indicatoren");
            assertThat(wb.getSheet("Begrotingsregels").getRow(0).getCell(2).getStringCellValue()).isEqualTo("Bedrag");
        }
    }

    /** The workbook with one cell (line as Excel shows it, column from 0) set to a text. */
    static byte[] metCel(byte[] werkmap, String blad, int regel, int kolom, String waarde) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(werkmap))) {
            Sheet s = wb.getSheet(blad);
            Row r = s.getRow(regel - 1) == null ? s.createRow(regel - 1) : s.getRow(regel - 1);
            Cell c = r.getCell(kolom) == null ? r.createCell(kolom) : r.getCell(kolom);
            c.setBlank();
            c.setCellValue(waarde);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    static byte[] zonderBlad(byte[] werkmap, String blad) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(werkmap))) {
            wb.removeSheetAt(wb.getSheetIndex(blad));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }
}
