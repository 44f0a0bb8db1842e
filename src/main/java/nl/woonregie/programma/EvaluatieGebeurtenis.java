package nl.woonregie.programma;

import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;

/**
 * An evaluation moment of a programme was recorded or changed (a new version {@code versie} of the programme);
 * {@code vorige} the moment before (empty when it is new), {@code waarden} after, with the reason. Recorded by the
 * audit trail (object {@code programma}, its id; action {@code PROGRAMMA_EVALUATIE_GEZET}).
 */
public record EvaluatieGebeurtenis(long programmaId, String gemeente, int versie, int nummer,
        Map<String, Object> vorige, Map<String, Object> waarden, Actor door) implements AuditGebeurtenis.MetVorige {

    @Override
    public String actie() {
        return "PROGRAMMA_EVALUATIE_GEZET";
    }

    @Override
    public String objectType() {
        return "programma";
    }

    @Override
    public String objectId() {
        return Long.toString(programmaId);
    }
}
