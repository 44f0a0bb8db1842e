package nl.woonregie.toezicht.cijfers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** XLSX files to import in the figures tests. */
final class Xlsx {

    private Xlsx() {
    }

    /** An XLSX workbook with one sheet; each row's cells are String, Number, Boolean or LocalDate (null: empty). */
    static byte[] bestand(List<List<Object>> rijen) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Cijfers");
            var datum = wb.createCellStyle();
            datum.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("d-m-yyyy"));
            for (int r = 0; r < rijen.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> cellen = rijen.get(r);
                for (int c = 0; c < cellen.size(); c++) {
                    Object v = cellen.get(c);
                    if (v == null) {
                        continue;
                    }
                    var cell = row.createCell(c);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(datum);
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
