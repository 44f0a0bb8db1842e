package nl.woonregie.verhuisbox.traject;

import static nl.woonregie.platform.security.Rol.ADMINISTRATIEF;
import static nl.woonregie.platform.security.Rol.CASEMANAGER;
import static nl.woonregie.platform.security.Rol.CONSULENT;
import static nl.woonregie.platform.security.Rol.COORDINATOR;
import static nl.woonregie.platform.security.Rol.ICP;

import java.util.EnumSet;
import java.util.Set;

import nl.woonregie.platform.security.Rol;

/**
 * Everything an account can do with one case, each with the text the verwerkingenlogging records and the rule that
 * allows it: the roles (none listed: every role that may read the case) and what the account must be allowed to see
 * of the case (the case itself, its money, or — for a referral's status — being its own aanmelder). The one place
 * where the Verhuisbox role lists live; {@link Rechten} applies them to a case.
 */
public enum Handeling {

    // reading (every role that may read the case)
    CASUS("casus", Soort.LEZEN),
    TIJDLIJN("tijdlijn", Soort.LEZEN),
    CHECKLIST_LEZEN("checklist", Soort.LEZEN),
    INSCHRIJVINGEN("inschrijvingen", Soort.LEZEN),
    REACTIES("reacties", Soort.LEZEN),
    AANBIEDINGEN("aanbiedingen", Soort.LEZEN),
    CASUSPAGINA("casuspagina", Soort.LEZEN),
    TAAK_AFRONDEN("taak afronden", Soort.LEZEN),
    /** The status of a referral: its own aanmelder, or whoever may read the case. */
    STATUS("status", Soort.STATUS),

    // the trajectory
    STATUSWIJZIGING("statuswijziging", Soort.LEZEN, ICP, COORDINATOR, CASEMANAGER),
    TOETS("ICP-toets", Soort.LEZEN, ICP),
    TOEWIJZING("toewijzing", Soort.LEZEN, COORDINATOR),
    INTAKE("intake", Soort.LEZEN, CASEMANAGER),
    CHECKLIST("checklist", Soort.LEZEN, CASEMANAGER, ADMINISTRATIEF, CONSULENT),
    UITKERING("uitkering", Soort.LEZEN, CASEMANAGER, ADMINISTRATIEF),
    /** The family talk of the CJG rule (the assigned casemanager, the coordinator). */
    GEZINSGESPREK("gezinsgesprek", Soort.LEZEN, CASEMANAGER, COORDINATOR),
    /** The hand-overs to the receiving municipality (every role that may read the case). */
    OVERDRACHTEN("overdrachten", Soort.LEZEN),
    /** A hand-over to the receiving municipality, sent by e-mail (the assigned casemanager, the coordinator). */
    OVERDRACHT("overdracht aan de nieuwe gemeente", Soort.LEZEN, CASEMANAGER, COORDINATOR),
    /** The intake appointments of a case with the sending state of their e-mails (every role that may read it). */
    INTAKEAFSPRAKEN("intakeafspraken", Soort.LEZEN),
    /** Planning, moving an intake appointment and recording its outcome (the assigned casemanager, the coordinator). */
    INTAKEAFSPRAAK("intakeafspraak", Soort.LEZEN, CASEMANAGER, COORDINATOR),
    /** The confirmations of the agreements after the intake: sent ones and the preview (every reader of the case). */
    INTAKEBEVESTIGINGEN("bevestigingen na de intake", Soort.LEZEN),
    /** Sending the confirmation of the agreements after the intake (the assigned casemanager, the coordinator). */
    INTAKEBEVESTIGING("bevestiging na de intake versturen", Soort.LEZEN, CASEMANAGER, COORDINATOR),
    /** Housing in the client's own network (the assigned casemanager, the coordinator). */
    NETWERK("huisvesting in eigen netwerk", Soort.LEZEN, CASEMANAGER, COORDINATOR),
    AVG_EXPORT("AVG-inzage: export van alle gegevens", Soort.LEZEN, COORDINATOR),
    /** The documents of the case (module document): the list, a document, a download. */
    DOCUMENT("document", Soort.LEZEN),
    DOCUMENT_TOEVOEGEN("document toevoegen", Soort.LEZEN),

    // searching
    INSCHRIJVING("inschrijving", Soort.LEZEN, CASEMANAGER, ADMINISTRATIEF),
    KLUIS("kluis", Soort.LEZEN, CASEMANAGER, ADMINISTRATIEF),
    REACTIE("reactie", Soort.LEZEN, ADMINISTRATIEF, CASEMANAGER),
    AANBOD("aanbod", Soort.LEZEN, CASEMANAGER, ADMINISTRATIEF),
    BESLUIT_AANBOD("besluit aanbod", Soort.LEZEN, CASEMANAGER),

    // aftercare and the client survey
    NAZORG("nazorg", Soort.LEZEN, CASEMANAGER, COORDINATOR),
    NAZORG_VASTLEGGEN("nazorg vastleggen", Soort.LEZEN, CASEMANAGER, COORDINATOR),
    ENQUETE("enquête vastleggen", Soort.LEZEN, CASEMANAGER, COORDINATOR),
    ENQUETELINK("enquêtelink maken", Soort.LEZEN, CASEMANAGER, COORDINATOR),

    // money (the money of a case is seen by more roles than the case: a grant is paid after the move too)
    VERSTREKKINGEN("verstrekkingen", Soort.GELD, CASEMANAGER, ADMINISTRATIEF, CONSULENT, COORDINATOR),
    VERSTREKKING("verstrekking", Soort.GELD, CASEMANAGER, ADMINISTRATIEF, CONSULENT, COORDINATOR),
    BESCHIKKING("beschikking", Soort.GELD, CASEMANAGER, ADMINISTRATIEF, CONSULENT, COORDINATOR),
    VOORSTELLEN("verstrekking voorstellen", Soort.GELD, CASEMANAGER, ADMINISTRATIEF, COORDINATOR),
    GOEDKEUREN("verstrekking goedkeuren", Soort.GELD, CONSULENT),
    AFWIJZEN("verstrekking afwijzen", Soort.GELD, CONSULENT),
    BETALEN("betaling vastleggen", Soort.GELD, ADMINISTRATIEF, CONSULENT),
    OVERSCHRIJDING("overschrijding toestaan", Soort.GELD, COORDINATOR),
    /** The terms, repayments and follow-up notes of a loan (the assigned administratief, a consulent). */
    LENING("lening vastleggen", Soort.GELD, ADMINISTRATIEF, CONSULENT);

    /** What of the case the account must be allowed to see. */
    enum Soort {
        LEZEN, GELD, STATUS
    }

    private final String tekst;
    private final Soort soort;
    private final Set<Rol> rollen;

    Handeling(String tekst, Soort soort, Rol... rollen) {
        this.tekst = tekst;
        this.soort = soort;
        this.rollen = rollen.length == 0 ? Set.of() : EnumSet.of(rollen[0], rollen);
    }

    /** What the verwerkingenlogging records as the handeling. */
    public String tekst() {
        return tekst;
    }

    Soort soort() {
        return soort;
    }

    /** May this role do it at all (before looking at the case)? */
    public boolean rolMag(Rol rol) {
        return rollen.isEmpty() || rollen.contains(rol);
    }
}
