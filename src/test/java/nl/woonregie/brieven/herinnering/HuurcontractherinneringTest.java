package nl.woonregie.brieven.herinnering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import nl.woonregie.toezicht.regels.Huurcontracttermijn;
import nl.woonregie.toezicht.regels.Periode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which reminder of the lease window is due on a day. Zuid-Holland 2022-I (14 days, deadline 4 days after): open
 * from Friday 17 June, deadline Monday 4 July, so the second reminder on Wednesday 29 June — the day of the
 * province's own reminder in 2022. 2022-II: open from 18 December, deadline Wednesday 4 January 2023, second reminder
 * Friday 30 December (over the weekend of 31 December and 1 January).
 */
class HuurcontractherinneringTest {

    @ParameterizedTest(name = "{0} op {1}, ingediend {2} → {3}")
    @CsvSource(textBlock = """
            # periode, dag,        ingediend, herinnering
            2022-I,   2022-06-16, false,     -
            2022-I,   2022-06-17, false,     OPEN
            2022-I,   2022-06-17, true,      OPEN
            2022-I,   2022-06-28, false,     OPEN
            2022-I,   2022-06-28, true,      OPEN
            2022-I,   2022-06-29, false,     SLUIT
            2022-I,   2022-06-29, true,      -
            2022-I,   2022-07-04, false,     SLUIT
            2022-I,   2022-07-05, false,     -
            2022-II,  2022-12-17, false,     -
            2022-II,  2022-12-18, false,     OPEN
            2022-II,  2022-12-29, false,     OPEN
            2022-II,  2022-12-30, false,     SLUIT
            2023-I,   2023-06-17, false,     OPEN
            """)
    void de_herinnering_van_de_dag(String periode, LocalDate dag, boolean ingediend, String herinnering) {
        Huurcontracttermijn termijn = Huurcontracttermijn.van(Periode.of(periode), 14, 4);
        assertThat(Huurcontractherinnering.teVersturen(termijn.opentOp(), termijn.uiterlijk(), dag, ingediend)
                .map(Enum::name).orElse("-"))
                .isEqualTo(herinnering);
    }

    @ParameterizedTest(name = "{1} werkdagen voor {0} → {2}")
    @CsvSource(textBlock = """
            2022-07-04, 3, 2022-06-29
            2023-01-04, 3, 2022-12-30
            2022-07-08, 3, 2022-07-05
            2022-07-06, 3, 2022-07-01
            2022-07-04, 0, 2022-07-04
            """)
    void werkdagen_voor_een_dag_tellen_het_weekeinde_niet(LocalDate dag, int n, LocalDate verwacht) {
        assertThat(Huurcontractherinnering.werkdagenVoor(dag, n)).isEqualTo(verwacht);
    }
}
