package nl.woonregie.verhuisbox;

import nl.woonregie.platform.web.Labels;

/**
 * The route a referral takes (inventory §2, issue 20, ADR 0043): REGULIER — the waiting list, a capacity-gated
 * intake and the search; ALLEEN_GELD — the self-finder: the household has a home in view and goes from the ICP-toets
 * straight to the money and the move (status {@link Status#ALLEEN_GELD}), outside the intensive capacity and the
 * waiting-list order, still screened against the criteria.
 */
public enum Route {
    REGULIER, ALLEEN_GELD;

    /** The Dutch label, from labels/verhuisbox.properties. */
    public String label() {
        return Labels.van(this);
    }
}
