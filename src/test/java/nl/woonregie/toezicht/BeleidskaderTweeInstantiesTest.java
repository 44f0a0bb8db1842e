package nl.woonregie.toezicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.woonregie.WoonregieApplication;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toewijzing;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two instances of Woonregie (two application contexts) on one PostgreSQL, as {@code TweeInstantiesTest}: a kader
 * published on one instance is used by the other's register (ADR 0023) — each instance compares the state of the
 * published kaders in the database ({@code beleidskader_stand}) with the one it loaded, at most once a second, and
 * reloads when it differs; a withdrawal on one instance is seen on the other the same way, and a round the other
 * instance is about to store with the withdrawn kader is refused.
 */
class BeleidskaderTweeInstantiesTest {

    @TempDir
    static Path dir;

    static EmbeddedPostgres postgres;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    static final Gebruiker BEHEERDER = Gebruiker.met(1, "beheerder", Toewijzing.zonderScope(Rol.BEHEERDER));

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("postgres"))
                .setServerConfig("listen_addresses", "localhost").setLocaleConfig("encoding", "UTF8")
                .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
                .setRegisterShutdownHook(false).start();
        a = instantie("instantie-a");
        b = instantie("instantie-b");
    }

    static ConfigurableApplicationContext instantie(String naam) {
        return new SpringApplicationBuilder(WoonregieApplication.class).properties(Map.ofEntries(
                Map.entry("spring.datasource.url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres"),
                Map.entry("spring.datasource.username", "postgres"),
                Map.entry("spring.datasource.password", "postgres"),
                Map.entry("spring.flyway.placeholders.applicatierol", "postgres"),
                Map.entry("woonregie.data-dir", dir.resolve(naam).toString()),
                Map.entry("server.port", "0"),
                Map.entry("spring.main.banner-mode", "off"),
                Map.entry("WOONREGIE_ADMIN_PASSWORD", "twee-instanties-beheerder"),
                Map.entry("woonregie.wachtwoorden.argon2-geheugen-kib", "1024"),
                Map.entry("woonregie.achtergrond.instantie", naam)))
                .run();
    }

    @AfterAll
    static void stop() throws Exception {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
        postgres.close();
    }

    static String lees(String pad) throws IOException {
        try (InputStream in = BeleidskaderTweeInstantiesTest.class.getClassLoader().getResourceAsStream(pad)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static void wacht(String wat, Supplier<Boolean> klaar) throws InterruptedException {
        long tot = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!klaar.get()) {
            assertThat(System.nanoTime()).as("wachten op " + wat).isLessThan(tot);
            Thread.sleep(50);
        }
    }

    @Test
    void een_publicatie_en_een_intrekking_op_de_ene_instantie_gelden_ook_op_de_andere() throws Exception {
        String id = "twee-instanties-pv24";
        String yaml = lees("beleidskaders/zuid-holland-2020.yaml").replace("id: zuid-holland-2020", "id: " + id)
                .replace("provincie: PV28", "provincie: PV24")
                .replace("geldigVanaf: \"2020-06-26\"", "geldigVanaf: \"2050-01-01\"");
        String testgevallen = lees("beleidskaders/testgevallen/zuid-holland-2020.yaml")
                .replace("beleidskader: zuid-holland-2020", "beleidskader: " + id);
        BeleidskaderRegister registerA = a.getBean(BeleidskaderRegister.class);
        LocalDate peildatum = LocalDate.of(2050, 7, 1);
        assertThat(registerA.voorProvincie("PV24", peildatum)).isEmpty();

        Beleidskaders opB = b.getBean(Beleidskaders.class);
        BeleidskaderVersie v = opB.opslaan(BEHEERDER, "PV24", new Beleidskaders.Verzoek(yaml, testgevallen,
                "op instantie b"), "test");
        opB.publiceer(BEHEERDER, "PV24", v.id(), "test");
        assertThat(b.getBean(BeleidskaderRegister.class).voorProvincie("PV24", peildatum)).isPresent();
        // instance a has not been told: it sees the new state in the database on use
        wacht("de publicatie op instantie a", () -> registerA.voorProvincie("PV24", peildatum).isPresent());
        assertThat(registerA.vind(id)).isPresent();

        // withdrawn on b: a stops using it
        opB.trekIn(BEHEERDER, "PV24", v.id(), "op instantie b ingetrokken", "test");
        wacht("de intrekking op instantie a", () -> registerA.vind(id).isEmpty());
        assertThat(registerA.voorProvincie("PV24", peildatum)).isEmpty();

        // published again (a new version) and withdrawn on b before a looked: a round on a with it is refused
        BeleidskaderVersie w = opB.opslaan(BEHEERDER, "PV24", new Beleidskaders.Verzoek(yaml, testgevallen,
                "nog een keer"), "test");
        opB.publiceer(BEHEERDER, "PV24", w.id(), "test");
        wacht("de tweede publicatie op instantie a", () -> registerA.vind(id).isPresent());
        opB.trekIn(BEHEERDER, "PV24", w.id(), "weer ingetrokken", "test");
        Beleidskaders opA = a.getBean(Beleidskaders.class);
        Boolean nogGepubliceerd = a.getBean(TransactionTemplate.class).execute(s -> opA.nogGepubliceerd(id));
        assertThat(nogGepubliceerd).isFalse();
        Boolean verscheept = a.getBean(TransactionTemplate.class).execute(s -> opA.nogGepubliceerd("zuid-holland-2020"));
        assertThat(verscheept).isTrue();
    }
}
