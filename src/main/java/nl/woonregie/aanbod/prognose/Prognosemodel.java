package nl.woonregie.aanbod.prognose;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.woonregie.toezicht.regels.NlFormaat;

/**
 * The forecast model of {@code ../shared/specs/aanbod-prognose.md}, exactly: sources add expected persons per day on
 * the days D0 &lt; d ≤ end of the period; {@code H(d)} is H0 plus their sum over D0+1 … d in exact rational arithmetic
 * ({@link Breuk}), rounded only when reported. Plain Java: no Spring, no database, no JSON (ArchUnit guards it).
 *
 * <p>Each source is reduced to what it adds: spans of days at a constant rate per day and single days with an amount.
 * A project with a pace is a span at {@code perWeek / 7} for the whole days its places last, then one day with the
 * remainder, counted from its start of intake (also when that lies before D0). The days of the period are then walked
 * once, keeping the rate with a difference array, so a forecast costs a few operations per day and per source.
 */
public final class Prognosemodel {

    private static final Breuk ZEVEN = Breuk.van(7);

    private Prognosemodel() {
    }

    /** A span of days [van, tot] at a rate per day. */
    private record Span(LocalDate van, LocalDate tot, Breuk perDag) {
    }

    /** An amount on one day. */
    private record Dag(LocalDate datum, Breuk aantal) {
    }

    /** What one source adds, before it is cut to the days after D0 up to the end. */
    private record Verloop(List<Span> spans, List<Dag> dagen) {
    }

    public static Prognose bereken(Prognosevraag vraag) {
        LocalDate d0 = vraag.peildatum();
        LocalDate eind = vraag.periode().laatsteDag();
        LocalDate eerste = d0.plusDays(1);
        int dagen = (int) ChronoUnit.DAYS.between(d0, eind);
        // index i is the day eerste + i; tempo[i] the change of the rate on that day, punt[i] single amounts
        Breuk[] tempo = new Breuk[dagen + 1];
        Breuk[] punt = new Breuk[dagen];
        List<Prognose.Bijdrage> perBron = new ArrayList<>();
        List<Bevinding> bevindingen = new ArrayList<>();
        for (Bron bron : vraag.bronnen()) {
            Breuk totaal = Breuk.NUL;
            Verloop verloop = verloop(bron, eerste, eind);
            for (Span s : verloop.spans()) {
                LocalDate van = s.van().isBefore(eerste) ? eerste : s.van();
                LocalDate tot = s.tot().isAfter(eind) ? eind : s.tot();
                if (tot.isBefore(van) || s.perDag().isNul()) {
                    continue;
                }
                int i = (int) ChronoUnit.DAYS.between(eerste, van);
                int j = (int) ChronoUnit.DAYS.between(eerste, tot);
                tempo[i] = plus(tempo[i], s.perDag());
                tempo[j + 1] = plus(tempo[j + 1], Breuk.NUL.min(s.perDag()));
                totaal = totaal.plus(s.perDag().maal(j - i + 1L));
            }
            for (Dag d : verloop.dagen()) {
                if (d.datum().isBefore(eerste) || d.datum().isAfter(eind) || d.aantal().isNul()) {
                    continue;
                }
                int i = (int) ChronoUnit.DAYS.between(eerste, d.datum());
                punt[i] = plus(punt[i], d.aantal());
                totaal = totaal.plus(d.aantal());
            }
            perBron.add(new Prognose.Bijdrage(bron.naam(), bron.soort(), totaal.afgerond(1)));
            if (bron instanceof Bron.Corporatie c) {
                aandeel(c).ifPresent(bevindingen::add);
            }
        }

        Breuk opgave = Breuk.van(vraag.opgave());
        Long ambitie = vraag.additioneleOpgave() == null ? null : vraag.opgave() + vraag.additioneleOpgave();
        Breuk ambitieDoel = ambitie == null ? null : Breuk.van(ambitie);
        Breuk h = Breuk.van(vraag.gehuisvest());
        LocalDate taakstellingOp = h.compareTo(opgave) >= 0 ? d0 : null;
        LocalDate ambitieOp = ambitieDoel != null && h.compareTo(ambitieDoel) >= 0 ? d0 : null;
        List<Prognose.Punt> reeks = new ArrayList<>();
        Breuk perDag = Breuk.NUL;
        for (int i = 0; i < dagen; i++) {
            LocalDate dag = eerste.plusDays(i);
            if (tempo[i] != null) {
                perDag = perDag.plus(tempo[i]);
            }
            if (!perDag.isNul()) {
                h = h.plus(perDag);
            }
            if (punt[i] != null) {
                h = h.plus(punt[i]);
            }
            if (taakstellingOp == null && h.compareTo(opgave) >= 0) {
                taakstellingOp = dag;
            }
            if (ambitieDoel != null && ambitieOp == null && h.compareTo(ambitieDoel) >= 0) {
                ambitieOp = dag;
            }
            if (dag.getDayOfWeek() == DayOfWeek.SUNDAY || dag.equals(eind)) {
                reeks.add(new Prognose.Punt(dag, h.naarBeneden()));
            }
        }
        long verwacht = h.naarBeneden();
        return new Prognose(vraag.periode(), vraag.opgave(), ambitie, taakstellingOp, ambitieOp, verwacht,
                vraag.opgave() - verwacht, perBron, reeks, bevindingen);
    }

    private static Verloop verloop(Bron bron, LocalDate eerste, LocalDate eind) {
        if (bron instanceof Bron.Corporatie c) {
            LocalDate jan1 = LocalDate.of(c.jaar(), 1, 1);
            LocalDate dec31 = LocalDate.of(c.jaar(), 12, 31);
            return new Verloop(List.of(new Span(jan1, dec31,
                    c.personenPerJaar().gedeeldDoor(Breuk.van(jan1.lengthOfYear())))), List.of());
        }
        if (bron instanceof Bron.Project p) {
            return project(p, eind);
        }
        if (bron instanceof Bron.Eenmalig e) {
            return new Verloop(List.of(), List.of(new Dag(e.datum(), Breuk.van(e.personen()))));
        }
        Bron.Tempo t = (Bron.Tempo) bron;
        return new Verloop(List.of(new Span(t.vanaf() == null ? eerste : t.vanaf(),
                t.tot() == null ? eind : t.tot(), Breuk.van(t.perWeek()).gedeeldDoor(ZEVEN))), List.of());
    }

    /**
     * Days 1 … m from the start of intake add {@code perWeek / 7} each, m being the whole days the places last
     * (⌊plaatsen / (perWeek / 7)⌋); day m + 1 adds what remains, if anything.
     */
    private static Verloop project(Bron.Project p, LocalDate eind) {
        Breuk plaatsen = Breuk.van(p.plaatsen());
        if (p.perWeek() == null) {
            return new Verloop(List.of(), List.of(new Dag(p.startInhuizing(), plaatsen)));
        }
        Breuk perDag = Breuk.van(p.perWeek()).gedeeldDoor(ZEVEN);
        if (perDag.isNul() || plaatsen.isNul()) {
            return new Verloop(List.of(), List.of());
        }
        long heleDagen = plaatsen.gedeeldDoor(perDag).naarBeneden();
        long totHetEinde = eind.toEpochDay() - p.startInhuizing().toEpochDay() + 1;
        if (heleDagen >= totHetEinde) {
            // the places outlast the period: a span to its end (and no date beyond what a LocalDate holds)
            return new Verloop(List.of(new Span(p.startInhuizing(), eind, perDag)), List.of());
        }
        Breuk rest = plaatsen.min(perDag.maal(heleDagen));
        List<Span> spans = heleDagen == 0 ? List.of()
                : List.of(new Span(p.startInhuizing(), p.startInhuizing().plusDays(heleDagen - 1), perDag));
        List<Dag> dagen = rest.isNul() ? List.of() : List.of(new Dag(p.startInhuizing().plusDays(heleDagen), rest));
        return new Verloop(spans, dagen);
    }

    /**
     * BOVEN_AFGESPROKEN_AANDEEL: the dwellings ({@code woningen}, or {@code personen / bezetting}) are more than
     * {@code maxAandeel × verwachteVerhuringen}; only when the expected lettings are given.
     */
    private static Optional<Bevinding> aandeel(Bron.Corporatie c) {
        if (c.verwachteVerhuringen() == null) {
            return Optional.empty();
        }
        Breuk woningen = c.aantalWoningen();
        Breuk grens = Breuk.van(c.maxAandeel()).maal(c.verwachteVerhuringen());
        if (woningen.compareTo(grens) <= 0) {
            return Optional.empty();
        }
        String hoeveel = c.woningen() != null ? NlFormaat.getal(c.woningen()) + " woningen"
                : "ongeveer " + NlFormaat.decimaal(woningen.afgerond(1)) + " woningen ("
                        + NlFormaat.getal(c.personen()) + " personen bij een bezetting van "
                        + NlFormaat.decimaal(c.bezetting()) + ")";
        return Optional.of(new Bevinding(Bevinding.Type.BOVEN_AFGESPROKEN_AANDEEL, c.naam(),
                c.naam() + ": " + hoeveel + " is meer dan het afgesproken aandeel van "
                        + NlFormaat.procent(c.maxAandeel()) + " van "
                        + NlFormaat.getal(c.verwachteVerhuringen()) + " verwachte verhuringen ("
                        + NlFormaat.decimaal(grens.afgerond(1)) + " woningen)."));
    }

    private static Breuk plus(Breuk a, Breuk b) {
        return a == null ? b : a.plus(b);
    }
}
