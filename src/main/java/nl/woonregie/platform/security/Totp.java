package nl.woonregie.platform.security;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238, on HOTP of RFC 4226) and the base32 of their secrets (RFC 4648): plain
 * Java, no Spring, no database. Woonregie uses what every authenticator app understands: HMAC-SHA1, 6 digits, a
 * step of 30 seconds from the Unix epoch. {@code TotpTest} checks it against the test vectors of RFC 6238 (appendix B)
 * and RFC 4648 (section 10).
 */
final class Totp {

    /** The length of a time step in seconds (RFC 6238's X). */
    static final long STAP_SECONDEN = 30;
    /** The digits of a code. */
    static final int CIJFERS = 6;
    /** Steps before and after the current one that are accepted too (clock drift and typing time, RFC 6238 5.2). */
    static final int VENSTER = 1;

    private static final String ALFABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final int[] MACHT = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {
    }

    /** The time step of a moment (seconds since the epoch divided by the step, RFC 6238's T). */
    static long stap(long epochSeconden) {
        return Math.floorDiv(epochSeconden, STAP_SECONDEN);
    }

    /**
     * The code of a time step: HOTP (RFC 4226 section 5.3) over the step as 8 bytes, with dynamic truncation, as a
     * number of {@code cijfers} digits with leading zeros.
     *
     * @param algoritme the HMAC, e.g. {@code HmacSHA1}, {@code HmacSHA256}, {@code HmacSHA512}
     */
    static String code(byte[] sleutel, long stap, int cijfers, String algoritme) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance(algoritme);
            mac.init(new SecretKeySpec(sleutel, "RAW"));
            hash = mac.doFinal(ByteBuffer.allocate(8).putLong(stap).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC niet beschikbaar: " + algoritme, e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binair = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        return String.format(Locale.ROOT, "%0" + cijfers + "d", binair % MACHT[cijfers]);
    }

    /** Woonregie's code (HMAC-SHA1, 6 digits) of a time step. */
    static String code(byte[] sleutel, long stap) {
        return code(sleutel, stap, CIJFERS, "HmacSHA1");
    }

    /**
     * The step within {@link #VENSTER} of {@code stap} whose code this is, if any. The code is compared in constant
     * time; a code of another length or with other characters matches nothing.
     */
    static OptionalLong zoekStap(byte[] sleutel, String code, long stap) {
        if (code == null || !code.matches("[0-9]{" + CIJFERS + "}")) {
            return OptionalLong.empty();
        }
        OptionalLong gevonden = OptionalLong.empty();
        for (long s = stap - VENSTER; s <= stap + VENSTER; s++) {
            if (MessageDigest.isEqual(code(sleutel, s).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    code.getBytes(java.nio.charset.StandardCharsets.US_ASCII)) && gevonden.isEmpty()) {
                gevonden = OptionalLong.of(s);
            }
        }
        return gevonden;
    }

    /** Base32 (RFC 4648 section 6) with padding. */
    static String base32(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                sb.append(ALFABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            sb.append(ALFABET.charAt((buffer << (5 - bits)) & 31));
        }
        while (sb.length() % 8 != 0) {
            sb.append('=');
        }
        return sb.toString();
    }

    /** Base32 without padding, as authenticator apps take a secret. */
    static String base32ZonderOpvulling(byte[] bytes) {
        return base32(bytes).replace("=", "");
    }

    /**
     * Reads base32 (RFC 4648): upper or lower case, with or without padding, spaces ignored (people copy a secret in
     * groups). An invalid character is an {@link IllegalArgumentException}.
     */
    static byte[] uitBase32(String tekst) {
        String s = tekst.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT);
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : s.toCharArray()) {
            int waarde = ALFABET.indexOf(c);
            if (waarde < 0) {
                throw new IllegalArgumentException("geen base32: " + c);
            }
            buffer = (buffer << 5) | waarde;
            bits += 5;
            if (bits >= 8) {
                uit.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return uit.toByteArray();
    }
}
