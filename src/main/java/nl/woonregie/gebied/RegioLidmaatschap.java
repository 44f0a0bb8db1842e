package nl.woonregie.gebied;

import java.time.LocalDate;

/** Membership of a gemeente in a region during a half-open period (see {@link Geldigheid}). */
public record RegioLidmaatschap(Regio regio, LocalDate geldigVanaf, LocalDate geldigTot) {

    public boolean geldigOp(LocalDate dag) {
        return new Geldigheid(geldigVanaf, geldigTot).geldigOp(dag);
    }
}
