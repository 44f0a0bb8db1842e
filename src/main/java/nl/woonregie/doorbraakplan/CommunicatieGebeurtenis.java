package nl.woonregie.doorbraakplan;

import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;

/**
 * What changed in a municipality's communication plans: an action or a meeting added or changed (a new version, with
 * the values before and after and the reason), an audience added to or withdrawn from the list. Recorded by the audit
 * trail.
 */
public sealed interface CommunicatieGebeurtenis extends AuditGebeurtenis.MetVorige {

    String gemeente();

    /** An action stored (object {@code doorbraakplan-communicatieactie}); {@code vorige} null: new. */
    record ActieVastgelegd(long actieId, String gemeente, int versie, Map<String, Object> vorige,
            Map<String, Object> waarden, Actor door) implements CommunicatieGebeurtenis {

        @Override
        public String actie() {
            return vorige == null ? "COMMUNICATIEACTIE_TOEGEVOEGD" : "COMMUNICATIEACTIE_GEWIJZIGD";
        }

        @Override
        public String objectType() {
            return "doorbraakplan-communicatieactie";
        }

        @Override
        public String objectId() {
            return Long.toString(actieId);
        }
    }

    /** A meeting stored (object {@code doorbraakplan-bijeenkomst}); {@code vorige} null: new. */
    record BijeenkomstVastgelegd(long bijeenkomstId, String gemeente, int versie, Map<String, Object> vorige,
            Map<String, Object> waarden, Actor door) implements CommunicatieGebeurtenis {

        @Override
        public String actie() {
            return vorige == null ? "BIJEENKOMST_TOEGEVOEGD" : "BIJEENKOMST_GEWIJZIGD";
        }

        @Override
        public String objectType() {
            return "doorbraakplan-bijeenkomst";
        }

        @Override
        public String objectId() {
            return Long.toString(bijeenkomstId);
        }
    }

    /** An audience added, renamed or withdrawn (object {@code doorbraakplan-doelgroep}, {@code GM0518:RAAD}). */
    record DoelgroepVastgelegd(String gemeente, String code, Map<String, Object> vorige, Map<String, Object> waarden,
            Actor door) implements CommunicatieGebeurtenis {

        @Override
        public String actie() {
            return "DOELGROEP_GEWIJZIGD";
        }

        @Override
        public String objectType() {
            return "doorbraakplan-doelgroep";
        }

        @Override
        public String objectId() {
            return gemeente + ":" + code;
        }
    }
}
