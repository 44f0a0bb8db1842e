package nl.woonregie.platform.database;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the audit entry of this start's restore ({@link DatabaseGebeurtenis.Hersteld}) when the application is
 * ready: during the restore itself the audit trail's listener does not run yet, and the restore replaced the trail.
 */
class RestoreAudit {

    private final Restore restore;
    private final ApplicationEventPublisher gebeurtenissen;
    private final TransactionTemplate tx;

    RestoreAudit(Restore restore, ApplicationEventPublisher gebeurtenissen, TransactionTemplate tx) {
        this.restore = restore;
        this.gebeurtenissen = gebeurtenissen;
        this.tx = tx;
    }

    @EventListener(ApplicationReadyEvent.class)
    void opgestart() {
        DatabaseGebeurtenis.Hersteld hersteld = restore.hersteld();
        if (hersteld != null) {
            tx.executeWithoutResult(s -> gebeurtenissen.publishEvent(hersteld));
        }
    }
}
