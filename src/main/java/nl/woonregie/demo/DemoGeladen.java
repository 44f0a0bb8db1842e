package nl.woonregie.demo;

import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;

/** The demo of Zuid-Holland was loaded into the empty database. Recorded by the audit trail. */
record DemoGeladen(String provincie, int taakstellingen, int coaStanden) implements AuditGebeurtenis {

    static final String ACTIE = "DEMO_GELADEN";

    @Override
    public Actor door() {
        return new Actor(DemoData.ACTOR, "demo");
    }

    @Override
    public String actie() {
        return ACTIE;
    }

    @Override
    public String objectType() {
        return "demo";
    }

    @Override
    public String objectId() {
        return provincie;
    }

    @Override
    public Map<String, ?> nieuw() {
        return Map.of("taakstellingen", taakstellingen, "coaStanden", coaStanden);
    }
}
