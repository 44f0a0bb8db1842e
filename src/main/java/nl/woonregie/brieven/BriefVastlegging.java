package nl.woonregie.brieven;

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

    BriefVastlegging(BriefService brieven) {
        this.brieven = brieven;
    }

    @EventListener
    void bijVaststelling(RondeGebeurtenis.Vastgesteld vastgesteld) {
        brieven.legVast(vastgesteld.ronde(), vastgesteld.door());
    }
}
