package nl.woonregie.toezicht.regels;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** Dutch formats for texts a supervisor reads: 1.592; 146,3; 1 oktober 2022. */
public final class NlFormaat {

    private static final String[] MAANDEN = {"januari", "februari", "maart", "april", "mei", "juni", "juli",
        "augustus", "september", "oktober", "november", "december"};

    private NlFormaat() {
    }

    /** 1592 → "1.592"; -70 → "-70". */
    public static String getal(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder sb = new StringBuilder();
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                sb.append('.');
            }
            sb.append(digits.charAt(i));
        }
        return (n < 0 ? "-" : "") + sb;
    }

    /** 146.30 → "146,3"; 140.0 → "140"; 1234.5 → "1.234,5". */
    public static String decimaal(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() <= 0) {
            return getal(v.setScale(0, RoundingMode.UNNECESSARY).longValueExact());
        }
        String plain = v.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = getal(Long.parseLong(plain.substring(0, dot)));
        return (v.signum() < 0 ? "-" : "") + whole + "," + plain.substring(dot + 1);
    }

    /** 0.70 → "70%". */
    public static String procent(BigDecimal fraction) {
        return decimaal(fraction.multiply(BigDecimal.valueOf(100))) + "%";
    }

    /** 2022-10-01 → "1 oktober 2022". */
    public static String datum(LocalDate d) {
        return d.getDayOfMonth() + " " + MAANDEN[d.getMonthValue() - 1] + " " + d.getYear();
    }

    public static String maand(int maand) {
        return MAANDEN[maand - 1];
    }
}
