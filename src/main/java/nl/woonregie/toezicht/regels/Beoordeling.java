package nl.woonregie.toezicht.regels;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The outcome at one peildatum: a {@link Tussentijds} check or an {@link Eindoordeel}. */
public sealed interface Beoordeling permits Beoordeling.Tussentijds, Beoordeling.Eindoordeel {

    LocalDate peildatum();

    Periode periode();

    Trede tredeVoor();

    Trede tredeNa();

    Conclusie conclusie();

    Trede voorgesteldeTrede();

    boolean besluitVereist();

    List<Motivering> motivering();

    enum Conclusie {
        VOLGENDE_FASE, ZELFDE_FASE, GEREALISEERD, VOLGENDE_FASE_VOORGESTELD
    }

    /** One rule that decided, with a Dutch sentence a supervisor can put in a letter. */
    record Motivering(String regel, String tekst) {
    }

    /** Tussentijdse toets (1 April / 1 October). */
    record Tussentijds(LocalDate peildatum, Periode periode, long taakstelling, long saldoIn, long additioneleOpgave,
            long opgave, long minimaal, BigDecimal drempelOpSchema, long gehuisvest, boolean opSchema,
            long nogTeHuisvesten, Long koppelingen, Boolean koppelingenVoldoende, Integer percentageVanOpgave,
            Trede tredeVoor, Trede tredeNa, Conclusie conclusie, Trede voorgesteldeTrede, boolean besluitVereist,
            List<Motivering> motivering) implements Beoordeling {
    }

    /**
     * Eindoordeel (1 July / 1 January) of the period that just ended.
     *
     * @param omkoppelingen          question (3): omkoppelingen that count in this period (R6, R11)
     * @param omkoppelingenGemeld    the omkoppelingen COA reported for the period, counted or not
     * @param omkoppelingenTellenMee false when the beleidskader does not count omkoppelingen in this period (R8)
     */
    record Eindoordeel(LocalDate peildatum, Periode periode, long taakstelling, long saldoIn, long additioneleOpgave,
            long opgave, long gehuisvestCoa, long huurcontracten, long huurcontractenMeegeteld,
            Long gehuisvestCoaDefinitief, boolean gerealiseerd, BigDecimal drempelNietStijgen,
            Boolean drempelGehaald, Boolean koppelingenVoldoende, boolean omkoppelingen, long omkoppelingenGemeld,
            boolean omkoppelingenTellenMee, boolean stapelgemeente,
            String verschoonbareReden, Integer percentageVanOpgave, Trede tredeVoor, Trede tredeNa,
            Conclusie conclusie, Trede voorgesteldeTrede, boolean besluitVereist, String besluitMotivering,
            long saldoUit, VolgendePeriode volgendePeriode, List<Motivering> motivering) implements Beoordeling {
    }

    /** The figures of the next period, as a letter after the eindoordeel reports them. */
    record VolgendePeriode(Periode periode, long taakstelling, long saldoIn, long opgave, long minimaal) {
    }
}
