package nl.woonregie.verhuisbox.rapportage.regels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeeftijdsklasseTest {

    @ParameterizedTest(name = "geboren {1}, geteld in {0}: {2} jaar, {3}")
    @CsvSource(textBlock = """
            # jaar | geboortejaar | leeftijd | klasse
            2021,    2005,          16,        JONGER_DAN_28
            2021,    1994,          27,        JONGER_DAN_28
            2021,    1993,          28,        VAN_28_TOT_EN_MET_54
            2022,    1968,          54,        VAN_28_TOT_EN_MET_54
            2022,    1967,          55,        VANAF_55
            2022,    1930,          92,        VANAF_55
            """, delimiter = ',')
    void de_klasse_van_de_leeftijd_die_iemand_in_dat_jaar_bereikt(int jaar, int geboortejaar, int leeftijd,
            Leeftijdsklasse klasse) {
        assertThat(Leeftijdsklasse.leeftijd(jaar, geboortejaar)).isEqualTo(leeftijd);
        assertThat(Leeftijdsklasse.van(leeftijd)).isEqualTo(klasse);
    }

    @ParameterizedTest
    @CsvSource({"-1", "-30"})
    void een_negatieve_leeftijd_wordt_geweigerd(int leeftijd) {
        assertThatThrownBy(() -> Leeftijdsklasse.van(leeftijd)).isInstanceOf(IllegalArgumentException.class);
    }
}
