package nl.woonregie.toezicht.ronde;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.gebied.Provincie;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toewijzing;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Measures a round over all 342 municipalities (one round per province, 12 in all) on generated figures for
 * 2040-I. Prints the time; asserts only the outcome, never the duration (see docs/performance.md).
 */
@IntegratieTest
@TestPropertySource(properties = "woonregie.test.context=prestatie") // own database: it gives all 342 a beginstand
class RondePrestatieTest {

    @Autowired
    GebiedService gebied;

    @Autowired
    RondeService rondes;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void ronde_over_alle_342_gemeenten() {
        LocalDate peildatum = LocalDate.of(2040, 7, 1);
        List<Gemeente> gemeenten = gebied.gemeentenOp(LocalDate.of(2024, 1, 1));
        assertThat(gemeenten).hasSize(342);
        Random random = new Random(42);
        List<Object[]> begin = new ArrayList<>();
        List<Object[]> taak = new ArrayList<>();
        List<Object[]> coa = new ArrayList<>();
        for (Gemeente g : gemeenten) {
            begin.add(new Object[] {g.code(), random.nextInt(20)});
            long t = 5 + random.nextInt(300);
            taak.add(new Object[] {g.code(), t});
            long gehuisvest = 0;
            for (int m = 1; m <= 6; m++) {
                gehuisvest += random.nextInt((int) (t / 4) + 1);
                coa.add(new Object[] {g.code(), LocalDate.of(2040, m, 1).plusMonths(1).minusDays(1), gehuisvest,
                    random.nextInt(200), random.nextInt(2), random.nextInt(10) == 0});
            }
        }
        jdbc.batchUpdate("insert into beginstand (gemeente_code, periode, saldo_in, trede, ingevoerd_door) "
                + "values (?, '2040-I', ?, '1', 'prestatietest')", begin);
        jdbc.batchUpdate("insert into taakstelling (gemeente_code, periode, taakstelling, ingevoerd_door) "
                + "values (?, '2040-I', ?, 'prestatietest')", taak);
        jdbc.batchUpdate("insert into coa_stand (gemeente_code, periode, datum, gehuisvest, koppelingen, omkoppelingen, "
                + "stapelgemeente, ingevoerd_door) values (?, '2040-I', ?, ?, ?, ?, ?, 'prestatietest')", coa);

        Gebruiker beheerder = Gebruiker.met(0, "prestatietest", Toewijzing.zonderScope(Rol.BEHEERDER));
        // warm-up on another peildatum, so that the measurement does not include class loading
        // each province by its own beleidskader (for the other provinces the test data's copies of Zuid-Holland's)
        rondes.maak("PV20", LocalDate.of(2040, 4, 1), null, beheerder, "test");
        long start = System.nanoTime();
        int gemeentenInRondes = 0;
        for (Provincie p : gebied.provincies()) {
            long id = rondes.maak(p.code(), peildatum, null, beheerder, "test");
            gemeentenInRondes += rondes.lees(id, x -> true).aantalGemeenten();
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("PRESTATIE ronde: 12 provincies, %d gemeenten, engine + opslag + teruglezen: %d ms%n",
                gemeentenInRondes, ms);
        assertThat(gemeentenInRondes).isEqualTo(342);
        Integer metUitkomst = jdbc.queryForObject("""
                select count(*) from ronde_gemeente rg join beoordelingsronde o on o.id = rg.ronde_id
                where o.peildatum = ? and rg.uitkomst is not null""", Integer.class, peildatum);
        assertThat(metUitkomst).isEqualTo(342);
    }
}
