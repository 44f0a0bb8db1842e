package nl.woonregie.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * For tests ({@code woonregie.embedded.tijdelijk=true}): the cluster directory is removed when the JVM ends, after
 * the server has stopped, so test runs leave nothing behind.
 */
record TemporaryCluster(EmbeddedPostgres postgres, Path cluster) {

    TemporaryCluster {
        Path root = cluster.getParent();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
                delete(root);
            } catch (IOException | UncheckedIOException e) {
                // best effort: a leftover temp directory is harmless
            }
        }, "woonregie-test-cluster-cleanup"));
    }

    private static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
