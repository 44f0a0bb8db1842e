package nl.woonregie.aanbod.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import nl.woonregie.pdf.PdfADocument;

/**
 * A draft document as a list of parts (headings, paragraphs, tables, and the parts the gemeente fills in), written
 * once as XHTML for the letters' PDF/A rendering ({@link PdfADocument}) and once as an editable OpenDocument text
 * (ODT: {@code mimetype} first and stored uncompressed, {@code META-INF/manifest.xml}, {@code content.xml},
 * {@code styles.xml}, {@code meta.xml}), so both say the same.
 */
public final class Concepttekst {

    /** A part of the document. */
    public sealed interface Deel {
    }

    /** A heading of level 1 or 2. */
    public record Kop(int niveau, String tekst) implements Deel {
    }

    public record Alinea(String tekst) implements Deel {
    }

    /** A table of two or more columns; the first row is the header, {@code rijkoppen}: the first column heads rows. */
    public record Tabel(String onderschrift, List<List<String>> rijen, boolean rijkoppen) implements Deel {
    }

    /** A part the gemeente must write: its heading, what belongs there, marked as to be filled in. */
    public record InTeVullen(String kop, String aanwijzing) implements Deel {
    }

    /** The marking of a part to fill in, in both formats. */
    public static final String MARKERING = "In te vullen door de gemeente";

    private final String titel;
    private final List<Deel> delen;

    public Concepttekst(String titel, List<Deel> delen) {
        this.titel = titel;
        this.delen = List.copyOf(delen);
    }

    public String titel() {
        return titel;
    }

    public List<Deel> delen() {
        return delen;
    }

    /** The PDF/A-2a of the document. */
    public byte[] pdf() {
        return PdfADocument.render(xhtml());
    }

    /** Self-contained XHTML as the letters' renderer wants it (language, title, the embedded font). */
    public String xhtml() {
        StringBuilder b = new StringBuilder(8192);
        b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nl-NL\" xml:lang=\"nl-NL\">\n")
                .append("<head>\n<meta charset=\"UTF-8\"/>\n<title>").append(xml(titel)).append("</title>\n")
                .append("<meta name=\"subject\" content=\"").append(xml(titel)).append("\"/>\n")
                .append("<meta name=\"author\" content=\"Woonregie\"/>\n")
                .append("<style>\n@page { size: A4; margin: 22mm 20mm 24mm 25mm;\n")
                .append("  @bottom-right { content: \"Pagina \" counter(page) \" van \" counter(pages); ")
                .append("font-family: \"Liberation Sans\", Arial, sans-serif; font-size: 8pt; color: #333333; } }\n")
                .append("body { font-family: \"Liberation Sans\", Arial, Helvetica, sans-serif; font-size: 10pt; ")
                .append("line-height: 1.4; color: #000000; }\n")
                .append("h1 { font-size: 15pt; margin: 0 0 4mm 0; }\n")
                .append("h2 { font-size: 12pt; margin: 6mm 0 2mm 0; page-break-after: avoid; }\n")
                .append("p { margin: 0 0 3mm 0; }\n")
                .append("table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm 0; }\n")
                .append("th, td { border: 0.5pt solid #666666; padding: 1.2mm 2mm; vertical-align: top; ")
                .append("text-align: left; }\n")
                .append("caption { text-align: left; font-style: italic; padding-bottom: 1mm; }\n")
                .append(".invullen { border: 1pt dashed #333333; padding: 2mm 3mm; margin: 0 0 4mm 0; ")
                .append("min-height: 25mm; }\n")
                .append(".markering { font-weight: bold; }\n.heel { white-space: nowrap; }\n")
                .append("</style>\n</head>\n<body>\n");
        // a name such as 's-Gravenhage must not break after its hyphen in the large title
        b.append("<h1>").append(xml(titel).replaceAll("(\\S*-\\S*)", "<span class=\"heel\">$1</span>"))
                .append("</h1>\n");
        for (Deel d : delen) {
            if (d instanceof Kop k) {
                b.append("<h").append(k.niveau() + 1).append('>').append(xml(k.tekst()))
                        .append("</h").append(k.niveau() + 1).append(">\n");
            } else if (d instanceof Alinea a) {
                b.append("<p>").append(xml(a.tekst())).append("</p>\n");
            } else if (d instanceof Tabel t) {
                {
                    b.append("<table>\n");
                    if (t.onderschrift() != null) {
                        b.append("<caption>").append(xml(t.onderschrift())).append("</caption>\n");
                    }
                    for (int i = 0; i < t.rijen().size(); i++) {
                        b.append("<tr>");
                        List<String> rij = t.rijen().get(i);
                        for (int j = 0; j < rij.size(); j++) {
                            boolean kop = i == 0 || (t.rijkoppen() && j == 0);
                            String cel = kop ? "th" : "td";
                            b.append('<').append(cel);
                            if (kop) {
                                b.append(" scope=\"").append(i == 0 ? "col" : "row").append('"');
                            }
                            b.append('>').append(xml(rij.get(j))).append("</").append(cel).append('>');
                        }
                        b.append("</tr>\n");
                    }
                    b.append("</table>\n");
                }
            } else if (d instanceof InTeVullen v) {
                b.append("<h2>").append(xml(v.kop())).append(" (").append(xml(MARKERING))
                        .append(")</h2>\n<div class=\"invullen\"><p><span class=\"markering\">")
                        .append(xml(MARKERING)).append(":</span> ").append(xml(v.aanwijzing()))
                        .append("</p></div>\n");
            }
        }
        return b.append("</body>\n</html>\n").toString();
    }

    /** The OpenDocument text (ODT) of the document, to complete in a word processor. */
    public byte[] odt() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mimetype.length);
            m.setCompressedSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            m.setCrc(crc.getValue());
            zip.putNextEntry(m);
            zip.write(mimetype);
            zip.closeEntry();
            schrijf(zip, "META-INF/manifest.xml", MANIFEST);
            schrijf(zip, "styles.xml", STIJLEN);
            schrijf(zip, "meta.xml", meta());
            schrijf(zip, "content.xml", inhoud());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void schrijf(ZipOutputStream zip, String naam, String tekst) throws IOException {
        zip.putNextEntry(new ZipEntry(naam));
        zip.write(tekst.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static final String NS = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\"";

    private static final String MANIFEST = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
             <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>
             <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
             <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
             <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
            </manifest:manifest>
            """;

    private static final String STIJLEN = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles" + NS
            + " office:version=\"1.3\">\n<office:font-face-decls/>\n<office:styles>\n"
            + "<style:default-style style:family=\"paragraph\"><style:paragraph-properties fo:margin-bottom=\"0.2cm\"/>"
            + "<style:text-properties style:font-name=\"Liberation Sans\" fo:font-family=\"'Liberation Sans'\" "
            + "fo:font-size=\"10pt\" fo:language=\"nl\" fo:country=\"NL\"/></style:default-style>\n"
            + "<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>\n"
            + "<style:style style:name=\"Title\" style:family=\"paragraph\" style:class=\"chapter\">"
            + "<style:text-properties fo:font-size=\"15pt\" fo:font-weight=\"bold\"/></style:style>\n"
            + "<style:style style:name=\"Heading_20_1\" style:display-name=\"Heading 1\" style:family=\"paragraph\" "
            + "style:default-outline-level=\"1\" style:class=\"text\"><style:paragraph-properties "
            + "fo:margin-top=\"0.4cm\" fo:keep-with-next=\"always\"/><style:text-properties fo:font-size=\"12pt\" "
            + "fo:font-weight=\"bold\"/></style:style>\n"
            + "<style:style style:name=\"Heading_20_2\" style:display-name=\"Heading 2\" style:family=\"paragraph\" "
            + "style:default-outline-level=\"2\" style:class=\"text\"><style:paragraph-properties "
            + "fo:margin-top=\"0.3cm\" fo:keep-with-next=\"always\"/><style:text-properties fo:font-size=\"11pt\" "
            + "fo:font-weight=\"bold\"/></style:style>\n"
            + "<style:style style:name=\"Invullen\" style:display-name=\"In te vullen\" style:family=\"paragraph\">"
            + "<style:paragraph-properties fo:border=\"0.5pt dashed #333333\" fo:padding=\"0.2cm\" "
            + "fo:background-color=\"#f2f2f2\"/></style:style>\n"
            + "<style:style style:name=\"Onderschrift\" style:family=\"paragraph\"><style:text-properties "
            + "fo:font-style=\"italic\"/></style:style>\n"
            + "</office:styles>\n</office:document-styles>\n";

    private String meta() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta" + NS
                + " office:version=\"1.3\"><office:meta><meta:generator>Woonregie</meta:generator><dc:title>"
                + xml(titel) + "</dc:title><dc:language>nl-NL</dc:language></office:meta></office:document-meta>\n";
    }

    private String inhoud() {
        StringBuilder b = new StringBuilder(8192);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content").append(NS)
                .append(" office:version=\"1.3\">\n<office:automatic-styles>")
                .append("<style:style style:name=\"Cel\" style:family=\"table-cell\"><style:table-cell-properties ")
                .append("fo:border=\"0.5pt solid #666666\" fo:padding=\"0.1cm\"/></style:style>")
                .append("<style:style style:name=\"Vet\" style:family=\"text\"><style:text-properties ")
                .append("fo:font-weight=\"bold\"/></style:style>")
                .append("</office:automatic-styles>\n<office:body>\n<office:text>\n");
        b.append("<text:p text:style-name=\"Title\">").append(xml(titel)).append("</text:p>\n");
        int tabel = 0;
        for (Deel d : delen) {
            if (d instanceof Kop k) {
                b.append("<text:h text:style-name=\"Heading_20_").append(k.niveau())
                        .append("\" text:outline-level=\"").append(k.niveau()).append("\">").append(xml(k.tekst()))
                        .append("</text:h>\n");
            } else if (d instanceof Alinea a) {
                b.append("<text:p text:style-name=\"Standard\">").append(xml(a.tekst()))
                        .append("</text:p>\n");
            } else if (d instanceof Tabel t) {
                {
                    tabel++;
                    if (t.onderschrift() != null) {
                        b.append("<text:p text:style-name=\"Onderschrift\">").append(xml(t.onderschrift()))
                                .append("</text:p>\n");
                    }
                    int kolommen = t.rijen().get(0).size();
                    b.append("<table:table table:name=\"Tabel").append(tabel).append("\">")
                            .append("<table:table-column table:number-columns-repeated=\"").append(kolommen)
                            .append("\"/>\n");
                    for (int i = 0; i < t.rijen().size(); i++) {
                        b.append(i == 0 ? "<table:table-header-rows><table:table-row>" : "<table:table-row>");
                        List<String> rij = t.rijen().get(i);
                        for (int j = 0; j < rij.size(); j++) {
                            boolean kop = i == 0 || (t.rijkoppen() && j == 0);
                            b.append("<table:table-cell table:style-name=\"Cel\" office:value-type=\"string\">")
                                    .append("<text:p>");
                            if (kop) {
                                b.append("<text:span text:style-name=\"Vet\">").append(xml(rij.get(j)))
                                        .append("</text:span>");
                            } else {
                                b.append(xml(rij.get(j)));
                            }
                            b.append("</text:p></table:table-cell>");
                        }
                        b.append(i == 0 ? "</table:table-row></table:table-header-rows>\n" : "</table:table-row>\n");
                    }
                    b.append("</table:table>\n");
                }
            } else if (d instanceof InTeVullen v) {
                b.append("<text:h text:style-name=\"Heading_20_1\" text:outline-level=\"1\">")
                        .append(xml(v.kop())).append(" (").append(xml(MARKERING)).append(")</text:h>\n")
                        .append("<text:p text:style-name=\"Invullen\"><text:span text:style-name=\"Vet\">")
                        .append(xml(MARKERING)).append(":</text:span> ").append(xml(v.aanwijzing()))
                        .append("</text:p>\n<text:p text:style-name=\"Invullen\"/>\n");
            }
        }
        return b.append("</office:text>\n</office:body>\n</office:document-content>\n").toString();
    }

    /** Text as XML character data: the five special characters escaped, control characters left out. */
    static String xml(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
