package nl.woonregie.platform.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetTest {

    static final String HYPERLINK = "=HYPERLINK(\"http://x\")";

    @Test
    void tekst_die_een_formule_kan_beginnen_krijgt_een_apostrof() {
        for (String gevaarlijk : List.of(HYPERLINK, "+31 70", "-2 achterstand", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(Spreadsheet.neutraliseer(gevaarlijk)).isEqualTo("'" + gevaarlijk);
        }
        for (String veilig : List.of("'s-Gravenhage", "Den Haag", " =x", "", "3a")) {
            assertThat(Spreadsheet.neutraliseer(veilig)).isEqualTo(veilig);
        }
        assertThat(Spreadsheet.neutraliseer(null)).isNull();
    }

    @Test
    void xlsx_met_vette_bevroren_kop_filter_getallen_datums_en_geneutraliseerde_tekst() throws IOException {
        byte[] bytes = Spreadsheet.werkmap()
                .blad("Overzicht", List.of("gemeente", "naam", "opgave", "saldo", "peildatum", "op", "fractie", "ja"),
                        List.of(Arrays.asList("GM9001", HYPERLINK, 1592L, -70, LocalDate.of(2022, 10, 1),
                                        OffsetDateTime.of(2022, 10, 3, 8, 15, 0, 0, ZoneOffset.UTC),
                                        new BigDecimal("146.30"), true),
                                Arrays.asList("GM9002", "Gewoon", 12, null, null, null, 0.5, false)),
                        Arrays.asList("Totaal", null, 1604L))
                .blad("Overzicht", List.of("x"), List.of(List.of("tweede blad met dezelfde naam")))
                .bytes();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            assertThat(wb.getSheetName(1)).isEqualTo("Overzicht 2");
            XSSFSheet s = wb.getSheetAt(0);
            Row kop = s.getRow(0);
            assertThat(kop.getCell(2).getStringCellValue()).isEqualTo("opgave");
            assertThat(wb.getFontAt(kop.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            // the filter covers the header and the rows, not the total row
            assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:H3");
            assertThat(s.getColumnWidth(1)).isGreaterThan(20 * 256);

            Row r = s.getRow(1);
            Cell naam = r.getCell(1);
            assertThat(naam.getCellType()).isEqualTo(CellType.STRING);
            assertThat(naam.getStringCellValue()).isEqualTo("'" + HYPERLINK);
            Cell opgave = r.getCell(2);
            assertThat(opgave.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(opgave.getNumericCellValue()).isEqualTo(1592);
            assertThat(opgave.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            Cell saldo = r.getCell(3);
            assertThat(saldo.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(saldo.getNumericCellValue()).isEqualTo(-70);
            Cell peildatum = r.getCell(4);
            assertThat(peildatum.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(peildatum)).isTrue();
            assertThat(peildatum.getCellStyle().getDataFormatString()).isEqualTo("d-m-yyyy");
            assertThat(peildatum.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2022, 10, 1));
            Cell op = r.getCell(5);
            assertThat(op.getCellStyle().getDataFormatString()).isEqualTo("d-m-yyyy h:mm");
            assertThat(op.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2022, 10, 3, 10, 15));
            assertThat(r.getCell(6).getNumericCellValue()).isEqualTo(146.3);
            assertThat(r.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0##");
            assertThat(r.getCell(7).getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(s.getRow(2).getCell(3)).isNull();

            Row totaal = s.getRow(3);
            assertThat(totaal.getCell(0).getStringCellValue()).isEqualTo("Totaal");
            assertThat(totaal.getCell(2).getNumericCellValue()).isEqualTo(1604);
            assertThat(wb.getFontAt(totaal.getCell(2).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(totaal.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");

            // never a formula, anywhere
            for (var sheet : wb) {
                for (Row row : sheet) {
                    for (Cell c : row) {
                        assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
    }

    @Test
    void xlsx_met_een_blad_en_zonder_rijen() throws IOException {
        byte[] bytes = Spreadsheet.xlsx("Leeg: [x]", List.of("a", "b"), List.of());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).doesNotContain(":", "[", "]");
            assertThat(s.getLastRowNum()).isZero();
            assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:B1");
        }
    }

    @Test
    void te_lange_tekst_wordt_ingekort_tot_wat_excel_toelaat() throws IOException {
        byte[] bytes = Spreadsheet.xlsx("Lang", List.of("a"), List.of(List.of("=" + "x".repeat(40_000))));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            String tekst = wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue();
            assertThat(tekst).hasSize(Spreadsheet.MAX_TEKST).startsWith("'=xxx").endsWith("…");
        }
    }

    @Test
    void csv_is_utf8_met_bom_puntkomma_crlf_en_geneutraliseerd() {
        byte[] bytes = Spreadsheet.csv(List.of("gemeente", "naam", "opgave", "saldo", "peildatum", "fractie", "leeg"),
                List.of(Arrays.asList("GM9001", HYPERLINK, 1592L, -70, LocalDate.of(2022, 10, 1),
                        new BigDecimal("146.30"), null),
                        Arrays.asList("GM9002", "a;b \"c\"", 0, 5, null, 0.25, null),
                        Arrays.asList("GM9003", "'s-Gravenhage", null, null, null, null, null)));
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String tekst = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(tekst).isEqualTo("gemeente;naam;opgave;saldo;peildatum;fractie;leeg\r\n"
                + "GM9001;\"'=HYPERLINK(\"\"http://x\"\")\";1592;-70;2022-10-01;146,3;\r\n"
                + "GM9002;\"a;b \"\"c\"\"\";0;5;;0,25;\r\n"
                + "GM9003;'s-Gravenhage;;;;;\r\n");
    }
}
