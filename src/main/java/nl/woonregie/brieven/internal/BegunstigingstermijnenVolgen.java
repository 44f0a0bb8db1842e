package nl.woonregie.brieven.internal;

import nl.woonregie.brieven.Indeplaatsstellingen;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.achtergrond.Melder;
import nl.woonregie.platform.achtergrond.TerugkerendeOpdracht;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every morning (default 06:15, {@code woonregie.indeplaatsstelling.volgen-cron}; {@code -} switches it off): follow
 * the begunstigingstermijnen of the decided besluiten tot indeplaatsstelling; a term that passed without the required
 * number housed becomes a finding on the province supervisor's worklist. A recurring background job (db-scheduler),
 * once per morning with several instances; idempotent (a finding is recorded once per term).
 */
@Component
class BegunstigingstermijnenVolgen implements TerugkerendeOpdracht {

    private final Indeplaatsstellingen indeplaatsstellingen;
    private final GebiedService gebied;
    private final String cron;

    BegunstigingstermijnenVolgen(Indeplaatsstellingen indeplaatsstellingen,
            GebiedService gebied, @Value("${woonregie.indeplaatsstelling.volgen-cron:0 15 6 * * *}") String cron) {
        this.indeplaatsstellingen = indeplaatsstellingen;
        this.gebied = gebied;
        this.cron = cron;
    }

    @Override
    public String soort() {
        return "begunstigingstermijnen-volgen";
    }

    @Override
    public String omschrijving() {
        return "Besluiten tot indeplaatsstelling: verstreken begunstigingstermijnen volgen (bevinding op de werklijst "
                + "van de toezichthouder)";
    }

    @Override
    public Planning planning() {
        return Planning.cron(cron);
    }

    @Override
    public void voerUit(Melder melder) {
        int n = indeplaatsstellingen.volg(gebied.vandaag(), Actor.SYSTEEM);
        melder.voortgang(n, n);
    }
}
