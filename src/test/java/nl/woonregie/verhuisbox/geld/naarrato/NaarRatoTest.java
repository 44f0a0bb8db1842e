package nl.woonregie.verhuisbox.geld.naarrato;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Woning boven 80 m2? Dan naar rato berekenen stoffering" (L10024, ADR 0065): the guideline per floor area. */
class NaarRatoTest {

    @ParameterizedTest(name = "richtbedrag {0}, naar rato boven {1} m², woning {2} m² → {3}")
    @CsvSource(nullValues = "-", textBlock = """
            # richtbedrag, grens, m²,  richtbedrag voor de woning
            1750.00,       80,    50,   1750.00
            1750.00,       80,    80,   1750.00
            1750.00,       80,    81,   1771.88
            1750.00,       80,    100,  2187.50
            1750.00,       80,    120,  2625.00
            1750.00,       80,    1000, 21875.00
            1750.00,       -,     120,  1750.00
            1750.00,       80,    -,    1750.00
            -,             80,    120,  -
            100.00,        3,     4,    133.33
            100.00,        3,     5,    166.67
            """)
    void deRichtlijnGroeitMetDeOppervlakteBovenDeGrens(BigDecimal richtbedrag, Integer grens, Integer m2,
            BigDecimal verwacht) {
        BigDecimal uit = NaarRato.richtbedrag(richtbedrag, grens, m2);
        if (verwacht == null) {
            assertThat(uit).isNull();
        } else {
            assertThat(uit).isEqualByComparingTo(verwacht);
            assertThat(uit.scale()).isLessThanOrEqualTo(2);
        }
    }

    @ParameterizedTest
    @CsvSource({"80, 1001", "0, 5"})
    void eenOppervlakteBuitenHetBereikIsEenFout(int grens, int m2) {
        assertThatThrownBy(() -> NaarRato.richtbedrag(new BigDecimal("1750.00"), grens, m2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
