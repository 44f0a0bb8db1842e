package nl.woonregie.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Waiting for the background jobs (platform.achtergrond) of a test's application: letters after a vaststelling, the
 * demo's letters and beschikkingen, a ZIP. {@link #wacht(JdbcClient)} waits until no one-time job waits or runs; as a
 * test execution listener (registered in {@code META-INF/spring.factories}) it does so before every test class, so a
 * class starts on a demo whose letters are all made — as a user who waits a minute after the first start sees it.
 * A job that fails stays planned for its next attempt: the wait then fails with the job's error.
 */
public final class Achtergrondwerk implements TestExecutionListener, Ordered {

    static final Duration HOOGSTENS = Duration.ofMinutes(10);

    /** Waits until every one-time background job of this database is done or failed for good. */
    public static void wacht(JdbcClient jdbc) {
        Instant tot = Instant.now().plus(HOOGSTENS);
        while (true) {
            List<String> open = jdbc.sql("""
                    select soort || ' ' || sleutel || ' (' || status || coalesce(', ' || laatste_fout, '') || ')'
                    from achtergrondtaak where status in ('GEPLAND', 'BEZIG') and not terugkerend""")
                    .query(String.class).list();
            if (open.isEmpty()) {
                return;
            }
            if (Instant.now().isAfter(tot)) {
                throw new AssertionError("achtergrondtaken na " + HOOGSTENS.toMinutes() + " minuten niet klaar: "
                        + open);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("onderbroken", e);
            }
        }
    }

    /** As {@link #wacht(JdbcClient)}, for an application context. */
    public static void wacht(ApplicationContext context) {
        wacht(context.getBean(JdbcClient.class));
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        wacht(testContext.getApplicationContext());
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
