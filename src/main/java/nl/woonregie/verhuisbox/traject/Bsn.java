package nl.woonregie.verhuisbox.traject;

/** The Dutch citizen service number: nine digits passing the elfproef (9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 mod 11). */
public final class Bsn {

    private Bsn() {
    }

    public static boolean geldig(String bsn) {
        if (bsn == null || !bsn.matches("\\d{9}")) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (bsn.charAt(i) - '0');
        }
        som -= bsn.charAt(8) - '0';
        return som % 11 == 0 && !bsn.equals("000000000");
    }
}
