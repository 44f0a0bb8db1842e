package nl.woonregie.platform.database;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.postgresql.util.PasswordUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may connect to the embedded cluster, set before its server starts (zonky's data directory customizer, which
 * runs after {@code initdb} and before the server): {@code pg_hba.conf} allows only TCP connections from this machine
 * with a password (SCRAM-SHA-256), for every role; the server has no unix socket (see
 * {@link EmbeddedPostgresConfiguration}). zonky's {@code initdb} makes the cluster with {@code trust} and a superuser
 * without a password, and clusters of earlier versions of Woonregie are like that too: the superuser's password is
 * therefore set in single-user mode ({@code postgres --single}, which needs no connection and no authentication) at
 * every start, from {@link DatabaseSecrets}. So a fresh cluster and an old one are set up the same way, and a lost
 * password file only means new passwords.
 */
final class ClusterAccess {

    static final String HBA = """
            # Woonregie: who may connect to the embedded PostgreSQL. Written by Woonregie at every start; changes here
            # are overwritten. No unix socket; TCP only from this machine, always with a password (SCRAM-SHA-256).
            # The passwords are in <data-dir>/postgres-wachtwoorden.properties (mode 0600).
            # TYPE  DATABASE  USER  ADDRESS        METHOD
            host    all       all   127.0.0.1/32   scram-sha-256
            host    all       all   ::1/128        scram-sha-256
            """;

    private static final Logger log = LoggerFactory.getLogger(ClusterAccess.class);
    private static final long SINGLE_USER_WAIT_SECONDS = 120;

    private ClusterAccess() {
    }

    static void secure(Path cluster, DatabaseSecrets secrets, PostgresBinaries binaries) {
        try {
            writeHba(cluster.resolve("pg_hba.conf"));
            setSuperuserPassword(cluster, secrets.superuser(), binaries);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not secure the embedded PostgreSQL cluster " + cluster, e);
        }
    }

    private static void writeHba(Path hba) throws IOException {
        String nu = Files.exists(hba) ? Files.readString(hba) : "";
        if (nu.equals(HBA)) {
            return;
        }
        if (nu.lines().anyMatch(l -> !l.strip().startsWith("#") && l.contains("trust"))) {
            log.info("Securing the embedded PostgreSQL cluster: password authentication (SCRAM-SHA-256) instead of "
                    + "trust, no unix socket, an owner role and an application role");
        } else {
            log.warn("{} was changed by hand; it is written again", hba);
        }
        Path tijdelijk = hba.resolveSibling("pg_hba.conf.woonregie");
        Files.writeString(tijdelijk, HBA, StandardCharsets.UTF_8);
        Files.move(tijdelijk, hba, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * {@code ALTER ROLE postgres PASSWORD} in single-user mode. The statement carries the SCRAM verifier (salted hash),
     * never the password itself. An error ends the backend with a non-zero status ({@code exit_on_error}).
     */
    private static void setSuperuserPassword(Path cluster, String password, PostgresBinaries binaries)
            throws IOException {
        String verifier = PasswordUtil.encodeScramSha256(password.toCharArray());
        List<String> command = binaries.command("postgres", "--single", "-D", cluster.toString(), "-j",
                "-c", "exit_on_error=true", "postgres");
        Process backend = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (OutputStream in = backend.getOutputStream()) {
            in.write(("alter role " + DatabaseRoles.SUPERUSER + " with password '" + verifier + "';\n\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        byte[] uitvoer = backend.getInputStream().readAllBytes();
        try {
            if (!backend.waitFor(SINGLE_USER_WAIT_SECONDS, TimeUnit.SECONDS)) {
                backend.destroyForcibly();
                throw new IllegalStateException("postgres --single did not end within " + SINGLE_USER_WAIT_SECONDS
                        + " s on " + cluster);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while setting up " + cluster, e);
        }
        if (backend.exitValue() != 0) {
            List<String> regels = new ArrayList<>();
            new String(uitvoer, StandardCharsets.UTF_8).lines().filter(l -> !l.contains("SCRAM-SHA-256$"))
                    .forEach(regels::add);
            throw new IllegalStateException("Could not set the password of the PostgreSQL superuser in " + cluster
                    + " (postgres --single ended with " + backend.exitValue() + "):\n" + String.join("\n", regels));
        }
    }
}
