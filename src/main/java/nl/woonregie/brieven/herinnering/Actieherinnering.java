package nl.woonregie.brieven.herinnering;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The reminders of an action of a plan van aanpak (ladder step 3a, {@code toezicht.opvolging.Actie}; issue 19 §7):
 * {@link #DAGEN_VOOR_DEADLINE} days before its deadline the municipality's officials hear that it is near, and the day
 * after the deadline that it has passed — both only while the action is open (an action completed is never reminded
 * of). A day the daily job missed is caught up: the first is due from its day up to and including the deadline, the
 * second for {@link #DAGEN_NA_DEADLINE} days after the deadline; later an overdue action is the supervisor's to raise
 * (it shows on the opvolging page), not a late mail's. Each is sent once (the caller records that).
 */
public final class Actieherinnering {

    /** How many days before the deadline the first reminder goes. */
    public static final int DAGEN_VOOR_DEADLINE = 7;

    /** How many days after the deadline the reminder that it passed is still caught up. */
    public static final int DAGEN_NA_DEADLINE = 7;

    /** Which of the two reminders. */
    public enum Moment {
        /** The deadline is {@link #DAGEN_VOOR_DEADLINE} days away or less. */
        BIJNA,
        /** The deadline has passed and the action is still open. */
        VERLOPEN
    }

    private Actieherinnering() {
    }

    /** The day of the first reminder. */
    public static LocalDate herinneringVoorDeadline(LocalDate deadline) {
        return deadline.minusDays(DAGEN_VOOR_DEADLINE);
    }

    /**
     * The reminder due on {@code vandaag} for an action with this deadline, if any: none when it is not {@code open};
     * {@link Moment#BIJNA} from {@link #DAGEN_VOOR_DEADLINE} days before the deadline up to and including the
     * deadline; {@link Moment#VERLOPEN} from the day after the deadline for {@link #DAGEN_NA_DEADLINE} days.
     */
    public static Optional<Moment> teVersturen(LocalDate deadline, LocalDate vandaag, boolean open) {
        if (!open || vandaag.isBefore(herinneringVoorDeadline(deadline))
                || vandaag.isAfter(deadline.plusDays(DAGEN_NA_DEADLINE))) {
            return Optional.empty();
        }
        return Optional.of(vandaag.isAfter(deadline) ? Moment.VERLOPEN : Moment.BIJNA);
    }
}
