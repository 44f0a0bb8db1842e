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

    /** An entry of the register of referring organisations as the audit trail keeps it (null for "none"). */
    private static Map<String, Object> gegevens(String naam, String soort, String contactpersoon, String contactEmail,
            boolean actief, int versie) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("naam", naam);
        m.put("soort", soort);
        m.put("contactpersoon", contactpersoon);
        m.put("contactEmail", contactEmail);
        m.put("actief", actief);
        m.put("versie", versie);
        return m;
    }

    /** A referring organisation was added to the team's register (issue 20 §2, ADR 0053). */
    record VerwijzerToegevoegd(long team, long verwijzer, String naam, String soort, String contactpersoon,
            String contactEmail, boolean actief, Actor door) implements TeamGebeurtenis {

        public String actie() {
            return "VHB_VERWIJZER_TOEGEVOEGD";
        }

        public String objectType() {
            return "vhb_verwijzer";
        }

        public String objectId() {
            return String.valueOf(verwijzer);
        }

        public Map<String, ?> nieuw() {
            Map<String, Object> m = TeamGebeurtenis.gegevens(naam, soort, contactpersoon, contactEmail, actief, 1);
            m.put("team", team);
            return m;
        }
    }

    /** An entry of the register was changed: its previous and new values (with their versions). */
    record VerwijzerGewijzigd(long verwijzer, Map<String, Object> vorige, Map<String, Object> waarden, Actor door)
            implements TeamGebeurtenis {

        public static VerwijzerGewijzigd van(long verwijzer, String[] oud, boolean oudActief, int oudVersie,
                String[] nieuw, boolean nieuwActief, Actor door) {
            return new VerwijzerGewijzigd(verwijzer,
                    TeamGebeurtenis.gegevens(oud[0], oud[1], oud[2], oud[3], oudActief, oudVersie),
                    TeamGebeurtenis.gegevens(nieuw[0], nieuw[1], nieuw[2], nieuw[3], nieuwActief, oudVersie + 1), door);
        }

        public String actie() {
            return "VHB_VERWIJZER_GEWIJZIGD";
        }

        public String objectType() {
            return "vhb_verwijzer";
        }

        public String objectId() {
            return String.valueOf(verwijzer);
        }

        public Map<String, ?> oud() {
            return vorige;
        }

        public Map<String, ?> nieuw() {
            return waarden;
        }
    }

    /** An aanmelder account now belongs to (or no longer belongs to) an entry of the register. */
    record AanmelderGekoppeld(long verwijzer, String gebruikersnaam, boolean gekoppeld, Long vorigeVerwijzer,
            int versie, Actor door) implements TeamGebeurtenis {

        public String actie() {
            return gekoppeld ? "VHB_VERWIJZER_AANMELDER_GEKOPPELD" : "VHB_VERWIJZER_AANMELDER_ONTKOPPELD";
        }

        public String objectType() {
            return "vhb_verwijzer";
        }

        public String objectId() {
            return String.valueOf(verwijzer);
        }

        public Map<String, ?> oud() {
            Map<String, Object> m = new LinkedHashMap<>();
            // boxed on both sides: a first link has no previous entry (null), which a long would not hold
            m.put("verwijzer", gekoppeld ? vorigeVerwijzer : Long.valueOf(verwijzer));
            m.put("versie", versie - 1);
            return m;
        }

        public Map<String, ?> nieuw() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("gebruikersnaam", gebruikersnaam);
            m.put("verwijzer", gekoppeld ? verwijzer : null);
            m.put("versie", versie);
            return m;
        }
    }

    /** Referrals whose organisation was free text were linked to an entry by the coordinator (the migration list). */
    record MeldingenGekoppeld(long verwijzer, String organisatie, List<Long> casussen, Actor door)
            implements TeamGebeurtenis {

        public String actie() {
            return "VHB_VERWIJZER_MELDINGEN_GEKOPPELD";
        }

        public String objectType() {
            return "vhb_verwijzer";
        }

        public String objectId() {
            return String.valueOf(verwijzer);
        }

        public Map<String, ?> nieuw() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("organisatie", organisatie);
            m.put("casussen", casussen);
            return m;
        }
    }
}
