package nl.woonregie.platform.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes tables as CSV or XLSX for download, the way a Dutch spreadsheet user expects them, with <b>formula
 * injection neutralised</b>: a text value that starts with {@code = + - @}, a tab or a carriage return gets a leading
 * {@code '}, so that a spreadsheet program shows it as text instead of running it (OWASP "CSV injection"). Values are
 * never written as formulas.
 *
 * <p><b>XLSX</b>: a bold, frozen header row with an auto-filter, column widths fitted to the contents (capped, long
 * text wraps); whole numbers as numbers in format {@code #,##0} (Excel shows the thousands separator of the user's
 * locale: 1.592 in Dutch), fractions as {@code #,##0.0##}, {@link LocalDate} as a real date in format
 * {@code d-m-yyyy}, date-times (local time of the Netherlands) as {@code d-m-yyyy h:mm}, booleans as booleans.
 * An optional total row is written bold directly below the rows, outside the auto-filter.
 *
 * <p><b>CSV</b>: UTF-8 with a byte order mark (so that Excel recognises the encoding), {@code ;} as separator (what
 * Dutch Excel expects), CRLF line endings, fields quoted when they contain {@code ;}, quotes or line breaks; whole
 * numbers without thousands separator, fractions with a decimal comma (146,3), dates in ISO 8601 (2022-10-01, which
 * Excel recognises in every locale).
 *
 * <p>Row values may be: String, Number, Boolean, LocalDate, LocalDateTime, OffsetDateTime, ZonedDateTime, Instant,
 * another object (written as text by {@code toString()}), or null (an empty cell). Every export of Woonregie that a
 * person may open in Excel or LibreOffice goes through this class.
 */
public final class Spreadsheet {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The time zone in which date-times are shown. */
    public static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");

    static final String FORMAAT_GETAL = BuiltinFormats.getBuiltinFormat(3); // #,##0
    static final String FORMAAT_DECIMAAL = "#,##0.0##";
    static final String FORMAAT_DATUM = "d-m-yyyy";
    /** An amount of money: euro sign and always two decimals ({@link Bedrag}). */
    static final String FORMAAT_EURO = "\"€\" #,##0.00";
    static final String FORMAAT_DATUMTIJD = "d-m-yyyy h:mm";
    /** Excel's limit for the text of one cell. */
    static final int MAX_TEKST = 32_767;
    private static final int MIN_BREEDTE = 6;
    private static final int MAX_BREEDTE = 70;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Spreadsheet() {
    }

    /**
     * An amount of money in euro: in XLSX a number in format {@code "€" #,##0.00} (€ 1.750,00 in Dutch), in CSV a
     * number with two decimals and a decimal comma (1750,00).
     */
    public record Bedrag(BigDecimal waarde) {
        public Bedrag {
            java.util.Objects.requireNonNull(waarde);
        }
    }

    /** The text as a spreadsheet may safely show it: prefixed with {@code '} when it could start a formula. */
    public static String neutraliseer(String tekst) {
        if (tekst == null || tekst.isEmpty()) {
            return tekst;
        }
        char c = tekst.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + tekst : tekst;
    }

    /** A CSV file (see the class comment) with a header line and the rows. */
    public static byte[] csv(List<String> kop, List<? extends List<?>> rijen) {
        StringBuilder sb = new StringBuilder();
        regel(sb, kop);
        for (List<?> rij : rijen) {
            regel(sb, rij);
        }
        byte[] tekst = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] result = new byte[BOM.length + tekst.length];
        System.arraycopy(BOM, 0, result, 0, BOM.length);
        System.arraycopy(tekst, 0, result, BOM.length, tekst.length);
        return result;
    }

    /** An XLSX workbook with one sheet. */
    public static byte[] xlsx(String blad, List<String> kop, List<? extends List<?>> rijen) {
        return werkmap().blad(blad, kop, rijen).bytes();
    }

    /** A workbook with several sheets: {@code Spreadsheet.werkmap().blad(...).blad(...).bytes()}. */
    public static Werkmap werkmap() {
        return new Werkmap();
    }

    /** Collects sheets; {@link #bytes()} writes the workbook. */
    public static final class Werkmap {

        private record Blad(String naam, List<String> kop, List<? extends List<?>> rijen, List<?> totaal) {
        }

        private final List<Blad> bladen = new ArrayList<>();

        private Werkmap() {
        }

        /** A sheet with a header row and the rows. */
        public Werkmap blad(String naam, List<String> kop, List<? extends List<?>> rijen) {
            return blad(naam, kop, rijen, null);
        }

        /** A sheet with a header row, the rows and (when not null) a bold total row below them. */
        public Werkmap blad(String naam, List<String> kop, List<? extends List<?>> rijen, List<?> totaal) {
            bladen.add(new Blad(naam, List.copyOf(kop), rijen, totaal));
            return this;
        }

        public byte[] bytes() {
            SXSSFWorkbook wb = new SXSSFWorkbook(500);
            try {
                wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("Woonregie");
                Stijlen stijlen = new Stijlen(wb);
                for (Blad blad : bladen) {
                    schrijf(wb, stijlen, blad);
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                wb.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                wb.dispose();
                try {
                    wb.close();
                } catch (IOException e) {
                    // nothing was written to disk that needs closing
                }
            }
        }

        private static void schrijf(SXSSFWorkbook wb, Stijlen stijlen, Blad blad) {
            String naam = WorkbookUtil.createSafeSheetName(blad.naam());
            for (int n = 2; wb.getSheet(naam) != null; n++) {
                naam = WorkbookUtil.createSafeSheetName(blad.naam() + " " + n);
            }
            SXSSFSheet sheet = wb.createSheet(naam);
            int kolommen = blad.kop().size();
            for (List<?> rij : blad.rijen()) {
                kolommen = Math.max(kolommen, rij.size());
            }
            if (blad.totaal() != null) {
                kolommen = Math.max(kolommen, blad.totaal().size());
            }
            int[] breedte = new int[kolommen];
            Row kopRij = sheet.createRow(0);
            for (int i = 0; i < blad.kop().size(); i++) {
                Cell cell = kopRij.createCell(i);
                String tekst = neutraliseer(tekst(blad.kop().get(i)));
                cell.setCellValue(tekst);
                cell.setCellStyle(stijlen.kop);
                breedte[i] = Math.max(breedte[i], tekst.length() + 3); // room for the filter button
            }
            int r = 1;
            for (List<?> rij : blad.rijen()) {
                schrijfRij(sheet.createRow(r++), rij, stijlen, false, breedte);
            }
            int laatste = r - 1;
            if (blad.totaal() != null) {
                schrijfRij(sheet.createRow(r), blad.totaal(), stijlen, true, breedte);
            }
            sheet.createFreezePane(0, 1);
            if (kolommen > 0) {
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(laatste, 0), 0, kolommen - 1));
            }
            for (int i = 0; i < kolommen; i++) {
                sheet.setColumnWidth(i, Math.min(MAX_BREEDTE, Math.max(MIN_BREEDTE, breedte[i] + 1)) * 256);
            }
        }

        private static void schrijfRij(Row row, List<?> rij, Stijlen stijlen, boolean vet, int[] breedte) {
            for (int i = 0; i < rij.size(); i++) {
                Object waarde = rij.get(i);
                if (waarde == null) {
                    continue;
                }
                Cell cell = row.createCell(i);
                int lengte;
                if (waarde instanceof Bedrag b) {
                    cell.setCellValue(b.waarde().doubleValue());
                    cell.setCellStyle(vet ? stijlen.euroVet : stijlen.euro);
                    lengte = b.waarde().toBigInteger().toString().length() * 4 / 3 + 6;
                } else if (waarde instanceof Number n) {
                    if (isGeheel(n)) {
                        cell.setCellValue(n.doubleValue());
                        cell.setCellStyle(vet ? stijlen.getalVet : stijlen.getal);
                        lengte = Long.toString(n.longValue()).length() * 4 / 3 + 1;
                    } else {
                        cell.setCellValue(n.doubleValue());
                        cell.setCellStyle(vet ? stijlen.decimaalVet : stijlen.decimaal);
                        lengte = csvGetal(n).length() + 2;
                    }
                } else if (waarde instanceof Boolean b) {
                    cell.setCellValue(b);
                    if (vet) {
                        cell.setCellStyle(stijlen.tekstVet);
                    }
                    lengte = 6;
                } else if (waarde instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(vet ? stijlen.datumVet : stijlen.datum);
                    lengte = 10;
                } else if (datumTijd(waarde) != null) {
                    cell.setCellValue(datumTijd(waarde));
                    cell.setCellStyle(vet ? stijlen.datumTijdVet : stijlen.datumTijd);
                    lengte = 16;
                } else {
                    String tekst = neutraliseer(tekst(waarde));
                    cell.setCellValue(tekst);
                    int langsteRegel = 0;
                    for (String regel : tekst.split("\n", -1)) {
                        langsteRegel = Math.max(langsteRegel, regel.length());
                    }
                    boolean terugloop = langsteRegel > MAX_BREEDTE || tekst.indexOf('\n') >= 0;
                    cell.setCellStyle(vet ? stijlen.tekstVet : terugloop ? stijlen.terugloop : stijlen.tekst);
                    lengte = langsteRegel;
                }
                breedte[i] = Math.max(breedte[i], lengte);
            }
        }
    }

    /** The cell styles of a workbook, created once (a workbook holds at most 64,000 styles). */
    private static final class Stijlen {

        final CellStyle kop;
        final CellStyle tekst;
        final CellStyle tekstVet;
        final CellStyle terugloop;
        final CellStyle getal;
        final CellStyle getalVet;
        final CellStyle decimaal;
        final CellStyle decimaalVet;
        final CellStyle datum;
        final CellStyle datumVet;
        final CellStyle datumTijd;
        final CellStyle datumTijdVet;
        final CellStyle euro;
        final CellStyle euroVet;

        Stijlen(SXSSFWorkbook wb) {
            Font vet = wb.createFont();
            vet.setBold(true);
            var formaat = wb.getCreationHelper().createDataFormat();
            kop = wb.createCellStyle();
            kop.setFont(vet);
            kop.setVerticalAlignment(VerticalAlignment.TOP);
            tekst = stijl(wb, null, null);
            tekstVet = stijl(wb, null, vet);
            terugloop = stijl(wb, null, null);
            terugloop.setWrapText(true);
            getal = stijl(wb, formaat.getFormat(FORMAAT_GETAL), null);
            getalVet = stijl(wb, formaat.getFormat(FORMAAT_GETAL), vet);
            decimaal = stijl(wb, formaat.getFormat(FORMAAT_DECIMAAL), null);
            decimaalVet = stijl(wb, formaat.getFormat(FORMAAT_DECIMAAL), vet);
            datum = stijl(wb, formaat.getFormat(FORMAAT_DATUM), null);
            datumVet = stijl(wb, formaat.getFormat(FORMAAT_DATUM), vet);
            datumTijd = stijl(wb, formaat.getFormat(FORMAAT_DATUMTIJD), null);
            datumTijdVet = stijl(wb, formaat.getFormat(FORMAAT_DATUMTIJD), vet);
            euro = stijl(wb, formaat.getFormat(FORMAAT_EURO), null);
            euroVet = stijl(wb, formaat.getFormat(FORMAAT_EURO), vet);
        }

        private static CellStyle stijl(SXSSFWorkbook wb, Short formaat, Font font) {
            CellStyle s = wb.createCellStyle();
            if (formaat != null) {
                s.setDataFormat(formaat);
            }
            if (font != null) {
                s.setFont(font);
            }
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private static void regel(StringBuilder sb, List<?> velden) {
        for (int i = 0; i < velden.size(); i++) {
            if (i > 0) {
                sb.append(';');
            }
            Object waarde = velden.get(i);
            if (waarde == null) {
                continue;
            }
            String veld;
            if (waarde instanceof Bedrag b) {
                veld = b.waarde().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
            } else if (waarde instanceof Number n) {
                veld = csvGetal(n);
            } else if (waarde instanceof Boolean || waarde instanceof LocalDate) {
                veld = waarde.toString();
            } else if (datumTijd(waarde) != null) {
                veld = datumTijd(waarde).toString();
            } else if (waarde instanceof TemporalAccessor) {
                veld = waarde.toString();
            } else {
                veld = neutraliseer(tekst(waarde));
            }
            if (veld.indexOf(';') >= 0 || veld.indexOf('"') >= 0 || veld.indexOf('\n') >= 0
                    || veld.indexOf('\r') >= 0) {
                sb.append('"').append(veld.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(veld);
            }
        }
        sb.append("\r\n");
    }

    private static boolean isGeheel(Number n) {
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte
                || n instanceof BigInteger) {
            return true;
        }
        if (n instanceof BigDecimal b) {
            return b.signum() == 0 || b.stripTrailingZeros().scale() <= 0;
        }
        double d = n.doubleValue();
        return !Double.isInfinite(d) && d == Math.rint(d);
    }

    /** 1592 → "1592"; 146.3 → "146,3" (decimal comma, as Dutch Excel reads a {@code ;}-separated file). */
    static String csvGetal(Number n) {
        if (isGeheel(n)) {
            return n instanceof BigDecimal b ? b.setScale(0, java.math.RoundingMode.UNNECESSARY).toPlainString()
                    : n instanceof BigInteger ? n.toString() : Long.toString(n.longValue());
        }
        BigDecimal b = n instanceof BigDecimal bd ? bd : new BigDecimal(n.toString());
        return b.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** A date-time as local time of the Netherlands; null when the value is none. */
    private static LocalDateTime datumTijd(Object waarde) {
        if (waarde instanceof LocalDateTime l) {
            return l.withNano(0);
        }
        if (waarde instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(TIJDZONE).toLocalDateTime().withNano(0);
        }
        if (waarde instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(TIJDZONE).toLocalDateTime().withNano(0);
        }
        if (waarde instanceof Instant i) {
            return LocalDateTime.ofInstant(i, TIJDZONE).withNano(0);
        }
        return null;
    }

    private static String tekst(Object waarde) {
        String tekst = waarde instanceof Enum<?> e ? e.name() : String.valueOf(waarde);
        return tekst.length() > MAX_TEKST - 1 ? tekst.substring(0, MAX_TEKST - 2) + "…" : tekst;
    }
}
