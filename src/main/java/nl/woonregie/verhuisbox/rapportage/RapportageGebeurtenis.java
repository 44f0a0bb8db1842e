package nl.woonregie.verhuisbox.rapportage;

import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;

/** What the report's own data went through, as the audit trail records it: the stated spend of a year. */
public sealed interface RapportageGebeurtenis extends AuditGebeurtenis {

    /**
     * The stated spend of a year was recorded ({@code vorige} null) or replaced ({@code vorige}: as stored before);
     * {@code waarden}: as stored now, with its versie.
     */
    record UitgavenopgaveVastgelegd(long opgave, Map<String, Object> vorige, Map<String, Object> waarden, Actor door)
            implements RapportageGebeurtenis {

        public String actie() {
            return vorige == null ? "VHB_UITGAVENOPGAVE_VASTGELEGD" : "VHB_UITGAVENOPGAVE_GEWIJZIGD";
        }

        public String objectType() {
            return "vhb_uitgavenopgave";
        }

        public String objectId() {
            return Long.toString(opgave);
        }

        public Map<String, ?> oud() {
            return vorige;
        }

        public Map<String, ?> nieuw() {
            return waarden;
        }
    }
}
