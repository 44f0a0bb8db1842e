package nl.woonregie.toezicht.cijfers.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX workbook, streaming (SAX), so that a large sheet does not need the memory of a
 * whole workbook. Cells become text as an import needs them: numbers without formatting (12, not 12.0 or 1.234),
 * date cells as {@code yyyy-MM-dd}, formulas as their cached result. The line number is the row number Excel shows.
 */
final class XlsxLezer {

    private XlsxLezer() {
    }

    /** Thrown to stop reading a sheet with too many rows. */
    private static final class TeVeelRijen extends RuntimeException {
        TeVeelRijen() {
            super(null, null, false, false);
        }
    }

    static List<Record> lees(byte[] bytes, Fouten fouten, int maxRijen) {
        Path tijdelijk = null;
        try {
            // from a file POI reads the zip entries on demand instead of inflating all of them into memory
            tijdelijk = Files.createTempFile("woonregie-import-", ".xlsx");
            Files.write(tijdelijk, bytes);
            try (OPCPackage pkg = OPCPackage.open(tijdelijk.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
                StylesTable styles = reader.getStylesTable();
                Iterator<InputStream> bladen = reader.getSheetIterator();
                if (!bladen.hasNext()) {
                    throw Fouten.onleesbaar("de werkmap heeft geen werkblad");
                }
                Verzamelaar verzamelaar = new Verzamelaar(maxRijen);
                try (InputStream blad = bladen.next()) {
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings, verzamelaar, new Opmaak(), false));
                    xml.parse(new InputSource(blad));
                } catch (TeVeelRijen e) {
                    fouten.bestand("meer dan " + maxRijen + " regels; splits het bestand");
                }
                return verzamelaar.records;
            }
        } catch (nl.woonregie.platform.web.ApiException e) {
            throw e;
        } catch (Exception e) {
            throw Fouten.onleesbaar("het is geen leesbaar XLSX-bestand (Excel-werkmap); beveiligde werkmappen en "
                    + "het oude .xls-formaat worden niet ondersteund");
        } finally {
            if (tijdelijk != null) {
                try {
                    Files.deleteIfExists(tijdelijk);
                } catch (IOException ignored) {
                    // a temporary file; the operating system cleans up
                }
            }
        }
    }

    private static final java.util.regex.Pattern GEHEEL_MET_NULLEN = java.util.regex.Pattern.compile("-?\\d+\\.0+");

    private static final class Verzamelaar implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final int maxRijen;
        final List<Record> records = new ArrayList<>();
        private List<String> rij;

        Verzamelaar(int maxRijen) {
            this.maxRijen = maxRijen;
        }

        @Override
        public void startRow(int rowNum) {
            rij = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            records.add(new Record(rowNum + 1, rij));
            if (records.size() > maxRijen + 1) {
                throw new TeVeelRijen();
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            if (cellReference == null) {
                return;
            }
            int kolom = new CellReference(cellReference).getCol();
            if (kolom > 200) {
                return; // far beyond any expected column: ignored rather than padding the row
            }
            while (rij.size() < kolom) {
                rij.add("");
            }
            String waarde = formattedValue == null ? "" : formattedValue;
            // a number without any style comes through raw, as POI writes it: 12.0
            rij.add(GEHEEL_MET_NULLEN.matcher(waarde).matches() ? waarde.substring(0, waarde.indexOf('.')) : waarde);
        }
    }

    /** Numbers as plain digits, dates as ISO dates, whatever the cell's display format. */
    private static final class Opmaak extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
