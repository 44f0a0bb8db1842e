package nl.woonregie.verhuisbox.traject;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import nl.woonregie.verhuisbox.Categorie;

/**
 * The order of the waiting list, explicit and the same for everyone: per category, (1) when the team's priority rule
 * "kinderen eerst" is on, households with children before those without; (2) the date the referral was complete,
 * earliest first; (3) tie-breaker: the case number (the order in which referrals were registered). Not the order in
 * which colleagues happen to submit or push. Each position carries the explanation shown on screen.
 */
public final class Wachtlijst {

    /** The date in words as platform.web.Weergave writes it ("16 oktober 2026"); this class stays plain Java. */
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("nl-NL"));

    private Wachtlijst() {
    }

    public record Wachtende(long casus, Categorie categorie, LocalDate compleetOp, int kinderen) {
    }

    public record Plaats(int positie, Wachtende wachtende, String uitleg, int verwachteWeken) {
    }

    public static Comparator<Wachtende> volgorde(boolean kinderenEerst) {
        Comparator<Wachtende> c = Comparator.comparingInt(w -> kinderenEerst && w.kinderen() > 0 ? 0 : 1);
        return c.thenComparing(Wachtende::compleetOp).thenComparingLong(Wachtende::casus);
    }

    /**
     * The waiting list of one category in order, with explanation and expected wait: at a yearly capacity of N
     * places, about N/52 start per week, so position p waits about p·52/N weeks (rounded up).
     */
    public static List<Plaats> orden(List<Wachtende> wachtenden, Categorie categorie, boolean kinderenEerst,
            int capaciteitPerJaar) {
        List<Wachtende> lijst = new ArrayList<>(wachtenden.stream().filter(w -> w.categorie() == categorie).toList());
        lijst.sort(volgorde(kinderenEerst));
        List<Plaats> plaatsen = new ArrayList<>();
        for (int i = 0; i < lijst.size(); i++) {
            Wachtende w = lijst.get(i);
            int positie = i + 1;
            StringBuilder uitleg = new StringBuilder();
            if (kinderenEerst) {
                uitleg.append(w.kinderen() > 0 ? "met kinderen (voorrang); " : "zonder kinderen; ");
            }
            uitleg.append("aanmelding compleet op ").append(DATUM.format(w.compleetOp()));
            if (i > 0 && volgorde(kinderenEerst).compare(lijst.get(i - 1), w) != 0
                    && lijst.get(i - 1).compleetOp().equals(w.compleetOp())
                    && (lijst.get(i - 1).kinderen() > 0) == (w.kinderen() > 0)) {
                uitleg.append("; gelijk aan de vorige, dus op kenmerk VHB-").append(w.casus());
            }
            plaatsen.add(new Plaats(positie, w, uitleg.toString(), verwachteWeken(positie, capaciteitPerJaar)));
        }
        return plaatsen;
    }

    static int verwachteWeken(int positie, int capaciteitPerJaar) {
        if (capaciteitPerJaar <= 0) {
            return -1;
        }
        return (int) Math.ceil(positie * 52.0 / capaciteitPerJaar);
    }
}
