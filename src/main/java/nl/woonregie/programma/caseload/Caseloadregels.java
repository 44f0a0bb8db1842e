package nl.woonregie.programma.caseload;

import java.time.LocalDate;

/**
 * The rules about one statushouder on a given day (the application's clock, never the system's):
 * <ul>
 * <li>the participatieverklaring is signed within one year of arrival, mandatory from January 2017 (004:L319-377):
 * due {@link #participatieverklaringUiterlijk}; overdue when unsigned after that day, for someone who must
 * inburgeren (every route but {@link Inburgeringsroute#NIET_INBURGERINGSPLICHTIG});</li>
 * <li>besides inburgering every statushouder follows at least one extra track — opleiding, werk/re-integratie,
 * participatie (004:L378-531); the rule is written for the adults that Werk en Inkomen serves, so it is judged from
 * 18; for a child of school age (4 to 18) the school is its track, and one without a school is listed apart;</li>
 * <li>an AMV (alleenstaande minderjarige vreemdeling) is minor until 18 and then needs the transition to housing of
 * their own in the municipality (004:L148-166).</li>
 * </ul>
 */
public final class Caseloadregels {

    /** AMV before and after 18. */
    public enum Amv {
        GEEN, MINDERJARIG, MEERDERJARIG
    }

    private Caseloadregels() {
    }

    /** The last day to sign the participatieverklaring: one year after arrival in the municipality. */
    public static LocalDate participatieverklaringUiterlijk(Statushouder s) {
        return s.aankomstdatum().plusYears(1);
    }

    /** Is the person in the caseload on {@code dag} (arrived, not left, not anonymised)? */
    public static boolean inCaseload(Statushouder s, LocalDate dag) {
        return s.geanonimiseerdOp() == null && !s.aankomstdatum().isAfter(dag)
                && (s.uitCaseload() == null || s.uitCaseload().isAfter(dag));
    }

    /** Unsigned after the day it was due, for someone who must inburgeren and is in the caseload on {@code dag}. */
    public static boolean participatieverklaringTeLaat(Statushouder s, LocalDate dag) {
        return inCaseload(s, dag) && s.inburgeringsroute() != Inburgeringsroute.NIET_INBURGERINGSPLICHTIG
                && s.participatieverklaring() == null && dag.isAfter(participatieverklaringUiterlijk(s));
    }

    /** 18 or older on {@code dag} and no extra track beside inburgering. */
    public static boolean zonderExtraSpoor(Statushouder s, LocalDate dag) {
        return inCaseload(s, dag) && Leeftijdsband.leeftijd(s.geboortedatum(), dag) >= 18 && !s.heeftExtraSpoor();
    }

    /** From 4 until 18 on {@code dag} and no school. */
    public static boolean zonderSchool(Statushouder s, LocalDate dag) {
        int leeftijd = Leeftijdsband.leeftijd(s.geboortedatum(), dag);
        return inCaseload(s, dag) && leeftijd >= 4 && leeftijd < 18 && s.school() == School.GEEN;
    }

    /** AMV before or after 18 on {@code dag}, or not an AMV. */
    public static Amv amv(Statushouder s, LocalDate dag) {
        if (!s.amv()) {
            return Amv.GEEN;
        }
        return Leeftijdsband.leeftijd(s.geboortedatum(), dag) < 18 ? Amv.MINDERJARIG : Amv.MEERDERJARIG;
    }
}
