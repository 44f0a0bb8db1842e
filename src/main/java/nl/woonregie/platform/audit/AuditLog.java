package nl.woonregie.platform.audit;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only audit trail. Every change in Woonregie writes one entry here, in the same transaction as the
 * change; the database refuses updates and deletes of entries (see migration V1).
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public AuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Records a change.
     *
     * @param actor      who made the change (account name, or {@code systeem})
     * @param actie      what was done, e.g. {@code GEBRUIKER_AANGEMAAKT}
     * @param objectType the kind of object, e.g. {@code gebruiker}
     * @param objectId   its identifier
     * @param oud        the old value (null when created)
     * @param nieuw      the new value (null when removed)
     * @param client     where the request came from (address, token name), may be null
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String actie, String objectType, String objectId, Map<String, ?> oud,
            Map<String, ?> nieuw, String client) {
        jdbc.sql("""
                insert into audit_log (actor, actie, object_type, object_id, oude_waarde, nieuwe_waarde, client)
                values (:actor, :actie, :objectType, :objectId, cast(:oud as jsonb), cast(:nieuw as jsonb), :client)
                """)
                .param("actor", actor)
                .param("actie", actie)
                .param("objectType", objectType)
                .param("objectId", objectId)
                .param("oud", oud == null ? null : json.writeValueAsString(oud))
                .param("nieuw", nieuw == null ? null : json.writeValueAsString(nieuw))
                .param("client", client)
                .update();
    }
}
