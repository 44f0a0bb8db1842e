package nl.woonregie.brieven.herinnering;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The reminders of a lease window (R14, {@code toezicht.regels.Huurcontracttermijn}, given by its first day and its
 * deadline): on the day it opens the municipality's officials
 * hear that they can pass on their leases, with the window and deadline; {@link #WERKDAGEN_VOOR_UITERLIJK} working days
 * before the deadline they hear it again, unless the municipality passed on a lease for the period by then. Zuid-Holland
 * 2022-I: open from 17 June, deadline 4 July (a Monday), so the second reminder on Wednesday 29 June — the day the
 * province sent its own reminder in 2022. A day the daily job missed is caught up: the opening reminder is due from the
 * opening day until the day of the second one, the second until the deadline; each is sent once (the caller records
 * that). Working days are Monday to Friday (public holidays are not counted apart).
 */
public final class Huurcontractherinnering {

    /** How many working days before the deadline the second reminder goes. */
    public static final int WERKDAGEN_VOOR_UITERLIJK = 3;

    /** Which of the two reminders. */
    public enum Moment {
        /** The window has opened. */
        OPEN,
        /** The deadline is near and nothing was passed on. */
        SLUIT
    }

    private Huurcontractherinnering() {
    }

    /** The day of the second reminder: {@link #WERKDAGEN_VOOR_UITERLIJK} working days before the deadline. */
    public static LocalDate herinneringVoorUiterlijk(LocalDate uiterlijk) {
        return werkdagenVoor(uiterlijk, WERKDAGEN_VOOR_UITERLIJK);
    }

    /**
     * The reminder due on {@code vandaag} for the window open from {@code opentOp} up to and including
     * {@code uiterlijk}, if any: {@link Moment#SLUIT} from its day up to and including the deadline when
     * {@code ingediend} is false; {@link Moment#OPEN} from the opening day until the day of the second reminder.
     */
    public static Optional<Moment> teVersturen(LocalDate opentOp, LocalDate uiterlijk, LocalDate vandaag,
            boolean ingediend) {
        LocalDate tweede = herinneringVoorUiterlijk(uiterlijk);
        if (vandaag.isBefore(opentOp) || vandaag.isAfter(uiterlijk)) {
            return Optional.empty();
        }
        if (!vandaag.isBefore(tweede)) {
            return ingediend ? Optional.empty() : Optional.of(Moment.SLUIT);
        }
        return Optional.of(Moment.OPEN);
    }

    /** The day {@code n} working days (Monday to Friday) before {@code dag}. */
    static LocalDate werkdagenVoor(LocalDate dag, int n) {
        LocalDate d = dag;
        int over = n;
        while (over > 0) {
            d = d.minusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                over--;
            }
        }
        return d;
    }
}
