package nl.woonregie.brieven;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;

/**
 * An e-mail about a toezichtgesprek was placed in the outbox for one contact (issue 19 §4, ADR 0058): the invitation
 * (or a gewijzigde uitnodiging), the concept-verslag or the vastgestelde verslag, at that version of the talk.
 */
public record GesprekVerzonden(long gesprek, String gemeente, Gespreksstuk stuk, int gesprekVersie, long contact,
        long bericht, Actor door) implements AuditGebeurtenis {

    @Override
    public String actie() {
        return "TOEZICHTGESPREK_VERZENDING_" + stuk.name();
    }

    @Override
    public String objectType() {
        return "toezichtgesprek";
    }

    @Override
    public String objectId() {
        return Long.toString(gesprek);
    }

    @Override
    public Map<String, ?> nieuw() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gemeente", gemeente);
        m.put("stuk", stuk.name());
        m.put("versie", gesprekVersie);
        m.put("contact", contact);
        m.put("bericht", bericht);
        return m;
    }
}
