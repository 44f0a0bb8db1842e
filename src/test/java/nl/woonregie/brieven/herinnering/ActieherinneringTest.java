package nl.woonregie.brieven.herinnering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which reminder of an action of a plan van aanpak is due on a day: an action with deadline Friday 1 July 2022 is
 * reminded of from Friday 24 June (7 days before) up to and including 1 July, and as passed from 2 July up to and
 * including 8 July; never once it is completed.
 */
class ActieherinneringTest {

    @ParameterizedTest(name = "deadline {0} op {1}, open {2} → {3}")
    @CsvSource(textBlock = """
            # deadline, dag,        open,  herinnering
            2022-07-01, 2022-06-23, true,  -
            2022-07-01, 2022-06-24, true,  BIJNA
            2022-07-01, 2022-06-24, false, -
            2022-07-01, 2022-06-30, true,  BIJNA
            2022-07-01, 2022-07-01, true,  BIJNA
            2022-07-01, 2022-07-02, true,  VERLOPEN
            2022-07-01, 2022-07-02, false, -
            2022-07-01, 2022-07-08, true,  VERLOPEN
            2022-07-01, 2022-07-09, true,  -
            2023-01-03, 2022-12-27, true,  BIJNA
            2023-01-03, 2022-12-26, true,  -
            2023-01-03, 2023-01-04, true,  VERLOPEN
            """)
    void de_herinnering_van_de_dag(LocalDate deadline, LocalDate dag, boolean open, String herinnering) {
        assertThat(Actieherinnering.teVersturen(deadline, dag, open).map(Enum::name).orElse("-"))
                .isEqualTo(herinnering);
    }

    @ParameterizedTest(name = "deadline {0} → eerste herinnering {1}")
    @CsvSource({"2022-07-01, 2022-06-24", "2023-01-03, 2022-12-27", "2024-03-05, 2024-02-27"})
    void de_eerste_herinnering_zeven_dagen_voor_de_deadline(LocalDate deadline, LocalDate eerste) {
        assertThat(Actieherinnering.herinneringVoorDeadline(deadline)).isEqualTo(eerste);
    }
}
