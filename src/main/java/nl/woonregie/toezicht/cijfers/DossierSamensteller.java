package nl.woonregie.toezicht.cijfers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import nl.woonregie.toezicht.regels.Dossier;
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

    public static boolean isTussentijds(LocalDate peildatum) {
        return peildatum.getMonthValue() == 4 || peildatum.getMonthValue() == 10;
    }

    public static boolean isPeildatum(LocalDate d) {
        return Periode.isPeildatum(d);
    }

    public static Samenstelling stel(GemeenteCijfers cijfers, LocalDate peildatum, Map<LocalDate, Beslissing> beslissingen,
            Map<LocalDate, Trede> vastgesteldeTreden, Ladder ladder) {
        List<String> ontbrekend = new ArrayList<>();
        GemeenteCijfers.Beginstand begin = cijfers.beginstand();
        Periode doel = periodeVan(peildatum);
        if (begin == null) {
            return new Samenstelling(null, List.of("beginstand (saldo en trede waar de registratie begint)"));
        }
        if (begin.periode().compareTo(doel) > 0) {
            return new Samenstelling(null, List.of("de beginstand (" + begin.periode() + ") ligt na de "
                    + doel.omschrijving()));
        }
        Optional<Trede> start = ladder.trede(begin.trede());
        if (start.isEmpty()) {
            ontbrekend.add("geldige trede in de beginstand (nu '" + begin.trede() + "')");
        }
        List<Dossier.PeriodeCijfers> perioden = new ArrayList<>();
        for (Periode periode = begin.periode(); periode.compareTo(doel) <= 0; periode = periode.volgende()) {
            final Periode p = periode;
            GemeenteCijfers.Taakstelling taak = cijfers.taakstellingen().get(p);
            if (taak == null) {
                ontbrekend.add("taakstelling " + p);
            }
            List<GemeenteCijfers.CoaStand> standen = cijfers.coaStanden().getOrDefault(p, List.of());
            Dossier.Tussenstand tussen = null;
            LocalDate mid = p.peildatumTussentijds();
            if (!mid.isAfter(peildatum)) {
                // the latest row before the mid date, and it must be from the month before it (March/September)
                Optional<GemeenteCijfers.CoaStand> stand = standen.stream().filter(s -> s.datum().isBefore(mid))
                        .max(Comparator.comparing(GemeenteCijfers.CoaStand::datum))
                        .filter(s -> !s.datum().isBefore(mid.minusMonths(1)));
                if (stand.isEmpty()) {
                    ontbrekend.add("COA-stand van de " + p.omschrijving() + " uit "
                            + NlFormaat.maand(mid.minusMonths(1).getMonthValue()) + " (vóór " + NlFormaat.datum(mid) + ")");
                } else {
                    Beslissing b = beslissingen.get(mid);
                    tussen = new Dossier.Tussenstand(stand.get().gehuisvest(), stand.get().koppelingen(),
                            b == null ? null : b.koppelingenVoldoende());
                }
            }
            Dossier.Eindstand eind = null;
            LocalDate einde = p.peildatumEindoordeel();
            if (!einde.isAfter(peildatum)) {
                // the period's latest row, which must be from its last month (June/December)
                Optional<GemeenteCijfers.CoaStand> stand = standen.stream()
                        .filter(s -> !s.datum().isAfter(p.laatsteDag()))
                        .max(Comparator.comparing(GemeenteCijfers.CoaStand::datum))
                        .filter(s -> s.datum().getMonthValue() == p.laatsteDag().getMonthValue());
                if (stand.isEmpty()) {
                    ontbrekend.add("COA-eindstand van de " + p.omschrijving() + " (een stand uit "
                            + NlFormaat.maand(p.laatsteDag().getMonthValue()) + ")");
                } else {
                    Beslissing b = beslissingen.get(einde);
                    int[] stapel = stapelMaanden(standen, p);
                    eind = new Dossier.Eindstand(stand.get().gehuisvest(), cijfers.huurcontracten().getOrDefault(p, 0L),
                            cijfers.definitief().get(p), stand.get().omkoppelingen(), stapel[0], stapel[1] == 1,
                            b == null ? null : b.verschoonbareReden());
                }
            }
            perioden.add(new Dossier.PeriodeCijfers(p, taak == null ? 0 : taak.taakstelling(),
                    p.equals(begin.periode()) ? begin.saldoIn() : null,
                    taak == null || taak.additioneleOpgave() == null ? 0 : taak.additioneleOpgave(), tussen, eind));
        }
        if (!ontbrekend.isEmpty()) {
            return new Samenstelling(null, List.copyOf(ontbrekend));
        }
        // after an eindoordeel the letter reports the next period: include it when its taakstelling is known
        GemeenteCijfers.Taakstelling volgende = cijfers.taakstellingen().get(doel.volgende());
        if (!isTussentijds(peildatum) && volgende != null) {
            perioden.add(new Dossier.PeriodeCijfers(doel.volgende(), volgende.taakstelling(), null,
                    volgende.additioneleOpgave() == null ? 0 : volgende.additioneleOpgave(), null, null));
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
