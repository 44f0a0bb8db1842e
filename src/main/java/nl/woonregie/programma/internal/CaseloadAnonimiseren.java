package nl.woonregie.programma.internal;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.achtergrond.Melder;
import nl.woonregie.platform.achtergrond.TerugkerendeOpdracht;
import nl.woonregie.programma.Caseload;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every night (default 03:45, {@code woonregie.caseload.anonimiseren-cron}; {@code -} switches it off): anonymise the
 * statushouders who left the integration caseload longer than the retention term ago. A recurring background job
 * (db-scheduler), as Verhuisbox's and the lead pipeline's, so it runs once per night with several instances;
 * idempotent.
 */
@Component
class CaseloadAnonimiseren implements TerugkerendeOpdracht {

    private final Caseload caseload;
    private final GebiedService gebied;
    private final String cron;

    CaseloadAnonimiseren(Caseload caseload, GebiedService gebied,
            @Value("${woonregie.caseload.anonimiseren-cron:0 45 3 * * *}") String cron) {
        this.caseload = caseload;
        this.gebied = gebied;
        this.cron = cron;
    }

    @Override
    public String soort() {
        return "caseload-anonimiseren";
    }

    @Override
    public String omschrijving() {
        return "Integratie-caseload: statushouders anonimiseren na de bewaartermijn ("
                + caseload.bewaartermijnMaanden() + " maanden na het verlaten van de caseload)";
    }

    @Override
    public Planning planning() {
        return Planning.cron(cron);
    }

    @Override
    public void voerUit(Melder melder) {
        int n = caseload.anonimiseer(gebied.vandaag(), "planning");
        melder.voortgang(n, n);
    }
}
