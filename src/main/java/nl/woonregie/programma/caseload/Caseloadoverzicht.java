package nl.woonregie.programma.caseload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The caseload of a municipality on a day, per theme, as counts without names: persons and households, per age band,
 * per inburgering route, per case manager (by account id; {@code zonderCasemanager} those not assigned), the
 * participatieverklaringen signed and overdue, those without an extra track or a school, AMV before and after 18,
 * the work-and-income intakes and NOA assessments done. Only the persons in the caseload on that day count.
 */
public record Caseloadoverzicht(LocalDate dag, long personen, long huishoudens,
        Map<Leeftijdsband, Long> perLeeftijdsband, Map<Inburgeringsroute, Long> perInburgeringsroute,
        Map<Long, Long> perCasemanager, long zonderCasemanager, long participatieverklaringGetekend,
        long participatieverklaringTeLaat, long zonderExtraSpoor, long zonderSchool, long amvMinderjarig,
        long amvMeerderjarig, long intakeWerkInkomen, long noaAssessment) {

    /** Counts the persons of {@code caseload} that are in it on {@code dag}. */
    public static Caseloadoverzicht van(Collection<Statushouder> caseload, LocalDate dag) {
        Map<Leeftijdsband, Long> banden = new EnumMap<>(Leeftijdsband.class);
        for (Leeftijdsband b : Leeftijdsband.values()) {
            banden.put(b, 0L);
        }
        Map<Inburgeringsroute, Long> routes = new EnumMap<>(Inburgeringsroute.class);
        for (Inburgeringsroute r : Inburgeringsroute.values()) {
            routes.put(r, 0L);
        }
        Map<Long, Long> casemanagers = new TreeMap<>();
        Set<String> huishoudens = new HashSet<>();
        long personen = 0;
        long zonder = 0;
        long getekend = 0;
        long teLaat = 0;
        long geenSpoor = 0;
        long geenSchool = 0;
        long amvMin = 0;
        long amvMeer = 0;
        long intake = 0;
        long noa = 0;
        for (Statushouder s : caseload) {
            if (!Caseloadregels.inCaseload(s, dag)) {
                continue;
            }
            personen++;
            huishoudens.add(s.huishouden());
            banden.merge(Leeftijdsband.op(s.geboortedatum(), dag), 1L, Long::sum);
            routes.merge(s.inburgeringsroute(), 1L, Long::sum);
            if (s.casemanager() == null) {
                zonder++;
            } else {
                casemanagers.merge(s.casemanager(), 1L, Long::sum);
            }
            getekend += s.participatieverklaring() != null && !s.participatieverklaring().isAfter(dag) ? 1 : 0;
            teLaat += Caseloadregels.participatieverklaringTeLaat(s, dag) ? 1 : 0;
            geenSpoor += Caseloadregels.zonderExtraSpoor(s, dag) ? 1 : 0;
            geenSchool += Caseloadregels.zonderSchool(s, dag) ? 1 : 0;
            Caseloadregels.Amv amv = Caseloadregels.amv(s, dag);
            amvMin += amv == Caseloadregels.Amv.MINDERJARIG ? 1 : 0;
            amvMeer += amv == Caseloadregels.Amv.MEERDERJARIG ? 1 : 0;
            intake += s.intakeWerkInkomen() != null && !s.intakeWerkInkomen().isAfter(dag) ? 1 : 0;
            noa += s.noaAssessment() ? 1 : 0;
        }
        return new Caseloadoverzicht(dag, personen, huishoudens.size(), banden, routes, casemanagers, zonder,
                getekend, teLaat, geenSpoor, geenSchool, amvMin, amvMeer, intake, noa);
    }

    /** The persons of {@code caseload} whose participatieverklaring is overdue on {@code dag}, earliest due first. */
    public static List<Statushouder> teLaat(Collection<Statushouder> caseload, LocalDate dag) {
        List<Statushouder> l = new ArrayList<>(caseload.stream()
                .filter(s -> Caseloadregels.participatieverklaringTeLaat(s, dag)).toList());
        l.sort(java.util.Comparator.comparing(Caseloadregels::participatieverklaringUiterlijk)
                .thenComparing(Statushouder::id));
        return l;
    }
}
