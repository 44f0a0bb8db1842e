package nl.woonregie.doorbraakplan;

/**
 * A step of a lead as typed: the {@code stap}, the lead's {@code versie}, the step's {@code datum} and the decision's
 * {@code kenmerk}, a {@code toelichting}; for a drop the {@code reden}; the {@code tranche} (its id) for the college;
 * the {@code projectleider} (an account) when the study starts; at the designation the {@code kleur} and the project's
 * facts for {@code aanbod}: {@code plaatsen}, {@code eenheden}, {@code duur}, {@code woonvorm},
 * {@code startInhuizing}, {@code eindeGebruik}.
 */
public record Stapverzoek(String stap, String versie, String datum, String kenmerk, String toelichting, String reden,
        String tranche, String projectleider, String kleur, String plaatsen, String eenheden, String duur,
        String woonvorm, String startInhuizing, String eindeGebruik) {

    /** An empty step (a form). */
    public static Stapverzoek leeg(String stap, int versie) {
        return new Stapverzoek(stap, String.valueOf(versie), null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }
}
