package nl.woonregie.gebied;

import java.time.LocalDate;

/** The population of a gemeente on a peildatum (1 January), on the gemeentelijke indeling of that date. */
public record Bevolking(LocalDate peildatum, int inwoners) {
}
