package nl.woonregie.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The directory of the backups ({@code woonregie.backup.map}; default {@code <data-dir>-backup}, beside the data
 * directory). Never the data directory, inside it or around it: the data directory holds the vault key
 * ({@code kluis.sleutel}) and the database passwords, and a backup is copied elsewhere — the key must not travel with
 * it (ADR 0007: database and key are kept apart). Made with mode 0700 when missing.
 */
record BackupDirectory(Path pad) {

    /** Resolves and checks {@code configured} (blank: the default) against the data directory. */
    static BackupDirectory of(String configured, Path dataDir) {
        Path data = dataDir.toAbsolutePath().normalize();
        Path pad = configured == null || configured.isBlank()
                ? data.resolveSibling(data.getFileName() + "-backup")
                : Path.of(configured.strip()).toAbsolutePath().normalize();
        if (pad.startsWith(data)) {
            throw new IllegalStateException("woonregie.backup.map (" + pad + ") ligt in de datamap " + data
                    + ", naast de kluissleutel en de databasewachtwoorden; kies een map buiten de datamap");
        }
        if (data.startsWith(pad)) {
            throw new IllegalStateException("woonregie.backup.map (" + pad + ") bevat de datamap " + data
                    + " met de kluissleutel en de databasewachtwoorden; kies een map buiten de datamap");
        }
        return new BackupDirectory(pad);
    }

    /** The directory, made (0700) when it is missing. */
    Path ensure() {
        try {
            if (!Files.isDirectory(pad)) {
                if (pad.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.createDirectories(pad, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(pad);
                }
            }
            return pad;
        } catch (IOException e) {
            throw new UncheckedIOException("De back-upmap " + pad + " kan niet worden gemaakt", e);
        }
    }
}
