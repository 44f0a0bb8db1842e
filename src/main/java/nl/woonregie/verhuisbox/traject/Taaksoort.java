package nl.woonregie.verhuisbox.traject;

import java.util.EnumSet;
import java.util.Set;

import nl.woonregie.platform.web.Labels;
import nl.woonregie.verhuisbox.Status;

/**
 * The kinds of task on the worklist, each made by one step of the trajectory (or of the money and aftercare), each
 * with the states of its case in which its work can still be done ({@link #openIn}). A transition closes every open
 * task of the case whose kind is not open in the new state (its work was done by the steps that led there, or it
 * no longer applies), so a worklist never carries work already done.
 */
public enum Taaksoort {
    /**
     * A referral to take up and screen (ICP): done once the toets decided (refusal, waiting list or — the
     * self-finder — alleen geld).
     */
    MELDING_BEOORDELEN(EnumSet.of(Status.MELDING, Status.ICP_TOETS)),
    /** A document criterion not in order after the ICP-toets (consulent): needed until the move. */
    BASIS_OP_ORDE(EnumSet.of(Status.WACHTLIJST, Status.ALLEEN_GELD, Status.INTAKE, Status.ZOEKEN, Status.AANBOD,
            Status.VERHUIZING)),
    /** The intake talk (casemanager): done when the case goes on to searching. */
    INTAKE(EnumSet.of(Status.INTAKE)),
    /**
     * The CJG rule (casemanager): with minor children in the household the CJG gezinscoach holds a family talk before
     * the search; made on entering Intake, done when the talk is recorded (or when the case leaves Intake — stopped).
     */
    GEZINSGESPREK(EnumSet.of(Status.INTAKE)),
    /**
     * The outcome of a planned intake appointment (casemanager): made when the appointment is planned (its deadline the
     * day of the appointment; moving it makes the task anew), done when "verschenen" or "niet verschenen" is recorded
     * (or when the case leaves Intake).
     */
    INTAKE_UITKOMST(EnumSet.of(Status.INTAKE)),
    /**
     * A self-finder's case to assign to a casemanager (coordinator): made when the toets sends it to Alleen geld,
     * done by the assignment of a casemanager (or when the case leaves Alleen geld).
     */
    TOEWIJZEN(EnumSet.of(Status.ALLEEN_GELD)),
    /**
     * The home the self-finder has in view, to record as the offer (casemanager): done when the offer is recorded
     * (the case leaves Alleen geld); a refused offer brings it again.
     */
    WONING_VASTLEGGEN(EnumSet.of(Status.ALLEEN_GELD)),
    /** Registrations on the agreed housing sites (administratief): while searching. */
    INSCHRIJVEN(EnumSet.of(Status.ZOEKEN, Status.AANBOD)),
    /** The warm hand-over to the new municipality (casemanager): part of the move, done at closing. */
    OVERDRACHT(EnumSet.of(Status.VERHUIZING)),
    /** Special assistance for first rent and furnishing (consulent): during the move. */
    BIJZONDERE_BIJSTAND(EnumSet.of(Status.VERHUIZING)),
    /** Renewing a registration before it lapses (administratief): until an offer is accepted. */
    VERLENGEN(EnumSet.of(Status.INTAKE, Status.ZOEKEN, Status.AANBOD)),
    /** A lottery dwelling or a good position: react and prepare the papers the same day (administratief). */
    REACTIE_DEADLINE(EnumSet.of(Status.INTAKE, Status.ZOEKEN, Status.AANBOD)),
    /** The documents for an offer (casemanager): until the offer is decided. */
    AANBOD_DOCUMENTEN(EnumSet.of(Status.AANBOD)),
    /**
     * A proposed grant to approve or reject (consulent): done by the decision on the grant, in whatever state the
     * case is (a grant is decided and paid after the move too).
     */
    GOEDKEURING_VERSTREKKING(EnumSet.allOf(Status.class)),
    /** An approved grant to pay (administratief): done by recording the payment, in whatever state the case is. */
    BETALING_VERSTREKKING(EnumSet.allOf(Status.class)),
    /**
     * A loan more than its number of days in arrears (administratief): shows from that day on, closes itself when the
     * arrears are paid off, in whatever state the case is (a loan is repaid long after the move).
     */
    ACHTERSTAND_LENING(EnumSet.allOf(Status.class)),
    /** An aftercare contact after the move (casemanager): made at closing, done by recording the contact. */
    NAZORG(EnumSet.of(Status.AFGESLOTEN)),
    /**
     * An account request of the team (a new account or a new password, asked by an administrator) to approve or
     * refuse (coordinator); a task of the team without a case, completed when the request is decided, so no state of
     * a case bears on it.
     */
    ACCOUNTVERZOEK(EnumSet.noneOf(Status.class));

    private final Set<Status> openIn;

    Taaksoort(Set<Status> openIn) {
        this.openIn = openIn;
    }

    /** The Dutch name of the kind (the worklist's filter), from labels/verhuisbox.properties. */
    public String label() {
        return Labels.van(this);
    }

    /** Can the work of a task of this kind still be done while its case is in {@code status}? */
    public boolean openIn(Status status) {
        return openIn.contains(status);
    }

    /** The kinds whose work is about a grant (its decision, its payment) rather than the case's step. */
    public boolean geld() {
        return this == GOEDKEURING_VERSTREKKING || this == BETALING_VERSTREKKING || this == ACHTERSTAND_LENING;
    }

    /** The kinds whose tasks stay open when a case enters {@code status}. */
    public static Set<Taaksoort> blijvenOpenIn(Status status) {
        Set<Taaksoort> s = EnumSet.noneOf(Taaksoort.class);
        for (Taaksoort t : values()) {
            if (t.openIn(status)) {
                s.add(t);
            }
        }
        return s;
    }
}
