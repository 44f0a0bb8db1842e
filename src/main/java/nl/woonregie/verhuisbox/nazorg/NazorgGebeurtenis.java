package nl.woonregie.verhuisbox.nazorg;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;

/**
 * What happened in aftercare and the client survey of a case, as the audit trail records it (object type
 * {@code vhb_casus}; the timeline shows the action code, as it always did for these).
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

    @Override
    default String omschrijving() {
        return actie();
    }

    /** An aftercare contact was recorded. */
    record ContactVastgelegd(long casus, int maanden, Boolean woontErNog, String inkomen, Boolean maatschappelijkWerk,
            String problemen, String vervolg, Actor door) implements NazorgGebeurtenis {

        public String actie() {
            return "VHB_NAZORG";
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

        public Map<String, ?> nieuw() {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("geldigTot", geldigTot);
            w.put("oudereLinksIngetrokken", oudereLinksIngetrokken);
            return w;
        }
    }
}
