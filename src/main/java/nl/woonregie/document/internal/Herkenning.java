package nl.woonregie.document.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.woonregie.document.Bestandstype;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.springframework.stereotype.Component;

/**
 * Decides what a file is from its bytes: Apache Tika's detector (tika-core: magic numbers and its text detector)
 * without the file name, so a name cannot make a file into something else; then, for the ZIP containers of Office,
 * a look at the names in the ZIP's central directory (no entry is unpacked): Office Open XML needs
 * {@code [Content_Types].xml} and its main part ({@code word/document.xml}, {@code xl/workbook.xml},
 * {@code ppt/presentation.xml}) — which kind it is follows from that part, not from the name —, OpenDocument its
 * {@code content.xml}; a file with macros ({@code vbaProject.bin}, {@code Basic/}, {@code Scripts/}) is refused. The
 * name only tells CSV from other plain text.
 */
@Component
public class Herkenning {

    /** What the bytes are: an allowed kind, or the reason why not (Dutch, for the field {@code bestand}). */
    public record Uitslag(Optional<Bestandstype> type, String reden) {

        static Uitslag is(Bestandstype t) {
            return new Uitslag(Optional.of(t), null);
        }

        static Uitslag niet(String reden) {
            return new Uitslag(Optional.empty(), reden);
        }
    }

    private static final int MAX_ZIPNAMEN = 20_000;

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();

    public Uitslag herken(byte[] inhoud, String bestandsnaam) {
        String gevonden = detecteer(inhoud);
        return switch (gevonden) {
            case "application/pdf" -> Uitslag.is(Bestandstype.PDF);
            case "image/png" -> Uitslag.is(Bestandstype.PNG);
            case "image/jpeg" -> Uitslag.is(Bestandstype.JPEG);
            case "image/tiff" -> Uitslag.is(Bestandstype.TIFF);
            case "text/plain" -> Uitslag.is(Bestandstype.extensie(bestandsnaam).filter("csv"::equals).isPresent()
                    ? Bestandstype.CSV : Bestandstype.TEKST);
            case "application/zip", "application/x-tika-ooxml" -> officeOpenXml(inhoud);
            case "application/vnd.oasis.opendocument.text" -> openDocument(inhoud, Bestandstype.ODT);
            case "application/vnd.oasis.opendocument.spreadsheet" -> openDocument(inhoud, Bestandstype.ODS);
            case "application/vnd.oasis.opendocument.presentation" -> openDocument(inhoud, Bestandstype.ODP);
            default -> Uitslag.niet(omschrijving(gevonden));
        };
    }

    /** Tika's answer from the bytes alone. */
    String detecteer(byte[] inhoud) {
        try (TikaInputStream in = TikaInputStream.get(inhoud)) {
            return detector.detect(in, new Metadata()).getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Uitslag officeOpenXml(byte[] inhoud) {
        Optional<List<String>> namen = zipnamen(inhoud);
        if (namen.isEmpty() || !namen.get().contains("[Content_Types].xml")) {
            return Uitslag.niet("de inhoud is een ZIP-archief; dat is niet toegestaan");
        }
        List<String> n = namen.get();
        if (n.stream().anyMatch(x -> x.endsWith("vbaProject.bin"))) {
            return Uitslag.niet("het Office-document bevat macro's; sla het op zonder macro's (.docx, .xlsx, .pptx)");
        }
        if (n.contains("word/document.xml")) {
            return Uitslag.is(Bestandstype.WORD);
        }
        if (n.contains("xl/workbook.xml")) {
            return Uitslag.is(Bestandstype.EXCEL);
        }
        if (n.contains("ppt/presentation.xml")) {
            return Uitslag.is(Bestandstype.POWERPOINT);
        }
        return Uitslag.niet("de inhoud is een Office-bestand van een soort die niet is toegestaan");
    }

    private static Uitslag openDocument(byte[] inhoud, Bestandstype type) {
        Optional<List<String>> namen = zipnamen(inhoud);
        if (namen.isEmpty() || !namen.get().contains("content.xml")) {
            return Uitslag.niet("de inhoud is geen geldig OpenDocument-bestand");
        }
        if (namen.get().stream().anyMatch(x -> x.startsWith("Basic/") || x.startsWith("Scripts/"))) {
            return Uitslag.niet("het OpenDocument-bestand bevat macro's; sla het op zonder macro's");
        }
        return Uitslag.is(type);
    }

    private static String omschrijving(String gevonden) {
        return "de inhoud is " + switch (gevonden) {
            case "text/html", "application/xhtml+xml" -> "HTML";
            case "image/svg+xml" -> "SVG";
            case "application/xml", "text/xml" -> "XML";
            case "application/x-tika-msoffice", "application/msword", "application/vnd.ms-excel",
                 "application/vnd.ms-powerpoint" ->
                    "een oud Office-formaat (.doc, .xls, .ppt); sla het op als .docx, .xlsx of .pptx";
            case "application/octet-stream" -> "niet herkend (tekst moet UTF-8 zijn)";
            default -> gevonden;
        } + "; toegestaan zijn PDF, Word, Excel en PowerPoint (.docx, .xlsx, .pptx), OpenDocument (.odt, .ods, "
                + ".odp), PNG, JPEG, TIFF en platte tekst (.txt, .csv)";
    }

    /**
     * The entry names of a ZIP from its central directory (end of central directory record, then each file header),
     * without unpacking anything; empty when it is no readable ZIP (also ZIP64, which no document under the size
     * limit needs).
     */
    static Optional<List<String>> zipnamen(byte[] z) {
        int eocd = -1;
        for (int p = z.length - 22; p >= Math.max(0, z.length - 22 - 65_535); p--) {
            if (u32(z, p) == 0x06054b50L) {
                eocd = p;
                break;
            }
        }
        if (eocd < 0) {
            return Optional.empty();
        }
        int aantal = u16(z, eocd + 10);
        long begin = u32(z, eocd + 16);
        if (begin >= z.length || aantal > MAX_ZIPNAMEN) {
            return Optional.empty();
        }
        List<String> namen = new ArrayList<>(aantal);
        int p = (int) begin;
        for (int i = 0; i < aantal; i++) {
            if (p + 46 > z.length || u32(z, p) != 0x02014b50L) {
                return Optional.empty();
            }
            int naam = u16(z, p + 28);
            int extra = u16(z, p + 30);
            int commentaar = u16(z, p + 32);
            if (p + 46 + naam > z.length) {
                return Optional.empty();
            }
            namen.add(new String(z, p + 46, naam, StandardCharsets.UTF_8));
            p += 46 + naam + extra + commentaar;
        }
        return Optional.of(namen);
    }

    private static int u16(byte[] b, int p) {
        return (b[p] & 0xff) | (b[p + 1] & 0xff) << 8;
    }

    private static long u32(byte[] b, int p) {
        return (u16(b, p) | (long) u16(b, p + 2) << 16) & 0xffffffffL;
    }
}
