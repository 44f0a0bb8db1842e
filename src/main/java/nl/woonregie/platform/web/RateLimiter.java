package nl.woonregie.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A token bucket per client: {@code piek} requests at once, refilled at {@code perSeconde}. In memory, per
 * application instance, and bounded: at most {@code maxClients} buckets are kept (the least recently used go).
 */
public final class RateLimiter {

    private final double perSeconde;
    private final double piek;
    private final Map<String, double[]> buckets;

    public RateLimiter(double perSeconde, double piek, int maxClients) {
        if (perSeconde <= 0 || piek < 1) {
            throw new IllegalArgumentException("perSeconde > 0 and piek >= 1 required");
        }
        this.perSeconde = perSeconde;
        this.piek = piek;
        this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, double[]> eldest) {
                return size() > maxClients;
            }
        };
    }

    /** Takes one token for the client; false when the client must wait. */
    public boolean probeer(String client) {
        return probeer(client, System.nanoTime());
    }

    synchronized boolean probeer(String client, long nanoTime) {
        double[] bucket = buckets.computeIfAbsent(client, c -> new double[] {piek, nanoTime});
        double elapsed = (nanoTime - (long) bucket[1]) / 1e9;
        bucket[0] = Math.min(piek, bucket[0] + Math.max(0, elapsed) * perSeconde);
        bucket[1] = nanoTime;
        if (bucket[0] >= 1) {
            bucket[0] -= 1;
            return true;
        }
        return false;
    }

    /** Seconds until the next token, for a {@code Retry-After} header. */
    public long wachtSeconden() {
        return Math.max(1, (long) Math.ceil(1 / perSeconde));
    }
}
