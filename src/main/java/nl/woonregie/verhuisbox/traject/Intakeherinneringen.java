package nl.woonregie.verhuisbox.traject;

import java.time.Clock;
import java.time.LocalDate;

import nl.woonregie.platform.achtergrond.Melder;
import nl.woonregie.platform.achtergrond.TerugkerendeOpdracht;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every day (default 08:00, {@code woonregie.verhuisbox.intakeherinnering-cron}; {@code -} switches it off): remind the
 * clients of their intake appointment of the next working day ({@link Intakeafspraken#herinner}). A recurring
 * background job, so with several instances on one database it runs once per day; idempotent (a reminded appointment
 * is not selected again). The administrator can also run it at once from the page of background jobs.
 */
@Component
class Intakeherinneringen implements TerugkerendeOpdracht {

    private final Intakeafspraken afspraken;
    private final Clock klok;
    private final String cron;

    Intakeherinneringen(Intakeafspraken afspraken, Clock klok,
            @Value("${woonregie.verhuisbox.intakeherinnering-cron:0 0 8 * * *}") String cron) {
        this.afspraken = afspraken;
        this.klok = klok;
        this.cron = cron;
    }

    @Override
    public String soort() {
        return "verhuisbox-intakeherinneringen";
    }

    @Override
    public String omschrijving() {
        return "Verhuisbox: cliënten herinneren aan hun intakeafspraak van de volgende werkdag";
    }

    @Override
    public Planning planning() {
        return Planning.cron(cron);
    }

    @Override
    public void voerUit(Melder melder) {
        int n = afspraken.herinner(LocalDate.now(klok.withZone(Intakeafspraken.ZONE)));
        melder.voortgang(n, n);
    }
}
