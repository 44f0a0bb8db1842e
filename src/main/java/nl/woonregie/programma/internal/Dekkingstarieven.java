package nl.woonregie.programma.internal;

import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

import nl.woonregie.platform.core.GedateerdeParameters;
import nl.woonregie.programma.Programmaplan.Persoonstarief;

/**
 * The dated rates per person of a budget of persons × rates ({@code programma/tarieven.yaml}): per kind the values by
 * the date from which they apply, each with its source. A line of a year uses the rate valid on 1 January of that
 * year. Read once and checked: every kind present, each value a non-negative amount in cents with its source.
 */
public final class Dekkingstarieven {

    public static final String BESTAND = "programma/tarieven.yaml";

    private static final Dekkingstarieven STANDAARD = GedateerdeParameters.vanClasspath(BESTAND,
            Dekkingstarieven::lees);

    private final Map<String, NavigableMap<LocalDate, GedateerdeParameters.Waarde<BigDecimal>>> waarden;

    private Dekkingstarieven(Map<String, NavigableMap<LocalDate, GedateerdeParameters.Waarde<BigDecimal>>> waarden) {
        this.waarden = waarden;
    }

    /** The file shipped with the application. */
    public static Dekkingstarieven standaard() {
        return STANDAARD;
    }

    /** Reads and checks a rate file; an {@link IllegalStateException} names every error. */
    public static Dekkingstarieven lees(Reader reader) {
        return new Dekkingstarieven(GedateerdeParameters.lees(reader, BESTAND,
                Arrays.stream(Persoonstarief.values()).map(Persoonstarief::name).toList(), "tariefsoort",
                GedateerdeParameters.Datumregel.ELKE_DAG, GedateerdeParameters.BEDRAG));
    }

    /** The rate of this kind valid on 1 January of the year, with its source; empty when none is known yet. */
    public Optional<GedateerdeParameters.Waarde<BigDecimal>> tarief(Persoonstarief soort, int jaar) {
        var perDatum = waarden.get(soort.name());
        var e = perDatum == null ? null : perDatum.floorEntry(LocalDate.of(jaar, 1, 1));
        return e == null ? Optional.empty() : Optional.of(e.getValue());
    }
}
