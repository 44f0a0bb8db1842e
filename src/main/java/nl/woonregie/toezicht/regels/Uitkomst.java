package nl.woonregie.toezicht.regels;

import java.util.List;

/** The engine's answer for a dossier: one {@link Beoordeling} per peildatum reached, and the findings. */
public record Uitkomst(List<Beoordeling> beoordelingen, List<Bevinding> bevindingen) {

    public Uitkomst {
        beoordelingen = List.copyOf(beoordelingen);
        bevindingen = List.copyOf(bevindingen);
    }

    /** The step after the last peildatum. */
    public Trede laatsteTrede(Trede startTrede) {
        return beoordelingen.isEmpty() ? startTrede : beoordelingen.get(beoordelingen.size() - 1).tredeNa();
    }
}
