package nl.woonregie.document;

import java.util.List;
import java.util.Optional;

/**
 * The kinds of file a document may be, and nothing else (ADR 0016): PDF, the Office documents of Microsoft Office
 * (Office Open XML) and of OpenDocument without macros, images (PNG, JPEG, TIFF for scans) and plain text (also CSV).
 * The kind is decided from the bytes ({@code internal.Herkenning}), never from the name or the client's
 * {@code Content-Type}; the name must end in one of the kind's extensions. Refused, among others: HTML, SVG, XML and
 * scripts (active content a browser would run), the legacy binary Office formats (.doc, .xls, .ppt) and
 * macro-enabled files, archives, executables.
 */
public enum Bestandstype {

    PDF("application/pdf", "pdf"),
    WORD("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    EXCEL("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    POWERPOINT("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    ODP("application/vnd.oasis.opendocument.presentation", "odp"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    TIFF("image/tiff", "tif", "tiff"),
    TEKST("text/plain", "txt"),
    CSV("text/csv", "csv");

    private final String mediatype;
    private final List<String> extensies;

    Bestandstype(String mediatype, String... extensies) {
        this.mediatype = mediatype;
        this.extensies = List.of(extensies);
    }

    /** The media type stored and sent with the content. */
    public String mediatype() {
        return mediatype;
    }

    /** The extensions a file name of this kind may end in, the usual one first (without the point). */
    public List<String> extensies() {
        return extensies;
    }

    /** Does the file name end in one of this kind's extensions (any case)? */
    public boolean past(String bestandsnaam) {
        return extensie(bestandsnaam).map(extensies::contains).orElse(false);
    }

    /** The extension of a file name, lower case, without the point; empty when it has none. */
    public static Optional<String> extensie(String bestandsnaam) {
        int punt = bestandsnaam == null ? -1 : bestandsnaam.lastIndexOf('.');
        if (punt <= 0 || punt == bestandsnaam.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(bestandsnaam.substring(punt + 1).toLowerCase(java.util.Locale.ROOT));
    }

    /** The kind with this media type, if it is allowed. */
    public static Optional<Bestandstype> van(String mediatype) {
        for (Bestandstype t : values()) {
            if (t.mediatype.equals(mediatype)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The allowed extensions for a message: ".pdf, .docx, …". */
    public static String toegestaan() {
        return String.join(", ", java.util.Arrays.stream(values()).flatMap(t -> t.extensies.stream())
                .map(e -> "." + e).toList());
    }
}
