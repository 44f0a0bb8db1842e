package nl.woonregie.verhuisbox.traject;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.achtergrond.Melder;
import nl.woonregie.platform.achtergrond.TerugkerendeOpdracht;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every night (default 03:00, {@code woonregie.verhuisbox.anonimiseren-cron}; {@code -} switches it off): anonymise
 * the closed cases of all teams whose retention term has passed. A recurring background job, so with several
 * instances on one database it runs once per night; idempotent (what is anonymised is not selected again). The
 * administrator can also run it at once from the page of background jobs.
 */
@Component
class Anonimiseren implements TerugkerendeOpdracht {

    private final Privacy privacy;
    private final GebiedService gebied;
    private final String cron;

    Anonimiseren(Privacy privacy, GebiedService gebied,
            @Value("${woonregie.verhuisbox.anonimiseren-cron:0 0 3 * * *}") String cron) {
        this.privacy = privacy;
        this.gebied = gebied;
        this.cron = cron;
    }

    @Override
    public String soort() {
        return "verhuisbox-anonimiseren";
    }

    @Override
    public String omschrijving() {
        return "Verhuisbox: afgesloten casussen anonimiseren na de bewaartermijn (" + privacy.bewaartermijnMaanden()
                + " maanden)";
    }

    @Override
    public Planning planning() {
        return Planning.cron(cron);
    }

    @Override
    public void voerUit(Melder melder) {
        Gebruiker systeem = new Gebruiker(0, "systeem", null,
                java.util.List.of(nl.woonregie.platform.security.Toewijzing.zonderScope(Rol.BEHEERDER)), true, "bewaartermijn");
        int n = privacy.anonimiseer(gebied.vandaag(), null, systeem, "planning");
        melder.voortgang(n, n);
    }
}
