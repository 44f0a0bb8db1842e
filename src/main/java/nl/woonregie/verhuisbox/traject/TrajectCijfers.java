package nl.woonregie.verhuisbox.traject;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.woonregie.verhuisbox.Status;

/**
 * The read model of the trajectory for the figures (read-only): the sets of cases of a team in a period [van, tot]
 * (both days included, Dutch time) that traject answers, each one query over its own tables, and what the
 * drill-down shows of a case. Implemented in {@code internal}; the definitions of the figures are the report's.
 */
public interface TrajectCijfers {

    /** The codes of the sets this read model answers. */
    Set<String> VERZAMELINGEN = Set.of("AANMELDINGEN", "GESCREEND", "GEWEIGERD", "WACHTEND", "GESTART", "GESTOPT", "GESTOPT_FASE", "AFGESLOTEN_UITKOMST",
            "GEHUISVEST", "GEHUISVEST_DIENST", "GEHUISVEST_PLAATS", "BESTEMMING_GEMEENTE", "UITKERING_BEEINDIGD",
            "COHORT", "AANMELDINGEN_ORGANISATIE", "GEHUISVEST_ORGANISATIE", "GESTART_HUISHOUDTYPE",
            "GEHUISVEST_HUISHOUDTYPE", "GEHUISVEST_INKOMEN", "GEHUISVEST_REMIGRANT", "GEHUISVEST_WERKPERSPECTIEF",
            "GEHUISVEST_OPVANG", "GESTART_LEEFTIJD", "GEHUISVEST_LEEFTIJD", "UITKERING_BEEINDIGD_INKOMEN");

    /** The rows of a set (one of {@link #VERZAMELINGEN}) for the team and period. */
    List<Cijferrij> rijen(String verzameling, long team, LocalDate van, LocalDate tot);

    /** What the drill-down lists of a case (no names). */
    record Casusstand(Status status, LocalDate compleetOp, LocalDate gehuisvestOp) {
    }

    Map<Long, Casusstand> standen(Collection<Long> casussen);

    /** Every case of the team (for the sets of other parts, which know cases only by id). */
    List<Long> casussenVanTeam(long team);

    /** The description of every criterion code (the latest year that has it), for the reasons of refusal. */
    Map<String, String> criteriumOmschrijvingen();

    /**
     * A case as the external evaluator's dataset starts from it (issue 20 §6): only the facts the figures count, by
     * the same definitions (a live case by its state changes, an imported one by its row), never a name, contact
     * detail, note or account. The dates are exact here; the evaluator's dataset generalises them.
     *
     * @param geimporteerd imported from the team's spreadsheet ({@code vhb_historie})
     * @param route REGULIER or ALLEEN_GELD (an imported case: its dienstverlening, REGULIER when INTENSIEF or none)
     * @param volwassenen null for an imported case (the file gives the household type only)
     * @param organisatie the referring organisation: the register's name, else as typed or as in the file
     * @param uitkomst VERHUISD, GEHUISVEST_DEN_HAAG, GEHUISVEST_NETWERK, GESTOPT, GEWEIGERD, or null while running
     * @param bestemmingCode the CBS code of the municipality moved to (the team's own for GEHUISVEST_DEN_HAAG)
     */
    record Evaluatiecasus(long casus, boolean geimporteerd, boolean geanonimiseerd, String categorie, String route,
            Status status, LocalDate aanmelddatum, LocalDate toetsdatum, LocalDate startdatum, LocalDate einddatum,
            Integer geboortejaar, String huishoudtype, Integer volwassenen, Integer kinderen, Boolean remigrant,
            Boolean werkperspectief, String inkomen, String slaapplaats, Integer dakloosSinds, String opvang,
            String organisatie, String uitkomst, String stopreden, String bestemmingCode) {
    }

    /** Every case of the team registered (aanmelddatum) in [van, tot], live and imported, in the order of their id. */
    List<Evaluatiecasus> evaluatie(long team, LocalDate van, LocalDate tot);
}
