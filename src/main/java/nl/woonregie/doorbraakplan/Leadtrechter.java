package nl.woonregie.doorbraakplan;

import java.time.LocalDate;
import java.util.List;

import nl.woonregie.doorbraakplan.pijplijn.Leadstatus;

/**
 * The funnel of a municipality's leads on a {@code peildatum} (of one {@code tranche} when given): per state how many
 * reached it, dropped there, went on and are there now, and what remains ({@code over} = bereikt − afgevallen); the
 * drops per state and reason. Computed from the leads' steps, never typed.
 */
public record Leadtrechter(String gemeente, LocalDate peildatum, Long tranche, String trancheNaam, int leads,
        List<Trede> treden, List<Afval> afgevallen) {

    public record Trede(Leadstatus stand, int bereikt, int afgevallen, int doorgegaan, int nu, int over) {
    }

    public record Afval(Leadstatus stand, String reden, String omschrijving, int aantal) {
    }
}
