package nl.woonregie.brieven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import nl.woonregie.brieven.internal.Werkers;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.achtergrond.Achtergrondtaken;
import nl.woonregie.platform.core.DataMap;
import nl.woonregie.platform.core.Sha256;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.RondeFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ZIP of a round's letters lives in the database ({@code brief_zip}), not in a file of one instance: its progress
 * and the file are the same for every instance and after a restart — a second {@link BriefBundels} (as another
 * instance or the next start would have) reports the same status and serves the same bytes. Nothing is written to
 * {@code <data-dir>/tijdelijk/brieven} any more, and the ZIP files an earlier version left there are deleted at start.
 */
@IntegratieTest
@TestPropertySource(properties = "woonregie.test.database=toezicht-rondes")
class BriefZipInDeDatabaseTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GebiedService gebied;

    @Autowired
    BriefService brieven;

    @Autowired
    BriefBundels bundels;

    @Autowired
    ApplicationEventPublisher gebeurtenissen;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Werkers werkers;

    @Autowired
    DataMap data;

    @Autowired
    Achtergrondtaken taken;

    @Autowired
    JsonMapper json;

    static List<String> bestanden(Path map) throws Exception {
        if (!Files.isDirectory(map)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(map)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void de_zip_staat_in_de_database_en_is_voor_een_tweede_instantie_dezelfde() throws Exception {
        RondeFixture.Toezicht t = new RondeFixture(mvc, jdbc, gebied).nieuw();
        t.gemeente();
        long id = t.vastgesteld(t.tussentijds());
        Api api = new Api(mvc);
        api.als(t.toezichthouder()).post("/api/v1/beoordelingsrondes/" + id + "/brieven/zip", "").status(202);
        long tot = System.currentTimeMillis() + 120_000;
        JsonNode status;
        do {
            Thread.sleep(100);
            status = api.als(t.toezichthouder()).get("/api/v1/beoordelingsrondes/" + id + "/brieven/status").json();
        } while (status.get("status").asString().equals("BEZIG") && System.currentTimeMillis() < tot);
        assertThat(status.get("status").asString()).isEqualTo("KLAAR");
        byte[] zip = bundels.zip(id).orElseThrow();
        assertThat(Sha256.hex(zip)).isEqualTo(status.get("sha256").asString());
        assertThat(bestanden(data.pad("tijdelijk").resolve("brieven"))).isEmpty();

        Path eigen = Files.createTempDirectory("bundels-opruimen-");
        try {
            Path map = Files.createDirectories(eigen.resolve("tijdelijk").resolve("brieven"));
            // what an earlier version left, and a file that is not a ZIP of letters
            Files.writeString(map.resolve("woonregie-brieven-7-12345.zip"), "oud");
            Files.writeString(map.resolve("notitie.txt"), "blijft");
            BriefBundels tweede = new BriefBundels(brieven, gebeurtenissen, tx, werkers, new DataMap(eigen.toString()),
                    jdbc, taken, json);
            assertThat(bestanden(map)).containsExactly("notitie.txt");
            assertThat(tweede.voortgang(id).orElseThrow()).isEqualTo(bundels.voortgang(id).orElseThrow());
            assertThat(tweede.zip(id).orElseThrow()).isEqualTo(zip);
        } finally {
            try (Stream<Path> s = Files.walk(eigen)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
