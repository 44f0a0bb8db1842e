package nl.woonregie.brieven;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import nl.woonregie.toezicht.ronde.RondeGebeurtenis;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes the letters of a round when it is vastgesteld: synchronously, inside the vaststelling's transaction, so that
 * a round is never vastgesteld without its letters and no later request has to make one. (When the platform has
 * persistent jobs this becomes a job after the commit, with progress on the round page.)
 */
@Component
class BriefVastlegging {

    private final BriefService brieven;
    private final Timer duur;
    private final Counter gemaakt;

    BriefVastlegging(BriefService brieven, MeterRegistry registry) {
        this.brieven = brieven;
        this.duur = Timer.builder("woonregie.brieven.vastleggen")
                .description("Het maken en vastleggen van de brieven van een vastgestelde ronde").register(registry);
        this.gemaakt = Counter.builder("woonregie.brieven.gemaakt").description("Gemaakte toezichtbrieven")
                .register(registry);
    }

    @EventListener
    void bijVaststelling(RondeGebeurtenis.Vastgesteld vastgesteld) {
        Timer.Sample start = Timer.start();
        int aantal = brieven.legVast(vastgesteld.ronde(), vastgesteld.door()).size();
        start.stop(duur);
        gemaakt.increment(aantal);
    }
}
