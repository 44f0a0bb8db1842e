package nl.woonregie.doorbraakplan;

import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;

/**
 * What changed in a municipality's uitgangspunten check and its tranches' planning — each with the values before and
 * after (and the reason of a new list). Recorded by the audit trail.
 */
public sealed interface ToetsGebeurtenis extends AuditGebeurtenis.MetVorige permits
        ToetsGebeurtenis.UitgangspuntenVastgelegd, ToetsGebeurtenis.Gescoord, ToetsGebeurtenis.MijlpaalVastgelegd {

    String gemeente();

    /** A new version of the municipality's list (object {@code doorbraakplan-uitgangspunten}, its code). */
    record UitgangspuntenVastgelegd(String gemeente, int versie, Map<String, Object> vorige,
            Map<String, Object> waarden, Actor door) implements ToetsGebeurtenis {

        @Override
        public String actie() {
            return "UITGANGSPUNTEN_VASTGELEGD";
        }

        @Override
        public String objectType() {
            return "doorbraakplan-uitgangspunten";
        }

        @Override
        public String objectId() {
            return gemeente;
        }
    }

    /** A lead's scores changed: a new score version (object {@code doorbraakplan-lead}, its id). */
    record Gescoord(long leadId, String gemeente, int versie, Map<String, Object> vorige, Map<String, Object> waarden,
            Actor door) implements ToetsGebeurtenis {

        @Override
        public String actie() {
            return "UITGANGSPUNTEN_GESCOORD";
        }

        @Override
        public String objectType() {
            return "doorbraakplan-lead";
        }

        @Override
        public String objectId() {
            return Long.toString(leadId);
        }
    }

    /** A milestone added ({@code vorige} null) or changed (object {@code doorbraakplan-mijlpaal}, its id). */
    record MijlpaalVastgelegd(long mijlpaalId, String gemeente, int versie, Map<String, Object> vorige,
            Map<String, Object> waarden, Actor door) implements ToetsGebeurtenis {

        @Override
        public String actie() {
            return vorige == null ? "MIJLPAAL_TOEGEVOEGD" : "MIJLPAAL_GEWIJZIGD";
        }

        @Override
        public String objectType() {
            return "doorbraakplan-mijlpaal";
        }

        @Override
        public String objectId() {
            return Long.toString(mijlpaalId);
        }
    }
}
