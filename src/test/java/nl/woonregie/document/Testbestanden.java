package nl.woonregie.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Real files of every kind for the document tests, made by the libraries that write them (no fixtures on disk). */
public final class Testbestanden {

    private Testbestanden() {
    }

    /** A PDF with one page, made by PDFBox; {@code tekst} makes two PDFs differ. */
    public static byte[] pdf(String tekst) {
        try (PDDocument d = new PDDocument(); ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
            d.addPage(new PDPage());
            d.getDocumentInformation().setTitle(tekst);
            d.save(uit);
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word document made by Apache POI. */
    public static byte[] docx(String tekst) {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText(tekst);
            d.write(uit);
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An Excel workbook made by Apache POI. */
    public static byte[] xlsx() {
        try (XSSFWorkbook w = new XSSFWorkbook(); ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
            w.createSheet("Blad1").createRow(0).createCell(0).setCellValue(42);
            w.write(uit);
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An image of 8 by 8 pixels in a format ImageIO writes ({@code png}, {@code jpeg}, {@code tiff}, {@code gif}). */
    public static byte[] afbeelding(String formaat) {
        try (ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), formaat, uit);
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OpenDocument text: the stored {@code mimetype} entry first, as the format prescribes, then its parts. */
    public static byte[] odt(String... extra) {
        return zip(true, concat(new String[] {"content.xml", "styles.xml", "META-INF/manifest.xml"}, extra));
    }

    /** A ZIP with these entries (each a small XML text); {@code odf}: first the stored {@code mimetype} of ODF text. */
    public static byte[] zip(boolean odf, String... namen) {
        try (ByteArrayOutputStream uit = new ByteArrayOutputStream(); ZipOutputStream z = new ZipOutputStream(uit)) {
            if (odf) {
                byte[] mt = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
                ZipEntry e = new ZipEntry("mimetype");
                e.setMethod(ZipEntry.STORED);
                e.setSize(mt.length);
                CRC32 crc = new CRC32();
                crc.update(mt);
                e.setCrc(crc.getValue());
                z.putNextEntry(e);
                z.write(mt);
                z.closeEntry();
            }
            for (String n : namen) {
                z.putNextEntry(new ZipEntry(n));
                z.write("<x/>".getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
            z.finish();
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] utf8(String tekst) {
        return tekst.getBytes(StandardCharsets.UTF_8);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
