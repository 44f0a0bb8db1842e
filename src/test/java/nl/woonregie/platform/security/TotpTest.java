package nl.woonregie.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The one-time passwords against the test vectors of the RFCs that define them. */
class TotpTest {

    static final byte[] SLEUTEL_SHA1 = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    static final byte[] SLEUTEL_SHA256 = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    static final byte[] SLEUTEL_SHA512 = ("1234567890123456789012345678901234567890123456789012345678901234")
            .getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238, appendix B: time, T, and the 8-digit TOTP of SHA-1, SHA-256 and SHA-512. */
    @ParameterizedTest
    @CsvSource({
        "59,          0000000000000001, 94287082, 46119246, 90693936",
        "1111111109,  00000000023523EC, 07081804, 68084774, 25091201",
        "1111111111,  00000000023523ED, 14050471, 67062674, 99943326",
        "1234567890,  000000000273EF07, 89005924, 91819424, 93441116",
        "2000000000,  0000000003F940AA, 69279037, 90698825, 38618901",
        "20000000000, 0000000027BC86AA, 65353130, 77737706, 47863826"
    })
    void de_testvectoren_van_rfc_6238(long tijd, String t, String sha1, String sha256, String sha512) {
        long stap = Totp.stap(tijd);
        assertThat(stap).isEqualTo(Long.parseLong(t, 16));
        assertThat(Totp.code(SLEUTEL_SHA1, stap, 8, "HmacSHA1")).isEqualTo(sha1);
        assertThat(Totp.code(SLEUTEL_SHA256, stap, 8, "HmacSHA256")).isEqualTo(sha256);
        assertThat(Totp.code(SLEUTEL_SHA512, stap, 8, "HmacSHA512")).isEqualTo(sha512);
    }

    /** RFC 4226, appendix D: HOTP of counters 0 to 9 (6 digits), the base of TOTP. */
    @ParameterizedTest
    @CsvSource({"0, 755224", "1, 287082", "2, 359152", "3, 969429", "4, 338314", "5, 254676", "6, 287922",
        "7, 162583", "8, 399871", "9, 520489"})
    void de_testvectoren_van_rfc_4226(long teller, String code) {
        assertThat(Totp.code(SLEUTEL_SHA1, teller)).isEqualTo(code);
    }

    /** RFC 4648, section 10. */
    @ParameterizedTest
    @CsvSource(value = {"'', ''", "f, MY======", "fo, MZXQ====", "foo, MZXW6===", "foob, MZXW6YQ=",
        "fooba, MZXW6YTB", "foobar, MZXW6YTBOI======"})
    void de_testvectoren_van_base32_uit_rfc_4648(String tekst, String base32) {
        byte[] bytes = tekst.getBytes(StandardCharsets.US_ASCII);
        assertThat(Totp.base32(bytes)).isEqualTo(base32);
        assertThat(Totp.uitBase32(base32)).isEqualTo(bytes);
    }

    @Test
    void base32_leest_kleine_letters_spaties_en_zonder_opvulling_en_weigert_andere_tekens() {
        assertThat(Totp.uitBase32("mzxw 6ytb oi")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
        assertThat(Totp.base32ZonderOpvulling("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThatThrownBy(() -> Totp.uitBase32("MZXW1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void een_code_past_in_het_venster_van_een_stap_ervoor_en_erna_en_niet_verder() {
        long stap = Totp.stap(1_234_567_890L);
        assertThat(Totp.zoekStap(SLEUTEL_SHA1, Totp.code(SLEUTEL_SHA1, stap), stap)).hasValue(stap);
        assertThat(Totp.zoekStap(SLEUTEL_SHA1, Totp.code(SLEUTEL_SHA1, stap - 1), stap)).hasValue(stap - 1);
        assertThat(Totp.zoekStap(SLEUTEL_SHA1, Totp.code(SLEUTEL_SHA1, stap + 1), stap)).hasValue(stap + 1);
        assertThat(Totp.zoekStap(SLEUTEL_SHA1, Totp.code(SLEUTEL_SHA1, stap - 2), stap)).isEmpty();
        assertThat(Totp.zoekStap(SLEUTEL_SHA1, Totp.code(SLEUTEL_SHA1, stap + 2), stap)).isEmpty();
        assertThat(Totp.zoekStap(SLEUTEL_SHA1, "12345", stap)).isEmpty();
        assertThat(Totp.zoekStap(SLEUTEL_SHA1, "12a456", stap)).isEmpty();
        assertThat(Totp.zoekStap(SLEUTEL_SHA1, null, stap)).isEmpty();
    }
}
