package nl.woonregie.brieven.begunstiging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Judges the begunstigingstermijnen of one besluit tot indeplaatsstelling on a given day.
 *
 * <p>What counts as housed between the decision's date {@code D} and a term's date {@code T} (both as R7 counts a
 * realisation: COA's figure plus the leases):
 * <ul>
 * <li><b>COA</b>: a COA standing is cumulative within its period (housed in the period up to and including its date).
 * Per period, the housed between D and T is the period's latest standing on or before T minus its latest standing on
 * or before D (0 when there is none, e.g. D before the period). Summed over the periods.</li>
 * <li><b>Leases</b>: the persons of every lease (not withdrawn) whose start date lies after D and on or before T.</li>
 * </ul>
 * A term is {@link Stand#GEHAALD} once that count reaches its number, {@link Stand#NIET_GEHAALD} when its date has
 * passed (the day after it) without it, and {@link Stand#LOOPT} before. The number of a term is counted from the
 * decision's date: "by 1 October 20 persons, by 1 December 35" means 35 in all since the decision, not 55.
 */
public final class Begunstigingstermijnen {

    private Begunstigingstermijnen() {
    }

    /** A term: by {@code datum} (inclusive) {@code aantal} persons housed since the decision's date. */
    public record Termijn(int volgnummer, LocalDate datum, long aantal) {
        public Termijn {
            Objects.requireNonNull(datum);
            if (aantal < 0) {
                throw new IllegalArgumentException("aantal < 0");
            }
        }
    }

    /** COA's standing: housed in the period that starts on {@code periodeVanaf}, up to and including {@code datum}. */
    public record CoaStand(LocalDate periodeVanaf, LocalDate datum, long gehuisvest) {
    }

    /** A lease sent in (not withdrawn): its start date and the persons housed under it. */
    public record Huurcontract(LocalDate ingangsdatum, long personen) {
    }

    public enum Stand {
        /** The term's date has not passed and the number is not reached yet. */
        LOOPT,
        /** The number is reached. */
        GEHAALD,
        /** The term's date has passed without the number: a finding for the supervisor. */
        NIET_GEHAALD
    }

    /**
     * The judgment of one term: the persons housed since the decision up to the term's date (COA plus leases), and
     * {@code cijfersTot}: the date of the latest COA standing counted (null when none), so a reader sees how recent
     * the figures are.
     */
    public record Uitkomst(Termijn termijn, Stand stand, long gehuisvest, long gehuisvestCoa, long personenHuur,
            LocalDate cijfersTot) {

        /** How many are missing for the term (0 when met). */
        public long tekort() {
            return Math.max(0, termijn.aantal() - gehuisvest);
        }
    }

    /** Every term of the decision judged on {@code vandaag}, in the order of their dates. */
    public static List<Uitkomst> beoordeel(LocalDate besluitdatum, List<Termijn> termijnen, List<CoaStand> coa,
            List<Huurcontract> huur, LocalDate vandaag) {
        Objects.requireNonNull(besluitdatum);
        Objects.requireNonNull(vandaag);
        List<Uitkomst> uitkomsten = new ArrayList<>();
        termijnen.stream().sorted(Comparator.comparing(Termijn::datum)).forEach(t -> {
            Telling coaTelling = coa(besluitdatum, t.datum(), coa);
            long personen = huur.stream()
                    .filter(h -> h.ingangsdatum().isAfter(besluitdatum) && !h.ingangsdatum().isAfter(t.datum()))
                    .mapToLong(Huurcontract::personen).sum();
            long gehuisvest = coaTelling.aantal() + personen;
            Stand stand = gehuisvest >= t.aantal() ? Stand.GEHAALD
                    : vandaag.isAfter(t.datum()) ? Stand.NIET_GEHAALD : Stand.LOOPT;
            uitkomsten.add(new Uitkomst(t, stand, gehuisvest, coaTelling.aantal(), personen, coaTelling.tot()));
        });
        return List.copyOf(uitkomsten);
    }

    private record Telling(long aantal, LocalDate tot) {
    }

    private static Telling coa(LocalDate van, LocalDate tot, List<CoaStand> standen) {
        Map<LocalDate, List<CoaStand>> perPeriode = new TreeMap<>();
        standen.forEach(s -> perPeriode.computeIfAbsent(s.periodeVanaf(), k -> new ArrayList<>()).add(s));
        long aantal = 0;
        LocalDate laatste = null;
        for (List<CoaStand> periode : perPeriode.values()) {
            CoaStand aanHetEind = laatsteOpOfVoor(periode, tot);
            if (aanHetEind == null) {
                continue;
            }
            CoaStand aanHetBegin = laatsteOpOfVoor(periode, van);
            aantal += Math.max(0, aanHetEind.gehuisvest() - (aanHetBegin == null ? 0 : aanHetBegin.gehuisvest()));
            if (laatste == null || aanHetEind.datum().isAfter(laatste)) {
                laatste = aanHetEind.datum();
            }
        }
        return new Telling(aantal, laatste);
    }

    private static CoaStand laatsteOpOfVoor(List<CoaStand> periode, LocalDate dag) {
        CoaStand best = null;
        for (CoaStand s : periode) {
            if (!s.datum().isAfter(dag) && (best == null || s.datum().isAfter(best.datum()))) {
                best = s;
            }
        }
        return best;
    }
}
