package nl.woonregie.brieven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.core.DataMap;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toewijzing;
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

/**
 * The ZIP of a round's letters is a file of the application's own, not of the shared {@code /tmp}: it is written in
 * {@code <data-dir>/tijdelijk/brieven} (owner only), deleted at shutdown, and what a killed run left is deleted at
 * the next start. A second {@link BriefBundels} on a directory of this test shows start and shutdown without
 * stopping the application's own.
 */
@IntegratieTest
@TestPropertySource(properties = "woonregie.test.database=toezicht-rondes")
class BriefBundelsOpruimenTest {

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
    nl.woonregie.brieven.internal.Werkers werkers;

    @Autowired
    DataMap data;

    final Gebruiker beheerder = Gebruiker.met(0, "brieventest", Toewijzing.zonderScope(Rol.BEHEERDER));

    static List<String> bestanden(Path map) throws Exception {
        try (Stream<Path> s = Files.list(map)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void de_zip_staat_in_de_eigen_map_en_verdwijnt_bij_het_stoppen_en_na_een_afgebroken_start() throws Exception {
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
        Path zip = bundels.zip(id).orElseThrow();
        // the application's data directory: the one its embedded database lives in, removed after the tests
        assertThat(zip.getParent()).isEqualTo(data.pad("tijdelijk").resolve("brieven"));
        assertThat(Files.isDirectory(data.pad("postgres"))).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(zip.getParent()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(zip))).isEqualTo("rw-------");

        Path eigen = Files.createTempDirectory("bundels-opruimen-");
        try {
            Path map = Files.createDirectories(eigen.resolve("tijdelijk").resolve("brieven"));
            // what a killed run left, and a file that is not a ZIP of letters
            Files.writeString(map.resolve("woonregie-brieven-7-12345.zip"), "oud");
            Files.writeString(map.resolve("notitie.txt"), "blijft");
            BriefBundels tweede = new BriefBundels(brieven, gebeurtenissen, tx, werkers, new DataMap(eigen.toString()));
            assertThat(bestanden(map)).containsExactly("notitie.txt");

            tweede.start(id, beheerder, "test");
            tot = System.currentTimeMillis() + 120_000;
            while (tweede.voortgang(id).orElseThrow().status() == BriefBundels.Status.BEZIG
                    && System.currentTimeMillis() < tot) {
                Thread.sleep(100);
            }
            assertThat(tweede.voortgang(id).orElseThrow().status()).isEqualTo(BriefBundels.Status.KLAAR);
            assertThat(tweede.zip(id).orElseThrow().getParent()).isEqualTo(map);
            assertThat(bestanden(map)).hasSize(2);

            tweede.stop();
            assertThat(bestanden(map)).containsExactly("notitie.txt");
        } finally {
            try (Stream<Path> s = Files.walk(eigen)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
