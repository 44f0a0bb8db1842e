package nl.woonregie.toezicht.cijfers.internal;

/**
 * An uploaded file: its bytes, its name when the client gave one, and whether it is CSV or XLSX.
 */
public record Bestand(byte[] inhoud, String naam, Formaat formaat) {

    public enum Formaat {
        CSV, XLSX
    }

    /** SHA-256 of the bytes, lower-case hex. */
    public String sha256() {
        try {
            return java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(inhoud));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
