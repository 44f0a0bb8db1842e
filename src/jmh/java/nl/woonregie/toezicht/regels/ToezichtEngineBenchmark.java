package nl.woonregie.toezicht.regels;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole country through the Zuid-Holland rules: 342 municipalities, each with {@code perioden} half-years
 * (two peildata per period). Run with {@code ./mvnw -Pbenchmark verify}; see docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class ToezichtEngineBenchmark {

    static final int GEMEENTEN = 342;

    @Param({"5", "10", "20", "40"})
    public int perioden;

    private Beleidskader kader;
    private List<Dossier> dossiers;

    @Setup
    public void setup() throws Exception {
        try (InputStream in = ToezichtEngineBenchmark.class.getResourceAsStream("/beleidskaders/zuid-holland-2020.yaml")) {
            kader = BeleidskaderLezer.lees(in, "zuid-holland-2020.yaml");
        }
        Random random = new Random(20201001L);
        dossiers = new ArrayList<>();
        for (int g = 0; g < GEMEENTEN; g++) {
            List<Dossier.PeriodeCijfers> cijfers = new ArrayList<>();
            Periode p = Periode.of("2020-II");
            for (int i = 0; i < perioden; i++) {
                long taakstelling = 5 + random.nextInt(400);
                long gehuisvestTussen = random.nextInt((int) taakstelling + 1);
                long gehuisvestEind = gehuisvestTussen + random.nextInt((int) taakstelling + 1);
                cijfers.add(new Dossier.PeriodeCijfers(p, taakstelling, i == 0 ? (long) random.nextInt(50) : null, 0,
                        new Dossier.Tussenstand(gehuisvestTussen, (long) random.nextInt(500), null),
                        new Dossier.Eindstand(gehuisvestEind, random.nextInt(5), null, random.nextInt(3),
                                random.nextInt(7), random.nextBoolean(), null)));
                p = p.volgende();
            }
            dossiers.add(new Dossier(String.format("GM%04d", g), kader.ladder().laagste(), cijfers, List.of()));
        }
    }

    @Benchmark
    public void heelNederland(Blackhole bh) {
        for (Dossier d : dossiers) {
            bh.consume(ToezichtEngine.beoordeel(kader, d));
        }
    }
}
