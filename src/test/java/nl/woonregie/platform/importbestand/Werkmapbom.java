package nl.woonregie.platform.importbestand;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Bomb-like XLSX files, built in the test: a real workbook (a header {@code gemeente;aantal} and one row) whose parts
 * are replaced by ones that inflate far beyond what they take compressed — but less than the 100 times at which POI's
 * own zip-bomb check refuses a part, as the workbook of issue 13 did (57 times). The filler is seeded random digits
 * among spaces, so the files are the same on every run.
 */
public final class Werkmapbom {

    private Werkmapbom() {
    }

    /** A workbook whose shared strings ({@code xl/sharedStrings.xml}) inflate to {@code mib} MiB. */
    public static byte[] metTeksten(int mib) {
        return vervang("xl/sharedStrings.xml", uit -> {
            schrijf(uit, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>gemeente</t></si>"
                    + "<si><t>aantal</t></si><si><t>GM0001</t></si>");
            vul(uit, mib, 1, 420, i -> "<si><t>", "</t></si>");
            schrijf(uit, "</sst>");
        });
    }

    /** A workbook whose first sheet inflates to {@code mib} MiB: rows of one long text cell each. */
    public static byte[] metBlad(int mib) {
        return vervang("xl/worksheets/sheet1.xml", uit -> {
            schrijf(uit, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>");
            // long rows, so that the file is too large before it has too many rows
            vul(uit, mib, 3, 1_500, i -> "<row r=\"" + (i + 2) + "\"><c r=\"A" + (i + 2)
                    + "\" t=\"inlineStr\"><is><t>", "</t></is></c></row>");
            schrijf(uit, "</sheetData></worksheet>");
        });
    }

    /** A workbook whose first sheet has one cell of {@code tekens} characters. */
    public static byte[] metCel(int tekens) {
        return vervang("xl/worksheets/sheet1.xml", uit -> schrijf(uit, "<?xml version=\"1.0\" encoding=\"UTF-8\" "
                + "standalone=\"yes\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                + "main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                + "</row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + "x".repeat(tekens)
                + "</t></is></c></row></sheetData></worksheet>"));
    }

    /** A workbook whose shared strings inflate more than 100 times (POI's own check refuses it). */
    public static byte[] metSterkUitpakkendeTeksten() {
        return vervang("xl/sharedStrings.xml", uit -> {
            schrijf(uit, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>gemeente</t></si>"
                    + "<si><t>aantal</t></si><si><t>GM0001</t></si><si><t>");
            byte[] spaties = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 4; i++) {
                uit.write(spaties);
            }
            schrijf(uit, "</t></si></sst>");
        });
    }

    /** The compressed and inflated size of a part. */
    public static long[] grootte(byte[] xlsx, String deel) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(deel)) {
                    long uitgepakt = in.transferTo(OutputStream.nullOutputStream());
                    return new long[] {e.getCompressedSize(), uitgepakt};
                }
            }
            throw new IllegalArgumentException(deel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Schrijver {
        void schrijf(OutputStream uit) throws IOException;
    }

    private interface Kop {
        String van(int i);
    }

    /**
     * Fills to {@code mib} MiB with items of seeded random numbers (6 digits each) and spaces: 1 number and 420 spaces
     * inflate about 57 times, 3 and 1500 about 80 times.
     */
    private static void vul(OutputStream uit, int mib, int getallen, int aantalSpaties, Kop kop, String staart)
            throws IOException {
        Random random = new Random(57);
        String spaties = " ".repeat(aantalSpaties);
        long doel = (long) mib << 20;
        long geschreven = 0;
        StringBuilder blok = new StringBuilder();
        for (int i = 0; geschreven < doel; i++) {
            blok.setLength(0);
            blok.append(kop.van(i));
            for (int g = 0; g < getallen; g++) {
                blok.append(100_000 + random.nextInt(900_000));
            }
            blok.append(spaties).append(staart);
            byte[] b = blok.toString().getBytes(StandardCharsets.US_ASCII);
            uit.write(b);
            geschreven += b.length;
        }
    }

    private static void schrijf(OutputStream uit, String tekst) throws IOException {
        uit.write(tekst.getBytes(StandardCharsets.UTF_8));
    }

    /** A real workbook (header and one row, all texts shared) with one part replaced. */
    private static byte[] vervang(String deel, Schrijver inhoud) {
        try {
            byte[] basis = basis();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(basis));
                    ZipOutputStream uit = new ZipOutputStream(bytes)) {
                uit.setLevel(Deflater.DEFAULT_COMPRESSION);
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    uit.putNextEntry(new ZipEntry(e.getName()));
                    if (e.getName().equals(deel)) {
                        inhoud.schrijf(uit);
                    } else {
                        in.transferTo(uit);
                    }
                    uit.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] basis() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet blad = wb.createSheet("Cijfers");
            Row kop = blad.createRow(0);
            kop.createCell(0).setCellValue("gemeente");
            kop.createCell(1).setCellValue("aantal");
            Row rij = blad.createRow(1);
            rij.createCell(0).setCellValue("GM0001");
            rij.createCell(1).setCellValue(7);
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            wb.write(uit);
            return uit.toByteArray();
        }
    }
}
