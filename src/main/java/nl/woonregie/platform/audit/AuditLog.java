package nl.woonregie.platform.audit;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only audit trail ({@code audit_log}, owned by this module). Every change in Woonregie is a domain event
 * ({@link AuditGebeurtenis}) that this listener writes in the same transaction as the change; the database refuses
 * updates and deletes of entries (see migration V1). A change outside a transaction is a programming error and fails.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void bij(AuditGebeurtenis g) {
        schrijf(g.door().naam(), g.actie(), g.objectType(), g.objectId(), g.oud(), g.nieuw(), g.door().client(),
                g.omschrijving());
    }

    private void schrijf(String actor, String actie, String objectType, String objectId, Map<String, ?> oud,
            Map<String, ?> nieuw, String client, String omschrijving) {
        jdbc.sql("""
                insert into audit_log (actor, actie, object_type, object_id, oude_waarde, nieuwe_waarde, client,
                    omschrijving)
                values (:actor, :actie, :objectType, :objectId, cast(:oud as jsonb), cast(:nieuw as jsonb), :client,
                    :omschrijving)
                """)
                .param("actor", actor)
                .param("actie", actie)
                .param("objectType", objectType)
                .param("objectId", objectId)
                .param("oud", oud == null ? null : json.writeValueAsString(oud))
                .param("nieuw", nieuw == null ? null : json.writeValueAsString(nieuw))
                .param("client", client)
                .param("omschrijving", omschrijving)
                .update();
    }
}
