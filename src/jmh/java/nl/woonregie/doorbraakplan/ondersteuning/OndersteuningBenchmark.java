package nl.woonregie.doorbraakplan.ondersteuning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
 * The support computation: the Leeghwaterplein example (three lines) and the largest request the API takes
 * (200 lines, each over 50 years: woonbegeleiding, doorstroombegeleiding and locatiemanagement in turn, with cover in
 * every year). Run with {@code ./mvnw -Pbenchmark verify -Djmh.args='.*OndersteuningBenchmark.*'}; see
 * docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class OndersteuningBenchmark {

    private Ondersteuningsvraag voorbeeld;
    private Ondersteuningsvraag grootste;

    @Setup
    public void setup() {
        Tarieven memo = Tarieven.van(List.of(
                new Tarief(Tariefsoort.WOONBEGELEIDING_ONZELFSTANDIG, new BigDecimal("370.00"), LocalDate.of(2022, 1, 1), null),
                new Tarief(Tariefsoort.WOONBEGELEIDING_ZELFSTANDIG, new BigDecimal("220.00"), LocalDate.of(2022, 1, 1), null),
                new Tarief(Tariefsoort.DOORSTROOMBEGELEIDING, new BigDecimal("2000.00"), LocalDate.of(2022, 1, 1), null)));
        voorbeeld = new Ondersteuningsvraag(List.of(
                new Regel.Woonbegeleiding("Leeghwaterplein", "OCW", Wonen.ONZELFSTANDIG, 40, new Kwartaal(2022, 4),
                        new Kwartaal(2027, 4)),
                new Regel.Doorstroombegeleiding("Leeghwaterplein", "DSO", 40, new Kwartaal(2027, 3)),
                new Regel.Locatiemanagement("Alle locaties", "DPZ", new BigDecimal("60000.00"), new Kwartaal(2023, 1),
                        new Kwartaal(2027, 4))),
                memo, List.of(new Dekking(2022, "Retraiteclaim 2022", new BigDecimal("44400.00"))));
        List<Regel> regels = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String project = "Project " + (i % 40);
            regels.add(switch (i % 3) {
                case 0 -> new Regel.Woonbegeleiding(project, "OCW", i % 2 == 0 ? Wonen.ZELFSTANDIG : Wonen.ONZELFSTANDIG,
                        10 + i, new Kwartaal(2022, 1), new Kwartaal(2071, 4));
                case 1 -> new Regel.Doorstroombegeleiding(project, "DSO", 10 + i, new Kwartaal(2022 + i % 50, 1 + i % 4));
                default -> new Regel.Locatiemanagement(project, "DPZ", new BigDecimal("60000.10"), new Kwartaal(2022, 1),
                        new Kwartaal(2071, 4));
            });
        }
        List<Dekking> dekking = new ArrayList<>();
        for (int jaar = 2022; jaar <= 2071; jaar++) {
            dekking.add(new Dekking(jaar, "Claim " + jaar, new BigDecimal("250000.00")));
        }
        grootste = new Ondersteuningsvraag(regels, memo, dekking);
    }

    @Benchmark
    public Ondersteuningsberekening het_voorbeeld_leeghwaterplein() {
        return Ondersteuningsmodel.bereken(voorbeeld);
    }

    @Benchmark
    public Ondersteuningsberekening het_grootste_verzoek_200_regels_van_50_jaar() {
        return Ondersteuningsmodel.bereken(grootste);
    }
}
