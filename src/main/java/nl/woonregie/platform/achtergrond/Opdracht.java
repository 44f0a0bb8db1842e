package nl.woonregie.platform.achtergrond;

/**
 * A kind of one-time background job, implemented as a bean by the module that owns the work, and planned with
 * {@link Achtergrondtaken#plan}. A job runs on one instance at a time; it is retried with back-off when it throws,
 * and run again when the instance running it died (its heartbeat stopped). So a job may run more than once, partly
 * or wholly: {@link #voerUit} must be idempotent — it does what is still left to do.
 *
 * @param <T> the job's data: a record, stored as JSON with the job (keep it small: identifiers, not documents)
 */
public interface Opdracht<T> {

    /** The stable name of this kind of job, stored with every job and never renamed, e.g. {@code brieven-vastleggen}. */
    String soort();

    /** The class of the job's data. */
    Class<T> gegevens();

    /**
     * Does the work. Throwing fails this attempt: the job is tried again later (back-off), up to the configured
     * number of attempts, after which it is MISLUKT and can be started again from the administrator's page.
     */
    void voerUit(T gegevens, Melder melder) throws Exception;
}
