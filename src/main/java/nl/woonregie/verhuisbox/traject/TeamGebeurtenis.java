package nl.woonregie.verhuisbox.traject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;
import nl.woonregie.verhuisbox.Categorie;
import nl.woonregie.verhuisbox.Criterium;
import nl.woonregie.verhuisbox.HistorischeImport;

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

    /**
     * A batch of historical cases was imported (one entry for the batch, with the counts). The event carries every
     * case with its new number, so that money and aftercare write their parts of it in the same transaction.
     */
    record CasussenGeimporteerd(long team, String kenmerkVoorvoegsel, List<Geimporteerd> casussen,
            int statuswijzigingen, int toetsingen, int verstrekkingen, int nazorgcontacten, int enquetes, Actor door)
            implements TeamGebeurtenis {

        /** An imported case: its new number and what was imported. */
        public record Geimporteerd(long casus, HistorischeImport.Casus gegevens) {
        }

        public String actie() {
            return "VHB_CASUSSEN_GEIMPORTEERD";
        }

        public String objectType() {
            return "vhb_team";
        }

        public String objectId() {
            return String.valueOf(team);
        }

        public Map<String, ?> nieuw() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("casussen", casussen.size());
            m.put("eerste", casussen.isEmpty() ? null : casussen.get(0).casus());
            m.put("laatste", casussen.isEmpty() ? null : casussen.get(casussen.size() - 1).casus());
            m.put("statuswijzigingen", statuswijzigingen);
            m.put("toetsingen", toetsingen);
            m.put("verstrekkingen", verstrekkingen);
            m.put("nazorgcontacten", nazorgcontacten);
            m.put("enquetes", enquetes);
            return m;
        }
    }
}
