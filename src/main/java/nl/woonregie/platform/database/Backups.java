package nl.woonregie.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the embedded database (only there: with an external PostgreSQL its administrator's own tooling makes
 * them). {@link #maak()} writes a complete, consistent backup of the running database into the backup directory
 * ({@code woonregie.backup.map}) and then keeps only the newest {@code woonregie.backup.bewaren}; how a backup is
 * made and restored: {@link BackupFile}, ADR 0017.
 *
 * <p>This is the one class that makes a backup: the nightly background job ({@link NachtelijkeBackup}) and the
 * command {@code java -jar woonregie.jar --woonregie.backup.nu} ({@link BackupCommand}) both call it. It is safe to call at any time and from
 * several threads (one backup at a time per instance); it changes nothing in the database.
 */
public class Backups {

    /** Names of the backups that retention counts: made by the schedule, the command or a job. */
    static final String PREFIX = "woonregie-backup-";
    static final DateTimeFormatter NAAM = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private static final Logger log = LoggerFactory.getLogger(Backups.class);

    /** One backup that was made. */
    public record Backup(Path bestand, Instant gemaakt, String schemaversie, int tabellen, long rijen, long bytes,
            Duration duur) {
    }

    private final EmbeddedPostgres postgres;
    private final DatabaseSecrets secrets;
    private final BackupDirectory map;
    private final int bewaren;
    private final Clock klok;
    private final MeterRegistry registry;
    /** When the last backup of this instance was made (epoch seconds; 0: none yet), for an alert on its age. */
    private final AtomicLong laatste = new AtomicLong();

    Backups(EmbeddedPostgres postgres, DatabaseSecrets secrets, BackupDirectory map, int bewaren, Clock klok,
            MeterRegistry registry) {
        if (bewaren < 1) {
            throw new IllegalStateException("woonregie.backup.bewaren moet minstens 1 zijn, niet " + bewaren);
        }
        this.postgres = postgres;
        this.secrets = secrets;
        this.map = map;
        this.bewaren = bewaren;
        this.klok = klok;
        this.registry = registry;
        Gauge.builder("woonregie.database.backup.laatste", laatste, AtomicLong::get).baseUnit("seconds")
                .description("Moment van de laatste gelukte back-up door deze instantie (epoch-seconden; 0: nog geen)")
                .register(registry);
    }

    /** Makes a backup now and removes the oldest beyond {@code woonregie.backup.bewaren}. */
    public synchronized Backup maak() {
        Timer.Sample start = Timer.start();
        String uitkomst = "mislukt";
        try (Connection c = owner(postgres.getPort(), secrets)) {
            Backup b = maak(c, map, bewaren, klok);
            uitkomst = "gelukt";
            laatste.set(b.gemaakt().getEpochSecond());
            return b;
        } catch (SQLException e) {
            throw new IllegalStateException("De back-up is mislukt: " + e.getMessage(), e);
        } finally {
            start.stop(Timer.builder("woonregie.database.backup").description("Back-ups van de ingebouwde database")
                    .tag("uitkomst", uitkomst).register(registry));
        }
    }

    /** The backup directory. */
    public Path map() {
        return map.pad();
    }

    /** The backups that retention counts, newest first. */
    public List<Path> lijst() {
        return lijst(map.pad());
    }

    /** A connection as the owner role, which may read every table (and is no superuser). */
    static Connection owner(int port, DatabaseSecrets secrets) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", DatabaseRoles.OWNER);
        p.setProperty("password", secrets.owner());
        p.setProperty("ApplicationName", "woonregie-backup");
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + DatabaseRoles.DATABASE, p);
    }

    /** Writes a backup of the database behind {@code c} into {@code map} and applies the retention. */
    static Backup maak(Connection c, BackupDirectory map, int bewaren, Clock klok) {
        Path dir = map.ensure();
        Instant nu = klok.instant();
        String stam = PREFIX + NAAM.format(nu.atZone(klok.getZone()));
        Path bestand = dir.resolve(stam + ".zip");
        for (int i = 2; Files.exists(bestand); i++) {
            bestand = dir.resolve(stam + "-" + i + ".zip");
        }
        long start = System.nanoTime();
        try {
            BackupFile.Manifest m = BackupFile.write(c, bestand, nu);
            Backup b = new Backup(bestand, nu, m.schemaversie(), m.tabellen().size(), m.rijen(), Files.size(bestand),
                    Duration.ofNanos(System.nanoTime() - start));
            log.info("Back-up gemaakt: {} ({} tabellen, {} rijen, schemaversie {}, {} kB, {} ms)", bestand,
                    b.tabellen(), b.rijen(), b.schemaversie(), b.bytes() / 1024, b.duur().toMillis());
            opruimen(dir, bewaren);
            return b;
        } catch (IOException e) {
            throw new UncheckedIOException("De back-up naar " + bestand + " is mislukt", e);
        } catch (SQLException e) {
            throw new IllegalStateException("De back-up naar " + bestand + " is mislukt: " + e.getMessage(), e);
        }
    }

    static List<Path> lijst(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> bestanden = Files.list(dir)) {
            return bestanden.filter(p -> p.getFileName().toString().startsWith(PREFIX)
                    && p.getFileName().toString().endsWith(".zip")).sorted(Comparator.reverseOrder()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps the newest {@code bewaren} backups (by name, which starts with the moment it was made). */
    private static void opruimen(Path dir, int bewaren) throws IOException {
        List<Path> alle = new ArrayList<>(lijst(dir));
        for (Path oud : alle.subList(Math.min(bewaren, alle.size()), alle.size())) {
            Files.deleteIfExists(oud);
            log.info("Oude back-up verwijderd (bewaren: {}): {}", bewaren, oud);
        }
    }
}
