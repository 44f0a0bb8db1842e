package nl.woonregie.brieven;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;

/**
 * The download links of one sending (a letter or besluit to one addressee) were withdrawn before their last day:
 * which links, of which letter, to whom, and why. Recorded by the audit trail (issue 19 §2, ADR 0055).
 *
 * @param ronde   the round of the letter; null for a besluit of the interventieladder
 * @param besluit the besluit; null for a round's letter
 */
public record DownloadlinkIngetrokken(long verzending, Long ronde, Long besluit, String gemeente, String kenmerk,
        String geadresseerde, List<Long> links, String reden, Actor door) implements AuditGebeurtenis {

    @Override
    public String actie() {
        return "DOWNLOADLINK_INGETROKKEN";
    }

    @Override
    public String objectType() {
        return "brief_verzending";
    }

    @Override
    public String objectId() {
        return Long.toString(verzending);
    }

    @Override
    public Map<String, ?> nieuw() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (ronde != null) {
            m.put("ronde", ronde);
        }
        if (besluit != null) {
            m.put("besluit", besluit);
        }
        m.put("gemeente", gemeente);
        m.put("kenmerk", kenmerk);
        m.put("geadresseerde", geadresseerde);
        m.put("links", links);
        m.put("reden", reden);
        return m;
    }
}
