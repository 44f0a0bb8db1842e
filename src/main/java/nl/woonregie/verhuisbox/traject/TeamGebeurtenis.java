package nl.woonregie.verhuisbox.traject;

import java.util.List;
import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;
import nl.woonregie.verhuisbox.Categorie;
import nl.woonregie.verhuisbox.Criterium;

/** A change of a team's waiting-list settings or of the criteria of a year, as the audit trail records it. */
public sealed interface TeamGebeurtenis extends AuditGebeurtenis {

    /** The capacity of a year and category. */
    record CapaciteitGewijzigd(long team, int jaar, Categorie categorie, int vorige, int aantal, Actor door)
            implements TeamGebeurtenis {

        public String actie() {
            return "VHB_CAPACITEIT";
        }

        public String objectType() {
            return "vhb_team";
        }

        public String objectId() {
            return String.valueOf(team);
        }

        public Map<String, ?> oud() {
            return Map.of("jaar", jaar, "categorie", categorie.name(), "aantal", vorige);
        }

        public Map<String, ?> nieuw() {
            return Map.of("jaar", jaar, "categorie", categorie.name(), "aantal", aantal);
        }
    }

    /** The priority rule "kinderen eerst" of the waiting list. */
    record VolgordeGewijzigd(long team, boolean vorige, boolean kinderenEerst, Actor door) implements TeamGebeurtenis {

        public String actie() {
            return "VHB_VOLGORDE";
        }

        public String objectType() {
            return "vhb_team";
        }

        public String objectId() {
            return String.valueOf(team);
        }

        public Map<String, ?> oud() {
            return Map.of("kinderenEerst", vorige);
        }

        public Map<String, ?> nieuw() {
            return Map.of("kinderenEerst", kinderenEerst);
        }
    }

    /** The criteria of a year were replaced (the previous set stays in this entry). */
    record CriteriaVastgesteld(int jaar, List<Criterium> vorige, List<Criterium> criteria, Actor door)
            implements TeamGebeurtenis {

        public String actie() {
            return "VHB_CRITERIA";
        }

        public String objectType() {
            return "vhb_criterium";
        }

        public String objectId() {
            return String.valueOf(jaar);
        }

        public Map<String, ?> oud() {
            return Map.of("criteria", vorige);
        }

        public Map<String, ?> nieuw() {
            return Map.of("criteria", criteria);
        }
    }
}
