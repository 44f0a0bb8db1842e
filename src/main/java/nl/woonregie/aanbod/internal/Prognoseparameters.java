package nl.woonregie.aanbod.internal;

import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;

import nl.woonregie.platform.core.GedateerdeParameters;
import nl.woonregie.platform.core.GedateerdeParameters.Waarde;
import nl.woonregie.toezicht.regels.Periode;

/**
 * The dated defaults of the forecast ({@code aanbod/parameters.yaml}): the occupancy that makes a corporation's
 * dwellings persons, and the agreed share of lettings to statushouders. Each value holds for the half-years that
 * start on (1 January or 1 July) or after its date, until the next, and names its source. Read once and checked; a file with an error is
 * refused with every error named.
 */
public final class Prognoseparameters {

    public static final String BESTAND = "aanbod/parameters.yaml";
    private static final Set<String> NAMEN = Set.of("bezetting", "maxAandeel", "maxNietRegulier");

    private final Map<String, NavigableMap<LocalDate, Waarde<BigDecimal>>> waarden;

    private Prognoseparameters(Map<String, NavigableMap<LocalDate, Waarde<BigDecimal>>> waarden) {
        this.waarden = waarden;
    }

    /** Persons per dwelling for the half-year; empty before the first date. */
    public Optional<Waarde<BigDecimal>> bezetting(Periode periode) {
        return geldend("bezetting", periode);
    }

    /** The agreed share of lettings to statushouders for the half-year; empty before the first date. */
    public Optional<Waarde<BigDecimal>> maxAandeel(Periode periode) {
        return geldend("maxAandeel", periode);
    }

    /**
     * The highest share of a period's expected supply from sources other than the corporations' regular lettings
     * (the memo's cap on non-regular housing); empty before the first date.
     */
    public Optional<Waarde<BigDecimal>> maxNietRegulier(Periode periode) {
        return geldend("maxNietRegulier", periode);
    }

    private Optional<Waarde<BigDecimal>> geldend(String naam, Periode periode) {
        return Optional.ofNullable(waarden.get(naam).floorEntry(periode.eersteDag())).map(Map.Entry::getValue);
    }

    /** The file shipped with the application. */
    public static Prognoseparameters vanClasspath() {
        return GedateerdeParameters.vanClasspath(BESTAND, Prognoseparameters::lees);
    }

    /** Reads and checks a parameter file; an {@link IllegalStateException} names every error. */
    public static Prognoseparameters lees(Reader reader) {
        return new Prognoseparameters(GedateerdeParameters.lees(reader, BESTAND, NAMEN, "parameter",
                GedateerdeParameters.Datumregel.BEGIN_HALFJAAR, (naam, w) -> {
                    BigDecimal waarde = getal(w);
                    boolean aandeel = !"bezetting".equals(naam);
                    if (waarde.signum() <= 0 || (aandeel && waarde.compareTo(BigDecimal.ONE) > 0)) {
                        throw new IllegalArgumentException("waarde moet positief zijn" + (aandeel ? " en hoogstens 1"
                                : ""));
                    }
                    return waarde;
                }));
    }

    private static BigDecimal getal(Object waarde) {
        if (!(waarde instanceof Number getal)) {
            throw new IllegalArgumentException("waarde moet een getal zijn");
        }
        return new BigDecimal(getal.toString());
    }
}
