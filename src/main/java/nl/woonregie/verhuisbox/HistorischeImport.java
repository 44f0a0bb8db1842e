package nl.woonregie.verhuisbox;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import nl.woonregie.platform.audit.Actor;

/**
 * Importing historical cases in bulk, as a team migrating from its old system would (and as the demo generates a
 * past year): one typed record per case with its back-dated history, ICP-toets, grants, aftercare contacts and
 * survey. Implemented by the nested modules — the trajectory writes the cases in a few batched statements and
 * publishes one event for the batch, on which money and aftercare write their parts in the same transaction. The
 * whole batch is one transaction and one audit entry ({@code VHB_CASUSSEN_GEIMPORTEERD} on the team, with the
 * counts); the cases' own timelines stay empty (their history is in {@code vhb_statuswijziging}). A case still under
 * way gets the tasks its history leaves open, as the transitions would have left them (an imported case in Intake
 * has its intake task, one that went on to searching has not); no checklists or beschikkingen are made: the letters
 * of imported grants are made afterwards ({@link Beschikkingen#maakOntbrekende}). There is no endpoint: a migration runs it as a job.
 */
public interface HistorischeImport {

    /**
     * A batch of cases of one team. {@code kenmerkVoorvoegsel}: the kenmerk of an imported grant without one is
     * {@code voorvoegsel-jaar-casus-volgnummer}. {@code capaciteitAanvullenIn}: imported cases that entered the
     * intake in this year used places of its capacity; when given, the import adds those places to it per category
     * (so the team can still admit its own number of new cases that year).
     */
    record Partij(long team, String kenmerkVoorvoegsel, Integer capaciteitAanvullenIn, List<Casus> casussen) {
    }

    /**
     * One historical case: the referral (by account {@code aanmelder} of organisation {@code organisatie}), its
     * assignment, its state now with the state changes that led to it (oldest first, the first from null to
     * MELDING), the ICP-toets, the outcome, and what money and aftercare it had.
     */
    record Casus(long aanmelder, String organisatie, Long casemanager, Long administratief, String naam,
            LocalDate geboortedatum, Categorie categorie, int volwassenen, int kinderen, String inkomen,
            String slaapplek, String reden, List<String> voorkeursregios, LocalDate toestemmingOp,
            LocalDate compleetOp, OffsetDateTime aangemaaktOp, Status status, Variant variant, Integer criteriaJaar,
            Uitkomst uitkomst, Stopreden stopreden, String bestemming, String bestemmingCode, LocalDate gehuisvestOp,
            Boolean uitkeringBeeindigd, LocalDate uitkeringBeeindigdOp, List<Statusstap> geschiedenis,
            List<Toetsing> toetsing, List<Verstrekking> verstrekkingen, List<Nazorgcontact> nazorg,
            Enquete enquete) {
    }

    /** A state change as it happened (who and when). */
    record Statusstap(Status van, Status naar, String reden, String actor, OffsetDateTime tijdstip) {
    }

    /** The outcome of one criterion of the ICP-toets. */
    record Toetsing(int jaar, String code, Criterium.Uitslag uitkomst, String actor, OffsetDateTime tijdstip) {
    }

    /**
     * A grant as it was decided: from the team's pot {@code potCode} of {@code jaar}, proposed and approved by these
     * accounts (four eyes: two different ones), paid on {@code betaaldOp} (null: approved, not paid). {@code kenmerk}
     * null: made from the batch's prefix.
     */
    record Verstrekking(String soort, Geld.Vorm vorm, String potCode, int jaar, BigDecimal bedrag,
            String omschrijving, String gemeente, boolean eigenGemeente, String grondslag, boolean bezwaar,
            long voorgesteldDoor, OffsetDateTime voorgesteldOp, long beoordeeldDoor, OffsetDateTime beoordeeldOp,
            String ontvanger, LocalDate betaaldOp, String betaaldDoor, String kenmerk) {
    }

    /** An aftercare contact after the move (recorded when {@code vastgelegdOp} is given). */
    record Nazorgcontact(int maanden, LocalDate verhuisdatum, LocalDate deadline, OffsetDateTime vastgelegdOp,
            String vastgelegdDoor, Boolean woontErNog, String inkomen) {
    }

    /** The client survey (scores 1 to 5), counted in {@code jaar}. */
    record Enquete(int jaar, int proces, int steun, int tevredenheid, int vertrouwen, int perspectief, int overzicht,
            String ingevuldDoor, String vastgelegdDoor, OffsetDateTime vastgelegdOp) {
    }

    /** What was imported: the new case numbers in the order of the batch, and the counts. */
    record Resultaat(List<Long> casussen, int statuswijzigingen, int toetsingen, int verstrekkingen,
            int nazorgcontacten, int enquetes) {
    }

    /** Imports the batch in one transaction (400 naming every invalid field of every case; nothing imported then). */
    Resultaat importeer(Partij partij, Actor door);
}
