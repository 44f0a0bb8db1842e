package nl.woonregie.platform.database;

import nl.woonregie.platform.achtergrond.Melder;
import nl.woonregie.platform.achtergrond.TerugkerendeOpdracht;

/**
 * The nightly backup of the embedded database ({@code woonregie.backup.schema}, a cron expression in Dutch time,
 * default 02:30; {@code -} switches it off): a recurring background job calling {@link Backups#maak()}, so it shows
 * on the administrator's page of background jobs (with "Nu uitvoeren"), and a failed backup is recorded there as
 * well as in the log and the metrics. Not made for a temporary (test) cluster.
 */
class NachtelijkeBackup implements TerugkerendeOpdracht {

    private final Backups backups;
    private final String schema;

    NachtelijkeBackup(Backups backups, String schema) {
        this.backups = backups;
        this.schema = schema;
    }

    @Override
    public String soort() {
        return "database-backup";
    }

    @Override
    public String omschrijving() {
        return "Back-up van de ingebouwde database";
    }

    @Override
    public Planning planning() {
        return Planning.cron(schema);
    }

    @Override
    public void voerUit(Melder melder) {
        backups.maak();
        melder.voortgang(1, 1);
    }
}
