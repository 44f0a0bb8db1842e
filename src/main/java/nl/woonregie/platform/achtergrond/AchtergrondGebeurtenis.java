package nl.woonregie.platform.achtergrond;

import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;

/** What a person did with a background job. Recorded by the audit trail. */
public sealed interface AchtergrondGebeurtenis extends AuditGebeurtenis permits AchtergrondGebeurtenis.OpnieuwGestart {

    long taak();

    @Override
    default String objectType() {
        return "achtergrondtaak";
    }

    @Override
    default String objectId() {
        return Long.toString(taak());
    }

    /** The administrator started a failed job again, or a recurring job now. */
    record OpnieuwGestart(long taak, String soort, String sleutel, Taakstatus was, Actor door)
            implements AchtergrondGebeurtenis {

        @Override
        public String actie() {
            return "ACHTERGRONDTAAK_OPNIEUW_GESTART";
        }

        @Override
        public Map<String, ?> oud() {
            return Map.of("status", was.name());
        }

        @Override
        public Map<String, ?> nieuw() {
            return Map.of("soort", soort, "sleutel", sleutel, "status", Taakstatus.GEPLAND.name());
        }
    }
}
