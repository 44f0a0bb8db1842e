package nl.woonregie.aanbod;

/**
 * A supply source as typed, on a form or in the API (numbers as their text): its {@code soort}, the facts of that kind
 * (see {@link Bronfeiten}), the {@code reden} of the change and, for a project, its {@code projectfeiten} (optional).
 * {@link Aanbodbronnen} judges it and names every invalid field by these names.
 */
public record Bronverzoek(String soort, String naam, String toelichting, String jaar, String personen,
        String woningen, String bezetting, String verwachteVerhuringen, String maxAandeel, String duur,
        String woonvorm, String eenheden, String plaatsen, String doelgroepen, String eigenaar, String startInhuizing,
        String perWeek, String eindeGebruik, String status, String route, String partnergemeente, String datum,
        String vanaf, String tot, String reden, Projectfeitenverzoek projectfeiten) {

    /** A request without project facts. */
    public Bronverzoek(String soort, String naam, String toelichting, String jaar, String personen,
            String woningen, String bezetting, String verwachteVerhuringen, String maxAandeel, String duur,
            String woonvorm, String eenheden, String plaatsen, String doelgroepen, String eigenaar,
            String startInhuizing, String perWeek, String eindeGebruik, String status, String route,
            String partnergemeente, String datum, String vanaf, String tot, String reden) {
        this(soort, naam, toelichting, jaar, personen, woningen, bezetting, verwachteVerhuringen, maxAandeel, duur,
                woonvorm, eenheden, plaatsen, doelgroepen, eigenaar, startInhuizing, perWeek, eindeGebruik, status,
                route, partnergemeente, datum, vanaf, tot, reden, null);
    }

    /** This request with the project facts {@code p}. */
    public Bronverzoek metProjectfeiten(Projectfeitenverzoek p) {
        return new Bronverzoek(soort, naam, toelichting, jaar, personen, woningen, bezetting, verwachteVerhuringen,
                maxAandeel, duur, woonvorm, eenheden, plaatsen, doelgroepen, eigenaar, startInhuizing, perWeek,
                eindeGebruik, status, route, partnergemeente, datum, vanaf, tot, reden, p);
    }

    /** The request that keeps a stored source as it is (to pre-fill a form); numbers in Dutch notation. */
    public static Bronverzoek van(Aanbodbron.Soort soort, Bronfeiten f) {
        return new Bronverzoek(soort.name(), f.naam(), f.toelichting(), tekst(f.jaar()), tekst(f.personen()),
                tekst(f.woningen()), decimaal(f.bezetting()), tekst(f.verwachteVerhuringen()),
                decimaal(f.maxAandeel()), naam(f.duur()), naam(f.woonvorm()), tekst(f.eenheden()),
                tekst(f.plaatsen()), f.doelgroepen(), f.eigenaar(), tekst(f.startInhuizing()), decimaal(f.perWeek()),
                tekst(f.eindeGebruik()), naam(f.status()), naam(f.route()), f.partnergemeente(), tekst(f.datum()),
                tekst(f.vanaf()), tekst(f.tot()), null, Projectfeitenverzoek.van(f.projectfeiten()));
    }

    /** An empty request of a kind (a new source's form). */
    public static Bronverzoek leeg(Aanbodbron.Soort soort) {
        return new Bronverzoek(soort.name(), null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static String tekst(Object o) {
        return o == null ? null : o.toString();
    }

    private static String decimaal(java.math.BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String naam(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
