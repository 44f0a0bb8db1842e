package nl.woonregie.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit trail listens to domain events inside the publishing transaction: a change and its entry are one. */
@IntegratieTest
class AuditLogTest {

    @Autowired
    ApplicationEventPublisher gebeurtenissen;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail trail;

    record Proef(String id, Actor door) implements AuditGebeurtenis {

        @Override
        public String actie() {
            return "PROEF";
        }

        @Override
        public String objectType() {
            return "proef";
        }

        @Override
        public String objectId() {
            return id;
        }

        @Override
        public Map<String, ?> nieuw() {
            return Map.of("waarde", 1);
        }

        @Override
        public String omschrijving() {
            return "Een proef";
        }
    }

    long aantal(String id) {
        return jdbc.sql("select count(*) from audit_log where object_type = 'proef' and object_id = ?").param(id)
                .query(Long.class).single();
    }

    @Test
    void een_gebeurtenis_komt_met_de_transactie_in_de_audittrail_met_wie_wat_en_omschrijving() {
        String id = UUID.randomUUID().toString();
        tx.executeWithoutResult(s -> gebeurtenissen.publishEvent(new Proef(id, new Actor("tester", "127.0.0.1"))));
        assertThat(trail.vanObject("proef", id)).singleElement().satisfies(g -> {
            assertThat(g.actor()).isEqualTo("tester");
            assertThat(g.actie()).isEqualTo("PROEF");
            assertThat(g.omschrijving()).isEqualTo("Een proef");
        });
        assertThat(jdbc.sql("select client from audit_log where object_id = ?").param(id).query(String.class)
                .single()).isEqualTo("127.0.0.1");
    }

    @Test
    void een_teruggedraaide_transactie_laat_ook_geen_auditregel_achter() {
        String id = UUID.randomUUID().toString();
        tx.executeWithoutResult(s -> {
            gebeurtenissen.publishEvent(new Proef(id, Actor.SYSTEEM));
            s.setRollbackOnly();
        });
        assertThat(aantal(id)).isZero();
    }

    @Test
    void een_gebeurtenis_buiten_een_transactie_is_een_fout_en_wordt_niet_geschreven() {
        String id = UUID.randomUUID().toString();
        assertThatThrownBy(() -> gebeurtenissen.publishEvent(new Proef(id, Actor.SYSTEEM)))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(aantal(id)).isZero();
    }
}
