package nl.woonregie.verdeling.internal;

import java.io.Reader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

import nl.woonregie.platform.core.GedateerdeParameters;
import nl.woonregie.platform.core.GedateerdeParameters.Waarde;
import nl.woonregie.toezicht.regels.Periode;
import nl.woonregie.verdeling.Afronding;

/**
 * The dated parameters of the distribution ({@code verdeling/parameters.yaml}, read by {@link GedateerdeParameters}):
 * per parameter a list of values, each holding for the half-years that start on or after its date (1 January or
 * 1 July) until the next date, each with its source reference (as OpenFisca's parameters). Read once and checked:
 * every error is named, and a file with one is refused.
 */
public final class Verdelingsparameters {

    public static final String BESTAND = "verdeling/parameters.yaml";
    private static final String AFRONDING = "afronding";
    private static final String BEVOLKING = "bevolking";

    /** Which population figures are iG and iN: of which body, of 1 January how many years before the half-year's year. */
    public record Bevolking(String instantie, int jarenVoorHalfjaar) {

        /** The peildatum of the population for a half-year. */
        public LocalDate peildatum(Periode periode) {
            return LocalDate.of(periode.jaar() - jarenVoorHalfjaar, 1, 1);
        }
    }

    private final Map<String, NavigableMap<LocalDate, Waarde<Object>>> waarden;

    private Verdelingsparameters(Map<String, NavigableMap<LocalDate, Waarde<Object>>> waarden) {
        this.waarden = waarden;
    }

    /** The rounding that holds for the half-year; empty before the first date. */
    public Optional<Waarde<Afronding>> afronding(Periode periode) {
        return geldend(AFRONDING, periode, Afronding.class);
    }

    /** The population parameter that holds for the half-year; empty before the first date. */
    public Optional<Waarde<Bevolking>> bevolking(Periode periode) {
        return geldend(BEVOLKING, periode, Bevolking.class);
    }

    private <T> Optional<Waarde<T>> geldend(String naam, Periode periode, Class<T> soort) {
        return Optional.ofNullable(waarden.get(naam).floorEntry(periode.eersteDag())).map(Map.Entry::getValue)
                .map(w -> new Waarde<>(w.vanaf(), soort.cast(w.waarde()), w.bron()));
    }

    /** The file shipped with the application. */
    public static Verdelingsparameters vanClasspath() {
        return GedateerdeParameters.vanClasspath(BESTAND, Verdelingsparameters::lees);
    }

    /** Reads and checks a parameter file; an {@link IllegalStateException} names every error. */
    public static Verdelingsparameters lees(Reader reader) {
        return new Verdelingsparameters(GedateerdeParameters.lees(reader, BESTAND, List.of(AFRONDING, BEVOLKING),
                "parameter", GedateerdeParameters.Datumregel.BEGIN_HALFJAAR,
                (naam, waarde) -> AFRONDING.equals(naam) ? afronding(waarde) : bevolking(waarde)));
    }

    private static Afronding afronding(Object waarde) {
        try {
            return Afronding.valueOf(String.valueOf(waarde));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("waarde moet OMHOOG of HALF_OMHOOG zijn, niet " + waarde);
        }
    }

    private static Bevolking bevolking(Object waarde) {
        if (!(waarde instanceof Map<?, ?> w)) {
            throw new IllegalArgumentException("waarde moet instantie en jarenVoorHalfjaar noemen");
        }
        if (!(w.get("instantie") instanceof String instantie) || instantie.isBlank()) {
            throw new IllegalArgumentException("instantie ontbreekt");
        }
        if (!(w.get("jarenVoorHalfjaar") instanceof Integer jaren) || jaren < 0 || jaren > 5) {
            throw new IllegalArgumentException("jarenVoorHalfjaar moet een geheel getal van 0 tot en met 5 zijn");
        }
        for (Object sleutel : w.keySet()) {
            if (!"instantie".equals(sleutel) && !"jarenVoorHalfjaar".equals(sleutel)) {
                throw new IllegalArgumentException("onbekend veld " + sleutel + " in de waarde");
            }
        }
        return new Bevolking(instantie.strip(), jaren);
    }
}
