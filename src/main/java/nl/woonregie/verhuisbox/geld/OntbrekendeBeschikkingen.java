package nl.woonregie.verhuisbox.geld;

import java.util.List;

import nl.woonregie.platform.achtergrond.Achtergrondtaken;
import nl.woonregie.platform.achtergrond.Melder;
import nl.woonregie.platform.achtergrond.Opdracht;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The missing beschikkingen of a team's approved and paid grants (grants written in bulk, such as an imported year),
 * made by a background job, one letter per transaction: a job interrupted by a restart continues with the ones still
 * missing.
 */
@Component
class OntbrekendeBeschikkingen implements Opdracht<OntbrekendeBeschikkingen.Gegevens> {

    static final String SOORT = "verhuisbox-beschikkingen-team";

    record Gegevens(long team) {
    }

    private final ObjectProvider<BeschikkingDienst> beschikkingen;
    private final Achtergrondtaken taken;

    OntbrekendeBeschikkingen(ObjectProvider<BeschikkingDienst> beschikkingen, Achtergrondtaken taken) {
        this.beschikkingen = beschikkingen;
        this.taken = taken;
    }

    /**
     * Plans the job. Its description names no number: other jobs (one per grant) may make some of the letters before
     * this one runs, and its progress counts the ones it finds missing then.
     */
    boolean plan(long team, String teamnaam, String door) {
        return taken.plan(this, Long.toString(team), "Ontbrekende beschikkingen van team " + teamnaam + " maken",
                new Gegevens(team), door);
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
        BeschikkingDienst dienst = beschikkingen.getObject();
        List<Long> ids = dienst.zonderBrief(g.team());
        int klaar = 0;
        melder.voortgang(0, ids.size());
        for (long id : ids) {
            dienst.zorgVoorBrief(id);
            melder.voortgang(++klaar, ids.size());
        }
    }
}
