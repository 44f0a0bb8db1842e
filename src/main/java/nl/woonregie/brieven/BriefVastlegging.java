package nl.woonregie.brieven;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import nl.woonregie.brieven.internal.BriefRegister;
import nl.woonregie.platform.achtergrond.Achtergrondtaken;
import nl.woonregie.platform.achtergrond.Melder;
import nl.woonregie.platform.achtergrond.Opdracht;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.toezicht.ronde.RondeGebeurtenis;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The letters of a round when it is vastgesteld. Inside the vaststelling's transaction (a synchronous listener) the
 * kenmerken are reserved, in the order of the round, and a background job is planned; after the commit the job makes
 * and stores the letters with those kenmerken ({@link BriefService#maakGereserveerde}), its progress on the round
 * page. The job survives a restart and runs on one instance; run again, it makes only what is still missing.
 */
@Component
class BriefVastlegging implements Opdracht<BriefVastlegging.Vastleggen> {

    static final String SOORT = BriefRegister.VASTLEGGEN;

    /** The job's data: the round and the version that was vastgesteld, and who made it final. */
    record Vastleggen(long ronde, int versie, String door, String client) {
    }

    private final BriefService brieven;
    private final Achtergrondtaken taken;
    private final Timer duur;
    private final Counter gemaakt;

    BriefVastlegging(BriefService brieven, Achtergrondtaken taken, MeterRegistry registry) {
        this.brieven = brieven;
        this.taken = taken;
        this.duur = Timer.builder("woonregie.brieven.vastleggen")
                .description("Het maken en vastleggen van de brieven van een vastgestelde ronde").register(registry);
        this.gemaakt = Counter.builder("woonregie.brieven.gemaakt").description("Gemaakte toezichtbrieven")
                .register(registry);
    }

    @EventListener
    void bijVaststelling(RondeGebeurtenis.Vastgesteld vastgesteld) {
        int aantal = brieven.reserveer(vastgesteld.ronde(), vastgesteld.door());
        if (aantal > 0) {
            int versie = vastgesteld.versie();
            taken.plan(this, sleutel(vastgesteld.ronde(), versie), "Brieven van ronde " + vastgesteld.ronde()
                    + " maken en vastleggen (" + aantal + ")", new Vastleggen(vastgesteld.ronde(), versie,
                            vastgesteld.door().naam(), vastgesteld.door().client()), vastgesteld.door().naam());
        }
    }

    static String sleutel(long ronde, int versie) {
        return BriefRegister.sleutel(ronde, versie);
    }

    @Override
    public String soort() {
        return SOORT;
    }

    @Override
    public Class<Vastleggen> gegevens() {
        return Vastleggen.class;
    }

    @Override
    public void voerUit(Vastleggen v, Melder melder) {
        Timer.Sample start = Timer.start();
        try {
            gemaakt.increment(brieven.maakGereserveerde(v.ronde(), v.versie(), new Actor(v.door(), v.client()),
                    melder));
        } finally {
            start.stop(duur);
        }
    }
}
