package nl.woonregie.aanbod.prognose;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import nl.woonregie.toezicht.regels.Periode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The forecast model: the spec's example (Den Haag 2022-II, five sources, peildatum 26 August) and 342 municipalities
 * each with a plan of seven sources (corporations by persons and by dwellings, three projects, a one-off, a tempo),
 * numbers varied per municipality, from the day before the period (all 184 days counted, the most work). Run with
 * {@code ./mvnw -Pbenchmark verify -Djmh.args='.*PrognoseBenchmark.*'}; see docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class PrognoseBenchmark {

    static final Periode P = Periode.of("2022-II");

    private Prognosevraag voorbeeld;
    private List<Prognosevraag> gemeenten;

    @Setup
    public void setup() {
        voorbeeld = new Prognosevraag(P, 489, 131L, LocalDate.of(2022, 8, 26), 210, List.of(
                new Bron.Corporatie("Corporaties 2022", 2022, 777L, null, new BigDecimal("2.4"), 4440L,
                        new BigDecimal("0.10")),
                new Bron.Project("SoZa", 40, LocalDate.of(2022, 10, 15), BigDecimal.TEN),
                new Bron.Project("Haga", 30, LocalDate.of(2022, 11, 1), null),
                new Bron.Eenmalig("Uitruil Rijswijk", LocalDate.of(2022, 11, 15), 6),
                new Bron.Tempo("Overig", BigDecimal.valueOf(2), null, null)));
        gemeenten = new ArrayList<>();
        for (int i = 0; i < 342; i++) {
            gemeenten.add(new Prognosevraag(P, 20 + i * 3L, (long) i % 40, LocalDate.of(2022, 6, 30), i % 17,
                    List.of(
                            new Bron.Corporatie("Corporaties", 2022, 30L + i * 2, null, new BigDecimal("2.4"),
                                    400L + i * 13, new BigDecimal("0.10")),
                            new Bron.Corporatie("Corporatie woningen", 2022, null, 5L + i % 23,
                                    new BigDecimal("2.3"), null, new BigDecimal("0.10")),
                            new Bron.Project("Tijdelijk", 10 + i % 50, LocalDate.of(2022, 8, 1).plusDays(i % 90),
                                    new BigDecimal(1 + i % 9)),
                            new Bron.Project("Permanent", 5 + i % 30, LocalDate.of(2022, 10, 1).plusDays(i % 60),
                                    null),
                            new Bron.Project("Flexwoningen", 40, LocalDate.of(2022, 5, 1).plusDays(i % 120),
                                    new BigDecimal("2.5")),
                            new Bron.Eenmalig("Uitruil", LocalDate.of(2022, 7, 1).plusDays(i % 180), i % 7),
                            new Bron.Tempo("Overig", new BigDecimal(i % 5).add(new BigDecimal("0.5")), null,
                                    null))));
        }
    }

    @Benchmark
    public Prognose het_voorbeeld_van_de_spec() {
        return Prognosemodel.bereken(voorbeeld);
    }

    @Benchmark
    public List<Prognose> alle_342_gemeenten_met_een_plan() {
        List<Prognose> result = new ArrayList<>(gemeenten.size());
        for (Prognosevraag v : gemeenten) {
            result.add(Prognosemodel.bereken(v));
        }
        return result;
    }
}
