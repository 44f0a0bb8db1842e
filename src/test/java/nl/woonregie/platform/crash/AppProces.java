package nl.woonregie.platform.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Woonregie in a JVM of its own, started as {@code java -jar} starts it (its classes and the jar's dependencies —
 * {@code target/runtime-classpath.txt}, the runtime scope, without any test dependency — and no test properties: the
 * embedded PostgreSQL is durable and secured as in production), on a data directory that outlives it. For the crash tests: the process can be killed with SIGKILL and started again on the same data.
 */
record AppProces(Process proces, int poort, int pgPoort, Path data, List<String> log) {

    static final Pattern PG_POORT = Pattern.compile("Embedded PostgreSQL started on port (\\d+)");

    /**
     * Starts the application on {@code data} and waits until its health answers UP: at most 10 minutes (a start takes
     * 6–20 s on a quiet machine, but over 3 minutes when other builds keep the load average above 50).
     */
    static AppProces start(Path data, String beheerderWachtwoord) throws Exception {
        return start(data, beheerderWachtwoord, java.time.Duration.ofMinutes(10));
    }

    /**
     * The classpath of the jar: the application's classes and its runtime dependencies as Maven resolved them
     * ({@code maven-dependency-plugin:build-classpath}, written in every build before the tests). So a dependency that
     * only the tests bring (and the jar would miss) fails here as it would for {@code java -jar}.
     */
    static String klassenpad() throws java.io.IOException {
        Path afhankelijkheden = Path.of("target", "runtime-classpath.txt");
        if (!java.nio.file.Files.exists(afhankelijkheden)) {
            throw new IllegalStateException(afhankelijkheden + " ontbreekt: de build (maven-dependency-plugin, "
                    + "classpath-van-de-jar) schrijft het vóór de tests");
        }
        return Path.of("target", "classes").toAbsolutePath() + java.io.File.pathSeparator
                + java.nio.file.Files.readString(afhankelijkheden).strip();
    }

    /** As {@link #start(Path, String)}, with extra command-line arguments and a longest wait for UP. */
    static AppProces start(Path data, String beheerderWachtwoord, java.time.Duration hoogstens, String... argumenten)
            throws Exception {
        // a free port can be taken by another process between choosing it and the start (other builds run beside
        // the tests): then the start is tried again on another one
        for (int poging = 1; ; poging++) {
            try {
                return probeer(data, beheerderWachtwoord, hoogstens, argumenten);
            } catch (PoortBezet e) {
                if (poging == 3) {
                    throw e;
                }
            }
        }
    }

    /** The application stopped because its port was taken meanwhile. */
    static final class PoortBezet extends IllegalStateException {
        PoortBezet(String log) {
            super("port taken: " + log);
        }
    }

    private static AppProces probeer(Path data, String beheerderWachtwoord, java.time.Duration hoogstens,
            String... argumenten) throws Exception {
        int poort;
        try (ServerSocket s = new ServerSocket(0)) {
            poort = s.getLocalPort();
        }
        // C1 only: the process lives for seconds, so the optimising compiler only costs (BevestigdIsBewaardTest:
        // 50 s of CPU with it, 26 s without; docs/performance.md)
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", klassenpad(), "nl.woonregie.WoonregieApplication",
                "--server.port=" + poort, "--woonregie.data-dir=" + data,
                // the crash tests write as the administrator with HTTP Basic, which a second step (TOTP) refuses;
                // they are about durability, the second step is proven in TweedeStapTest
                "--woonregie.totp.verplicht-voor=",
                "--spring.main.banner-mode=off").redirectErrorStream(true);
        pb.command().addAll(List.of(argumenten));
        pb.environment().put("WOONREGIE_ADMIN_PASSWORD", beheerderWachtwoord);
        Process p = pb.start();
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        int[] pg = {0};
        Thread lezer = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
                String regel;
                while ((regel = in.readLine()) != null) {
                    log.add(regel);
                    Matcher m = PG_POORT.matcher(regel);
                    if (m.find()) {
                        pg[0] = Integer.parseInt(m.group(1));
                    }
                }
            } catch (IOException e) {
                // process ended
            }
        });
        lezer.setDaemon(true);
        lezer.start();
        HttpClient http = HttpClient.newHttpClient();
        Instant tot = Instant.now().plus(hoogstens);
        while (Instant.now().isBefore(tot)) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + poort + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.body().contains("UP")) {
                    return new AppProces(p, poort, pg[0], data, log);
                }
            } catch (IOException e) {
                // not up yet
            }
            if (!p.isAlive()) {
                lezer.join(5_000);
                String uitvoer = String.join("\n", log);
                if (uitvoer.contains("Port " + poort + " was already in use")) {
                    throw new PoortBezet(uitvoer);
                }
                throw new IllegalStateException("application ended: " + uitvoer);
            }
            Thread.sleep(100);
        }
        p.destroyForcibly();
        throw new IllegalStateException("application did not start: " + String.join("\n", log));
    }

    URI uri(String pad) {
        return URI.create("http://127.0.0.1:" + poort + pad);
    }

    /** The PostgreSQL server of this application: its postmaster (from {@code postmaster.pid}). */
    ProcessHandle postmaster() throws IOException {
        long pid = Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(0).trim());
        return ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("postmaster " + pid + " is gone"));
    }

    /** Stops the application normally (SIGTERM) and waits for it. */
    void stop() throws InterruptedException {
        proces.destroy();
        proces.waitFor();
    }

    /** A connection as the cluster's superuser, with the password from the data directory. */
    Connection superuser() throws IOException, SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + pgPoort + "/postgres", "postgres",
                wachtwoord(data, "postgres"));
    }

    long tel(String sql) throws Exception {
        try (Connection c = superuser(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    String waarde(String sql) throws Exception {
        try (Connection c = superuser(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** A role's password from {@code <data>/postgres-wachtwoorden.properties}. */
    static String wachtwoord(Path data, String rol) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(data.resolve("postgres-wachtwoorden.properties"),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p.getProperty(rol);
    }
}
