package nl.woonregie.toezicht.scenario;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Plays every scenario in {@code src/test/resources/scenarios/rondes/*.yaml} (format: docs/toezicht-registratie.md,
 * "Scenario's als tabellen"): one container per scenario, one test per step (a round, or the continuation of one)
 * and one for the histories at the end. A step's test reports every cell that differs — scenario, round,
 * municipality, column, expected, actual — not only the first. Steps of one scenario build on each other and run in
 * order; run alone, a step plays the steps before it first (without reporting their differences).
 *
 * <p><b>Isolation.</b> The runner has an application context and database of its own
 * ({@code woonregie.test.database=ronde-scenarios}), which no other test class uses. A scenario plays a whole
 * province's history — its figures, and the one round of the province per peildatum — and Zuid-Holland is the only
 * province with a beleidskader, so two scenarios could not both play in one database side by side. Therefore the
 * player empties the supervision tables (figures, rounds, judgments, letters; {@link ScenarioSpeler#leegmaken})
 * before each scenario: every scenario starts from a province without history, whatever ran before it, and leaves
 * nothing another test reads. Accounts are new for every scenario ({@link nl.woonregie.support.Accounts}).
 */
@IntegratieTest
@TestPropertySource(properties = "woonregie.test.database=ronde-scenarios")
class RondeScenarioTest {

    static final String MAP = "scenarios/rondes/";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GebiedService gebied;

    @Autowired
    EmbeddedPostgres postgres;

    private ScenarioSpeler actief;

    @TestFactory
    Stream<DynamicContainer> scenarios() throws IOException {
        List<RondeScenario> scenarios = new ArrayList<>();
        Resource[] bestanden = new PathMatchingResourcePatternResolver().getResources("classpath:" + MAP + "*.yaml");
        Arrays.sort(bestanden, Comparator.comparing(Resource::getFilename));
        for (Resource r : bestanden) {
            try (InputStream in = r.getInputStream()) {
                scenarios.add(RondeScenario.lees(r.getFilename(), in));
            }
        }
        if (scenarios.isEmpty()) {
            throw new AssertionFailedError("geen scenario's in " + MAP);
        }
        return scenarios.stream().map(s -> dynamicContainer(s.bestand() + ": " + s.naam(), bron(s), stappen(s)));
    }

    private Stream<DynamicTest> stappen(RondeScenario s) {
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < s.stappen().size(); i++) {
            int index = i;
            RondeScenario.Stap stap = s.stappen().get(i);
            tests.add(dynamicTest(stap.naam(), bron(s),
                    () -> rapporteer(s, "ronde " + stap.naam(), () -> speler(s).speelTotEnMet(index))));
        }
        if (!s.historie().isEmpty()) {
            tests.add(dynamicTest("historie", bron(s), () -> rapporteer(s, "historie", () -> speler(s).historie())));
        }
        return tests.stream();
    }

    /** The player of this scenario; a new one (on an emptied database) when another scenario played before. */
    private ScenarioSpeler speler(RondeScenario s) {
        if (actief == null || actief.scenario() != s) {
            actief = new ScenarioSpeler(s, mvc, jdbc, JdbcClient.create(postgres.getPostgresDatabase()), gebied);
        }
        return actief;
    }

    private static void rapporteer(RondeScenario s, String wat, Supplier<List<ScenarioSpeler.Verschil>> speel) {
        List<ScenarioSpeler.Verschil> verschillen;
        try {
            verschillen = speel.get();
        } catch (ScenarioSpeler.Afgebroken e) {
            if (e.getMessage().startsWith("niet gespeeld")) {
                throw new TestAbortedException(e.getMessage());
            }
            throw new AssertionFailedError(s.bestand() + ", " + wat + ": afgebroken: " + e.getMessage(), e);
        }
        if (!verschillen.isEmpty()) {
            throw new AssertionFailedError(s.bestand() + ", " + wat + ": " + verschillen.size()
                    + (verschillen.size() == 1 ? " verschil" : " verschillen") + "\n"
                    + ScenarioSpeler.tabel(verschillen));
        }
    }

    private static URI bron(RondeScenario s) {
        return URI.create("classpath:/" + MAP + s.bestand());
    }
}
