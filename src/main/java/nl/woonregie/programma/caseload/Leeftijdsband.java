package nl.woonregie.programma.caseload;

import java.time.LocalDate;
import java.time.Period;

/**
 * The age bands of Wassenaar's plan, each with the partners that serve it (004:L225-317): 0–4 (VVE, CJG), 4–12
 * (basisscholen), 12–18 (VO-scholen, leerplicht), 18–27 (schakelprogramma, jongerenwerk) and 27 and older. A band
 * holds the ages from its lower bound (inclusive) until its upper bound (exclusive): 4–12 is 4 up to and including 11.
 *
 * <p>Computed from the birth date on a given day, never stored: a person moves to the next band on a birthday, and the
 * overview of any day counts the bands of that day.
 */
public enum Leeftijdsband {
    TOT_4(0, 4), VAN_4_TOT_12(4, 12), VAN_12_TOT_18(12, 18), VAN_18_TOT_27(18, 27), VANAF_27(27, Integer.MAX_VALUE);

    private final int van;
    private final int tot;

    Leeftijdsband(int van, int tot) {
        this.van = van;
        this.tot = tot;
    }

    /** The age in whole years on {@code dag}. */
    public static int leeftijd(LocalDate geboortedatum, LocalDate dag) {
        return Period.between(geboortedatum, dag).getYears();
    }

    /** The band of someone born on {@code geboortedatum}, on {@code dag} (on or after the birth date). */
    public static Leeftijdsband op(LocalDate geboortedatum, LocalDate dag) {
        int leeftijd = Math.max(0, leeftijd(geboortedatum, dag));
        for (Leeftijdsband b : values()) {
            if (leeftijd >= b.van && leeftijd < b.tot) {
                return b;
            }
        }
        throw new IllegalStateException("geen band voor " + leeftijd);
    }
}
