package nl.woonregie.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.woonregie.platform.audit.Actor;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The restore of this start, if any ({@link RestoreOrder}), done where Flyway migrates (this is the application's
 * {@code FlywayMigrationStrategy} with the embedded database): the empty cluster is migrated to the backup's schema
 * version, the backup's rows replace every row ({@link BackupFile#load}), and then the migrations after that version
 * run as at any start — so a backup made by an earlier version of Woonregie is restored by a later one. Without a
 * restore this is just {@code flyway.migrate()}. The audit entry ({@link DatabaseGebeurtenis.Hersteld}) is written
 * once the application is ready ({@code RestoreAudit}).
 */
class Restore {

    private static final Logger log = LoggerFactory.getLogger(Restore.class);

    /** Nothing to restore (for starts outside the application context). */
    static final Restore GEEN = new Restore(null, null, Clock.systemUTC());

    private final Path dataDir;
    private final RestoreOrder order;
    private final Clock klok;
    private volatile DatabaseGebeurtenis.Hersteld hersteld;

    Restore(Path dataDir, RestoreOrder order, Clock klok) {
        this.dataDir = dataDir;
        this.order = order;
        this.klok = klok;
    }

    /** The restore of this start, once it is done (for its audit entry); null when there was none. */
    DatabaseGebeurtenis.Hersteld hersteld() {
        return hersteld;
    }

    void migrate(Flyway flyway, EmbeddedPostgres postgres) {
        if (order == null) {
            flyway.migrate();
            return;
        }
        long start = System.nanoTime();
        try {
            BackupFile.Manifest m = BackupFile.verify(order.bestand());
            MigrationVersion doel = MigrationVersion.fromVersion(m.schemaversie());
            MigrationVersion hoogste = Arrays.stream(flyway.info().all()).map(MigrationInfo::getVersion)
                    .filter(Objects::nonNull).max(MigrationVersion::compareTo).orElse(MigrationVersion.EMPTY);
            if (doel.isNewerThan(hoogste.getVersion())) {
                throw new IllegalStateException("De back-up " + order.bestand() + " heeft schemaversie " + doel
                        + "; deze versie van Woonregie kent migraties tot " + hoogste + ". Zet hem terug met een "
                        + "versie van Woonregie die even nieuw of nieuwer is.");
            }
            Flyway.configure(flyway.getConfiguration().getClassLoader()).configuration(flyway.getConfiguration())
                    .target(doel).load().migrate();
            try (Connection superuser = postgres.getPostgresDatabase().getConnection()) {
                BackupFile.load(superuser, order.bestand(), m);
            }
            flyway.migrate();
            order.done(dataDir, klok.instant());
            String versie;
            try (Connection c = postgres.getPostgresDatabase().getConnection();
                    var s = c.createStatement(); var rs = s.executeQuery("show server_version")) {
                rs.next();
                versie = rs.getString(1);
            }
            hersteld = new DatabaseGebeurtenis.Hersteld(order.bestand().toString(), order.sha256(),
                    order.reden().name(), m.gemaakt(), m.schemaversie(), m.rijen(), versie, Actor.SYSTEEM);
            log.info("Teruggezet uit {} ({}): {} tabellen, {} rijen, schemaversie {}, in {} ms{}", order.bestand(),
                    order.reden(), m.tabellen().size(), m.rijen(), m.schemaversie(),
                    (System.nanoTime() - start) / 1_000_000,
                    order.vorige() == null ? "" : "; de database van daarvoor staat in " + order.vorige());
        } catch (IOException e) {
            throw new UncheckedIOException("Het herstel uit " + order.bestand() + " is mislukt" + terug(), e);
        } catch (SQLException | RuntimeException e) {
            throw new IllegalStateException("Het herstel uit " + order.bestand() + " is mislukt: " + e.getMessage()
                    + terug(), e);
        }
    }

    /** What the operator can do after a failed restore (the next start tries again). */
    private String terug() {
        return ". De volgende start probeert het opnieuw" + (order.vorige() == null ? "" : "; de database van "
                + "daarvoor staat in " + order.vorige() + " (terug naar die database: Woonregie stoppen, "
                + dataDir.resolve(RestoreOrder.FILE) + " en " + dataDir.resolve("postgres") + " verwijderen en "
                + order.vorige() + " hernoemen naar " + dataDir.resolve("postgres") + ")");
    }
}
