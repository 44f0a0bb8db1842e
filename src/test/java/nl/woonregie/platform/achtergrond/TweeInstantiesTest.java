package nl.woonregie.platform.achtergrond;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.woonregie.WoonregieApplication;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two instances of Woonregie (two application contexts, each with its own scheduler and instance name) on one
 * PostgreSQL: every one-time job runs once, whichever instance planned it, and both instances share the work; the
 * progress of a running job is seen from the other instance; a recurring job runs once per occurrence, never on both
 * at once; a failed attempt is retried with back-off, and after the last attempt the job is MISLUKT and the
 * administrator starts it again from the other instance. The test's jobs record every execution in tables of the
 * test.
 */
class TweeInstantiesTest {

    @TempDir
    static Path dir;

    static EmbeddedPostgres postgres;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;
    static JdbcClient db;

    static final CountDownLatch LOSLATEN = new CountDownLatch(1);
    static final CountDownLatch HANDMATIG_LOSLATEN = new CountDownLatch(1);
    static volatile boolean laatMislukken = true;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("postgres"))
                .setServerConfig("listen_addresses", "localhost").setLocaleConfig("encoding", "UTF8")
                .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
                .setRegisterShutdownHook(false).start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            // in a schema of the test's own: Flyway migrates an empty public schema
            s.execute("create schema proef");
            s.execute("create table proef.uitvoering (sleutel text, instantie text, begin_op timestamptz, "
                    + "eind_op timestamptz)");
            s.execute("create table proef.poging (sleutel text, instantie text)");
        }
        db = JdbcClient.create(postgres.getPostgresDatabase());
        a = instantie("instantie-a");
        b = instantie("instantie-b");
    }

    static ConfigurableApplicationContext instantie(String naam) {
        return new SpringApplicationBuilder(WoonregieApplication.class, Testopdrachten.class,
                HandmatigeOpdracht.class).properties(Map.ofEntries(
                Map.entry("spring.datasource.url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres"),
                Map.entry("spring.datasource.username", "postgres"),
                Map.entry("spring.datasource.password", "postgres"),
                Map.entry("spring.flyway.placeholders.applicatierol", "postgres"),
                Map.entry("woonregie.data-dir", dir.resolve(naam).toString()),
                Map.entry("server.port", "0"),
                Map.entry("spring.main.banner-mode", "off"),
                Map.entry("WOONREGIE_ADMIN_PASSWORD", "twee-instanties-beheerder"),
                Map.entry("woonregie.wachtwoorden.argon2-geheugen-kib", "1024"),
                Map.entry("woonregie.test.achtergrond", "true"),
                Map.entry("woonregie.achtergrond.instantie", naam),
                Map.entry("woonregie.achtergrond.poll-interval", "200ms"),
                Map.entry("woonregie.achtergrond.hartslag", "1s"),
                Map.entry("woonregie.achtergrond.pogingen", "3"),
                Map.entry("woonregie.achtergrond.eerste-herhaling", "200ms"),
                Map.entry("woonregie.achtergrond.langste-herhaling", "500ms")))
                .run();
    }

    @AfterAll
    static void stop() throws Exception {
        LOSLATEN.countDown();
        HANDMATIG_LOSLATEN.countDown();
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
        postgres.close();
    }

    // -------------------------------------------------------------------------------------------------- the jobs

    record Sleutel(String sleutel) {
    }

    record Stappen(int stappen) {
    }

    /** The test's kinds of job, only in these two contexts. */
    @TestConfiguration(proxyBeanMethods = false)
    @ConditionalOnProperty("woonregie.test.achtergrond")
    static class Testopdrachten {

        @Bean
        Opdracht<Sleutel> tellen(JdbcClient jdbc, org.springframework.core.env.Environment env) {
            return opdracht("test-tellen", Sleutel.class, (g, m) -> {
                OffsetDateTime begin = OffsetDateTime.now();
                Thread.sleep(100);
                jdbc.sql("insert into proef.uitvoering values (?, ?, ?, now())").params(g.sleutel(),
                        env.getProperty("woonregie.achtergrond.instantie"), begin).update();
            });
        }

        @Bean
        Opdracht<Stappen> wachten() {
            return opdracht("test-wachten", Stappen.class, (g, m) -> {
                m.voortgang(3, g.stappen());
                assertThat(LOSLATEN.await(2, TimeUnit.MINUTES)).isTrue();
                m.voortgang(g.stappen(), g.stappen());
            });
        }

        @Bean
        Opdracht<Sleutel> mislukken(JdbcClient jdbc, org.springframework.core.env.Environment env) {
            return opdracht("test-mislukken", Sleutel.class, (g, m) -> {
                jdbc.sql("insert into proef.poging values (?, ?)").params(g.sleutel(),
                        env.getProperty("woonregie.achtergrond.instantie")).update();
                long pogingen = jdbc.sql("select count(*) from proef.poging where sleutel = ?").param(g.sleutel())
                        .query(Long.class).single();
                if (g.sleutel().startsWith("twee") ? pogingen <= 2 : laatMislukken) {
                    throw new IllegalStateException("poging " + pogingen + " mislukt met opzet");
                }
            });
        }

        @Bean
        TerugkerendeOpdracht terugkerend(JdbcClient jdbc, org.springframework.core.env.Environment env) {
            return new TerugkerendeOpdracht() {
                @Override
                public String soort() {
                    return "test-terugkerend";
                }

                @Override
                public String omschrijving() {
                    return "Test: terugkerend";
                }

                @Override
                public Planning planning() {
                    return Planning.elke(Duration.ofMillis(300));
                }

                @Override
                public void voerUit(Melder melder) throws Exception {
                    OffsetDateTime begin = OffsetDateTime.now();
                    Thread.sleep(150);
                    jdbc.sql("insert into proef.uitvoering values ('terugkerend', ?, ?, now())")
                            .params(env.getProperty("woonregie.achtergrond.instantie"), begin).update();
                }
            };
        }
    }

    /** A recurring job that runs at start and then once an hour; its second run waits until the test lets it go. */
    @TestConfiguration(proxyBeanMethods = false)
    @ConditionalOnProperty("woonregie.test.achtergrond")
    static class HandmatigeOpdracht {

        @Bean
        TerugkerendeOpdracht handmatig(JdbcClient jdbc, org.springframework.core.env.Environment env) {
            return new TerugkerendeOpdracht() {
                @Override
                public String soort() {
                    return "test-handmatig";
                }

                @Override
                public String omschrijving() {
                    return "Test: alleen met de hand";
                }

                @Override
                public Planning planning() {
                    return Planning.elke(Duration.ofHours(1));
                }

                @Override
                public void voerUit(Melder melder) throws Exception {
                    jdbc.sql("insert into proef.uitvoering values ('handmatig', ?, now(), null)")
                            .param(env.getProperty("woonregie.achtergrond.instantie")).update();
                    if (TweeInstantiesTest.handmatig() == 2) {
                        assertThat(HANDMATIG_LOSLATEN.await(2, TimeUnit.MINUTES)).isTrue();
                    }
                }
            };
        }
    }

    interface Werk<T> {
        void doe(T gegevens, Melder melder) throws Exception;
    }

    static <T> Opdracht<T> opdracht(String soort, Class<T> type, Werk<T> werk) {
        return new Opdracht<>() {
            @Override
            public String soort() {
                return soort;
            }

            @Override
            public Class<T> gegevens() {
                return type;
            }

            @Override
            public void voerUit(T gegevens, Melder melder) throws Exception {
                werk.doe(gegevens, melder);
            }
        };
    }

    @SuppressWarnings("unchecked")
    static <T> Opdracht<T> opdracht(ConfigurableApplicationContext ctx, String naam) {
        return (Opdracht<T>) ctx.getBean(naam, Opdracht.class);
    }

    static Taak taak(ConfigurableApplicationContext ctx, String soort, String sleutel) {
        return ctx.getBean(Achtergrondtaken.class).taak(soort, sleutel).orElseThrow();
    }

    static void wacht(String wat, Supplier<Boolean> klaar) throws InterruptedException {
        Instant tot = Instant.now().plusSeconds(120);
        while (!klaar.get()) {
            assertThat(Instant.now()).as("wachten op " + wat).isBefore(tot);
            Thread.sleep(100);
        }
    }

    // -------------------------------------------------------------------------------------------------- tests

    @Test
    void elke_taak_loopt_een_keer_ook_als_twee_instanties_ze_oppakken() throws Exception {
        Opdracht<Sleutel> tellen = opdracht(a, "tellen");
        TransactionTemplate tx = a.getBean(TransactionTemplate.class);
        for (int i = 0; i < 30; i++) {
            String sleutel = "taak-" + i;
            // planned in a transaction of instance A: the job exists when it commits
            tx.executeWithoutResult(s -> assertThat(a.getBean(Achtergrondtaken.class).plan(tellen, sleutel,
                    "Test " + sleutel, new Sleutel(sleutel), "test")).isTrue());
        }
        wacht("dertig taken klaar", () -> db.sql("select count(*) from achtergrondtaak where soort = 'test-tellen' "
                + "and status = 'KLAAR'").query(Long.class).single() == 30);
        assertThat(db.sql("select count(*) from proef.uitvoering where sleutel like 'taak-%'").query(Long.class)
                .single()).as("every job ran exactly once").isEqualTo(30);
        assertThat(db.sql("select count(distinct sleutel) from proef.uitvoering where sleutel like 'taak-%'")
                .query(Long.class).single()).isEqualTo(30);
        List<String> instanties = db.sql("select distinct instantie from proef.uitvoering where sleutel like 'taak-%'")
                .query(String.class).list();
        assertThat(instanties).as("both instances took jobs").containsExactlyInAnyOrder("instantie-a", "instantie-b");
        // planning a job of the same kind and key while it waits or runs changes nothing; once done it is planned anew
        Taak klaar = taak(b, "test-tellen", "taak-0");
        assertThat(klaar.status()).isEqualTo(Taakstatus.KLAAR);
        assertThat(klaar.pogingen()).isEqualTo(1);
        assertThat(db.sql("select count(*) from scheduled_tasks where task_name = 'test-tellen'").query(Long.class)
                .single()).as("finished executions are gone").isZero();
    }

    @Test
    void de_voortgang_van_een_lopende_taak_is_op_de_andere_instantie_te_zien() throws Exception {
        a.getBean(Achtergrondtaken.class).plan(opdracht(a, "wachten"), "voortgang", "Test: voortgang",
                new Stappen(10), "test");
        wacht("de taak halverwege", () -> taak(a, "test-wachten", "voortgang").klaar() == 3);
        Taak hier = taak(a, "test-wachten", "voortgang");
        ConfigurableApplicationContext ander = hier.instantie().equals("instantie-a") ? b : a;
        Taak daar = taak(ander, "test-wachten", "voortgang");
        assertThat(daar.status()).isEqualTo(Taakstatus.BEZIG);
        assertThat(daar.klaar()).isEqualTo(3);
        assertThat(daar.totaal()).isEqualTo(10);
        assertThat(daar.instantie()).isIn("instantie-a", "instantie-b").isEqualTo(hier.instantie());
        assertThat(daar.hartslag()).as("the running instance writes its heartbeat").isNotNull();
        // a second plan of the running job is refused, from either instance
        assertThat(ander.getBean(Achtergrondtaken.class).plan(opdracht(ander, "wachten"), "voortgang", "Test",
                new Stappen(10), "test")).isFalse();
        LOSLATEN.countDown();
        wacht("de taak klaar", () -> taak(ander, "test-wachten", "voortgang").status() == Taakstatus.KLAAR);
        assertThat(taak(ander, "test-wachten", "voortgang").klaar()).isEqualTo(10);
    }

    @Test
    void een_terugkerende_taak_loopt_per_keer_op_een_instantie_nooit_op_twee_tegelijk() throws Exception {
        Instant van = Instant.now();
        wacht("tien keer", () -> db.sql("select count(*) from proef.uitvoering where sleutel = 'terugkerend' and "
                + "begin_op >= ?").param(OffsetDateTime.ofInstant(van, java.time.ZoneOffset.UTC)).query(Long.class)
                .single() >= 10);
        record Keer(String instantie, OffsetDateTime begin, OffsetDateTime eind) {
        }
        List<Keer> keren = db.sql("select instantie, begin_op, eind_op from proef.uitvoering where sleutel = "
                + "'terugkerend' order by begin_op").query((rs, n) -> new Keer(rs.getString(1),
                        rs.getObject(2, OffsetDateTime.class), rs.getObject(3, OffsetDateTime.class))).list();
        for (int i = 1; i < keren.size(); i++) {
            assertThat(keren.get(i).begin()).as("occurrence %d starts after the previous one ended", i)
                    .isAfterOrEqualTo(keren.get(i - 1).eind());
        }
        Taak t = taak(b, "test-terugkerend", "terugkerend");
        assertThat(t.terugkerend()).isTrue();
        assertThat(t.volgendeOp()).isNotNull();
    }

    @Test
    void een_mislukte_poging_wordt_herhaald_en_na_de_laatste_start_de_beheerder_de_taak_opnieuw() throws Exception {
        Opdracht<Sleutel> mislukken = opdracht(a, "mislukken");
        Achtergrondtaken taken = a.getBean(Achtergrondtaken.class);
        taken.plan(mislukken, "twee-keer", "Test: lukt de derde keer", new Sleutel("twee-keer"), "test");
        wacht("de derde poging", () -> taak(b, "test-mislukken", "twee-keer").status() == Taakstatus.KLAAR);
        assertThat(taak(b, "test-mislukken", "twee-keer").pogingen()).isEqualTo(3);

        taken.plan(mislukken, "altijd", "Test: lukt niet", new Sleutel("altijd"), "test");
        wacht("drie mislukte pogingen", () -> taak(b, "test-mislukken", "altijd").status() == Taakstatus.MISLUKT);
        Taak mislukt = taak(b, "test-mislukken", "altijd");
        assertThat(mislukt.pogingen()).isEqualTo(3);
        assertThat(mislukt.laatsteFout()).isEqualTo("poging 3 mislukt met opzet");
        assertThat(db.sql("select count(*) from proef.poging where sleutel = 'altijd'").query(Long.class).single())
                .isEqualTo(3);

        laatMislukken = false;
        Gebruiker beheerder = Gebruiker.met(1, "beheerder",
                nl.woonregie.platform.security.Toewijzing.zonderScope(Rol.BEHEERDER));
        Taak opnieuw = b.getBean(TransactionTemplate.class).execute(s -> b.getBean(Achtergrondtaken.class)
                .opnieuw(mislukt.id(), beheerder, "test"));
        assertThat(opnieuw.status()).isIn(Taakstatus.GEPLAND, Taakstatus.BEZIG, Taakstatus.KLAAR);
        wacht("de taak opnieuw en klaar", () -> taak(a, "test-mislukken", "altijd").status() == Taakstatus.KLAAR);
        assertThat(db.sql("select count(*) from audit_log where actie = 'ACHTERGRONDTAAK_OPNIEUW_GESTART' and "
                + "object_id = ?").param(Long.toString(mislukt.id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void een_terugkerende_taak_die_om_nu_gevraagd_wordt_terwijl_ze_loopt_loopt_direct_daarna_nog_een_keer()
            throws Exception {
        wacht("de eerste keer, bij de start", () -> handmatig() == 1);
        wacht("de eerste keer klaar", () -> !taak(a, "test-handmatig", "terugkerend").status().equals(
                Taakstatus.BEZIG));
        a.getBean(Achtergrondtaken.class).nuUitvoeren("test-handmatig");
        wacht("de tweede keer loopt", () -> handmatig() == 2);
        String instantie = db.sql("select instantie from proef.uitvoering where sleutel = 'handmatig' order by "
                + "begin_op desc limit 1").query(String.class).single();
        ConfigurableApplicationContext hier = instantie.equals("instantie-a") ? a : b;
        // asked again while it runs (work stored after it read its own): no error, and it runs once more after this
        hier.getBean(Achtergrondtaken.class).nuUitvoeren("test-handmatig");
        assertThat(handmatig()).isEqualTo(2);
        HANDMATIG_LOSLATEN.countDown();
        wacht("de derde keer", () -> handmatig() == 3);
        Thread.sleep(1_000);
        assertThat(handmatig()).as("once more, not again and again").isEqualTo(3);
    }

    static long handmatig() {
        return db.sql("select count(*) from proef.uitvoering where sleutel = 'handmatig'").query(Long.class).single();
    }
}
