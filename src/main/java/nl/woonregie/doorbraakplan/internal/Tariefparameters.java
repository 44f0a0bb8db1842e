package nl.woonregie.doorbraakplan.internal;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.woonregie.doorbraakplan.ondersteuning.Tarief;
import nl.woonregie.doorbraakplan.ondersteuning.Tariefsoort;
import nl.woonregie.doorbraakplan.ondersteuning.Tarieven;
import nl.woonregie.platform.core.GedateerdeParameters;

/**
 * The default tariffs of the support computation ({@code doorbraakplan/tarieven.yaml}): per kind the values by the
 * date from which they apply, each with its source. Read once and checked: every kind present, each value a
 * non-negative amount with at most two decimals and a source; a file with an error is refused with every error named.
 */
public final class Tariefparameters {

    public static final String BESTAND = "doorbraakplan/tarieven.yaml";

    private Tariefparameters() {
    }

    /** The file shipped with the application. */
    public static Tarieven vanClasspath() {
        return GedateerdeParameters.vanClasspath(BESTAND, Tariefparameters::lees);
    }

    /** Reads and checks a tariff file; an {@link IllegalStateException} names every error. */
    public static Tarieven lees(Reader reader) {
        List<String> soorten = Arrays.stream(Tariefsoort.values()).map(Tariefsoort::name).toList();
        List<Tarief> tarieven = new ArrayList<>();
        GedateerdeParameters.lees(reader, BESTAND, soorten, "tariefsoort", GedateerdeParameters.Datumregel.ELKE_DAG,
                GedateerdeParameters.BEDRAG).forEach((soort, perDatum) -> perDatum.values().forEach(w -> tarieven.add(new Tarief(
                Tariefsoort.valueOf(soort), w.waarde(), w.vanaf(), w.bron()))));
        return Tarieven.van(tarieven);
    }
}
