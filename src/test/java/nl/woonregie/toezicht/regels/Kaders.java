package nl.woonregie.toezicht.regels;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the beleidskaders used in engine tests. */
final class Kaders {

    static final Beleidskader ZUID_HOLLAND = lees("/beleidskaders/zuid-holland-2020.yaml");
    /** A fictitious other province, only for tests: different ladder and parameters, same engine. */
    static final Beleidskader TEST_PROVINCIE = lees("/beleidskaders-test/testprovincie-2024.yaml");
    /** Illustrative: a six-step ladder judged every quarter, no tussentijdse toets. */
    static final Beleidskader VOORBEELD_KWARTAAL = lees("/beleidskaders/voorbeeld-kwartaal-2025.yaml");
    /** Illustrative: a four-step ladder judged once a year on 25 January, no tussentijdse toets. */
    static final Beleidskader VOORBEELD_JAAR = lees("/beleidskaders/voorbeeld-jaar-2025.yaml");

    private Kaders() {
    }

    static Beleidskader lees(String resource) {
        try (InputStream in = Kaders.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("niet gevonden: " + resource);
            }
            return BeleidskaderLezer.lees(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
