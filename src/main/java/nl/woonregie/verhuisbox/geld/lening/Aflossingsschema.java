package nl.woonregie.verhuisbox.geld.lening;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The repayment schedule of an interest-free loan: {@code maanden} monthly instalments, the first on
 * {@code eersteVervaldatum}, each next one the same day of a later month ({@link LocalDate#plusMonths} from the first
 * date, so 31 January gives 28/29 February, then 31 March). Every instalment is the amount divided by the term,
 * rounded down to the cent; the last takes the cent remainder, so the instalments add up to the amount exactly and
 * the last is never lower than the others. Interest is not computed (ADR 0062): a loan of the bijzondere bijstand is
 * interest-free in the team's practice.
 */
public final class Aflossingsschema {

    /** The longest term in months (ten years). */
    public static final int MAX_MAANDEN = 120;

    /** One instalment: its number (1-based), due date and amount. */
    public record Termijn(int nummer, LocalDate vervaldatum, BigDecimal bedrag) {
    }

    private Aflossingsschema() {
    }

    /** The regular instalment (all but possibly the last): the amount ÷ term, rounded down to the cent. */
    public static BigDecimal termijnbedrag(BigDecimal bedrag, int maanden) {
        controleer(bedrag, maanden);
        return bedrag.divide(BigDecimal.valueOf(maanden), 2, RoundingMode.DOWN);
    }

    /**
     * The schedule; throws {@link IllegalArgumentException} for an amount that is not positive or has more than two
     * decimals, a term outside 1–{@value #MAX_MAANDEN} months, or an amount below one cent per month.
     */
    public static List<Termijn> bereken(BigDecimal bedrag, int maanden, LocalDate eersteVervaldatum) {
        if (eersteVervaldatum == null) {
            throw new IllegalArgumentException("eerste vervaldatum ontbreekt");
        }
        BigDecimal termijn = termijnbedrag(bedrag, maanden);
        BigDecimal laatste = bedrag.subtract(termijn.multiply(BigDecimal.valueOf(maanden - 1L)));
        List<Termijn> schema = new ArrayList<>(maanden);
        for (int i = 0; i < maanden; i++) {
            schema.add(new Termijn(i + 1, eersteVervaldatum.plusMonths(i), i == maanden - 1 ? laatste : termijn));
        }
        return List.copyOf(schema);
    }

    private static void controleer(BigDecimal bedrag, int maanden) {
        if (bedrag == null || bedrag.signum() <= 0 || bedrag.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("het bedrag moet positief zijn, met hoogstens twee decimalen");
        }
        if (maanden < 1 || maanden > MAX_MAANDEN) {
            throw new IllegalArgumentException("de looptijd is 1 tot en met " + MAX_MAANDEN + " maanden");
        }
        if (bedrag.compareTo(new BigDecimal("0.01").multiply(BigDecimal.valueOf(maanden))) < 0) {
            throw new IllegalArgumentException("het bedrag is kleiner dan één cent per maand");
        }
    }
}
