package nl.woonregie.brieven.herinnering;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The reminders of a begunstigingstermijn of a decided besluit tot indeplaatsstelling (ladder step 5,
 * {@code brieven.Indeplaatsstellingen}; issue 19 §7), to the municipality's college: {@link #DAGEN_VOOR_EINDE} days
 * before the term ends while its number is not yet reached, and the day after it passed without it — the province may
 * then step in without further notice (step 6). A term whose number is reached is never reminded of. A day the daily
 * job missed is caught up: the first up to and including the term's date, the second for {@link #DAGEN_NA_EINDE}
 * days after it (later the finding on the supervisor's worklist speaks, not a late mail). Each is sent once (the
 * caller records that).
 */
public final class Begunstigingstermijnherinnering {

    /** How many days before the end of the term the first reminder goes. */
    public static final int DAGEN_VOOR_EINDE = 14;

    /** How many days after the term the reminder that it passed is still caught up. */
    public static final int DAGEN_NA_EINDE = 7;

    /** Which of the two reminders. */
    public enum Moment {
        /** The term ends in {@link #DAGEN_VOOR_EINDE} days or less and its number is not reached. */
        BIJNA,
        /** The term has passed without its number. */
        VERSTREKEN
    }

    private Begunstigingstermijnherinnering() {
    }

    /** The day of the first reminder. */
    public static LocalDate herinneringVoorEinde(LocalDate einde) {
        return einde.minusDays(DAGEN_VOOR_EINDE);
    }

    /**
     * The reminder due on {@code vandaag} for a term ending on {@code einde} (inclusive), if any: none once
     * {@code gehaald}; {@link Moment#BIJNA} from {@link #DAGEN_VOOR_EINDE} days before up to and including the end;
     * {@link Moment#VERSTREKEN} from the day after for {@link #DAGEN_NA_EINDE} days.
     */
    public static Optional<Moment> teVersturen(LocalDate einde, LocalDate vandaag, boolean gehaald) {
        if (gehaald || vandaag.isBefore(herinneringVoorEinde(einde)) || vandaag.isAfter(einde.plusDays(DAGEN_NA_EINDE))) {
            return Optional.empty();
        }
        return Optional.of(vandaag.isAfter(einde) ? Moment.VERSTREKEN : Moment.BIJNA);
    }
}
