package nl.woonregie.verhuisbox.geld;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import nl.woonregie.verhuisbox.traject.Cijferrij;

/** The read model of the money for the figures (read-only), implemented in {@code internal}. */
public interface GeldCijfers {

    /** Paid grants with {@code betaald_op} in [van, tot] from the team's pots: key "jaar code", value the amount. */
    List<Cijferrij> uitgaven(long team, LocalDate van, LocalDate tot);

    /** Per case: the sum of all its paid grants (any date, any pot); a case without payment has 0. */
    Map<Long, BigDecimal> betaaldPerCasus(Collection<Long> casussen);

    /**
     * The set UITGAVEN_SOORT: the same grants as {@link #uitgaven} (BETAALD, paid in [van, tot], from the team's pots),
     * keyed by their kind (soort: travel, first rent, furnishing, …) — rows (case, soort, amount).
     */
    List<Cijferrij> uitgavenPerSoort(long team, LocalDate van, LocalDate tot);

    /** The Dutch description of every kind of grant of the team (the latest year's rule that has it). */
    Map<String, String> soortLabels(long team);

    /** Budget and payments of a pot of the years [j1, j2] of the team. */
    record Pot(int jaar, String code, String naam, BigDecimal budget, BigDecimal betaaldInPeriode,
            BigDecimal betaaldTotaal, boolean overschrijdingVastgelegd) {
    }

    List<Pot> potten(long team, LocalDate van, LocalDate tot);

    /** The labels of the pots of the team: "jaar code" to "naam jaar". */
    Map<String, String> potLabels(long team);
}
