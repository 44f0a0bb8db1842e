package nl.woonregie.gebied;

import java.time.LocalDate;

/**
 * A half-open validity period: valid from {@code vanaf} (inclusive; null when it was already valid when the register
 * starts) until {@code tot} (exclusive, the first day on which it is no longer valid; null while still valid).
 */
public record Geldigheid(LocalDate vanaf, LocalDate tot) {

    public boolean geldigOp(LocalDate dag) {
        return (vanaf == null || !dag.isBefore(vanaf)) && (tot == null || dag.isBefore(tot));
    }
}
