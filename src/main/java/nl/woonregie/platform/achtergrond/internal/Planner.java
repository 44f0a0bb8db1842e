package nl.woonregie.platform.achtergrond.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.CronSchedule;
import com.github.kagkarlsson.scheduler.task.schedule.DisabledSchedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import nl.woonregie.platform.achtergrond.Melder;
import nl.woonregie.platform.achtergrond.Opdracht;
import nl.woonregie.platform.achtergrond.TerugkerendeOpdracht;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Woonregie's own configuration of db-scheduler (its Boot starter is built for Boot 3): one {@link Scheduler} over the
 * application's data source, with a task for every {@link Opdracht} and {@link TerugkerendeOpdracht} bean. The data
 * source is wrapped in Spring's {@link TransactionAwareDataSourceProxy}, so a job planned inside a transaction is
 * stored by that transaction: it exists exactly when the change that planned it committed.
 *
 * <p>Each execution is picked by one instance ({@code select … for update skip locked}); while it runs, its instance
 * writes a heartbeat; when the heartbeat has been missing {@code gemiste-hartslagen} times (the instance was killed)
 * any instance runs it again. A failed attempt is retried with a doubling wait up to {@code pogingen} attempts. The
 * progress and state a person sees are kept in {@code achtergrondtaak} ({@link TaakOpslag}).
 *
 * <p>The tasks are collected once all beans exist (the jobs' beans may themselves plan jobs); planning goes through a
 * scheduler client over the same data source. A scheduler is built and started with the application's other lifecycle
 * beans (anew at every start: the test framework pauses and restarts cached contexts); at shutdown it stops picking
 * and waits a short while for running jobs (one still running is taken over after its heartbeat is missed).
 */
@Component
public class Planner implements SmartInitializingSingleton, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Planner.class);

    private final ListableBeanFactory beans;
    private final TaakOpslag opslag;
    private final Instellingen instellingen;
    private final JsonGegevens json;
    private final Map<String, OneTimeTask<?>> eenmalig = new HashMap<>();
    private final Map<String, Opdracht<?>> opdrachten = new HashMap<>();
    private final Map<String, TerugkerendeOpdracht> terugkerend = new HashMap<>();
    private final List<Task<?>> taken = new ArrayList<>();
    private final List<RecurringTask<?>> bijStart = new ArrayList<>();
    /** Recurring jobs asked to run while they ran here: they run once more before their execution ends. */
    private final Set<String> nogmaals = ConcurrentHashMap.newKeySet();
    private final DataSource bron;
    private volatile SchedulerClient client;
    private volatile Scheduler scheduler;
    private volatile boolean loopt;

    Planner(DataSource dataSource, ListableBeanFactory beans, TaakOpslag opslag, Instellingen instellingen,
            JsonMapper json) {
        this.bron = new TransactionAwareDataSourceProxy(dataSource);
        this.beans = beans;
        this.opslag = opslag;
        this.instellingen = instellingen;
        this.json = new JsonGegevens(json);
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (Opdracht<?> o : beans.getBeansOfType(Opdracht.class).values()) {
            if (opdrachten.put(o.soort(), o) != null) {
                throw new IllegalStateException("twee achtergrondopdrachten heten " + o.soort());
            }
            OneTimeTask<?> t = eenmalig(o);
            eenmalig.put(o.soort(), t);
            taken.add(t);
        }
        for (TerugkerendeOpdracht o : beans.getBeansOfType(TerugkerendeOpdracht.class).values()) {
            if (terugkerend.put(o.soort(), o) != null || opdrachten.containsKey(o.soort())) {
                throw new IllegalStateException("twee achtergrondopdrachten heten " + o.soort());
            }
            RecurringTask<Void> t = terugkerend(o);
            bijStart.add(t);
            taken.add(t);
        }
        // planning needs no running scheduler: a client over the same (transaction-aware) data source
        client = SchedulerClient.Builder.create(bron, taken).serializer(json).build();
    }

    /** A new scheduler for every start: a stopped db-scheduler cannot be started again (test contexts pause). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private Scheduler bouw() {
        return Scheduler.create(bron, taken.stream().filter(t -> !(t instanceof RecurringTask)).toList())
                .startTasks((List) bijStart)
                .serializer(json)
                .schedulerName(instellingen::instantie)
                .threads(instellingen.threads())
                .pollingInterval(instellingen.pollInterval())
                .pollUsingLockAndFetch(0.5, 1.0)
                .heartbeatInterval(instellingen.hartslag())
                .missedHeartbeatsLimit(instellingen.gemisteHartslagen())
                .commitWhenAutocommitDisabled(false)
                .shutdownMaxWait(java.time.Duration.ofSeconds(10))
                .build();
    }

    // ----------------------------------------------------------------------------------------------- lifecycle

    @Override
    public synchronized void start() {
        terugkerend.values().forEach(o -> opslag.terugkerend(o.soort(), o.omschrijving()));
        if (instellingen.uitvoeren()) {
            scheduler = bouw();
            scheduler.start();
            log.info("Achtergrondtaken: instantie {} voert taken uit ({} tegelijk; {} soorten, {} terugkerend)",
                    instellingen.instantie(), instellingen.threads(), opdrachten.size(), terugkerend.size());
        } else {
            log.info("Achtergrondtaken: instantie {} voert geen taken uit (woonregie.achtergrond.uitvoeren=false)",
                    instellingen.instantie());
        }
        loopt = true;
    }

    @Override
    public synchronized void stop() {
        loopt = false;
        if (scheduler != null) {
            scheduler.stop();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return loopt;
    }

    // ----------------------------------------------------------------------------------------------- planning

    /** The client that stores executions (in the caller's transaction, through the proxy). */
    public SchedulerClient client() {
        return client;
    }

    /** Stores the execution of a one-time job, due now. */
    public <T> void plan(Opdracht<T> opdracht, String sleutel, int keer, T gegevens) {
        @SuppressWarnings("unchecked")
        OneTimeTask<T> t = (OneTimeTask<T>) eenmalig.get(opdracht.soort());
        if (t == null) {
            throw new IllegalStateException("onbekende achtergrondopdracht " + opdracht.soort());
        }
        client.schedule(t.instance(sleutel + "#" + keer, gegevens), Instant.now(),
                SchedulerClient.ScheduleOptions.WHEN_EXISTS_DO_NOTHING);
    }

    /** The kind of one-time job of this name, if this application has it. */
    public Optional<Opdracht<?>> opdracht(String soort) {
        return Optional.ofNullable(opdrachten.get(soort));
    }

    public boolean isTerugkerend(String soort) {
        return terugkerend.containsKey(soort);
    }

    /** Moves a recurring job's next occurrence to now; false when it is running or switched off (cron {@code -}). */
    public boolean nu(String soort) {
        try {
            return client.reschedule(TaskInstanceId.of(soort, TaakOpslag.TERUGKEREND), Instant.now());
        } catch (TaskInstanceCurrentlyExecutingException | TaskInstanceNotFoundException e) {
            return false;
        } catch (com.github.kagkarlsson.scheduler.exceptions.ExecutionException e) {
            // picked for execution between db-scheduler's read and its update (the update found the row changed): it
            // is running, as above; seen when many commits in a row each ask for the outbox to be sent
            return false;
        }
    }

    /**
     * Runs a recurring job now, or, when this instance runs it at this moment, once more right after it: the running
     * execution may have read its work before the caller's commit (a message added to the outbox while the outbox is
     * being sent). A job running on another instance is left to its next occurrence.
     */
    public void nuOfDaarna(String soort) {
        nogmaals.add(soort);
        if (nu(soort)) {
            nogmaals.remove(soort);
        }
    }

    /** Makes this instance look for due jobs now (after a commit that planned one), when it runs jobs. */
    public void wekOp() {
        Scheduler s = scheduler;
        if (loopt && s != null) {
            s.triggerCheckForDueExecutions();
        }
    }

    public JsonGegevens json() {
        return json;
    }

    public String instantie() {
        return instellingen.instantie();
    }

    // ----------------------------------------------------------------------------------------------- execution

    private record Sleutel(String sleutel, int keer) {

        static Sleutel van(String id) {
            int i = id.lastIndexOf('#');
            if (i < 0) {
                return new Sleutel(id, 1);
            }
            return new Sleutel(id.substring(0, i), Integer.parseInt(id.substring(i + 1)));
        }
    }

    private <T> OneTimeTask<T> eenmalig(Opdracht<T> o) {
        return new OneTimeTask<T>(o.soort(), o.gegevens(), new Herhalen<>(o.soort()),
                new DeadExecutionHandler.ReviveDeadExecution<>()) {
            @Override
            public void executeOnce(TaskInstance<T> instance, ExecutionContext ctx) {
                Sleutel s = Sleutel.van(instance.getId());
                if (!opslag.gestart(o.soort(), s.sleutel(), s.keer(), instellingen.instantie())) {
                    log.info("Achtergrondtaak {} {} (keer {}) is vervangen of al klaar; niets te doen", o.soort(),
                            s.sleutel(), s.keer());
                    return;
                }
                voerUit(o.soort(), s, () -> o.voerUit(instance.getData(), melder(o.soort(), s)));
            }
        };
    }

    private RecurringTask<Void> terugkerend(TerugkerendeOpdracht o) {
        TerugkerendeOpdracht.Planning p = o.planning();
        Schedule schedule = p.nooit() ? new DisabledSchedule()
                : p.cron() != null ? new CronSchedule(p.cron(), p.zone()) : Schedules.fixedDelay(p.interval());
        Sleutel s = new Sleutel(TaakOpslag.TERUGKEREND_SLEUTEL, 1);
        FailureHandler<Void> volgende = new FailureHandler.OnFailureReschedule<>(schedule);
        return Tasks.recurring(o.soort(), schedule)
                .onFailure((complete, ops) -> {
                    opslag.mislukt(o.soort(), s.sleutel(), s.keer(), reden(complete), schedule.isDisabled() ? null
                            : schedule.getNextExecutionTime(complete));
                    volgende.onFailure(complete, ops);
                })
                .onDeadExecution(new DeadExecutionHandler.ReviveDeadExecution<>())
                .execute((instance, ctx) -> {
                    do {
                        opslag.gestart(o.soort(), s.sleutel(), s.keer(), instellingen.instantie());
                        voerUit(o.soort(), s, () -> o.voerUit(melder(o.soort(), s)));
                    } while (nogmaals.remove(o.soort()));
                });
    }

    private interface Werk {
        void doe() throws Exception;
    }

    private void voerUit(String soort, Sleutel s, Werk werk) {
        long start = System.nanoTime();
        try {
            werk.doe();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        opslag.klaar(soort, s.sleutel(), s.keer());
        long ms = (System.nanoTime() - start) / 1_000_000;
        // a recurring job that runs every few seconds (the outbox) would fill the log
        if (terugkerend.containsKey(soort)) {
            log.debug("Achtergrondtaak {} klaar in {} ms", soort, ms);
        } else {
            log.info("Achtergrondtaak {} {} klaar in {} ms", soort, s.sleutel(), ms);
        }
    }

    /** Progress to the database: at most every 250 ms, and always the last step. */
    private Melder melder(String soort, Sleutel s) {
        return new Melder() {
            private long vorige;

            @Override
            public synchronized void voortgang(int klaar, Integer totaal) {
                long nu = System.nanoTime();
                if (nu - vorige < 250_000_000L && (totaal == null || klaar < totaal)) {
                    return;
                }
                vorige = nu;
                opslag.voortgang(soort, s.sleutel(), s.keer(), klaar, totaal);
            }
        };
    }

    /** A failed attempt of a one-time job: again after a doubling wait, MISLUKT after the last attempt. */
    private final class Herhalen<T> implements FailureHandler<T> {

        private final String soort;

        Herhalen(String soort) {
            this.soort = soort;
        }

        @Override
        public void onFailure(ExecutionComplete complete, ExecutionOperations<T> ops) {
            Sleutel s = Sleutel.van(complete.getExecution().taskInstance.getId());
            int mislukt = complete.getExecution().consecutiveFailures + 1;
            String fout = reden(complete);
            if (mislukt >= instellingen.pogingen()) {
                log.warn("Achtergrondtaak {} {} mislukt na {} pogingen: {}", soort, s.sleutel(), mislukt, fout);
                opslag.mislukt(soort, s.sleutel(), s.keer(), fout, null);
                ops.stop();
            } else {
                Instant volgende = complete.getTimeDone().plus(instellingen.herhaling(mislukt));
                log.info("Achtergrondtaak {} {}: poging {} mislukt ({}); opnieuw om {}", soort, s.sleutel(), mislukt,
                        fout, volgende);
                opslag.mislukt(soort, s.sleutel(), s.keer(), fout, volgende);
                ops.reschedule(complete, volgende);
            }
        }
    }

    private static String reden(ExecutionComplete complete) {
        Throwable t = complete.getCause().orElse(null);
        if (t == null) {
            return "onbekende fout";
        }
        while (t.getCause() != null && t.getMessage() != null && t.getCause().getMessage() != null
                && t.getMessage().equals(t.getCause().getMessage())) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.length() > 2000 ? m.substring(0, 1997) + "..." : m;
    }
}
