package nl.woonregie.platform.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts every audited change once it is committed: {@code woonregie.audit.gebeurtenissen{actie=…}} (Prometheus
 * {@code woonregie_audit_gebeurtenissen_total}), one series per action code — sign-ins and failed or blocked
 * sign-ins ({@code AANGEMELD}, {@code AANMELDEN_MISLUKT}, {@code AANMELDEN_GEBLOKKEERD}), imports, rounds made final,
 * letters, Verhuisbox steps. A rolled-back change is not counted. The codes are a fixed set, so the number of series
 * stays small.
 */
@Component
class AuditMeetwaarden {

    static final String NAAM = "woonregie.audit.gebeurtenissen";

    private final MeterRegistry registry;

    AuditMeetwaarden(MeterRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    void bij(AuditGebeurtenis g) {
        Counter teller = Counter.builder(NAAM).description("Vastgelegde wijzigingen (audittrail), per actie")
                .tag("actie", g.actie()).register(registry);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    teller.increment();
                }
            });
        } else {
            teller.increment();
        }
    }
}
