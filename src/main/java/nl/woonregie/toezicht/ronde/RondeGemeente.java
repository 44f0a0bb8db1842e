package nl.woonregie.toezicht.ronde;

import java.util.List;
import nl.woonregie.toezicht.BeoordelingRecord;
import nl.woonregie.toezicht.BevindingRecord;
import nl.woonregie.toezicht.DossierRecord;

/**
 * One municipality in a round as stored: its outcome at the peildatum (null when figures were missing, then
 * {@code ontbrekend} says which), the engine's findings, and the engine's exact input. The JSON of the stored
 * records has schema version {@value #SCHEMA_VERSIE}; a row of an older version is converted by a migration.
 */
public record RondeGemeente(String gemeente, String tredeVoor, String tredeNa, BeoordelingRecord.Conclusie conclusie,
        BeoordelingRecord beoordeling, List<BevindingRecord> bevindingen, List<String> ontbrekend,
        DossierRecord invoer) {

    public static final int SCHEMA_VERSIE = 3;

    public RondeGemeente {
        bevindingen = bevindingen == null ? List.of() : List.copyOf(bevindingen);
        ontbrekend = ontbrekend == null ? List.of() : List.copyOf(ontbrekend);
    }

    public boolean beoordeeld() {
        return beoordeling != null;
    }
}
