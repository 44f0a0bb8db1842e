package nl.woonregie.programma.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The age bands of Wassenaar's plan (004:L225-317), each from its lower bound until the next, on a given day. */
class LeeftijdsbandTest {

    @ParameterizedTest(name = "geboren {0}, op {1}: {2}")
    @CsvSource({
        "2020-05-01, 2020-05-01, TOT_4",
        "2020-05-01, 2024-04-30, TOT_4",
        "2020-05-01, 2024-05-01, VAN_4_TOT_12",
        "2012-05-01, 2024-04-30, VAN_4_TOT_12",
        "2012-05-01, 2024-05-01, VAN_12_TOT_18",
        "2006-05-01, 2024-04-30, VAN_12_TOT_18",
        "2006-05-01, 2024-05-01, VAN_18_TOT_27",
        "1997-05-01, 2024-04-30, VAN_18_TOT_27",
        "1997-05-01, 2024-05-01, VANAF_27",
        "1940-01-01, 2024-05-01, VANAF_27",
        "2008-02-29, 2026-02-28, VAN_12_TOT_18",
        "2008-02-29, 2026-03-01, VAN_18_TOT_27"
    })
    void de_band_volgt_uit_de_geboortedatum_op_de_dag(LocalDate geboren, LocalDate dag, Leeftijdsband band) {
        assertThat(Leeftijdsband.op(geboren, dag)).isEqualTo(band);
    }
}
