package nl.woonregie.doorbraakplan;

import java.time.LocalDate;

/** A tranche: the locations of one college decision (its date and reference), each oranje or groen. */
public record Tranche(long id, String gemeente, String naam, LocalDate besluitdatum, String kenmerk, int leads,
        int oranje, int groen) {
}
