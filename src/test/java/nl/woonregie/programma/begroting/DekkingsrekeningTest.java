package nl.woonregie.programma.begroting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import nl.woonregie.programma.begroting.Dekkingsplan.Berekening;
import nl.woonregie.programma.begroting.Dekkingsplan.Regel;
import nl.woonregie.programma.begroting.Dekkingsplan.Stroom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The arithmetic of a budget of persons × rates on small cases: fractions to the cent, a negative balance. */
class DekkingsrekeningTest {

    static Regel bedrag(int nummer, int jaar, Stroom stroom, String bedrag) {
        return new Regel(nummer, jaar, stroom, "regel " + nummer, Berekening.BEDRAG, new BigDecimal(bedrag), null,
                null, null, null, null, null, null);
    }

    @ParameterizedTest(name = "{1}/{2} van {0} = {3}")
    @CsvSource({
            "100.00, 1, 3, 33.33",
            "200.00, 2, 3, 133.33",
            "199350.00, -2, 12, -33225.00",
            "0.05, 1, 2, 0.03",
    })
    void een_deel_van_een_regel_op_de_cent_half_naar_boven(String van, int teller, int noemer, String uitkomst) {
        Dekking d = Dekkingsrekening.bereken(new Dekkingsplan(List.of(bedrag(1, 2020, Stroom.INKOMSTEN, van),
                new Regel(2, 2020, Stroom.INKOMSTEN, "deel", Berekening.DEEL_VAN_REGEL, null, null, null, null, 1,
                        teller, noemer, null)), List.of()));
        assertThat(d.jaren().get(0).inkomsten().get(1).bedrag()).isEqualByComparingTo(uitkomst);
    }

    @Test
    void een_tekort_gaat_als_negatieve_overheveling_naar_het_volgende_jaar() {
        Dekking d = Dekkingsrekening.bereken(new Dekkingsplan(List.of(bedrag(1, 2020, Stroom.INKOMSTEN, "100.00"),
                bedrag(2, 2020, Stroom.UITGAVEN, "150.00"),
                new Regel(3, 2021, Stroom.INKOMSTEN, "overheveling", Berekening.OVERHEVELING, null, null, null, null,
                        null, null, null, null), bedrag(4, 2021, Stroom.INKOMSTEN, "80.00")),
                List.of(new Dekkingsplan.VermeldTotaal(2021, Stroom.INKOMSTEN, new BigDecimal("80.00")))));
        assertThat(d.jaren().get(0).saldo()).isEqualByComparingTo("-50.00");
        assertThat(d.jaren().get(1).totaalInkomsten()).isEqualByComparingTo("30.00");
        assertThat(d.jaren().get(1).inkomstenZonderOverheveling()).isEqualByComparingTo("80.00");
        assertThat(d.bevindingen()).singleElement().satisfies(b -> {
            assertThat(b.soort()).isEqualTo(Begroting.Bevinding.Soort.VERMELD_JAARTOTAAL_WIJKT_AF);
            assertThat(b.toelichting()).contains("€ 80,00", "€ 30,00", "zonder de overheveling uit 2020");
        });
    }
}
