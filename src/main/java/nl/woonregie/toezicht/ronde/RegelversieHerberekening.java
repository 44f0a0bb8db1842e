package nl.woonregie.toezicht.ronde;

import java.util.List;

import nl.woonregie.platform.achtergrond.Achtergrondtaken;
import nl.woonregie.platform.achtergrond.Melder;
import nl.woonregie.platform.achtergrond.Opdracht;
import nl.woonregie.toezicht.regels.Regelversie;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After a correction of the engine (a new {@link Regelversie}), the open rounds are recomputed with the current
 * rules; vastgestelde rounds keep the outcome they were decided with (their stored input records the version, so they
 * still replay exactly). At every start, when a CONCEPT round holds a judgment of older rules, a background job is
 * planned (key: the current version) that recomputes those rounds one by one, each in its own transaction and
 * audited ({@link RondeGebeurtenis.HerberekendMetNieuweRegels}). Run again, it recomputes only what is still old.
 */
@Component
class RegelversieHerberekening implements Opdracht<RegelversieHerberekening.Gegevens> {

    static final String SOORT = "rondes-herberekenen-regelversie";

    private static final Logger log = LoggerFactory.getLogger(RegelversieHerberekening.class);

    /** The job's data: the rule version to bring the open rounds to. */
    record Gegevens(int regelversie) {
    }

    private final RondeOpslag opslag;
    private final RondeService rondes;
    private final Achtergrondtaken taken;

    RegelversieHerberekening(RondeOpslag opslag, RondeService rondes, Achtergrondtaken taken) {
        this.opslag = opslag;
        this.rondes = rondes;
        this.taken = taken;
    }

    @EventListener(ApplicationReadyEvent.class)
    void naDeStart() {
        plan();
    }

    /** Plans the job when an open round holds judgments of older rules; answers whether it did. */
    boolean plan() {
        List<Long> oud = opslag.conceptRondesMetOudereRegels(Regelversie.HUIDIG);
        if (oud.isEmpty()) {
            return false;
        }
        log.info("Beoordelingsrondes: {} open rondes zijn met oudere rekenregels berekend en worden herberekend",
                oud.size());
        return taken.plan(this, "regelversie-" + Regelversie.HUIDIG.nummer(), "Open beoordelingsrondes herberekenen "
                + "met de huidige rekenregels (" + oud.size() + (oud.size() == 1 ? " ronde)" : " rondes)"),
                new Gegevens(Regelversie.HUIDIG.nummer()), "systeem");
    }

    @Override
    public String soort() {
        return SOORT;
    }

    @Override
    public Class<Gegevens> gegevens() {
        return Gegevens.class;
    }

    @Override
    public void voerUit(Gegevens gegevens, Melder melder) {
        List<Long> oud = opslag.conceptRondesMetOudereRegels(Regelversie.van(gegevens.regelversie()));
        melder.voortgang(0, oud.size());
        int klaar = 0;
        for (long ronde : oud) {
            rondes.herberekenMetHuidigeRegels(ronde);
            melder.voortgang(++klaar, oud.size());
        }
    }
}
