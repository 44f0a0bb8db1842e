package nl.woonregie.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's {@link Clock} in integration tests: the real time, until a test sets it to a fixed moment
 * ({@link #zet}); {@link #herstel()} returns to the real time. Tests that set it must restore it afterwards, because
 * all integration tests share one application context.
 */
public final class TestKlok extends Clock {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private final AtomicReference<Instant> vast;
    private final ZoneId zone;

    public TestKlok() {
        this(new AtomicReference<>(), NL);
    }

    private TestKlok(AtomicReference<Instant> vast, ZoneId zone) {
        this.vast = vast;
        this.zone = zone;
    }

    /** From now on it is this day, at noon in the Netherlands. */
    public void zet(LocalDate dag) {
        zet(dag.atTime(LocalTime.NOON).atZone(NL).toInstant());
    }

    public void zet(Instant moment) {
        vast.set(moment);
    }

    /** Back to the real time. */
    public void herstel() {
        vast.set(null);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new TestKlok(vast, zone);
    }

    @Override
    public Instant instant() {
        Instant moment = vast.get();
        return moment == null ? Instant.now() : moment;
    }

    /** Registered for every {@link IntegratieTest} (one context): replaces the application's clock. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuratie {

        @Bean
        @Primary
        TestKlok testKlok() {
            return new TestKlok();
        }
    }
}
