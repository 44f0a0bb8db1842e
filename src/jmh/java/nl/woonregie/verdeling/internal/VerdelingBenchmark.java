package nl.woonregie.verdeling.internal;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import nl.woonregie.verdeling.Afronding;
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
 * Art. 29's formula for all 342 gemeenten on the shipped CBS population of 1 January 2023 (the distribution of 2024-I
 * with 18,750). Run with {@code ./mvnw -Pbenchmark verify -Djmh.args='.*VerdelingBenchmark.*'}; see
 * docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class VerdelingBenchmark {

    private Map<String, Long> inwoners;
    private long inwonersNederland;

    @Setup
    public void setup() throws Exception {
        inwoners = new LinkedHashMap<>();
        try (InputStream in = VerdelingBenchmark.class.getResourceAsStream(
                "/referentiedata/bevolking-gemeenten-per-jaar.csv")) {
            for (String regel : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (regel.startsWith("2023,")) {
                    String[] velden = regel.split(",");
                    inwoners.put(velden[2], Long.parseLong(velden[velden.length - 1].strip()));
                }
            }
        }
        inwonersNederland = inwoners.values().stream().mapToLong(Long::longValue).sum();
        if (inwoners.size() != 342) {
            throw new IllegalStateException("verwacht 342 gemeenten, niet " + inwoners.size());
        }
    }

    @Benchmark
    public Map<String, Long> alle_342_gemeenten_naar_boven() {
        return Verdeelformule.verdeel(18_750, inwoners, inwonersNederland, Afronding.OMHOOG);
    }
}
