package nl.woonregie.platform.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A restore that this start does: from a backup named with {@code --woonregie.herstel=<file>}, or from the export
 * that an upgrade of the PostgreSQL major version made. Written to {@code <data-dir>/herstel.properties} before the
 * cluster is replaced and removed when the rows are in: a start that finds it (the previous one stopped halfway)
 * throws the half-made cluster away and restores again. The cluster that was there before is kept in
 * {@code vorige}. After a restore {@code <data-dir>/laatste-herstel.properties} says which file was restored, so a
 * {@code --woonregie.herstel} left in a service's configuration does not restore the same file at every start.
 */
record RestoreOrder(Path bestand, String sha256, Reden reden, Path vorige) {

    enum Reden {
        /** {@code --woonregie.herstel=<file>}. */
        HERSTEL,
        /** The cluster was made by an earlier PostgreSQL major version. */
        UPGRADE
    }

    static final String FILE = "herstel.properties";
    static final String DONE = "laatste-herstel.properties";

    private static final Logger log = LoggerFactory.getLogger(RestoreOrder.class);

    /**
     * Decides what this start restores and prepares the data directory for it, before the server starts:
     * <ol>
     * <li>{@code herstel} (the option {@code woonregie.herstel}) names a backup: it is checked whole first; the
     * cluster is moved aside to {@code postgres-voor-herstel-<moment>} (or, when a previous restore did not finish, the
     * half-made cluster is removed). Ignored, with a warning, when that very file was the last one restored here.</li>
     * <li>a previous start left a restore unfinished: the half-made cluster is removed and it is done again.</li>
     * <li>the cluster was made by PostgreSQL {@value PostgresBinaries#PREVIOUS_MAJOR}: {@link PostgresUpgrade}
     * exports it with those binaries into the backup directory and moves it aside to {@code postgres-14}.</li>
     * </ol>
     * Returns null when there is nothing to restore.
     */
    static RestoreOrder prepare(Path dataDir, String herstel, BackupDirectory backups, DatabaseSecrets secrets,
            Clock klok) {
        try {
            Path cluster = dataDir.resolve("postgres");
            Optional<RestoreOrder> onaf = read(dataDir);
            if (herstel != null && !herstel.isBlank()) {
                Path bestand = Path.of(herstel.strip()).toAbsolutePath().normalize();
                if (!Files.isRegularFile(bestand)) {
                    throw new IllegalStateException("woonregie.herstel: het bestand " + bestand + " bestaat niet");
                }
                String sha = BackupFile.sha256(bestand);
                if (onaf.isEmpty() && alreadyRestored(dataDir, sha)) {
                    log.warn("{} is al teruggezet in {} (zie {}); woonregie.herstel wordt genegeerd: haal de optie weg",
                            bestand, dataDir, DONE);
                    return null;
                }
                BackupFile.Manifest m = BackupFile.verify(bestand);
                log.info("Herstel uit {}: back-up van {}, schemaversie {}, {} tabellen, {} rijen", bestand,
                        m.gemaakt(), m.schemaversie(), m.tabellen().size(), m.rijen());
                StalePostmaster.clear(cluster);
                Path vorige;
                if (onaf.isPresent()) {
                    setAside(cluster, onaf.get());
                    vorige = onaf.get().vorige();
                } else {
                    vorige = besideIfData(cluster, "postgres-voor-herstel-" + Backups.NAAM.format(
                            klok.instant().atZone(klok.getZone())));
                }
                RestoreOrder order = new RestoreOrder(bestand, sha, Reden.HERSTEL, vorige);
                order.write(dataDir);
                setAside(cluster, order);
                return order;
            }
            if (onaf.isPresent()) {
                RestoreOrder order = onaf.get();
                log.warn("Het herstel uit {} is bij een vorige start niet afgemaakt; het wordt opnieuw gedaan "
                        + "(de database van daarvoor staat in {})", order.bestand(), order.vorige());
                BackupFile.verify(order.bestand());
                StalePostmaster.clear(cluster);
                setAside(cluster, order);
                return order;
            }
            OptionalInt major = PostgresUpgrade.major(cluster);
            if (major.isPresent() && major.getAsInt() != PostgresBinaries.CURRENT_MAJOR) {
                StalePostmaster.clear(cluster);
                Path bestand = PostgresUpgrade.export(cluster, major.getAsInt(), secrets, backups, klok);
                RestoreOrder order = new RestoreOrder(bestand, BackupFile.sha256(bestand), Reden.UPGRADE,
                        besideIfData(cluster, "postgres-" + major.getAsInt()));
                order.write(dataDir);
                setAside(cluster, order);
                return order;
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where the cluster goes when it has data: {@code naam} beside it (with a suffix when that exists); null when
     * there is no cluster with data. Recorded in the order before the cluster moves, so a start that stops in between
     * moves it next time instead of taking it for a half-made one.
     */
    private static Path besideIfData(Path cluster, String naam) throws IOException {
        if (!Files.isDirectory(cluster)) {
            return null;
        }
        try (Stream<Path> inhoud = Files.list(cluster)) {
            if (inhoud.findAny().isEmpty()) {
                return null;
            }
        }
        Path doel = cluster.resolveSibling(naam);
        for (int i = 2; Files.exists(doel); i++) {
            doel = cluster.resolveSibling(naam + "-" + i);
        }
        return doel;
    }

    /**
     * Clears the place of the new cluster for {@code order}: the cluster that was there before goes to
     * {@code order.vorige()} when it is not there yet; otherwise what is there is the half-made cluster of an earlier
     * attempt at this order, and is removed.
     */
    private static void setAside(Path cluster, RestoreOrder order) throws IOException {
        if (!Files.exists(cluster)) {
            return;
        }
        if (order.vorige() != null && !Files.exists(order.vorige())) {
            Files.move(cluster, order.vorige(), StandardCopyOption.ATOMIC_MOVE);
            log.info("De database van daarvoor is bewaard in {}; verwijder die map als alles in orde is",
                    order.vorige());
            return;
        }
        removeCluster(cluster);
    }

    /** Removes a cluster this class made for a restore that did not finish. */
    private static void removeCluster(Path cluster) throws IOException {
        if (!Files.exists(cluster)) {
            return;
        }
        try (Stream<Path> paden = Files.walk(cluster)) {
            for (Path p : paden.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The order a previous start left unfinished, if any. */
    static Optional<RestoreOrder> read(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = load(file);
        String vorige = p.getProperty("vorige", "");
        return Optional.of(new RestoreOrder(Path.of(p.getProperty("bestand")), p.getProperty("sha256"),
                Reden.valueOf(p.getProperty("reden")), vorige.isEmpty() ? null : Path.of(vorige)));
    }

    void write(Path dataDir) {
        Properties p = new Properties();
        p.setProperty("bestand", bestand.toString());
        p.setProperty("sha256", sha256);
        p.setProperty("reden", reden.name());
        p.setProperty("vorige", vorige == null ? "" : vorige.toString());
        store(p, dataDir.resolve(FILE), "Woonregie: herstel dat bij deze start wordt gedaan (verwijderd als het af is)");
    }

    /** The restore is complete: the order becomes the record of the last restore. */
    void done(Path dataDir, Instant op) {
        Properties p = new Properties();
        p.setProperty("bestand", bestand.toString());
        p.setProperty("sha256", sha256);
        p.setProperty("reden", reden.name());
        p.setProperty("hersteld", op.toString());
        store(p, dataDir.resolve(DONE), "Woonregie: het laatste herstel");
        try {
            Files.deleteIfExists(dataDir.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the last restore into this data directory was of a file with this SHA-256. */
    static boolean alreadyRestored(Path dataDir, String sha256) {
        Path file = dataDir.resolve(DONE);
        return Files.exists(file) && sha256.equals(load(file).getProperty("sha256"));
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Kan " + file + " niet lezen", e);
        }
        return p;
    }

    private static void store(Properties p, Path file, String kop) {
        try {
            Files.createDirectories(file.getParent());
            Path tijdelijk = file.resolveSibling(file.getFileName() + ".nieuw");
            try (Writer out = Files.newBufferedWriter(tijdelijk, StandardCharsets.UTF_8)) {
                p.store(out, kop);
            }
            Files.move(tijdelijk, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Kan " + file + " niet schrijven", e);
        }
    }
}
