package nl.woonregie.platform.importbestand;

import nl.woonregie.platform.core.Sha256;

/**
 * An uploaded file: its bytes, its name when the client gave one, and whether it is CSV or XLSX.
 */
public record Bestand(byte[] inhoud, String naam, Formaat formaat) {

    public enum Formaat {
        CSV, XLSX
    }

    /** SHA-256 of the bytes, lower-case hex. */
    public String sha256() {
        return Sha256.hex(inhoud);
    }
}
