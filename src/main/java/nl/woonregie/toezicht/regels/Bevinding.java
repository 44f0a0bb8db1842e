package nl.woonregie.toezicht.regels;

import java.time.LocalDate;

/** A consistency finding about the figures: something a supervisor must see before a letter goes out. */
public record Bevinding(Type type, LocalDate peildatum, String tekst) {

    public enum Type {
        /** A saldo carried in differs from the one computed from the previous period (a recorded correction). */
        SALDO_GECORRIGEERD,
        /** COA's final figure of an ended period differs from the figure of the judgment (R13). */
        REALISATIE_GECORRIGEERD,
        /** The step before a peildatum does not match the step after the previous one. */
        TREDE_VOOR_WIJKT_AF,
        /** The figures as they are now would give another step than the one made final in a round. */
        VASTGESTELDE_TREDE_WIJKT_AF,
        /** Figures that cannot be true, e.g. fewer housed at the end than at the mid date. */
        ONMOGELIJK_CIJFER,
        /** A recorded decision that matches no proposal of the engine and therefore had no effect. */
        BESLUIT_NIET_TOEGEPAST
    }
}
