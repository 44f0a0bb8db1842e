package nl.woonregie.aanbod;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The required pace and its straight line, case by case: (opgave − gehuisvest) / weeks left from the peildatum to the
 * period's last day, one decimal half up; the line's need on a day rounded up; zero once the opgave is reached; none
 * without an opgave or without a day left.
 */
class VoortgangsprognoseTest {

    static final LocalDate EINDE = LocalDate.of(2022, 12, 31);

    @ParameterizedTest(name = "opgave {0}, gehuisvest {1}, peildatum {2}: {3} per week")
    @CsvSource(nullValues = "null", value = {
        // the spec's example: 489 − 210 = 279 in 127 days (18 1/7 weeks): 15,38 → 15,4
        "489, 210, 2022-08-26, 15.4",
        // a whole number of weeks: 70 in 70 days is 7 a week
        "100, 30, 2022-10-22, 7.0",
        // half up: 1 in 14 days is 0,5 a week; 1 in 15 days 0,4667 → 0,5; 1 in 16 days 0,4375 → 0,4
        "1, 0, 2022-12-17, 0.5",
        "1, 0, 2022-12-16, 0.5",
        "1, 0, 2022-12-15, 0.4",
        // reached or beyond: nothing more needed
        "100, 100, 2022-08-26, 0.0",
        "100, 120, 2022-08-26, 0.0",
        // no day left, or no opgave: no pace
        "100, 40, 2022-12-31, null",
        "null, 40, 2022-08-26, null"})
    void het_vereiste_tempo(Long opgave, long gehuisvest, LocalDate peildatum, BigDecimal verwacht) {
        BigDecimal tempo = Voortgangsprognose.vereistPerWeek(opgave, gehuisvest, peildatum, EINDE);
        if (verwacht == null) {
            assertThat(tempo).isNull();
        } else {
            assertThat(tempo).isEqualByComparingTo(verwacht);
        }
    }

    @ParameterizedTest(name = "opgave {0}, gehuisvest {1}, peildatum {2}, op {3}: {4} nodig")
    @CsvSource(nullValues = "null", value = {
        // the line starts at the peildatum's number and ends at the opgave on the last day
        "489, 210, 2022-08-26, 2022-08-26, 210",
        "489, 210, 2022-08-26, 2022-12-31, 489",
        // in between rounded up: 279 × 2 / 127 = 4,39 → 5
        "489, 210, 2022-08-26, 2022-08-28, 215",
        // exactly on the line: 70 × 35 / 70 = 35
        "100, 30, 2022-10-22, 2022-11-26, 65",
        // reached: the line stays at what was housed
        "100, 120, 2022-08-26, 2022-10-01, 120",
        "100, 40, 2022-12-31, 2022-12-31, null"})
    void de_lijn_van_het_vereiste_tempo(Long opgave, long gehuisvest, LocalDate peildatum, LocalDate datum,
            Long verwacht) {
        assertThat(Voortgangsprognose.nodig(opgave, gehuisvest, peildatum, EINDE, datum)).isEqualTo(verwacht);
    }
}
