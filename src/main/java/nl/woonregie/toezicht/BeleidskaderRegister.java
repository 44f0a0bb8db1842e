package nl.woonregie.toezicht;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Set;
import java.util.LinkedHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.woonregie.toezicht.regels.Beleidskader;
import nl.woonregie.toezicht.regels.BeleidskaderLezer;
import nl.woonregie.toezicht.regels.Testgevallen;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The beleidskaders shipped with the application: every {@code beleidskaders/*.yaml} on the classpath, read and
 * validated at start-up (a broken file stops the start with a clear message).
 *
 * <p>Validity: a kader holds from its {@code geldigVanaf}; it ends on its {@code geldigTot}, or, when it names none,
 * the day before the next kader of the same province starts (a successor ends it when it is published). Two kaders of
 * one province whose periods overlap stop the start: on every date at most one kader of a province holds.
 *
 * <p>Test cases: a kader with a file {@code beleidskaders/testgevallen/<id>.yaml} has its test cases run at start-up
 * ({@link Testgevallen}); a kader whose cases fail stops the start, so a failing kader is never used in a round.
 *
 * <p>Stored kaders: the versions a province's policy staff published in the product ({@link Beleidskaders}) are used
 * beside the shipped ones ({@link #gebruikGepubliceerd}, at start, after every publication or withdrawal, and when
 * the check before a use ({@link #controleerMet}) finds that another instance changed them). Their test cases run
 * again when they are loaded; a stored kader whose cases no longer pass (an engine correction) is left out and logged,
 * so it is never used in a round — a round on a date only it covers is refused as any uncovered date.
 */
@Component
public class BeleidskaderRegister {

    private static final Logger LOG = LoggerFactory.getLogger(BeleidskaderRegister.class);

    /** The kaders in use and their ends; replaced as a whole when a stored kader is published. */
    private record Stand(Map<String, Beleidskader> kaders, Map<String, LocalDate> geldigTot) {
    }

    /** A stored, published kader and the YAML text of its test cases. */
    public record Opgeslagen(Beleidskader kader, String testgevallen) {
    }

    private final Map<String, Beleidskader> verscheept = new TreeMap<>();
    private volatile Stand stand;
    private volatile Runnable controle = () -> { };

    public BeleidskaderRegister() throws IOException {
        this(vanClasspath(), testgevallenVanClasspath());
    }

    /** A register of these kaders (tests; the application reads the classpath). */
    public BeleidskaderRegister(Collection<Beleidskader> alle) {
        this(alle, Map.of());
    }

    /**
     * A register of these kaders, each with the YAML text of its test cases where it has them (per kader id); a
     * kader whose test cases do not pass is refused.
     */
    public BeleidskaderRegister(Collection<Beleidskader> alle, Map<String, String> testgevallen) {
        for (Beleidskader kader : alle) {
            if (verscheept.putIfAbsent(kader.id(), kader) != null) {
                throw new IllegalStateException("Beleidskader " + kader.id() + " staat twee keer op het classpath");
            }
        }
        testgevallen.forEach((id, yaml) -> {
            Beleidskader kader = verscheept.get(id);
            if (kader == null) {
                throw new IllegalStateException("Testgevallen voor onbekend beleidskader " + id);
            }
            List<Testgevallen.Resultaat> mislukt = mislukt(kader, yaml);
            if (!mislukt.isEmpty()) {
                throw new IllegalStateException("Beleidskader " + id + ": " + mislukt.size() + " testgeval(len) "
                        + "mislukt: " + String.join("; ", mislukt.stream()
                                .map(r -> r.naam() + ": " + String.join(", ", r.verschillen())).toList()));
            }
        });
        stand = bereken(verscheept.values());
    }

    private static List<Testgevallen.Resultaat> mislukt(Beleidskader kader, String yaml) {
        return Testgevallen.voerUit(kader, Testgevallen.lees(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), kader.id() + " (testgevallen)", kader))
                .stream().filter(r -> !r.geslaagd()).toList();
    }

    /** The kaders with their ends; two kaders of one province that would both hold on a date are refused. */
    private static Stand bereken(Collection<Beleidskader> alle) {
        Map<String, Beleidskader> kaders = new TreeMap<>();
        Map<String, LocalDate> geldigTot = new HashMap<>();
        for (Beleidskader kader : alle) {
            if (kaders.putIfAbsent(kader.id(), kader) != null) {
                throw new IllegalStateException("Er zijn twee beleidskaders " + kader.id());
            }
        }
        Map<String, List<Beleidskader>> perProvincie = new HashMap<>();
        kaders.values().forEach(k -> perProvincie.computeIfAbsent(k.provincie(), p -> new ArrayList<>()).add(k));
        perProvincie.values().forEach(lijst -> {
            lijst.sort(Comparator.comparing(Beleidskader::geldigVanaf));
            for (int i = 0; i < lijst.size(); i++) {
                Beleidskader k = lijst.get(i);
                Beleidskader opvolger = i + 1 < lijst.size() ? lijst.get(i + 1) : null;
                LocalDate tot = k.geldigTot();
                if (opvolger != null) {
                    LocalDate dagVoor = opvolger.geldigVanaf().minusDays(1);
                    if (tot != null && tot.isAfter(dagVoor) || dagVoor.isBefore(k.geldigVanaf())) {
                        throw new IllegalStateException("Beleidskaders " + k.id() + " en " + opvolger.id()
                                + " van provincie " + k.provincie() + " gelden allebei op " + opvolger.geldigVanaf());
                    }
                    tot = tot == null ? dagVoor : tot;
                }
                if (tot != null) {
                    geldigTot.put(k.id(), tot);
                }
            }
        });
        return new Stand(Map.copyOf(kaders), Map.copyOf(geldigTot));
    }

    /**
     * Uses these published stored kaders beside the shipped ones (replacing the stored ones used before). A stored
     * kader whose id is a shipped kader's, or whose test cases fail, is left out (logged): it is never used in a round.
     */
    public synchronized void gebruikGepubliceerd(Collection<Opgeslagen> opgeslagen) {
        Map<String, Beleidskader> alle = new LinkedHashMap<>(verscheept);
        for (Opgeslagen o : opgeslagen) {
            Beleidskader k = o.kader();
            if (alle.containsKey(k.id())) {
                LOG.error("Opgeslagen beleidskader {} wordt niet gebruikt: er is al een beleidskader met dat id", k.id());
                continue;
            }
            List<Testgevallen.Resultaat> mislukt;
            try {
                mislukt = o.testgevallen() == null ? List.of() : mislukt(k, o.testgevallen());
            } catch (RuntimeException e) {
                LOG.error("Opgeslagen beleidskader {} wordt niet gebruikt: de testgevallen zijn niet te lezen: {}",
                        k.id(), e.getMessage());
                continue;
            }
            if (!mislukt.isEmpty()) {
                LOG.error("Opgeslagen beleidskader {} wordt niet gebruikt: {} testgeval(len) mislukt", k.id(),
                        mislukt.size());
                continue;
            }
            alle.put(k.id(), k);
        }
        stand = bereken(alle.values());
    }

    /**
     * Checks before every use whether the kaders in use are current (the application: the published kaders' state in
     * the database, so a publication or withdrawal on another instance is seen; ADR 0023).
     */
    public void controleerMet(Runnable controle) {
        this.controle = controle;
    }

    private Stand stand() {
        controle.run();
        return stand;
    }

    /**
     * What stands in the way of using this kader beside those in use (empty: nothing): an id already in use, or a
     * validity that overlaps another kader of the province.
     */
    public Optional<String> bezwaarTegen(Beleidskader nieuw) {
        Stand huidig = stand();
        if (huidig.kaders().containsKey(nieuw.id())) {
            return Optional.of("er is al een beleidskader " + nieuw.id() + " in gebruik");
        }
        List<Beleidskader> alle = new ArrayList<>(huidig.kaders().values());
        alle.add(nieuw);
        try {
            bereken(alle);
            return Optional.empty();
        } catch (IllegalStateException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Whether the kader is one shipped with the application (not stored in the product). */
    public boolean isVerscheept(String id) {
        return verscheept.containsKey(id);
    }

    private static List<Beleidskader> vanClasspath() throws IOException {
        List<Beleidskader> gelezen = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:beleidskaders/*.yaml")) {
            try (InputStream in = resource.getInputStream()) {
                gelezen.add(BeleidskaderLezer.lees(in, resource.getFilename()));
            }
        }
        return gelezen;
    }

    private static Map<String, String> testgevallenVanClasspath() throws IOException {
        Map<String, String> gelezen = new HashMap<>();
        for (Resource resource : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:beleidskaders/testgevallen/*.yaml")) {
            try (InputStream in = resource.getInputStream()) {
                gelezen.put(resource.getFilename().replaceFirst("\\.yaml$", ""),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return gelezen;
    }

    public Optional<Beleidskader> vind(String id) {
        return Optional.ofNullable(stand().kaders().get(id));
    }

    /** Whether the kader holds on the date: from its start up to its own end or the start of its successor. */
    public boolean geldigOp(Beleidskader kader, LocalDate datum) {
        LocalDate tot = stand().geldigTot().get(kader.id());
        return !kader.geldigVanaf().isAfter(datum) && (tot == null || !tot.isBefore(datum));
    }

    /** The last day the kader holds, empty while it holds without end. */
    public Optional<LocalDate> geldigTot(Beleidskader kader) {
        return Optional.ofNullable(stand().geldigTot().get(kader.id()));
    }

    /** The beleidskader of a province in force on a date (at most one is). */
    public Optional<Beleidskader> voorProvincie(String provincie, LocalDate datum) {
        return stand().kaders().values().stream()
                .filter(k -> k.provincie().equals(provincie) && geldigOp(k, datum))
                .findFirst();
    }

    /** The kaders of a province, oldest first. */
    public List<Beleidskader> vanProvincie(String provincie) {
        return stand().kaders().values().stream().filter(k -> k.provincie().equals(provincie))
                .sorted(Comparator.comparing(Beleidskader::geldigVanaf)).toList();
    }

    public Collection<Beleidskader> alle() {
        return new TreeMap<>(stand().kaders()).values();
    }
}
