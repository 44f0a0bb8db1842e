package nl.woonregie.platform.importbestand;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX workbook, streaming (SAX), so that a large sheet does not need the memory of a
 * whole workbook; what a file may expand to is bounded while it is read ({@link BegrensdeWerkmap}: a bomb-like file
 * is refused after a few MiB, not after a GiB), and so is a cell ({@value #MAX_CEL} characters, Excel's limit). Cells become text as an import needs them: numbers without formatting (12, not 12.0 or 1.234),
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
        BegrensdeWerkmap werkmap = null;
        try {
            // from a file POI reads the zip entries on demand instead of inflating all of them into memory;
            // BegrensdeWerkmap counts what it inflates and stops a file that would expand beyond an import's needs
            tijdelijk = Files.createTempFile("woonregie-import-", ".xlsx");
            Files.write(tijdelijk, bytes);
            werkmap = new BegrensdeWerkmap(tijdelijk.toFile());
            OPCPackage pkg = OPCPackage.open(werkmap);
            try {
                XSSFReader reader = new XSSFReader(pkg);
                XSSFReader.SheetIterator bladen = (XSSFReader.SheetIterator) reader.getSheetIterator();
                if (!bladen.hasNext()) {
                    throw Fouten.onleesbaar("de werkmap heeft geen werkblad");
                }
                ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
                StylesTable styles = reader.getStylesTable();
                Verzamelaar verzamelaar = new Verzamelaar(maxRijen);
                try (InputStream blad = bladen.next()) {
                    // the first sheet is read as it streams in, row by row: only the total limits it
                    werkmap.streamt(bladen.getSheetPart().getPartName().getName());
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new Celgrens(
                            new XSSFSheetXMLHandler(styles, strings, verzamelaar, new Opmaak(), false)));
                    xml.parse(new InputSource(blad));
                } catch (TeVeelRijen e) {
                    fouten.bestand("meer dan " + maxRijen + " regels; splits het bestand");
                }
                return verzamelaar.records;
            } finally {
                pkg.revert();
            }
        } catch (nl.woonregie.platform.web.ApiException e) {
            throw e;
        } catch (TeLangeCel e) {
            throw Fouten.onleesbaar("een cel bevat meer dan " + MAX_CEL + " tekens, meer dan Excel in een cel toelaat");
        } catch (Exception e) {
            if (werkmap != null && werkmap.overschreden() != null) {
                throw Fouten.onleesbaar(werkmap.overschreden());
            }
            if (isZipbom(e)) {
                throw Fouten.onleesbaar("een onderdeel van de werkmap pakt meer dan 100 keer zo groot uit als het "
                        + "gecomprimeerd is; zo'n bestand wordt niet ingelezen");
            }
            throw Fouten.onleesbaar("het is geen leesbaar XLSX-bestand (Excel-werkmap); beveiligde werkmappen en "
                    + "het oude .xls-formaat worden niet ondersteund");
        } finally {
            if (werkmap != null) {
                try {
                    werkmap.close();
                } catch (IOException ignored) {
                    // closing a file that was only read
                }
            }
            if (tijdelijk != null) {
                try {
                    Files.deleteIfExists(tijdelijk);
                } catch (IOException ignored) {
                    // a temporary file; the operating system cleans up
                }
            }
        }
    }

    /** POI's own check: an entry that inflates more than 100 times ({@code ZipSecureFile}). */
    private static boolean isZipbom(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb detected")) {
                return true;
            }
        }
        return false;
    }

    /** The most characters Excel puts in a cell. */
    static final int MAX_CEL = 32_767;

    /** Thrown to stop reading a text run longer than a cell can be. */
    private static final class TeLangeCel extends RuntimeException {
        TeLangeCel() {
            super(null, null, false, false);
        }
    }

    /**
     * Passes the sheet's SAX events on, refusing a text run longer than a cell can hold before the handler collects
     * it: the streamed sheet is limited as a whole ({@link BegrensdeWerkmap}), not per cell.
     */
    private static final class Celgrens implements ContentHandler {

        private final ContentHandler doel;
        private long tekens;

        Celgrens(ContentHandler doel) {
            this.doel = doel;
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            tekens += length;
            if (tekens > MAX_CEL + 1_000) { // room for white space around the value
                throw new TeLangeCel();
            }
            doel.characters(ch, start, length);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            tekens = 0;
            doel.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            tekens = 0;
            doel.endElement(uri, localName, qName);
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            doel.setDocumentLocator(locator);
        }

        @Override
        public void startDocument() throws SAXException {
            doel.startDocument();
        }

        @Override
        public void endDocument() throws SAXException {
            doel.endDocument();
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            doel.startPrefixMapping(prefix, uri);
        }

        @Override
        public void endPrefixMapping(String prefix) throws SAXException {
            doel.endPrefixMapping(prefix);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            doel.ignorableWhitespace(ch, start, length);
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            doel.processingInstruction(target, data);
        }

        @Override
        public void skippedEntity(String name) throws SAXException {
            doel.skippedEntity(name);
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
