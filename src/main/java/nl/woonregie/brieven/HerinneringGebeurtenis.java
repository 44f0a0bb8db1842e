package nl.woonregie.brieven;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;

/** What happened to the reminders (issue 19 §7, ADR 0059). Recorded by the audit trail. */
public sealed interface HerinneringGebeurtenis extends AuditGebeurtenis permits HerinneringGebeurtenis.Verzonden,
        HerinneringGebeurtenis.InstellingGewijzigd {

    /**
     * A reminder was placed in the outbox ({@code bericht}) for one contact of a municipality, once for this kind and
     * subject ({@code onderwerp}, e.g. {@code 2022-I/open}: the lease window of 2022-I has opened).
     */
    record Verzonden(long herinnering, Herinneringsoort soort, String onderwerp, String gemeente, long contact,
            long bericht, LocalDate op, Actor door) implements HerinneringGebeurtenis {

        @Override
        public String actie() {
            return "HERINNERING_VERZONDEN";
        }

        @Override
        public String objectType() {
            return "herinnering";
        }

        @Override
        public String objectId() {
            return Long.toString(herinnering);
        }

        @Override
        public Map<String, ?> nieuw() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("soort", soort.name());
            m.put("onderwerp", onderwerp);
            m.put("gemeente", gemeente);
            m.put("contact", contact);
            m.put("postBericht", bericht);
            m.put("datum", op.toString());
            return m;
        }
    }

    /**
     * The province's supervisor changed the reminders' settings (V179): the days before a peildatum, from
     * {@code vorigeDagen} (the default when none were stored) to {@code dagen}, now at {@code versie}.
     */
    record InstellingGewijzigd(String provincie, int vorigeDagen, int dagen, int versie, Actor door)
            implements HerinneringGebeurtenis {

        @Override
        public String actie() {
            return "HERINNERING_INSTELLING_GEWIJZIGD";
        }

        @Override
        public String objectType() {
            return "herinnering_instelling";
        }

        @Override
        public String objectId() {
            return provincie;
        }

        @Override
        public Map<String, ?> oud() {
            return Map.of("dagenVoorPeildata", vorigeDagen);
        }

        @Override
        public Map<String, ?> nieuw() {
            return Map.of("dagenVoorPeildata", dagen, "versie", versie);
        }
    }
}
