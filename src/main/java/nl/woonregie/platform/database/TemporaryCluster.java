package nl.woonregie.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.beans.factory.DisposableBean;

/**
 * For tests ({@code woonregie.embedded.tijdelijk=true}): the temporary directory of the cluster, removed when the
 * application context closes. The embedded server depends on this bean, so Spring stops the server first (after
 * everything that uses the database, such as the event publication registry, has shut down) and only then removes
 * its files; test runs leave nothing behind, and no shutdown waits for a server that is already gone.
 */
final class TemporaryCluster implements DisposableBean {

    /** The data directory to remove, or null when the cluster is not temporary (then this does nothing). */
    private volatile Path root;

    /** The directory to remove at the end (the temporary data directory the server was started in). */
    void ruimOp(Path root) {
        this.root = root;
    }

    @Override
    public void destroy() {
        try {
            if (root == null || !Files.exists(root)) {
                return;
            }
            try (Stream<Path> paths = Files.walk(root)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException | UncheckedIOException e) {
            // best effort: a leftover temp directory is harmless
        }
    }
}
