package nl.woonregie.verhuisbox.geld.lening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import nl.woonregie.verhuisbox.geld.lening.Aflossingsschema.Termijn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The repayment schedule: instalment = amount ÷ term rounded down, the last takes the cent remainder. */
class AflossingsschemaTest {

    @ParameterizedTest(name = "€ {0} in {1} maanden: {2} × € {3}, laatste € {4}")
    @CsvSource({
        // bedrag,  maanden, gewone termijnen, termijn, laatste
        "1750.00,   12,      11,               145.83,  145.87",
        "1000.00,   10,       9,               100.00,  100.00",
        "900.00,     7,       6,               128.57,  128.58",
        "100.00,     3,       2,                33.33,   33.34",
        "0.05,       5,       4,                 0.01,    0.01",
        "75.00,      1,       0,                75.00,   75.00",
        "99999999.99, 120,  119,            833333.33, 833333.72",
    })
    void de_laatste_termijn_neemt_de_centen_rest(BigDecimal bedrag, int maanden, int gewoon, BigDecimal termijn,
            BigDecimal laatste) {
        List<Termijn> schema = Aflossingsschema.bereken(bedrag, maanden, LocalDate.of(2027, 1, 1));
        assertThat(schema).hasSize(maanden);
        assertThat(schema.subList(0, gewoon)).allSatisfy(t -> assertThat(t.bedrag()).isEqualByComparingTo(termijn));
        assertThat(schema.get(maanden - 1).bedrag()).isEqualByComparingTo(laatste);
        assertThat(schema.stream().map(Termijn::bedrag).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(bedrag);
        assertThat(Aflossingsschema.termijnbedrag(bedrag, maanden)).isEqualByComparingTo(termijn);
    }

    @ParameterizedTest(name = "eerste {0}: termijn {1} op {2}")
    @CsvSource({
        "2027-01-31, 2, 2027-02-28",
        "2028-01-31, 2, 2028-02-29",
        "2027-01-31, 3, 2027-03-31",
        "2027-10-01, 4, 2028-01-01",
        "2027-11-30, 4, 2028-02-29",
    })
    void elke_termijn_valt_op_dezelfde_dag_van_een_latere_maand_gerekend_vanaf_de_eerste(LocalDate eerste, int nummer,
            LocalDate vervaldatum) {
        Termijn t = Aflossingsschema.bereken(new BigDecimal("1200.00"), 12, eerste).get(nummer - 1);
        assertThat(t.nummer()).isEqualTo(nummer);
        assertThat(t.vervaldatum()).isEqualTo(vervaldatum);
    }

    @ParameterizedTest(name = "€ {0} in {1} maanden geweigerd")
    @CsvSource({"0.00, 12", "-5.00, 12", "12.345, 12", "1000.00, 0", "1000.00, 121", "0.11, 12"})
    void ongeldige_voorwaarden_worden_geweigerd(BigDecimal bedrag, int maanden) {
        assertThatThrownBy(() -> Aflossingsschema.bereken(bedrag, maanden, LocalDate.of(2027, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void zonder_eerste_vervaldatum_geen_schema() {
        assertThatThrownBy(() -> Aflossingsschema.bereken(new BigDecimal("100.00"), 2, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
