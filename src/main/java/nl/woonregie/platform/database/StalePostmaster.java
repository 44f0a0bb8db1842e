package nl.woonregie.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a {@code kill -9} of the application the embedded PostgreSQL server keeps running and keeps its
 * {@code postmaster.pid}; the next start would then fail. This class stops such a leftover server (fast shutdown,
 * which PostgreSQL recovers from cleanly) or removes a pid file whose process is gone.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private StalePostmaster() {
    }

    static void clear(Path cluster) throws IOException {
        Path pidFile = cluster.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> server = leftoverServer(pidFile);
        if (server.isEmpty()) {
            log.info("Removing stale {} (its process no longer runs)", pidFile);
            Files.deleteIfExists(pidFile);
            return;
        }
        ProcessHandle process = server.get();
        log.warn("A PostgreSQL server (pid {}) from an earlier run still uses {}; stopping it", process.pid(), cluster);
        signal(process.pid(), "INT"); // fast shutdown: ends sessions, writes a checkpoint
        Instant deadline = Instant.now().plus(STOP_WAIT);
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            sleep();
        }
        if (process.isAlive()) {
            log.warn("PostgreSQL pid {} did not stop within {}s; sending immediate shutdown", process.pid(),
                    STOP_WAIT.toSeconds());
            signal(process.pid(), "QUIT");
            Instant hardDeadline = Instant.now().plus(STOP_WAIT);
            while (process.isAlive() && Instant.now().isBefore(hardDeadline)) {
                sleep();
            }
        }
        if (process.isAlive()) {
            throw new IllegalStateException("Could not stop the leftover PostgreSQL server with pid " + process.pid()
                    + " that uses " + cluster + "; stop it by hand and start Woonregie again");
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<ProcessHandle> leftoverServer(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(StalePostmaster::isPostgres);
    }

    private static boolean isPostgres(ProcessHandle handle) {
        return handle.info().command().map(cmd -> cmd.endsWith("postgres") || cmd.contains("/postgres"))
                .orElse(true);
    }

    private static void signal(long pid, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
            kill.waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("Could not signal PostgreSQL pid " + pid, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping PostgreSQL pid " + pid, e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
