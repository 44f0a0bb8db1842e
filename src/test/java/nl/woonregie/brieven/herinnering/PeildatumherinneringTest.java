package nl.woonregie.brieven.herinnering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which peildatum is reminded of on a day: Zuid-Holland's peildata 1 April and 1 July 2022 (the tussentijdse toets and
 * the eindoordeel of 2022-I), reminded 14 days before by default (18 March, 17 June) or as the province set it, caught
 * up to the day before, never on the peildatum itself.
 */
class PeildatumherinneringTest {

    static final List<LocalDate> PEILDATA = List.of(LocalDate.of(2022, 7, 1), LocalDate.of(2022, 4, 1));

    @ParameterizedTest(name = "{0}, {1} dagen → {2}")
    @CsvSource(textBlock = """
            # dag,       dagen, peildatum
            2022-03-17,  14,    -
            2022-03-18,  14,    2022-04-01
            2022-03-31,  14,    2022-04-01
            2022-04-01,  14,    -
            2022-06-16,  14,    -
            2022-06-17,  14,    2022-07-01
            2022-06-30,  14,    2022-07-01
            2022-07-01,  14,    -
            2022-06-20,  10,    -
            2022-06-21,  10,    2022-07-01
            2022-02-01,  60,    2022-04-01
            2022-05-02,  60,    2022-07-01
            2022-06-30,  1,     2022-07-01
            2022-06-29,  1,     -
            """)
    void de_peildatum_van_de_dag(LocalDate dag, int dagen, String peildatum) {
        assertThat(Peildatumherinnering.teVersturen(PEILDATA, dag, dagen).map(LocalDate::toString).orElse("-"))
                .isEqualTo(peildatum);
    }

    @ParameterizedTest(name = "{0} dagen geweigerd")
    @CsvSource({"0", "61", "-3"})
    void dagen_buiten_de_grenzen(int dagen) {
        assertThatThrownBy(() -> Peildatumherinnering.teVersturen(PEILDATA, LocalDate.of(2022, 6, 20), dagen))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
