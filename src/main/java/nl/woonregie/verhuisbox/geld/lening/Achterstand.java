package nl.woonregie.verhuisbox.geld.lening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import nl.woonregie.verhuisbox.geld.lening.Aflossingsschema.Termijn;

/**
 * The arrears (achterstand) of a loan on a day: due so far (the instalments with a due date up to and including the
 * day) minus repaid so far (the repayments dated up to and including the day), never below zero. Repayments cover the
 * instalments in order of their due date (oldest first), so the oldest instalment not fully covered tells since when
 * the loan is behind: the number of days in arrears is the day minus its due date (0 when nothing is behind).
 */
public final class Achterstand {

    /** A repayment: its date and amount. */
    public record Aflossing(LocalDate datum, BigDecimal bedrag) {
    }

    /**
     * The state of a loan on {@code peildatum}.
     *
     * @param verschuldigd        the sum of the instalments due up to and including the day
     * @param afgelost            the sum of the repayments up to and including the day
     * @param achterstand         verschuldigd − afgelost, at least 0
     * @param openstaand          the amount of the loan not repaid yet (all repayments)
     * @param oudsteOnbetaald     the due date of the oldest instalment not fully covered by all repayments, null when
     *                            the loan is repaid
     * @param dagenAchterstand    days since the oldest instalment not covered on the day fell due; 0 without arrears
     */
    public record Stand(BigDecimal verschuldigd, BigDecimal afgelost, BigDecimal achterstand, BigDecimal openstaand,
            LocalDate oudsteOnbetaald, long dagenAchterstand) {

        /** Is the loan more than {@code dagen} days in arrears? */
        public boolean langerDan(int dagen) {
            return dagenAchterstand > dagen;
        }
    }

    private Achterstand() {
    }

    public static Stand op(List<Termijn> schema, List<Aflossing> aflossingen, LocalDate peildatum) {
        BigDecimal verschuldigd = BigDecimal.ZERO.setScale(2);
        BigDecimal totaal = BigDecimal.ZERO.setScale(2);
        for (Termijn t : schema) {
            totaal = totaal.add(t.bedrag());
            if (!t.vervaldatum().isAfter(peildatum)) {
                verschuldigd = verschuldigd.add(t.bedrag());
            }
        }
        BigDecimal afgelostTotDan = BigDecimal.ZERO.setScale(2);
        BigDecimal afgelostAlles = BigDecimal.ZERO.setScale(2);
        for (Aflossing a : aflossingen) {
            afgelostAlles = afgelostAlles.add(a.bedrag());
            if (!a.datum().isAfter(peildatum)) {
                afgelostTotDan = afgelostTotDan.add(a.bedrag());
            }
        }
        BigDecimal achterstand = verschuldigd.subtract(afgelostTotDan).max(BigDecimal.ZERO.setScale(2));
        LocalDate oudsteOnbetaald = oudsteNietGedekt(schema, afgelostAlles);
        LocalDate oudsteOpDag = oudsteNietGedekt(schema, afgelostTotDan);
        long dagen = achterstand.signum() > 0 && oudsteOpDag != null && !oudsteOpDag.isAfter(peildatum)
                ? ChronoUnit.DAYS.between(oudsteOpDag, peildatum) : 0;
        return new Stand(verschuldigd, afgelostTotDan, achterstand,
                totaal.subtract(afgelostAlles).max(BigDecimal.ZERO.setScale(2)), oudsteOnbetaald, dagen);
    }

    /** The due date of the first instalment that {@code afgelost}, covering the instalments in order, leaves open. */
    private static LocalDate oudsteNietGedekt(List<Termijn> schema, BigDecimal afgelost) {
        BigDecimal gedekt = BigDecimal.ZERO;
        for (Termijn t : schema) {
            gedekt = gedekt.add(t.bedrag());
            if (gedekt.compareTo(afgelost) > 0) {
                return t.vervaldatum();
            }
        }
        return null;
    }

    /**
     * From which day the loan counts as more than {@code dagen} days in arrears if nothing more is repaid: the day
     * after the oldest instalment not covered by all repayments is {@code dagen} days overdue; null for a repaid
     * loan.
     */
    public static LocalDate signaalVanaf(Stand stand, int dagen) {
        return stand.oudsteOnbetaald() == null ? null : stand.oudsteOnbetaald().plusDays(dagen + 1L);
    }
}
