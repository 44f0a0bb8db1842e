package nl.woonregie.toezicht.regels;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A province's beleidskader as data: its interventieladder and its dated parameters. Read from a YAML file by
 * {@link BeleidskaderLezer}; the engine has no province-specific code paths.
 *
 * @param tussentijdseFactor   per peildatum: the fraction of the minimaal that must be housed at a tussentijdse toets
 *                             (R3; 1.0 normally, 0.70 on the corona peildata of Zuid-Holland)
 * @param drempelNietStijgen   per first day of the judged period: the "niet stijgen" threshold (R8), or none
 * @param splitsingTrede3      from this peildatum on, letters say 3a/3b; before it a plain 3 (the engine reads 3 as 3a)
 * @param kalender             the length of the periods and the dates of the tussentijdse toets and the eindoordeel
 * @param teltMee              per first day of the judged period: whether koppelingen, omkoppelingen and
 *                             stapelgemeente count in the eindoordeel (R6, R11); all count unless the kader says not
 */
public record Beleidskader(
        String id,
        String naam,
        String provincie,
        String bron,
        LocalDate geldigVanaf,
        LocalDate geldigTot,
        Ladder ladder,
        Waarden<BigDecimal> tussentijdseFactor,
        Waarden<DrempelNietStijgen> drempelNietStijgen,
        int stapelgemeenteMinimaalMaanden,
        boolean stapelgemeenteLaatsteMaandVereist,
        int huurcontractenDagenVoorEinde,
        int huurcontractenIndientermijnDagen,
        LocalDate splitsingTrede3,
        Kalender kalender,
        TeltMee teltMee) {

    /** The three counting switches of R6/R11, each dated (a missing switch counts). */
    public record TeltMee(Waarden<Boolean> koppelingen, Waarden<Boolean> omkoppelingen,
            Waarden<Boolean> stapelgemeente) {

        /** Everything counts on every date. */
        public static final TeltMee ALLES = new TeltMee(Waarden.geen(), Waarden.geen(), Waarden.geen());
    }

    public Beleidskader {
        kalender = kalender == null ? Kalender.HALFJAAR_MET_TUSSENTIJDSE_TOETS : kalender;
        teltMee = teltMee == null ? TeltMee.ALLES : teltMee;
    }

    /** Whether the kader is in force on the date (from {@code geldigVanaf} up to and including {@code geldigTot}). */
    public boolean geldigOp(LocalDate datum) {
        return !geldigVanaf.isAfter(datum) && (geldigTot == null || !geldigTot.isBefore(datum));
    }

    /** Whether koppelingen count in the judged period (R11's excuse of too few koppelingen). */
    public boolean koppelingenTellenMee(Periode periode) {
        return teltMee.koppelingen().op(periode.eersteDag()).orElse(true);
    }

    /** Whether omkoppelingen count in the judged period (R6 question 3), apart from the threshold's own switch. */
    public boolean omkoppelingenTellenMee(Periode periode) {
        return teltMee.omkoppelingen().op(periode.eersteDag()).orElse(true);
    }

    /** Whether being a stapelgemeente counts in the judged period (R6 question 4). */
    public boolean stapelgemeenteTeltMee(Periode periode) {
        return teltMee.stapelgemeente().op(periode.eersteDag()).orElse(true);
    }

    /** The factor of R3 in force at the peildatum (1 when the beleidskader sets none). */
    public BigDecimal tussentijdseFactor(LocalDate peildatum) {
        return tussentijdseFactor.op(peildatum).orElse(BigDecimal.ONE);
    }

    /**
     * Whether the factor holding on {@code peildatum} is temporary: a later dated value replaces it (Zuid-Holland's
     * corona peildata); a factor without a successor is the kader's norm, not an exception.
     */
    public boolean tussentijdseFactorTijdelijk(LocalDate peildatum) {
        return tussentijdseFactor.alle().higherKey(peildatum) != null;
    }

    /** The R8 threshold rule for the judged period, if any. */
    public Optional<DrempelNietStijgen> drempelNietStijgen(Periode periode) {
        return drempelNietStijgen.op(periode.eersteDag());
    }

    /** Whether the municipality counts as stapelgemeente in the judged period (R6 question 4). */
    public boolean isStapelgemeente(int maanden, boolean laatsteMaand) {
        return maanden >= stapelgemeenteMinimaalMaanden && (laatsteMaand || !stapelgemeenteLaatsteMaandVereist);
    }

    /** The label of a step as a letter of that date writes it (a plain "3" before the 3a/3b split). */
    public String tredeLabel(Trede trede, LocalDate peildatum) {
        if (splitsingTrede3 != null && peildatum.isBefore(splitsingTrede3) && trede.code().startsWith("3")) {
            return "3";
        }
        return trede.code();
    }
}
