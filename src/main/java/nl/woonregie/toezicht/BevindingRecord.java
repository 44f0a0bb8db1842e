package nl.woonregie.toezicht;

import java.time.LocalDate;

import nl.woonregie.toezicht.regels.Bevinding;

/** A finding of the engine about a municipality's figures, as a round stores it. */
public record BevindingRecord(Bevinding.Type type, LocalDate peildatum, String tekst) {

    public static BevindingRecord van(Bevinding b) {
        return new BevindingRecord(b.type(), b.peildatum(), b.tekst());
    }
}
