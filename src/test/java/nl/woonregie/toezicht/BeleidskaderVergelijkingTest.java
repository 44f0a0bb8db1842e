package nl.woonregie.toezicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import nl.woonregie.toezicht.BeleidskaderVergelijking.Regel;
import nl.woonregie.toezicht.BeleidskaderVergelijking.Soort;
import nl.woonregie.toezicht.BeleidskaderVergelijking.Waarde;
import org.junit.jupiter.api.Test;

/** Two versions side by side: every line of both in order, and the values that differ per parameter and date. */
class BeleidskaderVergelijkingTest {

    @Test
    void elke_regel_van_beide_teksten_staat_er_in_volgorde_met_haar_nummers() {
        List<Regel> regels = BeleidskaderVergelijking.regels("a\nb\nc\nd", "a\nx\nc\nd\ne");
        assertThat(regels).containsExactly(
                new Regel(Soort.GELIJK, 1, 1, "a"),
                new Regel(Soort.WEG, 2, null, "b"),
                new Regel(Soort.ERBIJ, null, 2, "x"),
                new Regel(Soort.GELIJK, 3, 3, "c"),
                new Regel(Soort.GELIJK, 4, 4, "d"),
                new Regel(Soort.ERBIJ, null, 5, "e"));
    }

    @Test
    void gelijke_teksten_hebben_alleen_gelijke_regels() {
        assertThat(BeleidskaderVergelijking.regels("a\nb", "a\nb")).extracting(Regel::soort)
                .containsExactly(Soort.GELIJK, Soort.GELIJK);
    }

    @Test
    void een_gedateerde_waarde_die_verschilt_staat_er_met_haar_datum() {
        String a = "id: x\ntussentijdseToets:\n  factor:\n    \"2020-06-26\": 1.00\n    \"2020-10-01\": {waarde: 0.70, bron: a}\n";
        String b = "id: x\ntussentijdseToets:\n  factor:\n    \"2020-06-26\": 1.00\n    \"2020-10-01\": {waarde: 0.80, bron: a}\n"
                + "    2021-01-01: 0.9\n";
        assertThat(BeleidskaderVergelijking.waarden(a, b)).containsExactly(
                new Waarde("tussentijdseToets.factor.waarde", LocalDate.of(2020, 10, 1), "0.7", "0.8"),
                new Waarde("tussentijdseToets.factor", LocalDate.of(2021, 1, 1), null, "0.9"));
    }
}
