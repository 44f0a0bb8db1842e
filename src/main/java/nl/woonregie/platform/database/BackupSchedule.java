package nl.woonregie.platform.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The nightly backup of the embedded database ({@code woonregie.backup.schema}, a cron expression in Dutch time;
 * {@code -} switches it off). A plain Spring {@code @Scheduled} in this instance for now: the embedded database has
 * one instance. When the persistent, cluster-safe jobs (db-scheduler) land, this becomes one of their recurring jobs,
 * calling the same {@link Backups#maak()}.
 */
class BackupSchedule {

    private static final Logger log = LoggerFactory.getLogger(BackupSchedule.class);

    private final Backups backups;

    BackupSchedule(Backups backups) {
        this.backups = backups;
    }

    @Scheduled(cron = "${woonregie.backup.schema:0 30 2 * * *}", zone = "Europe/Amsterdam")
    void maak() {
        try {
            backups.maak();
        } catch (RuntimeException e) {
            log.error("De geplande back-up is mislukt", e);
        }
    }
}
