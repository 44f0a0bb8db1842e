package nl.woonregie.toezicht.cijfers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import nl.woonregie.toezicht.regels.Dossier;
import nl.woonregie.toezicht.regels.Kalender;
import nl.woonregie.toezicht.regels.Ladder;
import nl.woonregie.toezicht.regels.NlFormaat;
import nl.woonregie.toezicht.regels.Periode;
import nl.woonregie.toezicht.regels.Trede;

/**
 * Builds the engine's {@link Dossier} for one municipality up to a peildatum from the stored figures and the
 * supervisor's recorded judgments. Missing figures are listed, never guessed.
 *
 * <p>COA's rows mean "up to and including the date": the standing at a mid peildatum is the period's latest row
 * dated before it; the end standing is the period's latest row (on or before its last day). To avoid judging on
 * stale figures, the mid standing must be from the month before the mid date (March/September) and the end standing
 * from the period's last month (June/December); otherwise the figure is reported missing. Stapelgemeente months
 * are counted per calendar month (the month's latest row decides); the last month is June or December.
 */
public final class DossierSamensteller {

    private DossierSamensteller() {
    }

    /** The supervisor's judgments recorded for one peildatum (all optional). */
    public record Beslissing(String verschoonbareReden, Boolean koppelingenVoldoende, Trede besluit,
            String besluitMotivering) {
    }

    public record Samenstelling(Dossier dossier, List<String> ontbrekend) {

        public boolean volledig() {
            return ontbrekend.isEmpty();
        }
    }

    /** The period whose judgment falls on the peildatum (mid check on 1 Apr/1 Oct, eindoordeel on 1 Jan/1 Jul). */
    public static Periode periodeVan(LocalDate peildatum) {
        return isTussentijds(peildatum) ? Periode.van(peildatum) : Periode.van(peildatum.minusDays(1));
    }

    /**
     * The day whose municipal division (indeling) a round uses: the peildatum of a mid check, the last day of the
     * judged period for an eindoordeel (a municipality that merged on 1 January is still judged for the year before),
     * and never before {@code vanaf} (the first day the register knows the indeling of).
     */
    public static LocalDate indelingsdatum(LocalDate peildatum, LocalDate vanaf) {
        LocalDate dag = isTussentijds(peildatum) ? peildatum : peildatum.minusDays(1);
        return dag.isBefore(vanaf) ? vanaf : dag;
    }

    /** The period of the kader's calendar judged on the peildatum (its tussentijdse toets or its eindoordeel). */
    public static Periode periodeVan(LocalDate peildatum, Kalender kalender) {
        return kalender.periodeVan(peildatum).orElseThrow(() -> new IllegalArgumentException(
                peildatum + " is geen peildatum van " + kalender.omschrijving()));
    }

    /** {@link #indelingsdatum(LocalDate, LocalDate)} for a kader's calendar: the last day of the judged period. */
    public static LocalDate indelingsdatum(LocalDate peildatum, LocalDate vanaf, Kalender kalender) {
        LocalDate dag = kalender.isEindoordeel(peildatum) ? periodeVan(peildatum, kalender).laatsteDag() : peildatum;
        return dag.isBefore(vanaf) ? vanaf : dag;
    }

    public static boolean isTussentijds(LocalDate peildatum) {
        return peildatum.getMonthValue() == 4 || peildatum.getMonthValue() == 10;
    }

    public static boolean isPeildatum(LocalDate d) {
        return Periode.isPeildatum(d);
    }

    /** {@link #stel(GemeenteCijfers, LocalDate, Map, Map, Ladder, Kalender)} with Zuid-Holland's calendar. */
    public static Samenstelling stel(GemeenteCijfers cijfers, LocalDate peildatum, Map<LocalDate, Beslissing> beslissingen,
            Map<LocalDate, Trede> vastgesteldeTreden, Ladder ladder) {
        return stel(cijfers, peildatum, beslissingen, vastgesteldeTreden, ladder, Kalender.HALFJAAR_MET_TUSSENTIJDSE_TOETS);
    }

    /**
     * The dossier up to the peildatum in the periods of the kader's calendar (ADR 0033). The stored figures are the
     * law's half years (Huisvestingswet art. 28–29); a period of the kader is built from whole half years: a year's
     * taakstelling (and additional opgave) is the sum of its two half years', its realisation the sum of the half
     * years' end standings (COA's final figure per half year when stored), its leases those of its last half year,
     * its omkoppelingen the sum, its stapelgemeente months counted over the twelve months. A quarter holds no whole
     * half year: such a calendar is refused ({@link IllegalArgumentException}); rounds refuse it before.
     *
     * <p>A standing at a peildatum is COA's as of the end of the month before it: the latest row before the first
     * day of the peildatum's month, which must be from the month before (Zuid-Holland's 1 April: a row from March;
     * a toets on 15 April: a row from March too).
     */
    public static Samenstelling stel(GemeenteCijfers cijfers, LocalDate peildatum, Map<LocalDate, Beslissing> beslissingen,
            Map<LocalDate, Trede> vastgesteldeTreden, Ladder ladder, Kalender kalender) {
        if (kalender.lengte() == Periode.Lengte.KWARTAAL) {
            throw new IllegalArgumentException("een kwartaal bevat geen heel halfjaar van de taakstelling");
        }
        Periode doel = kalender.periodeVan(peildatum).orElseThrow(() -> new IllegalArgumentException(
                peildatum + " is geen peildatum van " + kalender.omschrijving()));
        boolean tussentijds = !kalender.isEindoordeel(peildatum);
        List<String> ontbrekend = new ArrayList<>();
        GemeenteCijfers.Beginstand begin = cijfers.beginstand();
        if (begin == null) {
            return new Samenstelling(null, List.of("beginstand (saldo en trede waar de registratie begint)"));
        }
        Periode eerste = Periode.van(begin.periode().eersteDag(), kalender.lengte());
        if (!eerste.eersteDag().equals(begin.periode().eersteDag())) {
            return new Samenstelling(null, List.of("een beginstand aan het begin van een " + lengteNaam(kalender)
                    + " (de beginstand is van de " + begin.periode().omschrijving() + ")"));
        }
        if (eerste.compareTo(doel) > 0) {
            return new Samenstelling(null, List.of("de beginstand (" + begin.periode() + ") ligt na de "
                    + doel.omschrijving()));
        }
        Optional<Trede> start = ladder.trede(begin.trede());
        if (start.isEmpty()) {
            ontbrekend.add("geldige trede in de beginstand (nu '" + begin.trede() + "')");
        }
        List<Dossier.PeriodeCijfers> perioden = new ArrayList<>();
        for (Periode periode = eerste; periode.compareTo(doel) <= 0; periode = periode.volgende()) {
            final Periode p = periode;
            List<Periode> helften = halfjaren(p);
            long taakstelling = 0;
            long additioneel = 0;
            for (Periode h : helften) {
                GemeenteCijfers.Taakstelling taak = cijfers.taakstellingen().get(h);
                if (taak == null) {
                    ontbrekend.add("taakstelling " + h);
                } else {
                    taakstelling += taak.taakstelling();
                    additioneel += taak.additioneleOpgave() == null ? 0 : taak.additioneleOpgave();
                }
            }
            Dossier.Tussenstand tussen = null;
            Optional<LocalDate> midDatum = kalender.tussentijds(p);
            if (midDatum.isPresent() && !midDatum.get().isAfter(peildatum)) {
                LocalDate mid = midDatum.get();
                LocalDate grens = mid.withDayOfMonth(1);
                long gehuisvest = 0;
                Long koppelingen = null;
                for (Periode h : helften) {
                    if (!h.eersteDag().isBefore(grens)) {
                        continue;
                    }
                    List<GemeenteCijfers.CoaStand> standen = cijfers.coaStanden().getOrDefault(h, List.of());
                    // the half year's latest row before the month of the peildatum; in the running half year it must
                    // be from the month before (March/September for 1 or 15 April/October)
                    boolean lopend = !h.laatsteDag().isBefore(grens);
                    LocalDate tot = lopend ? grens : h.laatsteDag().plusDays(1);
                    Optional<GemeenteCijfers.CoaStand> stand = standen.stream().filter(s -> s.datum().isBefore(tot))
                            .max(Comparator.comparing(GemeenteCijfers.CoaStand::datum))
                            .filter(s -> !s.datum().isBefore(tot.minusMonths(1)));
                    if (stand.isEmpty()) {
                        ontbrekend.add("COA-stand van de " + h.omschrijving() + " uit "
                                + NlFormaat.maand(tot.minusMonths(1).getMonthValue()) + " (vóór "
                                + NlFormaat.datum(lopend ? mid : tot) + ")");
                    } else {
                        gehuisvest += stand.get().gehuisvest();
                        koppelingen = stand.get().koppelingen();
                    }
                }
                Beslissing b = beslissingen.get(mid);
                tussen = new Dossier.Tussenstand(gehuisvest, koppelingen,
                        b == null ? null : b.koppelingenVoldoende());
            }
            Dossier.Eindstand eind = null;
            LocalDate einde = kalender.eindoordeel(p);
            if (!einde.isAfter(peildatum)) {
                long gehuisvest = 0;
                long omkoppelingen = 0;
                long definitief = 0;
                boolean metDefinitief = false;
                boolean compleet = true;
                List<GemeenteCijfers.CoaStand> alle = new ArrayList<>();
                for (Periode h : helften) {
                    List<GemeenteCijfers.CoaStand> standen = cijfers.coaStanden().getOrDefault(h, List.of());
                    alle.addAll(standen);
                    // the half year's latest row, which must be from its last month (June/December)
                    Optional<GemeenteCijfers.CoaStand> stand = standen.stream()
                            .filter(s -> !s.datum().isAfter(h.laatsteDag()))
                            .max(Comparator.comparing(GemeenteCijfers.CoaStand::datum))
                            .filter(s -> s.datum().getMonthValue() == h.laatsteDag().getMonthValue());
                    if (stand.isEmpty()) {
                        compleet = false;
                        ontbrekend.add("COA-eindstand van de " + h.omschrijving() + " (een stand uit "
                                + NlFormaat.maand(h.laatsteDag().getMonthValue()) + ")");
                        continue;
                    }
                    gehuisvest += stand.get().gehuisvest();
                    omkoppelingen += stand.get().omkoppelingen();
                    Long d = cijfers.definitief().get(h);
                    metDefinitief |= d != null;
                    definitief += d != null ? d : stand.get().gehuisvest();
                }
                if (compleet) {
                    Beslissing b = beslissingen.get(einde);
                    int[] stapel = stapelMaanden(alle, p);
                    eind = new Dossier.Eindstand(gehuisvest,
                            cijfers.huurcontracten().getOrDefault(helften.get(helften.size() - 1), 0L),
                            metDefinitief ? Long.valueOf(definitief) : null, omkoppelingen, stapel[0], stapel[1] == 1,
                            b == null ? null : b.verschoonbareReden());
                }
            }
            perioden.add(new Dossier.PeriodeCijfers(p, taakstelling, p.equals(eerste) ? begin.saldoIn() : null,
                    additioneel, tussen, eind));
        }
        if (!ontbrekend.isEmpty()) {
            return new Samenstelling(null, List.copyOf(ontbrekend));
        }
        // after an eindoordeel the letter reports the next period: include it when its taakstelling is known
        if (!tussentijds) {
            Periode volgende = doel.volgende();
            List<GemeenteCijfers.Taakstelling> taken = halfjaren(volgende).stream()
                    .map(h -> cijfers.taakstellingen().get(h)).toList();
            if (taken.stream().allMatch(java.util.Objects::nonNull)) {
                perioden.add(new Dossier.PeriodeCijfers(volgende,
                        taken.stream().mapToLong(GemeenteCijfers.Taakstelling::taakstelling).sum(), null,
                        taken.stream().mapToLong(t -> t.additioneleOpgave() == null ? 0 : t.additioneleOpgave()).sum(),
                        null, null));
            }
        }
        List<Dossier.Besluit> besluiten = new ArrayList<>();
        beslissingen.forEach((datum, b) -> {
            if (b.besluit() != null) {
                besluiten.add(new Dossier.Besluit(datum, b.besluit(), b.besluitMotivering()));
            }
        });
        return new Samenstelling(new Dossier(cijfers.gemeente(), start.orElseThrow(), perioden, besluiten,
                vastgesteldeTreden), List.of());
    }

    /** The law's half years that make up a period of a kader (one for a half year, two for a year). */
    public static List<Periode> halfjaren(Periode periode) {
        return switch (periode.lengte()) {
            case HALFJAAR -> List.of(periode);
            case JAAR -> List.of(new Periode(periode.jaar(), false), new Periode(periode.jaar(), true));
            case KWARTAAL -> throw new IllegalArgumentException("een kwartaal bevat geen heel halfjaar: " + periode);
        };
    }

    private static String lengteNaam(Kalender kalender) {
        return kalender.lengte() == Periode.Lengte.JAAR ? "jaar" : "halfjaar";
    }

    /** [number of months designated, 1 if designated in the last month]. */
    static int[] stapelMaanden(List<GemeenteCijfers.CoaStand> standen, Periode p) {
        Map<Integer, GemeenteCijfers.CoaStand> laatstePerMaand = new TreeMap<>();
        for (GemeenteCijfers.CoaStand s : standen) {
            if (s.datum().isBefore(p.eersteDag()) || s.datum().isAfter(p.laatsteDag())) {
                continue;
            }
            laatstePerMaand.merge(s.datum().getMonthValue(), s,
                    (a, b) -> a.datum().isAfter(b.datum()) ? a : b);
        }
        int maanden = (int) laatstePerMaand.values().stream().filter(GemeenteCijfers.CoaStand::stapelgemeente).count();
        int laatsteMaand = p.laatsteDag().getMonthValue();
        GemeenteCijfers.CoaStand laatste = laatstePerMaand.get(laatsteMaand);
        return new int[] {maanden, laatste != null && laatste.stapelgemeente() ? 1 : 0};
    }
}
