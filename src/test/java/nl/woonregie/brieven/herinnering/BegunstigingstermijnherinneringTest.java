package nl.woonregie.brieven.herinnering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which reminder of a begunstigingstermijn is due on a day: a term ending on Saturday 1 October 2022 is reminded of
 * from 17 September (14 days before) up to and including 1 October while its number is not reached, and as passed
 * from 2 October up to and including 8 October when it was not met; never when it was met.
 */
class BegunstigingstermijnherinneringTest {

    @ParameterizedTest(name = "einde {0} op {1}, gehaald {2} → {3}")
    @CsvSource(textBlock = """
            # einde,    dag,        gehaald, herinnering
            2022-10-01, 2022-09-16, false,   -
            2022-10-01, 2022-09-17, false,   BIJNA
            2022-10-01, 2022-09-17, true,    -
            2022-10-01, 2022-09-30, false,   BIJNA
            2022-10-01, 2022-10-01, false,   BIJNA
            2022-10-01, 2022-10-02, false,   VERSTREKEN
            2022-10-01, 2022-10-02, true,    -
            2022-10-01, 2022-10-08, false,   VERSTREKEN
            2022-10-01, 2022-10-09, false,   -
            2023-01-05, 2022-12-22, false,   BIJNA
            2023-01-05, 2022-12-21, false,   -
            """)
    void de_herinnering_van_de_dag(LocalDate einde, LocalDate dag, boolean gehaald, String herinnering) {
        assertThat(Begunstigingstermijnherinnering.teVersturen(einde, dag, gehaald).map(Enum::name).orElse("-"))
                .isEqualTo(herinnering);
    }
}
