package nl.woonregie.platform.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.woonregie.platform.core.DataMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What durability costs (docs/performance.md), not part of the normal test run:
 * {@code ./mvnw -B -o test -Dtest=DuurzaamheidPrestatie -Dsurefire.failIfNoSpecifiedTests=false}. Starts the embedded
 * cluster exactly as the application does, durable and (as the test contexts run it) not durable, alternately, and
 * measures the start of a fresh and of an existing cluster, and small write transactions (one row each, committed
 * one by one, as an API write is): one connection after another, and 8 connections at once. Prints a table.
 */
class DuurzaamheidPrestatie {

    static final int RONDES = 3;
    static final int TRANSACTIES = 400;
    static final int PARALLEL = 8;

    @TempDir
    Path dir;

    record Meting(double eersteStartMs, double tweedeStartMs, double msPerCommit, double commitsPerSecondeParallel) {
    }

    @Test
    void meet() throws Exception {
        List<Meting> duurzaam = new ArrayList<>();
        List<Meting> niet = new ArrayList<>();
        for (int r = 0; r < RONDES; r++) {
            duurzaam.add(meet(true, r));
            niet.add(meet(false, r));
        }
        System.out.println("DuurzaamheidPrestatie (best of " + RONDES + ", alternating)");
        System.out.println("| | durable (production) | not durable (test contexts) |");
        System.out.println("|---|---:|---:|");
        regel("fresh cluster: initdb, secure, start, roles (ms)", duurzaam.stream()
                .mapToDouble(Meting::eersteStartMs).min().orElseThrow(), niet.stream()
                .mapToDouble(Meting::eersteStartMs).min().orElseThrow());
        regel("existing cluster: secure, start, roles (ms)", duurzaam.stream().mapToDouble(Meting::tweedeStartMs)
                .min().orElseThrow(), niet.stream().mapToDouble(Meting::tweedeStartMs).min().orElseThrow());
        regel("one connection: ms per committed transaction", duurzaam.stream().mapToDouble(Meting::msPerCommit)
                .min().orElseThrow(), niet.stream().mapToDouble(Meting::msPerCommit).min().orElseThrow());
        regel(PARALLEL + " connections: commits per second", duurzaam.stream()
                .mapToDouble(Meting::commitsPerSecondeParallel).max().orElseThrow(), niet.stream()
                .mapToDouble(Meting::commitsPerSecondeParallel).max().orElseThrow());
    }

    static void regel(String wat, double duurzaam, double niet) {
        System.out.println(String.format(Locale.ROOT, "| %s | %.2f | %.2f |", wat, duurzaam, niet));
    }

    Meting meet(boolean duurzaam, int ronde) throws Exception {
        Path data = dir.resolve((duurzaam ? "duurzaam-" : "niet-") + ronde);
        Files.createDirectories(data);
        DataMap map = new DataMap(data.toString());
        EmbeddedPostgresConfiguration configuratie = new EmbeddedPostgresConfiguration();
        DatabaseSecrets secrets = configuratie.databaseSecrets(map);
        long t0 = System.nanoTime();
        double eerste;
        try (EmbeddedPostgres pg = configuratie.embeddedPostgres(map, secrets, true, duurzaam,
                new TemporaryCluster(), Restore.GEEN)) {
            eerste = (System.nanoTime() - t0) / 1e6;
            try (Connection c = DriverManager.getConnection(url(pg), DatabaseRoles.SUPERUSER, secrets.superuser());
                    Statement s = c.createStatement()) {
                s.execute("create table meting (id bigint generated always as identity primary key, tekst text)");
            }
        }
        long t1 = System.nanoTime();
        try (EmbeddedPostgres pg = configuratie.embeddedPostgres(map, secrets, true, duurzaam,
                new TemporaryCluster(), Restore.GEEN)) {
            double tweede = (System.nanoTime() - t1) / 1e6;
            double msPerCommit;
            try (Connection c = DriverManager.getConnection(url(pg), DatabaseRoles.SUPERUSER, secrets.superuser())) {
                schrijf(c, 50); // warm-up
                long t = System.nanoTime();
                schrijf(c, TRANSACTIES);
                msPerCommit = (System.nanoTime() - t) / 1e6 / TRANSACTIES;
            }
            ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
            try {
                List<Future<?>> klaar = new ArrayList<>();
                long t = System.nanoTime();
                for (int i = 0; i < PARALLEL; i++) {
                    klaar.add(pool.submit(() -> {
                        try (Connection c = DriverManager.getConnection(url(pg), DatabaseRoles.SUPERUSER,
                                secrets.superuser())) {
                            schrijf(c, TRANSACTIES);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : klaar) {
                    f.get();
                }
                double perSeconde = PARALLEL * TRANSACTIES / ((System.nanoTime() - t) / 1e9);
                return new Meting(eerste, tweede, msPerCommit, perSeconde);
            } finally {
                pool.shutdown();
            }
        }
    }

    static String url(EmbeddedPostgres pg) {
        return "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres";
    }

    static void schrijf(Connection c, int aantal) throws Exception {
        c.setAutoCommit(true);
        try (PreparedStatement ps = c.prepareStatement("insert into meting (tekst) values (?)")) {
            for (int i = 0; i < aantal; i++) {
                ps.setString(1, "rij " + i);
                ps.executeUpdate();
            }
        }
    }
}
