package nl.woonregie.platform.core;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The data directory ({@code woonregie.data-dir}, default {@code ./data}): the embedded database's cluster and the
 * vault key live below it. Resolved once per application, so every part uses the same directory (a test's
 * {@code ${random.uuid}} in the property would otherwise give each reader another one).
 */
@Component
public class DataMap {

    private final Path pad;

    public DataMap(@Value("${woonregie.data-dir}") String dataDir) {
        this.pad = Path.of(dataDir).toAbsolutePath().normalize();
    }

    public Path pad() {
        return pad;
    }

    public Path pad(String naam) {
        return pad.resolve(naam);
    }
}
