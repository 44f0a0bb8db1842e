package nl.woonregie.brieven.herinnering;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The reminder of an upcoming peildatum (issue 19 §7): the province judges a municipality's realisation on the
 * peildata of its beleidskader's calendar (Zuid-Holland: the eindoordeel on 1 January and 1 July, the tussentijdse
 * toets on 1 April and 1 October), and its officials hear of it a number of days before — a setting per province,
 * {@link #STANDAARD_DAGEN} days unless the province chose otherwise. A day the daily job missed is caught up up to the
 * day before the peildatum; on the peildatum itself it is too late to remind of it. Each is sent once (the caller
 * records that).
 */
public final class Peildatumherinnering {

    /** The days before a peildatum when a province has not set its own. */
    public static final int STANDAARD_DAGEN = 14;

    /** The fewest and most days a province can set. */
    public static final int MIN_DAGEN = 1;
    public static final int MAX_DAGEN = 60;

    private Peildatumherinnering() {
    }

    /** The day the reminder of this peildatum is due. */
    public static LocalDate herinneringsdag(LocalDate peildatum, int dagen) {
        return peildatum.minusDays(dagen);
    }

    /**
     * The peildatum to remind of on {@code vandaag}, if any: the earliest of {@code peildata} (any order) whose
     * reminder day has come and that lies after {@code vandaag}.
     */
    public static Optional<LocalDate> teVersturen(List<LocalDate> peildata, LocalDate vandaag, int dagen) {
        if (dagen < MIN_DAGEN || dagen > MAX_DAGEN) {
            throw new IllegalArgumentException("dagen moet tussen " + MIN_DAGEN + " en " + MAX_DAGEN + " liggen");
        }
        return peildata.stream().filter(p -> vandaag.isBefore(p) && !vandaag.isBefore(herinneringsdag(p, dagen)))
                .min(LocalDate::compareTo);
    }
}
