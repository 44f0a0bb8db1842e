package nl.woonregie.brieven;

import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;

/**
 * A change in the contacts register: a contact added, changed or ended (no longer in the role), with its facts before
 * and after and the reason. Recorded by the audit trail (object {@code contact}, its id).
 */
public sealed interface ContactGebeurtenis extends AuditGebeurtenis.MetVorige permits ContactGebeurtenis.Vastgelegd {

    /** A new version of a contact; {@code vorige} null: the contact is new. */
    record Vastgelegd(long contact, String provincie, String gemeente, int versie, Map<String, Object> vorige,
            Map<String, Object> waarden, Actor door) implements ContactGebeurtenis {

        @Override
        public String actie() {
            if (vorige == null) {
                return "CONTACT_TOEGEVOEGD";
            }
            return Boolean.TRUE.equals(vorige.get("actief")) && Boolean.FALSE.equals(waarden.get("actief"))
                    ? "CONTACT_BEEINDIGD" : "CONTACT_GEWIJZIGD";
        }

        @Override
        public String objectType() {
            return "contact";
        }

        @Override
        public String objectId() {
            return Long.toString(contact);
        }
    }
}
