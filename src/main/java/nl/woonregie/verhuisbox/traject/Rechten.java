package nl.woonregie.verhuisbox.traject;

import java.util.Optional;
import java.util.Set;

import nl.woonregie.platform.security.Rol;
import nl.woonregie.verhuisbox.Status;

/**
 * What one account may do with one case, computed once per request ({@link VerhuisboxToegang#rechten}) from the
 * account's Verhuisbox roles, team and id and the case's team, state and assignment (by account id). The services
 * authorise with it and the pages show exactly the forms it allows, so a page never offers what its API refuses.
 * An account with several Verhuisbox roles may do what one of its roles may: a step is allowed when some role both
 * may take it and, in that role, sees what the step needs.
 *
 * @param rollen       the account's Verhuisbox roles
 * @param lezend       the roles in which the account may read the case itself (team, assignment or state, see
 *                     {@link VerhuisboxToegang})
 * @param geldziend    the roles in which it may see the case's money (assigned staff, the team's consulenten and
 *                     coordinator, every state)
 * @param eigenMelding the account is the aanmelder of this referral
 */
public record Rechten(long casus, Status status, Set<Rol> rollen, Set<Rol> lezend, Set<Rol> geldziend,
        boolean eigenMelding) {

    public Rechten {
        rollen = Set.copyOf(rollen);
        lezend = Set.copyOf(lezend);
        geldziend = Set.copyOf(geldziend);
    }

    /** May the account read the case itself (in some role)? */
    public boolean lezen() {
        return !lezend.isEmpty();
    }

    /** May the account see the case's money (in some role)? */
    public boolean geld() {
        return !geldziend.isEmpty();
    }

    /** May the account do this with the case? */
    public boolean mag(Handeling h) {
        return rolVoor(h).isPresent();
    }

    /** The role in which the account may do this with the case (logged as the role of the processing), if any. */
    public Optional<Rol> rolVoor(Handeling h) {
        return rollen.stream().filter(r -> magAls(r, h)).min(java.util.Comparator.comparing(Rol::name));
    }

    private boolean magAls(Rol rol, Handeling h) {
        if (!h.rolMag(rol)) {
            return false;
        }
        return switch (h.soort()) {
            case LEZEN -> lezend.contains(rol);
            case GELD -> geldziend.contains(rol);
            case STATUS -> lezend.contains(rol) || (rol == Rol.AANMELDER && eigenMelding);
        };
    }

    /**
     * May the account take the case to {@code naar}? (taking up: ICP or coordinator; admitting: coordinator; to
     * searching and closing after the move: casemanager; stopping: casemanager or coordinator; refusal and the waiting
     * list follow from the ICP-toets, offers from the offer steps)
     */
    public boolean magNaar(Status naar, boolean stoppen) {
        if (naar == null) {
            return false;
        }
        return rollen.stream().anyMatch(rol -> magAls(rol, Handeling.STATUSWIJZIGING) && switch (naar) {
            case ICP_TOETS -> rol == Rol.ICP || rol == Rol.COORDINATOR;
            case INTAKE -> rol == Rol.COORDINATOR;
            case ZOEKEN -> rol == Rol.CASEMANAGER;
            case AFGESLOTEN -> stoppen ? rol == Rol.CASEMANAGER || rol == Rol.COORDINATOR : rol == Rol.CASEMANAGER;
            default -> false;
        });
    }

    /** The casemanager or administratief assigned to this case (for them reading is being assigned). */
    public boolean toegewezen() {
        return lezend.contains(Rol.CASEMANAGER) || lezend.contains(Rol.ADMINISTRATIEF);
    }

    // ---------------------------------------------------------------- the forms of the case page

    public boolean toetsen() {
        return mag(Handeling.TOETS);
    }

    public boolean toewijzen() {
        return mag(Handeling.TOEWIJZING);
    }

    public boolean toelaten() {
        return magNaar(Status.INTAKE, false);
    }

    public boolean intake() {
        return mag(Handeling.INTAKE);
    }

    public boolean checklist() {
        return mag(Handeling.CHECKLIST);
    }

    public boolean naarZoeken() {
        return magNaar(Status.ZOEKEN, false);
    }

    public boolean inschrijven() {
        return mag(Handeling.INSCHRIJVING);
    }

    public boolean kluis() {
        return mag(Handeling.KLUIS);
    }

    public boolean reageren() {
        return mag(Handeling.REACTIE);
    }

    public boolean aanbod() {
        return mag(Handeling.AANBOD);
    }

    public boolean besluitAanbod() {
        return mag(Handeling.BESLUIT_AANBOD);
    }

    public boolean afsluiten() {
        return magNaar(Status.AFGESLOTEN, false);
    }

    public boolean stoppen() {
        return magNaar(Status.AFGESLOTEN, true);
    }

    public boolean uitkering() {
        return mag(Handeling.UITKERING);
    }

    /** Recording a hand-over to the receiving municipality. */
    public boolean overdracht() {
        return mag(Handeling.OVERDRACHT);
    }

    /** Planning and moving an intake appointment, recording its outcome. */
    public boolean intakeafspraak() {
        return mag(Handeling.INTAKEAFSPRAAK);
    }

    /** Sending the confirmation of the agreements after the intake. */
    public boolean intakebevestiging() {
        return mag(Handeling.INTAKEBEVESTIGING);
    }

    /** Recording the housing in the client's own network. */
    public boolean netwerk() {
        return mag(Handeling.NETWERK);
    }

    /** Recording the family talk of the CJG rule. */
    public boolean gezinsgesprek() {
        return mag(Handeling.GEZINSGESPREK);
    }

    /** Aftercare and the client survey of the case (the assigned casemanager and the coordinator). */
    public boolean nazorg() {
        return mag(Handeling.NAZORG);
    }

    public boolean voorstellen() {
        return mag(Handeling.VOORSTELLEN);
    }

    public boolean goedkeuren() {
        return mag(Handeling.GOEDKEUREN);
    }

    public boolean afwijzen() {
        return mag(Handeling.AFWIJZEN);
    }

    public boolean betalen() {
        return mag(Handeling.BETALEN);
    }

    /** May the account record a loan's terms, repayments and follow-up notes? */
    public boolean lening() {
        return mag(Handeling.LENING);
    }

    /** Allowing a grant to take its pot beyond the budget (the coordinator). */
    public boolean overschrijden() {
        return mag(Handeling.OVERSCHRIJDING);
    }
}
