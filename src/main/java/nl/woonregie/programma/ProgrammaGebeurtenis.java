package nl.woonregie.programma;

import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;

/**
 * What changed in a programme: made, or a part of its plan set (a theme, goal, project, budget line or indicator
 * added or changed, a measurement added), each a new version with the reason its author gave. Recorded by the audit
 * trail (object {@code programma}, its id).
 */
public sealed interface ProgrammaGebeurtenis extends AuditGebeurtenis permits ProgrammaGebeurtenis.Aangemaakt,
        ProgrammaGebeurtenis.OnderdeelGezet, ProgrammaGebeurtenis.Geimporteerd {

    long programmaId();

    /** The owner gemeente. */
    String gemeente();

    @Override
    default String objectType() {
        return "programma";
    }

    @Override
    default String objectId() {
        return Long.toString(programmaId());
    }

    /** The parts of a plan that are changed one at a time. */
    enum Onderdeel {
        THEMA, DOEL, PROJECT, BEGROTINGSREGEL, INDICATOR, METING, DEKKINGSREGEL,
        /** What was spent on a budget line in a year (issue 18 §2). */
        REALISATIE,
        /** The controller's split of a multi-year line over its years. */
        VERDELING,
        /** The programme's own facts: name, region, partner gemeenten, period, source of funds, decision. */
        GEGEVENS
    }

    /** A programme was made (version 1); {@code waarden}: its plan and the reason. */
    record Aangemaakt(long programmaId, String gemeente, Map<String, Object> waarden, Actor door)
            implements ProgrammaGebeurtenis, MetWaarden {

        @Override
        public String actie() {
            return "PROGRAMMA_AANGEMAAKT";
        }
    }

    /**
     * A part of the plan was added or changed (a new version {@code versie}); {@code vorige} the part before (empty
     * when it is new), {@code waarden} after, with the reason.
     */
    record OnderdeelGezet(long programmaId, String gemeente, int versie, Onderdeel onderdeel, int nummer,
            Map<String, Object> vorige, Map<String, Object> waarden, Actor door)
            implements ProgrammaGebeurtenis, MetVorige {

        @Override
        public String actie() {
            return "PROGRAMMA_" + onderdeel.name() + "_GEZET";
        }
    }

    /**
     * The plan was replaced by an imported workbook (a new version {@code versie}, {@link ProgrammaImport});
     * {@code vorige} the plan before, {@code waarden} the plan after, with the file's name and the reason.
     */
    record Geimporteerd(long programmaId, String gemeente, int versie, Map<String, Object> vorige,
            Map<String, Object> waarden, Actor door) implements ProgrammaGebeurtenis, MetVorige {

        @Override
        public String actie() {
            return "PROGRAMMA_GEIMPORTEERD";
        }
    }
}
