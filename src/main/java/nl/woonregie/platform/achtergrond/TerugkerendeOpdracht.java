package nl.woonregie.platform.achtergrond;

import java.time.Duration;
import java.time.ZoneId;

/**
 * A background job that recurs (a cron expression or a fixed delay), implemented as a bean by the module that owns
 * the work. Across all instances on one database each occurrence runs once; an occurrence that fails waits for the
 * next. Like every job it must be idempotent.
 */
public interface TerugkerendeOpdracht {

    /** The stable name, stored and never renamed, e.g. {@code verhuisbox-anonimiseren}. */
    String soort();

    /** What it does, in Dutch, for the administrator's page. */
    String omschrijving();

    /** When it runs. */
    Planning planning();

    /** Does the work of one occurrence. */
    void voerUit(Melder melder) throws Exception;

    /** A cron expression (six fields, seconds first, as Spring writes them; {@code -} is never) or a fixed delay. */
    record Planning(String cron, ZoneId zone, Duration interval) {

        public static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

        public static Planning cron(String expressie) {
            return new Planning(expressie, NEDERLAND, null);
        }

        public static Planning elke(Duration interval) {
            return new Planning(null, null, interval);
        }

        /** A cron of {@code -}: the job is switched off (it does not run, and the administrator cannot start it). */
        public boolean nooit() {
            return "-".equals(cron);
        }
    }
}
