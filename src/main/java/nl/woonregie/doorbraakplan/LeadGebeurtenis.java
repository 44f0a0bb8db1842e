package nl.woonregie.doorbraakplan;

import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;

/**
 * What changed in a municipality's lead pipeline, recorded by the audit trail. The submitter's name and contact are
 * never part of an event (the audit trail is append-only, the personal data must be anonymised after the retention
 * term): only the submitter's kind.
 */
public sealed interface LeadGebeurtenis extends AuditGebeurtenis.MetWaarden {

    String gemeente();

    /** A lead was registered (object {@code doorbraakplan-lead}). */
    record Ingediend(long leadId, String gemeente, Map<String, Object> waarden, Actor door)
            implements LeadGebeurtenis {
        public String actie() {
            return "LEAD_INGEDIEND";
        }

        public String objectType() {
            return "doorbraakplan-lead";
        }

        public String objectId() {
            return Long.toString(leadId);
        }
    }

    /** A lead took a step of the pipeline (with the decision's date and reference, or the drop's reason). */
    record StapGezet(long leadId, String gemeente, Map<String, Object> waarden, Actor door)
            implements LeadGebeurtenis {
        public String actie() {
            return "LEAD_STAP";
        }

        public String objectType() {
            return "doorbraakplan-lead";
        }

        public String objectId() {
            return Long.toString(leadId);
        }
    }

    /** An aspect of the analysis, or the feasibility study's conclusion, was recorded. */
    record Vastgelegd(long leadId, String gemeente, Map<String, Object> waarden, Actor door)
            implements LeadGebeurtenis {
        public String actie() {
            return "LEAD_VASTGELEGD";
        }

        public String objectType() {
            return "doorbraakplan-lead";
        }

        public String objectId() {
            return Long.toString(leadId);
        }
    }

    /** The submitter was informed (a task done: when and how). */
    record Geinformeerd(long taakId, String gemeente, Map<String, Object> waarden, Actor door)
            implements LeadGebeurtenis {
        public String actie() {
            return "INBRENGER_GEINFORMEERD";
        }

        public String objectType() {
            return "doorbraakplan-informeertaak";
        }

        public String objectId() {
            return Long.toString(taakId);
        }
    }

    /** The submitter's name and contact were anonymised after the retention term. */
    record Geanonimiseerd(long leadId, String gemeente, Map<String, Object> waarden, Actor door)
            implements LeadGebeurtenis {
        public String actie() {
            return "LEAD_GEANONIMISEERD";
        }

        public String objectType() {
            return "doorbraakplan-lead";
        }

        public String objectId() {
            return Long.toString(leadId);
        }
    }

    /** A tranche was made, or a reason added to or withdrawn from the municipality's list. */
    record LijstGewijzigd(String objectType, String objectId, String gemeente, String actie,
            Map<String, Object> waarden, Actor door) implements LeadGebeurtenis {
    }
}
