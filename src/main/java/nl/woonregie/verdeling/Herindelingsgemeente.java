package nl.woonregie.verdeling;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A gemeente of a half-year's indeling that a herindeling changed after the population's peildatum (art. 30): its
 * constituent parts, the default (the sum of the parts; none after a split, whose parts' inhabitants are not known),
 * the figure Gedeputeerde Staten fixed (null while there is none) and the figure the distribution uses.
 */
@Schema(name = "Herindelingsgemeente")
public record Herindelingsgemeente(String code, String naam, Provincieverwijzing provincie, List<Samenstellingsdeel> delen,
        @Schema(description = "De som van de delen; leeg na een splitsing (dan stellen Gedeputeerde Staten het vast)")
        Long somVanDelen,
        @Schema(description = "Het inwonertal dat Gedeputeerde Staten vaststelden") VastgesteldInwonertal vastgesteld,
        @Schema(description = "Het inwonertal waarmee de verdeling rekent; leeg zolang het na een splitsing ontbreekt")
        Long gebruikt,
        @Schema(description = "Waar het gebruikte inwonertal vandaan komt; leeg zolang het ontbreekt") Inwonersbron bron) {
}
