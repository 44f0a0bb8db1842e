package nl.woonregie.gebied;

import java.time.LocalDate;

/**
 * A gemeente by its CBS code. {@code geldigVanaf} is null when it already existed on
 * {@link GebiedService#GEMEENTEN_BEKEND_VANAF}; {@code geldigTot} is the day of its herindeling (exclusive), and
 * {@code opgegaanIn} the code of the gemeente it then became part of (null for a gemeente that was split:
 * {@link GebiedService#delenNaar}).
 */
public record Gemeente(String code, String naam, Provincie provincie, LocalDate geldigVanaf, LocalDate geldigTot,
        String opgegaanIn) {

    public Geldigheid geldigheid() {
        return new Geldigheid(geldigVanaf, geldigTot);
    }

    public boolean geldigOp(LocalDate dag) {
        return geldigheid().geldigOp(dag);
    }
}
