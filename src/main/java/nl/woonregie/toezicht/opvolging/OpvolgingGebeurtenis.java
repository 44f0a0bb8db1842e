package nl.woonregie.toezicht.opvolging;

import java.time.LocalDate;
import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;

/**
 * What happened in the follow-up of supervision: talks (versioned) and plans of action with their actions. Recorded
 * by the audit trail; {@code waarden} and {@code vorige} are the recorded contents after and before.
 */
public sealed interface OpvolgingGebeurtenis extends AuditGebeurtenis permits OpvolgingGebeurtenis.PlanVastgelegd,
        OpvolgingGebeurtenis.PlanBekrachtigd, OpvolgingGebeurtenis.ActieToegevoegd, OpvolgingGebeurtenis.ActieAfgerond,
        OpvolgingGebeurtenis.GesprekVastgelegd, OpvolgingGebeurtenis.GesprekGecorrigeerd {

    long id();

    @Override
    default String objectId() {
        return Long.toString(id());
    }

    /** A plan of action of a municipality was recorded with its actions. */
    record PlanVastgelegd(long id, String gemeente, Map<String, Object> waarden, Actor door)
            implements OpvolgingGebeurtenis {

        @Override
        public String actie() {
            return "PLAN_VAN_AANPAK_VASTGELEGD";
        }

        @Override
        public String objectType() {
            return "plan_van_aanpak";
        }

        @Override
        public Map<String, ?> nieuw() {
            return waarden;
        }
    }

    /** The municipality's college ratified the plan on this day. */
    record PlanBekrachtigd(long id, LocalDate op, Actor door) implements OpvolgingGebeurtenis {

        @Override
        public String actie() {
            return "PLAN_VAN_AANPAK_BEKRACHTIGD";
        }

        @Override
        public String objectType() {
            return "plan_van_aanpak";
        }

        @Override
        public Map<String, ?> oud() {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("bekrachtigdDoorCollegeOp", null);
            return m;
        }

        @Override
        public Map<String, ?> nieuw() {
            return Map.of("bekrachtigdDoorCollegeOp", op.toString());
        }
    }

    /** An action was added to a plan. */
    record ActieToegevoegd(long id, long plan, Map<String, Object> waarden, Actor door) implements OpvolgingGebeurtenis {

        @Override
        public String actie() {
            return "ACTIE_TOEGEVOEGD";
        }

        @Override
        public String objectType() {
            return "plan_actie";
        }

        @Override
        public Map<String, ?> nieuw() {
            return waarden;
        }
    }

    /** An action was completed. */
    record ActieAfgerond(long id, Map<String, Object> vorige, Map<String, Object> waarden, Actor door)
            implements OpvolgingGebeurtenis {

        @Override
        public String actie() {
            return "ACTIE_AFGEROND";
        }

        @Override
        public String objectType() {
            return "plan_actie";
        }

        @Override
        public Map<String, ?> oud() {
            return vorige;
        }

        @Override
        public Map<String, ?> nieuw() {
            return waarden;
        }
    }

    /** A supervision talk with a municipality was recorded (version 1). */
    record GesprekVastgelegd(long id, String gemeente, Map<String, Object> waarden, Actor door)
            implements OpvolgingGebeurtenis {

        @Override
        public String actie() {
            return "TOEZICHTGESPREK_VASTGELEGD";
        }

        @Override
        public String objectType() {
            return "toezichtgesprek";
        }

        @Override
        public Map<String, ?> nieuw() {
            return waarden;
        }
    }

    /** A recorded talk was corrected: a new version, with a reason; the old version stays. */
    record GesprekGecorrigeerd(long id, Map<String, Object> vorige, Map<String, Object> waarden, Actor door)
            implements OpvolgingGebeurtenis {

        @Override
        public String actie() {
            return "TOEZICHTGESPREK_GECORRIGEERD";
        }

        @Override
        public String objectType() {
            return "toezichtgesprek";
        }

        @Override
        public Map<String, ?> oud() {
            return vorige;
        }

        @Override
        public Map<String, ?> nieuw() {
            return waarden;
        }
    }
}
