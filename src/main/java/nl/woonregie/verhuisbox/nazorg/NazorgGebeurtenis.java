package nl.woonregie.verhuisbox.nazorg;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;
import nl.woonregie.platform.web.Weergave;

/**
 * What happened in aftercare and the client survey of a case, as the audit trail records it (object type
 * {@code vhb_casus}) with the Dutch description the case's timeline shows.
 */
public sealed interface NazorgGebeurtenis extends AuditGebeurtenis {

    long casus();

    @Override
    default String objectType() {
        return "vhb_casus";
    }

    @Override
    default String objectId() {
        return String.valueOf(casus());
    }

    /** An aftercare contact was recorded. */
    record ContactVastgelegd(long casus, int maanden, Boolean woontErNog, String inkomen, Boolean maatschappelijkWerk,
            String problemen, String vervolg, Actor door) implements NazorgGebeurtenis {

        public String actie() {
            return "VHB_NAZORG";
        }

        public String omschrijving() {
            return "Nazorgcontact na " + Weergave.telling(maanden, "maand", "maanden") + " vastgelegd";
        }

        public Map<String, ?> nieuw() {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("maanden", maanden);
            w.put("woontErNog", woontErNog);
            w.put("inkomen", inkomen);
            w.put("maatschappelijkWerk", maatschappelijkWerk);
            w.put("problemen", problemen);
            w.put("vervolg", vervolg);
            return w;
        }
    }

    /** The client survey was recorded ({@code scores}: question to score, in the order of the questions). */
    record EnqueteVastgelegd(long casus, Map<String, Integer> scores, String ingevuldDoor, Actor door)
            implements NazorgGebeurtenis {

        public String actie() {
            return "VHB_ENQUETE";
        }

        public String omschrijving() {
            return "Klantenquête vastgelegd";
        }

        public Map<String, ?> nieuw() {
            Map<String, Object> w = new LinkedHashMap<>(scores);
            w.put("ingevuldDoor", ingevuldDoor);
            return w;
        }
    }

    /** A one-time survey link was made for the client (the token itself is never recorded). */
    record EnquetelinkGemaakt(long casus, LocalDate geldigTot, int oudereLinksIngetrokken, Actor door)
            implements NazorgGebeurtenis {

        public String actie() {
            return "VHB_ENQUETELINK";
        }

        public String omschrijving() {
            return "Enquêtelink voor de cliënt gemaakt, geldig tot " + Weergave.dag(geldigTot)
                    + (oudereLinksIngetrokken > 0 ? "; " + Weergave.telling(oudereLinksIngetrokken, "oudere link",
                            "oudere links") + " ingetrokken" : "");
        }

        public Map<String, ?> nieuw() {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("geldigTot", geldigTot);
            w.put("oudereLinksIngetrokken", oudereLinksIngetrokken);
            return w;
        }
    }
}
