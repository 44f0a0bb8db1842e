package nl.woonregie.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.OptionalInt;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The upgrade of a cluster made by an earlier PostgreSQL major version (Woonregie ran PostgreSQL
 * {@value PostgresBinaries#PREVIOUS_MAJOR} until it moved to {@value PostgresBinaries#CURRENT_MAJOR}; ADR 0018).
 * A data directory's files are readable only by the major version that wrote them, and zonky's bundle has no
 * {@code pg_upgrade} or {@code pg_dump}: the old cluster is started once more with the previous binaries, which the
 * jar keeps for this, exported as a backup ({@link BackupFile}) into the backup directory, stopped and moved aside;
 * the new server then starts on an empty cluster and the export is restored into it ({@link Restore}), exactly as a
 * backup is restored. The old cluster stays in {@code <data-dir>/postgres-14} and the export in the backup directory
 * ({@code woonregie-voor-postgresql-17-<moment>.zip}, outside the retention) until the operator removes them.
 */
final class PostgresUpgrade {

    static final String PREFIX = "woonregie-voor-postgresql-" + PostgresBinaries.CURRENT_MAJOR + "-";

    private static final Logger log = LoggerFactory.getLogger(PostgresUpgrade.class);

    private PostgresUpgrade() {
    }

    /** The major version that made the cluster ({@code PG_VERSION}), empty when there is no cluster yet. */
    static OptionalInt major(Path cluster) throws IOException {
        Path versie = cluster.resolve("PG_VERSION");
        if (!Files.isRegularFile(versie)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(Files.readString(versie).strip()));
    }

    /** Exports the old cluster with its own binaries into the backup directory; returns the file. */
    static Path export(Path cluster, int major, DatabaseSecrets secrets, BackupDirectory backups, Clock klok)
            throws IOException {
        if (major != PostgresBinaries.PREVIOUS_MAJOR || !PostgresBinaries.PREVIOUS.available()) {
            throw new IllegalStateException("De database in " + cluster + " is gemaakt door PostgreSQL " + major
                    + "; Woonregie draait PostgreSQL " + PostgresBinaries.CURRENT_MAJOR + " en kan alleen een database "
                    + "van PostgreSQL " + PostgresBinaries.PREVIOUS_MAJOR + " bijwerken, op Linux x86-64. Maak een "
                    + "back-up met de vorige versie van Woonregie op Linux, of begin met een lege datamap.");
        }
        log.info("De database in {} is gemaakt door PostgreSQL {}; Woonregie draait nu PostgreSQL {}. Bijwerken: "
                + "exporteren met PostgreSQL {} en terugzetten in een nieuwe database", cluster, major,
                PostgresBinaries.CURRENT_MAJOR, major);
        long start = System.nanoTime();
        Path dir = backups.ensure();
        Path bestand = dir.resolve(PREFIX + Backups.NAAM.format(klok.instant().atZone(klok.getZone())) + ".zip");
        try (EmbeddedPostgres oud = EmbeddedPostgresConfiguration.start(cluster, secrets, PostgresBinaries.PREVIOUS,
                true); Connection c = Backups.owner(oud.getPort(), secrets)) {
            BackupFile.Manifest m = BackupFile.write(c, bestand, klok.instant());
            log.info("PostgreSQL {} geëxporteerd naar {} ({} tabellen, {} rijen, {} ms)", major, bestand,
                    m.tabellen().size(), m.rijen(), (System.nanoTime() - start) / 1_000_000);
        } catch (SQLException e) {
            throw new IllegalStateException("De export van de database van PostgreSQL " + major + " is mislukt: "
                    + e.getMessage(), e);
        }
        return bestand;
    }
}
