package nl.woonregie.programma;

import java.util.List;
import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;
import nl.woonregie.platform.audit.AuditGebeurtenis.MetWaarden;

/**
 * What changed in a municipality's integration caseload. The audit trail records it (object {@code statushouder}
 * with its id, or {@code caseload} with the municipality): which fields changed and the case manager assigned, never
 * the personal data themselves — those stay in the caseload, where they are anonymised after the retention term.
 */
public sealed interface CaseloadGebeurtenis extends AuditGebeurtenis permits CaseloadGebeurtenis.Geregistreerd,
        CaseloadGebeurtenis.Gewijzigd, CaseloadGebeurtenis.Geanonimiseerd, CaseloadGebeurtenis.JaarcijferVastgelegd {

    String gemeente();

    /** A statushouder was registered in the caseload. */
    record Geregistreerd(long statushouder, String gemeente, Map<String, Object> waarden, Actor door)
            implements CaseloadGebeurtenis, MetWaarden {

        @Override
        public String actie() {
            return "CASELOAD_GEREGISTREERD";
        }

        @Override
        public String objectType() {
            return "statushouder";
        }

        @Override
        public String objectId() {
            return Long.toString(statushouder);
        }
    }

    /** A statushouder's data changed (version {@code versie}); {@code waarden}: the names of the changed fields. */
    record Gewijzigd(long statushouder, String gemeente, int versie, Map<String, Object> waarden, Actor door)
            implements CaseloadGebeurtenis, MetWaarden {

        @Override
        public String actie() {
            return "CASELOAD_GEWIJZIGD";
        }

        @Override
        public String objectType() {
            return "statushouder";
        }

        @Override
        public String objectId() {
            return Long.toString(statushouder);
        }
    }

    /** The personal data of these statushouders were overwritten after the retention term. */
    record Geanonimiseerd(String gemeente, List<Long> statushouders, Map<String, Object> waarden, Actor door)
            implements CaseloadGebeurtenis, MetWaarden {

        @Override
        public String actie() {
            return "CASELOAD_GEANONIMISEERD";
        }

        @Override
        public String objectType() {
            return "caseload";
        }

        @Override
        public String objectId() {
            return gemeente;
        }
    }

    /** A yearly taakstelling or realisation figure was entered as its source states it. */
    record JaarcijferVastgelegd(long jaarcijfer, String gemeente, Map<String, Object> waarden, Actor door)
            implements CaseloadGebeurtenis, MetWaarden {

        @Override
        public String actie() {
            return "CASELOAD_JAARCIJFER_VASTGELEGD";
        }

        @Override
        public String objectType() {
            return "caseload";
        }

        @Override
        public String objectId() {
            return gemeente;
        }
    }
}
