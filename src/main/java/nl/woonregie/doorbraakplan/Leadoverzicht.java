package nl.woonregie.doorbraakplan;

import java.time.LocalDate;

import nl.woonregie.doorbraakplan.pijplijn.Inbrenger;
import nl.woonregie.doorbraakplan.pijplijn.Kleur;
import nl.woonregie.doorbraakplan.pijplijn.Leadstatus;

/** A lead in the register (no personal data: the submitter's kind only). */
public record Leadoverzicht(long id, String naam, String adres, Leadstatus status, Inbrenger inbrenger,
        LocalDate ingediendOp, LocalDate laatsteStap, Kleur kleur, Long tranche, String trancheNaam,
        String afvalreden, String afvalredenOmschrijving, String projectleider) {
}
