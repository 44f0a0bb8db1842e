package nl.woonregie.toezicht.cijfers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.woonregie.toezicht.regels.Periode;

/**
 * The current (not replaced) stored figures of one municipality, as read by {@link CijferStanden}.
 *
 * @param beginstand      where the records start, or null
 * @param taakstellingen  per period
 * @param coaStanden      per period, ordered by date
 * @param definitief      COA's corrected final realisation per ended period
 * @param huurcontracten  persons housed under leases sent in, per period
 */
public record GemeenteCijfers(String gemeente, Beginstand beginstand, Map<Periode, Taakstelling> taakstellingen,
        Map<Periode, List<CoaStand>> coaStanden, Map<Periode, Long> definitief, Map<Periode, Long> huurcontracten) {

    public record Beginstand(Periode periode, long saldoIn, String trede) {
    }

    public record Taakstelling(long taakstelling, Long additioneleOpgave) {
    }

    /** COA's standing up to and including {@code datum}. */
    public record CoaStand(LocalDate datum, long gehuisvest, long koppelingen, long omkoppelingen,
            boolean stapelgemeente) {
    }
}
