package nl.woonregie.toezicht.regels;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NlFormaatTest {

    @ParameterizedTest
    @CsvSource({"0,0", "7,7", "999,999", "1592,1.592", "3183,3.183", "-70,-70", "1234567,1.234.567"})
    void getallen_met_punt_als_duizendtalscheiding(long n, String tekst) {
        assertThat(NlFormaat.getal(n)).isEqualTo(tekst);
    }

    @ParameterizedTest
    @CsvSource({"146.30,'146,3'", "140.0,140", "1234.5,'1.234,5'", "-7.5,'-7,5'"})
    void decimalen_met_komma(String value, String tekst) {
        assertThat(NlFormaat.decimaal(new BigDecimal(value))).isEqualTo(tekst);
    }

    @Test
    void datums_voluit() {
        assertThat(NlFormaat.datum(LocalDate.of(2022, 10, 1))).isEqualTo("1 oktober 2022");
        assertThat(NlFormaat.procent(new BigDecimal("0.70"))).isEqualTo("70%");
    }
}
