package nl.woonregie.verhuisbox.geld;

import nl.woonregie.platform.achtergrond.Achtergrondtaken;
import nl.woonregie.platform.achtergrond.Melder;
import nl.woonregie.platform.achtergrond.Opdracht;
import org.springframework.stereotype.Component;

/**
 * The beschikking of an approved grant, made by a background job after the approval's commit: the approval fixes
 * kenmerk, addressee and date in its transaction and plans this job there; the job renders and stores the PDF/A
 * ({@link BeschikkingDienst#zorgVoorBrief}, which makes it only when it is not stored yet — a job run again changes
 * nothing). Until it is stored the grant's page says so and reading it answers 409.
 */
@Component
class BeschikkingMaken implements Opdracht<BeschikkingMaken.Gegevens> {

    static final String SOORT = "verhuisbox-beschikking";

    record Gegevens(long verstrekking) {
    }

    private final BeschikkingDienst beschikkingen;
    private final Achtergrondtaken taken;

    BeschikkingMaken(BeschikkingDienst beschikkingen, Achtergrondtaken taken) {
        this.beschikkingen = beschikkingen;
        this.taken = taken;
    }

    /** Plans the job in the caller's transaction (the approval's). */
    void plan(long verstrekking, String kenmerk, String door) {
        taken.plan(this, Long.toString(verstrekking), "Beschikking " + kenmerk + " maken",
                new Gegevens(verstrekking), door);
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
    public void voerUit(Gegevens g, Melder melder) {
        melder.voortgang(0, 1);
        beschikkingen.zorgVoorBrief(g.verstrekking());
        melder.voortgang(1, 1);
    }
}
