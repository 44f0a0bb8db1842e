package nl.woonregie.verhuisbox.evaluatie;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;

/** What happened to a request for the evaluator's dataset, as the audit trail records it (object {@code vhb_evaluatie_export}). */
public sealed interface EvaluatieGebeurtenis extends AuditGebeurtenis {

    long export();

    @Override
    default String objectType() {
        return "vhb_evaluatie_export";
    }

    @Override
    default String objectId() {
        return String.valueOf(export());
    }

    /** A dataset was requested. */
    record Aangevraagd(long export, long team, LocalDate van, LocalDate tot, String doel, String ontvanger, Actor door)
            implements EvaluatieGebeurtenis {

        public String actie() {
            return "VHB_EVALUATIE_AANGEVRAAGD";
        }

        public String omschrijving() {
            return "Dataset voor de evaluatie aangevraagd";
        }

        public Map<String, ?> nieuw() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("team", team);
            m.put("van", van.toString());
            m.put("tot", tot.toString());
            m.put("doel", doel);
            m.put("ontvanger", ontvanger);
            m.put("status", "AANGEVRAAGD");
            return m;
        }
    }

    /** The coordinator approved or refused a request. */
    record Beoordeeld(long export, String status, String toelichting, Actor door) implements EvaluatieGebeurtenis {

        public String actie() {
            return "GOEDGEKEURD".equals(status) ? "VHB_EVALUATIE_GOEDGEKEURD" : "VHB_EVALUATIE_AFGEWEZEN";
        }

        public String omschrijving() {
            return "GOEDGEKEURD".equals(status) ? "Dataset voor de evaluatie goedgekeurd"
                    : "Dataset voor de evaluatie afgewezen";
        }

        public Map<String, ?> oud() {
            return Map.of("status", "AANGEVRAAGD");
        }

        public Map<String, ?> nieuw() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("status", status);
            m.put("toelichting", toelichting);
            return m;
        }
    }

    /** An approved dataset was downloaded: how many cases it held. */
    record Gedownload(long export, int casussen, Actor door) implements EvaluatieGebeurtenis {

        public String actie() {
            return "VHB_EVALUATIE_GEDOWNLOAD";
        }

        public String omschrijving() {
            return "Dataset voor de evaluatie gedownload (" + casussen + " casussen)";
        }

        public Map<String, ?> nieuw() {
            return Map.of("casussen", casussen);
        }
    }
}
