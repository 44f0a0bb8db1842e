package nl.woonregie.platform.core;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 (always present in the JDK): of stored letters and uploaded files, and of tokens that are kept only hashed. */
public final class Sha256 {

    private Sha256() {
    }

    public static byte[] van(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lower-case hexadecimal. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(van(bytes));
    }
}
