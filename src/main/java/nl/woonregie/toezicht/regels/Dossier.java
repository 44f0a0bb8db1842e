package nl.woonregie.toezicht.regels;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The input of the engine: one municipality's figures over consecutive periods, the step before the first
 * peildatum, and the recorded decisions of the province.
 *
 * <p>{@code vastgesteldeTreden}: the step after a peildatum as it was made final (vastgesteld) in a round. The
 * ladder follows the last final round: the engine continues from that step, and reports a finding when the current
 * figures would have given another.
 */
public record Dossier(String gemeente, Trede startTrede, List<PeriodeCijfers> perioden, List<Besluit> besluiten,
        Map<LocalDate, Trede> vastgesteldeTreden) {

    public Dossier {
        perioden = List.copyOf(perioden);
        besluiten = besluiten == null ? List.of() : List.copyOf(besluiten);
        vastgesteldeTreden = vastgesteldeTreden == null ? Map.of() : Map.copyOf(vastgesteldeTreden);
    }

    public Dossier(String gemeente, Trede startTrede, List<PeriodeCijfers> perioden, List<Besluit> besluiten) {
        this(gemeente, startTrede, perioden, besluiten, Map.of());
    }

    /**
     * The figures of one period.
     *
     * @param saldoIn on the first period the saldo carried in (null = 0); on a later period a correction that
     *                replaces the computed saldo (null = no correction)
     * @param tussenstand figures at the mid date, or null
     * @param eindstand   figures for the eindoordeel, or null for a running period
     */
    public record PeriodeCijfers(Periode periode, long taakstelling, Long saldoIn, long additioneleOpgave,
            Tussenstand tussenstand, Eindstand eindstand) {
    }

    /**
     * Figures at the mid date (1 April / 1 October).
     *
     * @param koppelingen          linked and not yet housed, null when unknown
     * @param koppelingenVoldoende the supervisor's judgment, overriding the computed one (R5), or null
     */
    public record Tussenstand(long gehuisvest, Long koppelingen, Boolean koppelingenVoldoende) {
    }

    /**
     * Figures for the eindoordeel (1 July / 1 January).
     *
     * @param gehuisvestCoaDefinitief COA's corrected final figure, or null; only the saldo is computed from it (R13)
     * @param verschoonbareReden      an excusable reason recorded by the supervisor, or null
     */
    public record Eindstand(long gehuisvestCoa, long huurcontracten, Long gehuisvestCoaDefinitief, long omkoppelingen,
            int stapelgemeenteMaanden, boolean stapelgemeenteLaatsteMaand, String verschoonbareReden) {
    }

    /** A recorded decision of Gedeputeerde Staten that makes a proposed move to a decision step take effect. */
    public record Besluit(LocalDate peildatum, Trede trede, String motivering) {
    }
}
