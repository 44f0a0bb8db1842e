package nl.woonregie.platform.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The passwords of the embedded cluster's three roles, generated at the first start and kept in
 * {@code <data-dir>/postgres-wachtwoorden.properties} (mode 0600, readable only by the account that runs Woonregie):
 * {@code postgres} (the superuser, used only at start-up to set up the roles), the owner role that Flyway uses and
 * the application role. The file is not precious: when it is missing or unreadable, new passwords are generated and
 * set at this start (this application can always reach the cluster's files, see {@link ClusterAccess}); the same
 * happens when the file was readable by other accounts, since its passwords may then be known.
 */
record DatabaseSecrets(String superuser, String owner, String app) {

    static final String FILE = "postgres-wachtwoorden.properties";
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private static final Logger log = LoggerFactory.getLogger(DatabaseSecrets.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Reads the passwords from {@code file}, or generates and stores new ones (0600) when there are none. */
    static DatabaseSecrets readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                DatabaseSecrets gelezen = read(file);
                if (gelezen == null) {
                    log.warn("{} is incomplete; new database passwords are generated and set", file);
                } else if (!ownerOnly(file)) {
                    log.warn("{} was readable by other accounts; new database passwords are generated and set", file);
                } else {
                    return gelezen;
                }
            }
            DatabaseSecrets nieuw = new DatabaseSecrets(generate(), generate(), generate());
            nieuw.write(file);
            return nieuw;
        } catch (IOException e) {
            throw new UncheckedIOException("Database passwords cannot be read or written: " + file, e);
        }
    }

    /** The passwords in {@code file}, or null when one is missing. */
    static DatabaseSecrets read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        DatabaseSecrets s = new DatabaseSecrets(p.getProperty(DatabaseRoles.SUPERUSER),
                p.getProperty(DatabaseRoles.OWNER), p.getProperty(DatabaseRoles.APP));
        return valid(s.superuser) && valid(s.owner) && valid(s.app) ? s : null;
    }

    private static boolean valid(String password) {
        return password != null && password.length() >= 32;
    }

    private static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Writes a temporary file with mode 0600 beside {@code file}, forces it to disk and moves it in place. */
    private void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path tijdelijk = file.resolveSibling(file.getFileName() + ".nieuw");
        Files.deleteIfExists(tijdelijk);
        if (posix(file)) {
            Files.createFile(tijdelijk, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(tijdelijk);
        }
        try (FileChannel kanaal = FileChannel.open(tijdelijk, StandardOpenOption.WRITE);
                Writer out = java.nio.channels.Channels.newWriter(kanaal, StandardCharsets.UTF_8)) {
            out.write("# Woonregie: passwords of the embedded PostgreSQL roles, generated at the first start.\n");
            out.write("# Keep this file private (mode 0600). Delete it to have new passwords set at the next start.\n");
            out.write(DatabaseRoles.SUPERUSER + "=" + superuser + "\n");
            out.write(DatabaseRoles.OWNER + "=" + owner + "\n");
            out.write(DatabaseRoles.APP + "=" + app + "\n");
            out.flush();
            kanaal.force(true);
        }
        Files.move(tijdelijk, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** True when only the owner of the file may read or write it (always true where there are no POSIX modes). */
    private static boolean ownerOnly(Path file) throws IOException {
        return !posix(file) || Files.getPosixFilePermissions(file).stream()
                .allMatch(p -> p == PosixFilePermission.OWNER_READ || p == PosixFilePermission.OWNER_WRITE);
    }

    private static boolean posix(Path file) {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    @Override
    public String toString() {
        return "DatabaseSecrets[***]";
    }
}
