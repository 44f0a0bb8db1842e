package nl.woonregie.brieven;

import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;

/**
 * A province changed how its decisions go out by e-mail (ADR 0055), with the setting before ({@code vorige} null:
 * the default was in force) and after, and the reason. Recorded by the audit trail (object
 * {@code verzendinstelling}, the province's code).
 */
public sealed interface VerzendinstellingGebeurtenis extends AuditGebeurtenis.MetVorige
        permits VerzendinstellingGebeurtenis.Gewijzigd {

    record Gewijzigd(String provincie, int versie, Map<String, Object> vorige, Map<String, Object> waarden,
            Actor door) implements VerzendinstellingGebeurtenis {

        @Override
        public String actie() {
            return "VERZENDINSTELLING_GEWIJZIGD";
        }

        @Override
        public String objectType() {
            return "verzendinstelling";
        }

        @Override
        public String objectId() {
            return provincie;
        }
    }
}
