package nl.woonregie.aanbod.prognose;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.woonregie.toezicht.regels.Periode;

/**
 * The model for every input (jqwik): it agrees with a literal, day-by-day reading of the spec (each day's
 * contribution of each source computed on its own, a project's by its cumulative total, summed in exact fractions
 * of {@link BigInteger}s), and its answer hangs together — the saldo is opgave minus the expected number, the series
 * never falls, a target reached has a date in the period, and a source more never makes a target later.
 */
class PrognosemodelProperties {

    @Property(tries = 400)
    void het_model_is_gelijk_aan_de_letterlijke_lezing_van_de_spec(@ForAll("vragen") Prognosevraag vraag) {
        Prognose p = Prognosemodel.bereken(vraag);
        Referentie r = new Referentie(vraag);
        assertThat(p.verwachtGehuisvest()).isEqualTo(r.vloer(r.h(vraag.periode().laatsteDag())));
        assertThat(p.taakstellingGehaaldOp()).isEqualTo(r.gehaaldOp(vraag.opgave()));
        assertThat(p.ambitieGehaaldOp()).isEqualTo(vraag.additioneleOpgave() == null ? null
                : r.gehaaldOp(vraag.opgave() + vraag.additioneleOpgave()));
        for (int i = 0; i < vraag.bronnen().size(); i++) {
            assertThat(p.perBron().get(i).verwacht()).as(vraag.bronnen().get(i).toString())
                    .isEqualTo(r.totaal(vraag.bronnen().get(i)).afgerond(1));
        }
        for (Prognose.Punt punt : p.reeks()) {
            assertThat(punt.verwacht()).as(punt.datum().toString()).isEqualTo(r.vloer(r.h(punt.datum())));
        }
        // a corporation source above the agreed share of the expected lettings is a finding, in the sources' order
        List<Bron> boven = vraag.bronnen().stream().filter(b -> b instanceof Bron.Corporatie c
                && c.verwachteVerhuringen() != null
                && (c.woningen() != null ? Q.van(c.woningen()) : Q.van(c.personen()).maal(
                        new Q(Q.van(c.bezetting()).n(), Q.van(c.bezetting()).t())))
                        .compareTo(Q.van(c.maxAandeel()).maal(Q.van(c.verwachteVerhuringen()))) > 0)
                .toList();
        assertThat(p.bevindingen()).hasSameSizeAs(boven)
                .allSatisfy(b -> assertThat(b.type()).isEqualTo(Bevinding.Type.BOVEN_AFGESPROKEN_AANDEEL));
    }

    @Property(tries = 400)
    void het_antwoord_hangt_samen(@ForAll("vragen") Prognosevraag vraag) {
        Prognose p = Prognosemodel.bereken(vraag);
        LocalDate eind = vraag.periode().laatsteDag();
        assertThat(p.verwachtSaldoUit()).isEqualTo(vraag.opgave() - p.verwachtGehuisvest());
        assertThat(p.verwachtGehuisvest()).isGreaterThanOrEqualTo(vraag.gehuisvest());
        assertThat(p.reeks()).extracting(Prognose.Punt::verwacht).isSorted();
        assertThat(p.reeks()).extracting(Prognose.Punt::datum).isSorted().doesNotHaveDuplicates()
                .allSatisfy(d -> assertThat(d.getDayOfWeek() == DayOfWeek.SUNDAY || d.equals(eind)).isTrue())
                .allSatisfy(d -> assertThat(d).isAfter(vraag.peildatum()).isBeforeOrEqualTo(eind));
        if (!p.reeks().isEmpty()) {
            assertThat(p.reeks().get(p.reeks().size() - 1))
                    .isEqualTo(new Prognose.Punt(eind, p.verwachtGehuisvest()));
        }
        if (p.taakstellingGehaaldOp() == null) {
            assertThat(p.verwachtGehuisvest()).isLessThan(vraag.opgave());
        } else {
            assertThat(p.verwachtGehuisvest()).isGreaterThanOrEqualTo(vraag.opgave());
            assertThat(p.taakstellingGehaaldOp()).isAfterOrEqualTo(vraag.peildatum()).isBeforeOrEqualTo(eind);
            p.reeks().stream().filter(punt -> !punt.datum().isBefore(p.taakstellingGehaaldOp()))
                    .forEach(punt -> assertThat(punt.verwacht()).isGreaterThanOrEqualTo(vraag.opgave()));
        }
        if (p.ambitieGehaaldOp() != null && p.taakstellingGehaaldOp() != null) {
            assertThat(p.ambitieGehaaldOp()).isAfterOrEqualTo(p.taakstellingGehaaldOp());
        }
    }

    @Property(tries = 300)
    void een_bron_meer_maakt_de_taakstelling_nooit_later(@ForAll("vragen") Prognosevraag vraag,
            @ForAll("bronnen") Bron extra) {
        List<Bron> meer = new ArrayList<>(vraag.bronnen());
        meer.add(extra);
        Prognose zonder = Prognosemodel.bereken(vraag);
        Prognose met = Prognosemodel.bereken(new Prognosevraag(vraag.periode(), vraag.opgave(),
                vraag.additioneleOpgave(), vraag.peildatum(), vraag.gehuisvest(), meer));
        assertThat(met.verwachtGehuisvest()).isGreaterThanOrEqualTo(zonder.verwachtGehuisvest());
        if (zonder.taakstellingGehaaldOp() != null) {
            assertThat(met.taakstellingGehaaldOp()).isNotNull().isBeforeOrEqualTo(zonder.taakstellingGehaaldOp());
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    static final LocalDate VROEGST = LocalDate.of(2021, 10, 1);

    @Provide
    Arbitrary<Prognosevraag> vragen() {
        Arbitrary<Periode> perioden = Arbitraries.of(Periode.of("2022-I"), Periode.of("2022-II"),
                Periode.of("2023-II"), Periode.of("2024-I"), Periode.of("2024-II"));
        return perioden.flatMap(periode -> Combinators.combine(
                Arbitraries.longs().between(0, 1200),
                Arbitraries.longs().between(0, 300).injectNull(0.3),
                Arbitraries.integers().between(-1, (int) (periode.laatsteDag().toEpochDay()
                        - periode.eersteDag().toEpochDay())),
                Arbitraries.longs().between(0, 900),
                bronnen().list().ofMaxSize(6))
                .as((opgave, extra, dag, gehuisvest, bronnen) -> new Prognosevraag(periode, opgave, extra,
                        periode.eersteDag().plusDays(dag), gehuisvest, bronnen)));
    }

    @Provide
    Arbitrary<Bron> bronnen() {
        Arbitrary<LocalDate> datums = Arbitraries.integers().between(0, 3 * 366)
                .map(VROEGST::plusDays);
        Arbitrary<BigDecimal> tempo = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(40))
                .ofScale(2);
        Arbitrary<Bron> corporatie = Combinators.combine(Arbitraries.integers().between(2021, 2025),
                Arbitraries.longs().between(0, 3000), Arbitraries.of(true, false),
                Arbitraries.bigDecimals().between(new BigDecimal("0.5"), new BigDecimal("6")).ofScale(1),
                Arbitraries.longs().between(0, 9000).injectNull(0.5),
                Arbitraries.bigDecimals().between(new BigDecimal("0.01"), BigDecimal.ONE).ofScale(2))
                .as((jaar, n, personen, bezetting, verhuringen, aandeel) -> new Bron.Corporatie("C", jaar,
                        personen ? n : null, personen ? null : n, bezetting, verhuringen, aandeel));
        Arbitrary<Bron> project = Combinators.combine(Arbitraries.longs().between(0, 200), datums,
                tempo.injectNull(0.3))
                .as((plaatsen, start, perWeek) -> new Bron.Project("P", plaatsen, start, perWeek));
        Arbitrary<Bron> eenmalig = Combinators.combine(datums, Arbitraries.longs().between(0, 100))
                .as((datum, personen) -> new Bron.Eenmalig("E", datum, personen));
        Arbitrary<Bron> tempoBron = Combinators.combine(tempo, datums.injectNull(0.4),
                Arbitraries.integers().between(0, 400).injectNull(0.4))
                .as((perWeek, vanaf, duur) -> new Bron.Tempo("T", perWeek, vanaf,
                        duur == null ? null : (vanaf == null ? VROEGST : vanaf).plusDays(duur)));
        return Arbitraries.oneOf(corporatie, project, eenmalig, tempoBron);
    }

    /** The spec read literally: every day of (D0, end], every source's contribution on that day. */
    static final class Referentie {

        private final Prognosevraag vraag;
        private final java.util.Map<LocalDate, Q> perDag = new java.util.HashMap<>();

        Referentie(Prognosevraag vraag) {
            this.vraag = vraag;
            Q h = Q.van(vraag.gehuisvest());
            perDag.put(vraag.peildatum(), h);
            for (LocalDate d = vraag.peildatum().plusDays(1); !d.isAfter(vraag.periode().laatsteDag());
                    d = d.plusDays(1)) {
                for (Bron b : vraag.bronnen()) {
                    h = h.plus(op(b, d));
                }
                perDag.put(d, h);
            }
        }

        /** H(d) = H0 + all contributions on D0+1 … d. */
        Q h(LocalDate d) {
            return perDag.get(d);
        }

        Q totaal(Bron b) {
            Q t = Q.NUL;
            for (LocalDate d = vraag.peildatum().plusDays(1); !d.isAfter(vraag.periode().laatsteDag());
                    d = d.plusDays(1)) {
                t = t.plus(op(b, d));
            }
            return t;
        }

        LocalDate gehaaldOp(long doel) {
            for (LocalDate d = vraag.peildatum(); !d.isAfter(vraag.periode().laatsteDag()); d = d.plusDays(1)) {
                if (h(d).compareTo(Q.van(doel)) >= 0) {
                    return d;
                }
            }
            return null;
        }

        private static Q min(Q a, Q b) {
            return a.compareTo(b) <= 0 ? a : b;
        }

        long vloer(Q q) {
            return q.t.divide(q.n).longValueExact();
        }

        /** What the source adds on day d. */
        Q op(Bron b, LocalDate d) {
            if (b instanceof Bron.Corporatie c) {
                if (d.getYear() != c.jaar()) {
                    return Q.NUL;
                }
                Q perJaar = c.personen() != null ? Q.van(c.personen())
                        : Q.van(c.woningen()).maal(Q.van(c.bezetting()));
                return perJaar.deel(d.lengthOfYear());
            }
            if (b instanceof Bron.Project p) {
                if (d.isBefore(p.startInhuizing())) {
                    return Q.NUL;
                }
                if (p.perWeek() == null) {
                    return d.equals(p.startInhuizing()) ? Q.van(p.plaatsen()) : Q.NUL;
                }
                // the cumulative total after k days of intake is min(plaatsen, k × perWeek / 7)
                long k = d.toEpochDay() - p.startInhuizing().toEpochDay() + 1;
                Q perDag = Q.van(p.perWeek()).deel(7);
                Q plaatsen = Q.van(p.plaatsen());
                Q tot = min(plaatsen, perDag.maal(Q.van(k)));
                Q ervoor = min(plaatsen, perDag.maal(Q.van(k - 1)));
                return tot.plus(ervoor.negatief());
            }
            if (b instanceof Bron.Eenmalig e) {
                return d.equals(e.datum()) ? Q.van(e.personen()) : Q.NUL;
            }
            Bron.Tempo t = (Bron.Tempo) b;
            LocalDate vanaf = t.vanaf() == null ? vraag.peildatum().plusDays(1) : t.vanaf();
            LocalDate tot = t.tot() == null ? vraag.periode().laatsteDag() : t.tot();
            return d.isBefore(vanaf) || d.isAfter(tot) ? Q.NUL : Q.van(t.perWeek()).deel(7);
        }
    }

    /** A fraction of the test's own, unnormalised apart from its sign (independent of the model's {@link Breuk}). */
    record Q(BigInteger t, BigInteger n) implements Comparable<Q> {

        static final Q NUL = new Q(BigInteger.ZERO, BigInteger.ONE);

        static Q van(long v) {
            return new Q(BigInteger.valueOf(v), BigInteger.ONE);
        }

        static Q van(BigDecimal v) {
            return new Q(v.unscaledValue(), BigInteger.TEN.pow(Math.max(v.scale(), 0)))
                    .maal(new Q(BigInteger.TEN.pow(Math.max(-v.scale(), 0)), BigInteger.ONE));
        }

        Q plus(Q o) {
            Q r = new Q(t.multiply(o.n).add(o.t.multiply(n)), n.multiply(o.n));
            BigInteger g = r.t.gcd(r.n);
            return g.signum() == 0 || g.equals(BigInteger.ONE) ? r : new Q(r.t.divide(g), r.n.divide(g));
        }

        Q maal(Q o) {
            return new Q(t.multiply(o.t), n.multiply(o.n));
        }

        Q deel(long d) {
            return new Q(t, n.multiply(BigInteger.valueOf(d)));
        }

        Q negatief() {
            return new Q(t.negate(), n);
        }

        BigDecimal afgerond(int decimalen) {
            return new BigDecimal(t).divide(new BigDecimal(n), decimalen, java.math.RoundingMode.HALF_UP);
        }

        @Override
        public int compareTo(Q o) {
            return t.multiply(o.n).compareTo(o.t.multiply(n));
        }
    }
}
