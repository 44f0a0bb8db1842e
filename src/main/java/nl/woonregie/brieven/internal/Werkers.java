package nl.woonregie.brieven.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The threads that render letters (compose, fill the template, render the PDF/A — no database work): a fixed pool of
 * {@code woonregie.brieven.threads} threads (default: the number of processors) with a bounded queue; when the queue
 * is full the submitting thread renders itself (back-pressure). Shared by the vaststelling of a round and the ZIP.
 */
@Component
public class Werkers {

    private final ThreadPoolExecutor pool;

    Werkers(@Value("${woonregie.brieven.threads:0}") int threads) {
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        this.pool = new ThreadPoolExecutor(n, n, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(2 * n), r -> {
            Thread t = new Thread(r, "brieven-werker");
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
    }

    public <T> Future<T> submit(Callable<T> taak) {
        return pool.submit(taak);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
