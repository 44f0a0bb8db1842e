package nl.woonregie.verdeling;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A constituent part of a gemeente changed by a herindeling (art. 30 lid 2): a gemeente as it was on the population's
 * peildatum, with its CBS population then. {@code opgeheven} is the day it ended (null: the gemeente itself, which
 * took the others in); {@code deels} says that only a part of it came to this gemeente (a split), so its population
 * is not this gemeente's.
 */
@Schema(name = "Samenstellingsdeel")
public record Samenstellingsdeel(String code, String naam,
        @Schema(description = "Dag waarop de gemeente ophield te bestaan; leeg: de gemeente zelf") LocalDate opgeheven,
        @Schema(description = "Inwoners volgens het CBS op de peildatum") long inwoners,
        @Schema(description = "true: alleen een deel ging naar deze gemeente (splitsing)") boolean deels) {
}
