package nl.woonregie.platform.export;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A small table a person uploads, as CSV or XLSX, read into lines of text fields: a file that starts as a zip (an
 * XLSX workbook) is read from the sheet named {@code blad} (else its first sheet), anything else as CSV
 * ({@link CsvLezer#puntkommaOfKomma()}, spaces around fields ignored). Cells become text as an import needs them:
 * numbers without formatting (12, -24, 2,4 as {@code 2.4}), date cells as {@code yyyy-MM-dd}, formulas as their cached
 * result. Line numbers are those a person sees (the row number Excel shows, the line an editor shows); empty lines are
 * left out. Meant for small files (a few hundred lines): the caller bounds the size first.
 */
public final class Tabelbestand {

    private Tabelbestand() {
    }

    /** The lines read (the first is the header) and, when the file could not be read, why ({@code null} else). */
    public record Gelezen(List<CsvLezer.Regel> regels, String fout, String soort) {
    }

    /** Reads {@code bytes} as XLSX (when it is a zip) or CSV, at most {@code maxRegels} non-empty lines. */
    public static Gelezen lees(byte[] bytes, String blad, int maxRegels) {
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return xlsx(bytes, blad, maxRegels);
        }
        CsvLezer.Gelezen g = CsvLezer.puntkommaOfKomma().spatiesRondVeldenNegeren().hoogstens(maxRegels + 1L)
                .lees(bytes);
        List<CsvLezer.Regel> regels = g.regels().stream().filter(r -> !r.isLeeg()).toList();
        if (g.fout() != null) {
            return new Gelezen(regels, "regel " + g.fout().regel() + ": " + g.fout().reden(), "CSV");
        }
        if (regels.size() > maxRegels) {
            return new Gelezen(regels.subList(0, maxRegels), "meer dan " + maxRegels + " regels", "CSV");
        }
        return new Gelezen(regels, null, "CSV");
    }

    /**
     * The names of the sheets of an XLSX workbook, in their order; empty when {@code bytes} is not a readable
     * workbook (an import of several sheets checks that each one it needs is there before reading it).
     */
    public static List<String> bladen(byte[] bytes) {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            return List.of();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<String> namen = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                namen.add(wb.getSheetName(i));
            }
            return namen;
        } catch (Exception e) {
            return List.of();
        }
    }

    private static Gelezen xlsx(byte[] bytes, String blad, int maxRegels) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (wb.getNumberOfSheets() == 0) {
                return new Gelezen(List.of(), "de werkmap heeft geen werkblad", "XLSX");
            }
            Sheet s = blad != null && wb.getSheet(blad) != null ? wb.getSheet(blad) : wb.getSheetAt(0);
            List<CsvLezer.Regel> regels = new ArrayList<>();
            for (Row r : s) {
                List<String> velden = new ArrayList<>();
                short laatste = r.getLastCellNum();
                for (int i = 0; i < laatste; i++) {
                    velden.add(tekst(r.getCell(i)));
                }
                while (!velden.isEmpty() && velden.get(velden.size() - 1).isEmpty()) {
                    velden.remove(velden.size() - 1);
                }
                if (velden.isEmpty()) {
                    continue;
                }
                if (regels.size() == maxRegels) {
                    return new Gelezen(regels, "meer dan " + maxRegels + " regels", "XLSX");
                }
                regels.add(new CsvLezer.Regel(r.getRowNum() + 1, velden));
            }
            return new Gelezen(regels, null, "XLSX");
        } catch (Exception e) {
            return new Gelezen(List.of(), "geen leesbare XLSX-werkmap", "XLSX");
        }
    }

    private static String tekst(Cell c) {
        if (c == null) {
            return "";
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (type) {
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(c)) {
                    yield c.getLocalDateTimeCellValue().toLocalDate().toString();
                }
                BigDecimal d = BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros();
                yield d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
            }
            case STRING -> c.getStringCellValue().strip();
            case BOOLEAN -> c.getBooleanCellValue() ? "ja" : "nee";
            default -> "";
        };
    }

    /** A header as written, compared loosely: case, surrounding spaces and the minus sign aside. */
    public static String kop(String tekst) {
        return tekst == null ? "" : tekst.strip().replace('\u2212', '-').replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
