package nl.woonregie.aanbod;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import nl.woonregie.aanbod.internal.BronOpslag;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.gebied.Provincie;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toewijzing;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.TestKlok;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Measures the forecast of all 342 gemeenten with stored plans (docs/performance.md, run by {@code perf/prognoses.sh};
 * not part of the suite: its name does not end in Test). On its own database: generated figures of 2024-II for every
 * gemeente of 2024 (beginstand, taakstelling, COA's standing at the end of July, August and September) and a plan of
 * seven sources each (two corporation agreements, three projects, a one-off route, a tempo), today 15 October 2024.
 * Each province in one pass ({@link GemeentePrognoses#vanProvincie}, as the dashboard does), twelve provinces per
 * run; and, for comparison, each gemeente on its own ({@link GemeentePrognoses#planOfTrend}, as its page does). Prints
 * the times; asserts only the outcome, never the duration.
 */
@IntegratieTest
@TestPropertySource(properties = "woonregie.test.context=prognosemeting")
class ProvinciePrognosesMeting {

    @Autowired
    GebiedService gebied;

    @Autowired
    GemeentePrognoses prognoses;

    @Autowired
    BronOpslag opslag;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestKlok klok;

    @Test
    void prognose_van_alle_342_gemeenten_met_een_plan() {
        LocalDate vandaag = LocalDate.of(2024, 10, 15);
        klok.zet(vandaag);
        try {
            meet(vandaag);
        } finally {
            klok.herstel();
        }
    }

    private void meet(LocalDate vandaag) {
        List<Gemeente> gemeenten = gebied.gemeentenOp(LocalDate.of(2024, 1, 1));
        assertThat(gemeenten).hasSize(342);
        Random random = new Random(16);
        List<Object[]> begin = new ArrayList<>();
        List<Object[]> taak = new ArrayList<>();
        List<Object[]> coa = new ArrayList<>();
        for (Gemeente g : gemeenten) {
            begin.add(new Object[] {g.code(), random.nextInt(21) - 5});
            long t = 5 + random.nextInt(300);
            taak.add(new Object[] {g.code(), t});
            long gehuisvest = 0;
            for (int m = 7; m <= 9; m++) {
                gehuisvest += random.nextInt((int) (t / 5) + 1);
                coa.add(new Object[] {g.code(), LocalDate.of(2024, m, 1).plusMonths(1).minusDays(1), gehuisvest,
                    random.nextInt(200)});
            }
            bronnen(g.code(), random);
        }
        jdbc.batchUpdate("insert into beginstand (gemeente_code, periode, saldo_in, trede, ingevoerd_door) "
                + "values (?, '2024-II', ?, '0', 'prognosemeting')", begin);
        jdbc.batchUpdate("insert into taakstelling (gemeente_code, periode, taakstelling, ingevoerd_door) "
                + "values (?, '2024-II', ?, 'prognosemeting')", taak);
        jdbc.batchUpdate("insert into coa_stand (gemeente_code, periode, datum, gehuisvest, koppelingen, omkoppelingen, "
                + "stapelgemeente, ingevoerd_door) values (?, '2024-II', ?, ?, ?, 0, false, 'prognosemeting')", coa);

        Gebruiker beheerder = Gebruiker.met(0, "prognosemeting", Toewijzing.zonderScope(Rol.BEHEERDER));
        List<Provincie> provincies = gebied.provincies();
        Map<String, List<String>> perProvincie = new java.util.LinkedHashMap<>();
        for (Provincie p : provincies) {
            perProvincie.put(p.code(), gebied.gemeentenVanProvincie(p.code(), vandaag).stream().map(Gemeente::code)
                    .toList());
        }
        // warm-up: class loading, the JIT, the caches of the register
        for (int i = 0; i < 5; i++) {
            alle(perProvincie, beheerder);
        }
        int n = 20;
        long[] tijden = new long[n];
        int metUitkomst = 0;
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            metUitkomst = alle(perProvincie, beheerder);
            tijden[i] = System.nanoTime() - start;
        }
        assertThat(metUitkomst).isEqualTo(342);
        Arrays.sort(tijden);
        System.out.printf("PROGNOSE per provincie in een keer: 12 provincies, %d gemeenten met een plan van 7 bronnen, "
                + "%d keer: min %.1f ms, mediaan %.1f ms, max %.1f ms%n", metUitkomst, n, tijden[0] / 1e6,
                tijden[n / 2] / 1e6, tijden[n - 1] / 1e6);

        long[] apart = new long[3];
        for (int i = 0; i < apart.length; i++) {
            long start = System.nanoTime();
            for (Gemeente g : gemeenten) {
                assertThat(prognoses.planOfTrend(beheerder, g.code()).uitkomst()).isNotNull();
            }
            apart[i] = System.nanoTime() - start;
        }
        Arrays.sort(apart);
        System.out.printf("PROGNOSE per gemeente apart (ter vergelijking): 342 gemeenten, %d keer: min %.1f ms, "
                + "mediaan %.1f ms%n", apart.length, apart[0] / 1e6, apart[1] / 1e6);
    }

    private int alle(Map<String, List<String>> perProvincie, Gebruiker beheerder) {
        int metUitkomst = 0;
        for (Map.Entry<String, List<String>> e : perProvincie.entrySet()) {
            for (GemeentePrognose p : prognoses.vanProvincie(beheerder, e.getKey(), e.getValue()).values()) {
                if (p.uitkomst() != null && p.scenario() == GemeentePrognose.Scenario.PLAN) {
                    metUitkomst++;
                }
            }
        }
        return metUitkomst;
    }

    /** A plan as the model's benchmark has it: two corporation agreements, three projects, a one-off, a tempo. */
    private void bronnen(String gemeente, Random random) {
        String door = "prognosemeting";
        opslag.voegToe(gemeente, Aanbodbron.Soort.CORPORATIE, feiten("Corporaties 2024", 2024,
                (long) 50 + random.nextInt(400), null, null, null, null, null, null, null), "meting", door);
        opslag.voegToe(gemeente, Aanbodbron.Soort.CORPORATIE, feiten("Corporaties 2025", 2025, null,
                (long) 20 + random.nextInt(150), null, null, null, null, null, null), "meting", door);
        for (int i = 1; i <= 3; i++) {
            opslag.voegToe(gemeente, Aanbodbron.Soort.PROJECT, feiten("Project " + i, null, null, null,
                    (long) 10 + random.nextInt(80), LocalDate.of(2024, 7 + random.nextInt(6), 1 + random.nextInt(28)),
                    BigDecimal.valueOf(1 + random.nextInt(10)), null, null, null), "meting", door);
        }
        opslag.voegToe(gemeente, Aanbodbron.Soort.ROUTE, feiten("Uitruil", null, (long) 1 + random.nextInt(10), null,
                null, null, null, Aanbodbron.Route.HERVESTIGERS, LocalDate.of(2024, 11, 1 + random.nextInt(28)),
                null), "meting", door);
        opslag.voegToe(gemeente, Aanbodbron.Soort.TEMPO, feiten("Overig", null, null, null, null, null,
                BigDecimal.valueOf(random.nextInt(5)), null, null, null), "meting", door);
    }

    private static Bronfeiten feiten(String naam, Integer jaar, Long personen, Long woningen, Long plaatsen,
            LocalDate start, BigDecimal perWeek, Aanbodbron.Route route, LocalDate datum, LocalDate vanaf) {
        boolean project = plaatsen != null;
        return new Bronfeiten(naam, null, jaar, personen, woningen, null, null, null,
                project ? Aanbodbron.Duur.PERMANENT : null, project ? Aanbodbron.Woonvorm.ZELFSTANDIG : null,
                project ? plaatsen : null, plaatsen, null, null, start, perWeek, null,
                project ? Aanbodbron.Projectstatus.BESLOTEN : null, route, null, datum, vanaf, null);
    }
}
