package nl.woonregie.brieven.internal;

import nl.woonregie.brieven.Herinneringen;
import nl.woonregie.platform.achtergrond.Melder;
import nl.woonregie.platform.achtergrond.TerugkerendeOpdracht;
import nl.woonregie.platform.audit.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every morning (default 07:00, {@code woonregie.herinneringen.cron}; {@code -} switches it off): place the reminders
 * due today in the outbox ({@link Herinneringen}, issue 19 §7, ADR 0059). A recurring background job (db-scheduler),
 * once per morning with several instances; idempotent (each reminder once per kind, subject and contact), and a
 * missed morning is caught up by the next.
 */
@Component
class HerinneringenVersturen implements TerugkerendeOpdracht {

    private final Herinneringen herinneringen;
    private final String cron;

    HerinneringenVersturen(Herinneringen herinneringen,
            @Value("${woonregie.herinneringen.cron:0 0 7 * * *}") String cron) {
        this.herinneringen = herinneringen;
        this.cron = cron;
    }

    @Override
    public String soort() {
        return "herinneringen-versturen";
    }

    @Override
    public String omschrijving() {
        return "Herinneringen: de termijn voor huurcontracten (geopend, bijna verstreken) aan de ambtelijke contacten "
                + "van de gemeenten mailen";
    }

    @Override
    public Planning planning() {
        return Planning.cron(cron);
    }

    @Override
    public void voerUit(Melder melder) {
        int n = herinneringen.verstuur(Actor.SYSTEEM);
        melder.voortgang(n, n);
    }
}
