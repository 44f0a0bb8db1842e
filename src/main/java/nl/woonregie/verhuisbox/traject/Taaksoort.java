package nl.woonregie.verhuisbox.traject;

import java.util.EnumSet;
import java.util.Set;

import nl.woonregie.verhuisbox.Status;

/**
 * The kinds of task on the worklist, each made by one step of the trajectory (or of the money and aftercare), each
 * with the states of its case in which its work can still be done ({@link #openIn}). A transition closes every open
 * task of the case whose kind is not open in the new state (its work was done by the steps that led there, or it
 * no longer applies), so a worklist never carries work already done.
 */
public enum Taaksoort {
    /** A referral to take up and screen (ICP): done once the toets decided (refusal or waiting list). */
    MELDING_BEOORDELEN("Melding beoordelen (ICP-toets)", EnumSet.of(Status.MELDING, Status.ICP_TOETS)),
    /** A document criterion not in order after the ICP-toets (consulent): needed until the move. */
    BASIS_OP_ORDE("Basis op orde", EnumSet.of(Status.WACHTLIJST, Status.INTAKE, Status.ZOEKEN, Status.AANBOD,
            Status.VERHUIZING)),
    /** The intake talk (casemanager): done when the case goes on to searching. */
    INTAKE("Intakegesprek", EnumSet.of(Status.INTAKE)),
    /** Registrations on the agreed housing sites (administratief): while searching. */
    INSCHRIJVEN("Inschrijven op woonsites", EnumSet.of(Status.ZOEKEN, Status.AANBOD)),
    /** The warm hand-over to the new municipality (casemanager): part of the move, done at closing. */
    OVERDRACHT("Warme overdracht", EnumSet.of(Status.VERHUIZING)),
    /** Special assistance for first rent and furnishing (consulent): during the move. */
    BIJZONDERE_BIJSTAND("Bijzondere bijstand", EnumSet.of(Status.VERHUIZING)),
    /** Renewing a registration before it lapses (administratief): until an offer is accepted. */
    VERLENGEN("Inschrijving verlengen", EnumSet.of(Status.INTAKE, Status.ZOEKEN, Status.AANBOD)),
    /** A lottery dwelling or a good position: react and prepare the papers the same day (administratief). */
    REACTIE_DEADLINE("Reactie met deadline", EnumSet.of(Status.INTAKE, Status.ZOEKEN, Status.AANBOD)),
    /** The documents for an offer (casemanager): until the offer is decided. */
    AANBOD_DOCUMENTEN("Documenten voor een aanbod", EnumSet.of(Status.AANBOD)),
    /**
     * A proposed grant to approve or reject (consulent): done by the decision on the grant, in whatever state the
     * case is (a grant is decided and paid after the move too).
     */
    GOEDKEURING_VERSTREKKING("Verstrekking beoordelen", EnumSet.allOf(Status.class)),
    /** An approved grant to pay (administratief): done by recording the payment, in whatever state the case is. */
    BETALING_VERSTREKKING("Betaling vastleggen", EnumSet.allOf(Status.class)),
    /** An aftercare contact after the move (casemanager): made at closing, done by recording the contact. */
    NAZORG("Nazorgcontact", EnumSet.of(Status.AFGESLOTEN));

    private final String label;
    private final Set<Status> openIn;

    Taaksoort(String label, Set<Status> openIn) {
        this.label = label;
        this.openIn = openIn;
    }

    /** The Dutch name of the kind (the worklist's filter). */
    public String label() {
        return label;
    }

    /** Can the work of a task of this kind still be done while its case is in {@code status}? */
    public boolean openIn(Status status) {
        return openIn.contains(status);
    }

    /** The kinds whose work is about a grant (its decision, its payment) rather than the case's step. */
    public boolean geld() {
        return this == GOEDKEURING_VERSTREKKING || this == BETALING_VERSTREKKING;
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
