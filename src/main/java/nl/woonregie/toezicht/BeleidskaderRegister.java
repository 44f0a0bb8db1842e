package nl.woonregie.toezicht;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import nl.woonregie.toezicht.regels.Beleidskader;
import nl.woonregie.toezicht.regels.BeleidskaderLezer;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The beleidskaders shipped with the application: every {@code beleidskaders/*.yaml} on the classpath, read and
 * validated at start-up (a broken file stops the start with a clear message).
 */
@Component
public class BeleidskaderRegister {

    private final Map<String, Beleidskader> kaders = new TreeMap<>();

    public BeleidskaderRegister() throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:beleidskaders/*.yaml");
        for (Resource resource : resources) {
            try (InputStream in = resource.getInputStream()) {
                Beleidskader kader = BeleidskaderLezer.lees(in, resource.getFilename());
                if (kaders.putIfAbsent(kader.id(), kader) != null) {
                    throw new IllegalStateException("Beleidskader " + kader.id() + " staat twee keer op het classpath");
                }
            }
        }
    }

    public Optional<Beleidskader> vind(String id) {
        return Optional.ofNullable(kaders.get(id));
    }

    /** The beleidskader of a province in force on a date (the latest that started on or before it). */
    public Optional<Beleidskader> voorProvincie(String provincie, java.time.LocalDate datum) {
        return kaders.values().stream()
                .filter(k -> k.provincie().equals(provincie) && !k.geldigVanaf().isAfter(datum)
                        && (k.geldigTot() == null || !k.geldigTot().isBefore(datum)))
                .max(java.util.Comparator.comparing(Beleidskader::geldigVanaf));
    }

    public Collection<Beleidskader> alle() {
        return kaders.values();
    }
}
