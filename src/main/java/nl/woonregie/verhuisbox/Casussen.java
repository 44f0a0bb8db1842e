package nl.woonregie.verhuisbox;

import java.time.LocalDate;
import java.util.List;

import nl.woonregie.platform.security.Gebruiker;

/**
 * The trajectory of a case, for other modules: the referral, the state machine, the ICP-toets, assignment, intake and
 * checklists. Implemented by the nested module {@code verhuisbox.traject}. Every change is authorised for
 * {@code door} (its role, team and assignment), validated (400 naming every invalid field; 409 naming every unmet
 * condition of a transition), logged as a processing of the case and audited.
 */
public interface Casussen {

    /**
     * A referral. {@code route}: REGULIER (default, also when absent) or ALLEEN_GELD (the household has a home in
     * view; ADR 0043).
     */
    record Melding(String organisatie, String naam, LocalDate geboortedatum, String bsn, String telefoon,
            String email, Integer volwassenen, Integer kinderen, String inkomen, String slaapplek, String reden,
            List<String> voorkeursregios, String urgentie, List<String> documenten, LocalDate toestemmingOp,
            String route, Long verwijzer, Boolean remigrant, Integer dakloosSinds, String soortSlaapplaats,
            String soortInkomen, String opvang, Boolean werkperspectief) {
    }

    /**
     * A search region agreed at the intake: free text with the casemanager's tick "zeer kansrijk", or an area of the
     * team's register of search areas ({@code gebied}, its id; ADR 0061) whose name and zeer kansrijk follow from the
     * register when the intake is recorded.
     */
    record Zoekregio(String regio, Boolean zeerKansrijk, Long gebied) {

        public Zoekregio(String regio, Boolean zeerKansrijk) {
            this(regio, zeerKansrijk, null);
        }

        public static boolean kansrijk(Zoekregio r) {
            return Boolean.TRUE.equals(r.zeerKansrijk());
        }
    }

    record Casus(long id, Status status, String statusLabel, Categorie categorie, Variant variant,
            String naam, LocalDate geboortedatum, String bsn, String telefoon, String email, int volwassenen,
            int kinderen, String inkomen, String slaapplek, String reden, List<String> voorkeursregios,
            String urgentie, List<String> documenten, LocalDate toestemmingOp, LocalDate compleetOp,
            List<Zoekregio> zoekregios, String aanmelder, String organisatie, String casemanager,
            String administratief, Integer criteriaJaar, String weigerbrief, Uitkomst uitkomst, Stopreden stopreden,
            String bestemming, String bestemmingCode, LocalDate gehuisvestOp, Boolean uitkeringBeeindigd,
            LocalDate uitkeringBeeindigdOp, Route route, Long verwijzer, String huishoudtype, Boolean remigrant,
            Integer dakloosSinds, String soortSlaapplaats, String soortInkomen, String opvang,
            Boolean werkperspectief, Gezinsgesprek gezinsgesprek, Netwerk netwerk) {

        /**
         * The CJG rule (issue 20 §1): with minor children in the household the CJG gezinscoach leads and a family
         * talk is recorded before the search ({@code kinderen} of a referral are the household's minor children).
         */
        public boolean gezinsgesprekNodig() {
            return kinderen > 0;
        }
    }

    /**
     * The family talk (gezinsgesprek) the CJG gezinscoach held before the search: its date, the gezinscoach who held
     * it (and leads the family's trajectory) and the account that recorded it. Null on a case without one.
     */
    record Gezinsgesprek(LocalDate datum, String gezinscoach, String vastgelegdDoor) {
    }

    /**
     * Housing in the client's own network (the intervention): with whom, from which day, whether a briefadres is used
     * and whether the kostendelersnorm is switched off, and the account that recorded it. Null on a case without it.
     */
    record Netwerk(LocalDate datum, String bij, boolean briefadres, boolean kostendelersnormUit,
            String vastgelegdDoor) {
    }

    record Toetsregel(String code, Criterium.Uitslag uitkomst, String notitie) {
    }

    record ToetsAntwoord(Toetsbesluit besluit, List<String> afwijzingsgronden, List<String> onbekend,
            List<String> basisOpOrde, Variant variant, Status status, String weigerbrief) {
    }

    /** A referral by an AANMELDER or ICP of a team, complete today; returns the case number. */
    long meld(Melding m, Gebruiker door, String client);

    /** A referral that was complete earlier ({@code compleetOp}, not in the future), e.g. taken over from paper. */
    long meld(Melding m, LocalDate compleetOp, Gebruiker door, String client);

    /** The case file (404 when unknown). Not access-checked: for code that has checked already. */
    Casus lees(long id);

    /** A state change with its reason; closing needs an {@link Afsluiting}. */
    void overgang(long id, Status naar, String reden, Afsluiting afsluiting, Gebruiker door, String client);

    /** Records the ICP-toets per criterion; refusal or the waiting list follows from the outcomes. */
    ToetsAntwoord toets(long id, List<Toetsregel> regels, Gebruiker door, String client);

    /** Assigns a casemanager and/or administratief (account names of the team). */
    void wijsToe(long id, String casemanager, String administratief, Gebruiker door, String client);

    /** The service variant and the search regions (at least one very promising). */
    void intake(long id, Variant variant, List<Zoekregio> regios, Gebruiker door, String client);

    /**
     * Records the family talk of the CJG rule: with minor children in the household the CJG gezinscoach holds it
     * before the search (once, in Intake; the assigned CASEMANAGER or the COORDINATOR).
     */
    void gezinsgesprek(long id, LocalDate datum, String gezinscoach, Gebruiker door, String client);

    /** Sets a checklist item to OPEN, GEDAAN or NVT. */
    void vink(long id, String lijst, String code, String stand, String notitie, Gebruiker door, String client);

    /** The item codes of a standard checklist (INTAKE, AANBOD or VERHUIZING), in order. */
    List<String> checklistcodes(String lijst);

    /** The criteria of a year, in order. */
    List<Criterium> criteria(int jaar);

    /** The year whose criteria apply in {@code jaar}: that year or the latest earlier one with criteria. */
    int criteriaJaar(int jaar);
}
