package nl.woonregie.doorbraakplan;

import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;

/**
 * What changed in a municipality's stored support: a department registered or renamed, a new version of its tariff
 * table, a new version of a support plan — each with the values before and after and the reason. Recorded by the
 * audit trail.
 */
public sealed interface SteunGebeurtenis extends AuditGebeurtenis.MetVorige permits
        SteunGebeurtenis.AfdelingVastgelegd, SteunGebeurtenis.TarievenVastgelegd, SteunGebeurtenis.SteunplanVastgelegd {

    String gemeente();

    /** A department added or renamed (object {@code steunafdeling}, {@code GM0518/OCW}); {@code vorige} null: new. */
    record AfdelingVastgelegd(String gemeente, String code, Map<String, Object> vorige, Map<String, Object> waarden,
            Actor door) implements SteunGebeurtenis {

        @Override
        public String actie() {
            return vorige == null ? "AFDELING_TOEGEVOEGD" : "AFDELING_GEWIJZIGD";
        }

        @Override
        public String objectType() {
            return "steunafdeling";
        }

        @Override
        public String objectId() {
            return gemeente + "/" + code;
        }
    }

    /** A new version of the municipality's tariff table (object {@code steuntarieven}, the municipality's code). */
    record TarievenVastgelegd(String gemeente, int versie, Map<String, Object> vorige, Map<String, Object> waarden,
            Actor door) implements SteunGebeurtenis {

        @Override
        public String actie() {
            return "STEUNTARIEVEN_VASTGELEGD";
        }

        @Override
        public String objectType() {
            return "steuntarieven";
        }

        @Override
        public String objectId() {
            return gemeente;
        }
    }

    /** A new version of a support plan (object {@code steunplan}, its id); {@code vorige} null: version 1. */
    record SteunplanVastgelegd(long planId, String gemeente, int versie, Map<String, Object> vorige,
            Map<String, Object> waarden, Actor door) implements SteunGebeurtenis {

        @Override
        public String actie() {
            return "STEUNPLAN_VASTGELEGD";
        }

        @Override
        public String objectType() {
            return "steunplan";
        }

        @Override
        public String objectId() {
            return Long.toString(planId);
        }
    }
}
