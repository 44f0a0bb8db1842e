package nl.woonregie.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void piek_wordt_toegestaan_daarna_volgens_het_tempo() {
        RateLimiter limiter = new RateLimiter(10, 3, 100);
        long t = 1_000_000_000L;
        assertThat(limiter.probeer("a", t)).isTrue();
        assertThat(limiter.probeer("a", t)).isTrue();
        assertThat(limiter.probeer("a", t)).isTrue();
        assertThat(limiter.probeer("a", t)).isFalse();
        // another client has its own bucket
        assertThat(limiter.probeer("b", t)).isTrue();
        // 100 ms later one token (10/s) is back
        assertThat(limiter.probeer("a", t + 100_000_000L)).isTrue();
        assertThat(limiter.probeer("a", t + 100_000_000L)).isFalse();
    }

    @Test
    void aantal_bijgehouden_clients_is_begrensd() {
        RateLimiter limiter = new RateLimiter(1, 1, 2);
        long t = 0;
        assertThat(limiter.probeer("a", t)).isTrue();
        assertThat(limiter.probeer("a", t)).isFalse();
        limiter.probeer("b", t);
        limiter.probeer("c", t); // evicts "a"
        assertThat(limiter.probeer("a", t)).isTrue();
    }
}
