package nl.woonregie.verhuisbox.traject;

/**
 * What the entry conditions of Aanbod and Verhuizing need to know about a case's offers; the offers are the
 * search part's ({@code verhuisbox.zoeken}), which implements this port, so the trajectory does not depend on it.
 */
public interface AanbodStand {

    /** Has the case an offer without a decision? */
    boolean open(long casus);

    /** Has the client accepted an offer? */
    boolean aanvaard(long casus);
}
