package nl.woonregie.toezicht.opvolging;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;

/**
 * What happened in the follow-up of supervision: talks (versioned), plans of action with their actions, and what the
 * municipality handed in itself (versioned). Recorded
 * by the audit trail; {@code waarden} and {@code vorige} are the recorded contents after and before.
 */
public sealed interface OpvolgingGebeurtenis extends AuditGebeurtenis permits OpvolgingGebeurtenis.OverPlan,
        OpvolgingGebeurtenis.OverActie, OpvolgingGebeurtenis.OverGesprek, OpvolgingGebeurtenis.OverInzending {

    long id();

    @Override
    default String objectId() {
        return Long.toString(id());
    }

    /** About a plan of action. */
    sealed interface OverPlan extends OpvolgingGebeurtenis permits PlanVastgelegd, PlanBekrachtigd {

        @Override
        default String objectType() {
            return "plan_van_aanpak";
        }
    }

    /** About an action of a plan. */
    sealed interface OverActie extends OpvolgingGebeurtenis, MetWaarden permits ActieToegevoegd, ActieAfgerond {

        @Override
        default String objectType() {
            return "plan_actie";
        }
    }

    /** About a supervision talk. */
    sealed interface OverGesprek extends OpvolgingGebeurtenis, MetWaarden permits GesprekVastgelegd, GesprekGecorrigeerd,
            GesprekGepland, GesprekUitgenodigd, ConceptverslagVerzonden, GesprekReactieVastgelegd, VerslagVastgesteld {

        @Override
        default String objectType() {
            return "toezichtgesprek";
        }
    }

    /** A plan of action of a municipality was recorded with its actions. */
    record PlanVastgelegd(long id, String gemeente, Map<String, Object> waarden, Actor door)
            implements OverPlan, MetWaarden {

        @Override
        public String actie() {
            return "PLAN_VAN_AANPAK_VASTGELEGD";
        }
    }

    /** The municipality's college ratified the plan on this day. */
    record PlanBekrachtigd(long id, LocalDate op, Actor door) implements OverPlan {

        @Override
        public String actie() {
            return "PLAN_VAN_AANPAK_BEKRACHTIGD";
        }

        @Override
        public Map<String, ?> oud() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("bekrachtigdDoorCollegeOp", null);
            return m;
        }

        @Override
        public Map<String, ?> nieuw() {
            return Map.of("bekrachtigdDoorCollegeOp", op.toString());
        }
    }

    /** An action was added to a plan. */
    record ActieToegevoegd(long id, long plan, Map<String, Object> waarden, Actor door) implements OverActie {

        @Override
        public String actie() {
            return "ACTIE_TOEGEVOEGD";
        }
    }

    /** An action was completed. */
    record ActieAfgerond(long id, Map<String, Object> vorige, Map<String, Object> waarden, Actor door)
            implements OverActie, MetVorige {

        @Override
        public String actie() {
            return "ACTIE_AFGEROND";
        }
    }

    /** A supervision talk with a municipality was recorded (version 1). */
    record GesprekVastgelegd(long id, String gemeente, Map<String, Object> waarden, Actor door) implements OverGesprek {

        @Override
        public String actie() {
            return "TOEZICHTGESPREK_VASTGELEGD";
        }
    }

    /** A recorded talk was corrected: a new version, with a reason; the old version stays. */
    record GesprekGecorrigeerd(long id, Map<String, Object> vorige, Map<String, Object> waarden, Actor door)
            implements OverGesprek, MetVorige {

        @Override
        public String actie() {
            return "TOEZICHTGESPREK_GECORRIGEERD";
        }
    }

    /** About what a municipality handed in (its plan van aanpak, its answers to the province's survey). */
    sealed interface OverInzending extends OpvolgingGebeurtenis, MetWaarden
            permits InzendingIngediend, InzendingGewijzigd {

        @Override
        default String objectType() {
            return "inzending";
        }
    }

    /** A municipality handed something in (version 1). */
    record InzendingIngediend(long id, String gemeente, Map<String, Object> waarden, Actor door)
            implements OverInzending {

        @Override
        public String actie() {
            return "INZENDING_INGEDIEND";
        }
    }

    /** A municipality changed what it handed in: a new version, with a reason; the old version stays. */
    record InzendingGewijzigd(long id, Map<String, Object> vorige, Map<String, Object> waarden, Actor door)
            implements OverInzending, MetVorige {

        @Override
        public String actie() {
            return "INZENDING_GEWIJZIGD";
        }
    }

    /** A talk was planned (issue 19 §4): day and time, place or link, agenda, level and expected participants. */
    record GesprekGepland(long id, String gemeente, Map<String, Object> waarden, Actor door) implements OverGesprek {

        @Override
        public String actie() {
            return "TOEZICHTGESPREK_GEPLAND";
        }
    }

    /**
     * The invitation of a talk was released for sending at {@code versie}; {@code gewijzigd} when it is a gewijzigde
     * uitnodiging (a later version after an earlier invitation). Who it went to: the brieven module's sending events.
     */
    record GesprekUitgenodigd(long id, String gemeente, Map<String, Object> waarden, Actor door)
            implements OverGesprek {

        @Override
        public String actie() {
            return "TOEZICHTGESPREK_UITGENODIGD";
        }
    }

    /** The concept-verslag of a talk was sent for comments until {@code reactieTot}. */
    record ConceptverslagVerzonden(long id, String gemeente, Map<String, Object> waarden, Actor door)
            implements OverGesprek {

        @Override
        public String actie() {
            return "TOEZICHTGESPREK_CONCEPTVERSLAG_TER_REACTIE";
        }
    }

    /** A comment of the municipality on the concept-verslag was recorded (by itself or on its behalf). */
    record GesprekReactieVastgelegd(long id, String gemeente, Map<String, Object> waarden, Actor door)
            implements OverGesprek {

        @Override
        public String actie() {
            return "TOEZICHTGESPREK_REACTIE_VASTGELEGD";
        }
    }

    /** The verslag of a talk was fixed (vastgesteld): read-only from then on. */
    record VerslagVastgesteld(long id, String gemeente, Map<String, Object> waarden, Actor door)
            implements OverGesprek {

        @Override
        public String actie() {
            return "TOEZICHTGESPREK_VERSLAG_VASTGESTELD";
        }
    }
}
