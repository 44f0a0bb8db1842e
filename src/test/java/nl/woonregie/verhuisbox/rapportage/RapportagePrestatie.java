package nl.woonregie.verhuisbox.rapportage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import nl.woonregie.demo.Jaargenerator;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.verhuisbox.Testteam;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Measures the annual Verhuisbox report over 10,000 generated referrals in one year (plus 10,000 of the year before
 * in the same team, so the history tables hold 20,000 cases), with paid grants. Not part of the normal test run
 * (the name does not end in Test); run with
 * {@code ./mvnw -B test -Dtest=RapportagePrestatie -Dsurefire.failIfNoSpecifiedTests=false}. Prints the times;
 * asserts only that the figures reconcile, never a duration (see docs/performance.md).
 */
@IntegratieTest
@TestPropertySource(properties = "woonregie.test.context=prestatie")
class RapportagePrestatie {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Jaargenerator generator;

    @Autowired
    Rapportage rapportage;

    /** The superuser: only a table's owner (or a superuser) may analyze it, not the application's role. */
    @Autowired
    io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres;

    @Test
    void jaarrapport_over_10000_casussen() throws Exception {
        Testteam t = new Testteam(mvc, jdbc);
        long team = t.team;
        long a = t.id(t.aanmelder);
        long cm = t.id(t.casemanager);
        long co = t.id(t.consulent);
        for (int jaar : new int[] {2029, 2030}) {
            Jaargenerator.Resultaat r = generator.genereer(new Jaargenerator.Opdracht(team, jaar, 10_000, jaar, a, cm,
                    null, co, LocalDate.of(2031, 6, 30)));
            System.out.printf("PRESTATIE generator %d: %d casussen, %d statuswijzigingen, %d toetsingen, "
                    + "%d verstrekkingen in %d ms%n", jaar, r.casussen(), r.statuswijzigingen(), r.toetsingen(),
                    r.verstrekkingen(), r.millis());
        }
        JdbcClient.create(postgres.getPostgresDatabase()).sql("analyze").update();
        Periode p = Periode.jaar(2030);
        for (String v : Figuren.VERZAMELINGEN) {
            meet("verzameling " + v, () -> rapportage.rijen(v, team, p));
        }
        Rapportage.Rapport r = meet("rapport 2030 (alle cijfers, controles, potten)", () -> rapportage.rapport(team, p));
        assertThat(r.cijfer("AANMELDINGEN").casussen()).isEqualTo(10_000);
        assertThat(r.controles()).allMatch(Rapportage.Controle::klopt);
        System.out.printf("PRESTATIE cijfers: aanmeldingen %d, gehuisvest %d, wachtend %d, uitgaven %s%n",
                r.cijfer("AANMELDINGEN").casussen(), r.cijfer("GEHUISVEST").casussen(),
                r.cijfer("WACHTEND").casussen(), r.cijfer("UITGAVEN").waarde());
        meet("XLSX 2030 (rapport + werkmap)", () -> RapportageController.xlsx(rapportage.rapport(team, p), rapportage.aannames(p)));
        Rapportage.Uitsplitsing u = meet("drill-down AANMELDINGEN (10.000 casussen)",
                () -> rapportage.casussen("AANMELDINGEN", null, team, p));
        assertThat(u.casussen()).hasSize(10_000);
        meet("drill-down BESTEMMING_PER_GEMEENTE (alle)", () -> rapportage.casussen("BESTEMMING_PER_GEMEENTE", null,
                team, p));
    }

    /** 3 warm-up runs, then 10 measured: prints min, median and max in ms. */
    static <T> T meet(String wat, Supplier<T> taak) {
        T uit = null;
        for (int i = 0; i < 3; i++) {
            uit = taak.get();
        }
        List<Long> ms = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long t = System.nanoTime();
            uit = taak.get();
            ms.add((System.nanoTime() - t) / 1_000_000);
        }
        Collections.sort(ms);
        System.out.printf("PRESTATIE %s: min %d ms, mediaan %d ms, max %d ms (10 runs na 3 opwarmruns)%n", wat,
                ms.get(0), (ms.get(4) + ms.get(5)) / 2, ms.get(9));
        return uit;
    }
}
