package nl.woonregie.doorbraakplan.internal;

import nl.woonregie.doorbraakplan.Leads;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.achtergrond.Melder;
import nl.woonregie.platform.achtergrond.TerugkerendeOpdracht;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every night (default 03:30, {@code woonregie.doorbraakplan.anonimiseren-cron}; {@code -} switches it off): anonymise
 * the submitters of the leads closed longer than the retention term ago. A recurring background job (db-scheduler),
 * so it runs once per night with several instances; idempotent.
 */
@Component
class LeadsAnonimiseren implements TerugkerendeOpdracht {

    private final Leads leads;
    private final GebiedService gebied;
    private final String cron;

    LeadsAnonimiseren(Leads leads, GebiedService gebied,
            @Value("${woonregie.doorbraakplan.anonimiseren-cron:0 30 3 * * *}") String cron) {
        this.leads = leads;
        this.gebied = gebied;
        this.cron = cron;
    }

    @Override
    public String soort() {
        return "doorbraakplan-anonimiseren";
    }

    @Override
    public String omschrijving() {
        return "Doorbraakplan: inbrengers van afgesloten leads anonimiseren na de bewaartermijn ("
                + leads.bewaartermijnMaanden() + " maanden)";
    }

    @Override
    public Planning planning() {
        return Planning.cron(cron);
    }

    @Override
    public void voerUit(Melder melder) {
        int n = leads.anonimiseer(gebied.vandaag(), "planning");
        melder.voortgang(n, n);
    }
}
