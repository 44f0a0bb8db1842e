package nl.woonregie.verhuisbox.geld.lening;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.woonregie.verhuisbox.geld.lening.Achterstand.Aflossing;
import nl.woonregie.verhuisbox.geld.lening.Achterstand.Stand;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Arrears of a loan of € 1.200,00 in 12 instalments of € 100,00 from 1 January 2027, on a day, after repayments
 * ("datum:bedrag" separated by spaces): due so far − repaid so far; days since the oldest instalment not covered.
 */
class AchterstandTest {

    static final List<Aflossingsschema.Termijn> SCHEMA = Aflossingsschema.bereken(new BigDecimal("1200.00"), 12,
            LocalDate.of(2027, 1, 1));

    @ParameterizedTest(name = "op {0} na [{1}]: achterstand € {2}, {3} dagen, oudste open {4}, openstaand € {5}")
    @CsvSource(nullValues = "-", value = {
        // peildatum, aflossingen,                               achterstand, dagen, oudste open, openstaand
        "2026-12-31, -,                                          0.00,   0,  2027-01-01, 1200.00",
        "2027-01-01, -,                                          100.00, 0,  2027-01-01, 1200.00",
        "2027-01-31, -,                                          100.00, 30, 2027-01-01, 1200.00",
        "2027-02-01, -,                                          200.00, 31, 2027-01-01, 1200.00",
        "2027-02-01, 2027-01-05:100.00,                          100.00, 0,  2027-02-01, 1100.00",
        "2027-02-15, 2027-01-05:50.00,                           150.00, 45, 2027-01-01, 1150.00",
        "2027-02-15, 2027-01-05:50.00 2027-02-10:50.00,          100.00, 14, 2027-02-01, 1100.00",
        "2027-03-15, 2027-01-05:300.00,                          0.00,   0,  2027-04-01, 900.00",
        "2028-06-01, 2027-01-05:1200.00,                         0.00,   0,  -,          0.00",
        "2027-01-10, 2027-01-20:100.00,                          100.00, 9,  2027-02-01, 1100.00",
    })
    void achterstand_is_verschuldigd_min_afgelost_met_de_dagen_sinds_de_oudste_open_termijn(LocalDate peildatum,
            String aflossingen, BigDecimal achterstand, long dagen, LocalDate oudste, BigDecimal openstaand) {
        Stand s = Achterstand.op(SCHEMA, aflossingen(aflossingen), peildatum);
        assertThat(s.achterstand()).isEqualByComparingTo(achterstand);
        assertThat(s.dagenAchterstand()).isEqualTo(dagen);
        assertThat(s.oudsteOnbetaald()).isEqualTo(oudste);
        assertThat(s.openstaand()).isEqualByComparingTo(openstaand);
        assertThat(s.achterstand()).isEqualByComparingTo(s.verschuldigd().subtract(s.afgelost()).max(BigDecimal.ZERO));
    }

    @ParameterizedTest(name = "{0} dagen na de oudste open termijn {1} → signaal vanaf {2}")
    @CsvSource(nullValues = "-", value = {
        "30, -,                 2027-02-01",
        "30, 2027-01-05:100.00, 2027-03-04",
        "10, -,                 2027-01-12",
        "30, 2027-01-05:1200.00, -",
    })
    void het_signaal_komt_de_dag_nadat_de_oudste_open_termijn_meer_dan_n_dagen_te_laat_is(int n, String aflossingen,
            LocalDate vanaf) {
        Stand s = Achterstand.op(SCHEMA, aflossingen(aflossingen), LocalDate.of(2027, 1, 6));
        assertThat(Achterstand.signaalVanaf(s, n)).isEqualTo(vanaf);
        if (vanaf != null) {
            assertThat(Achterstand.op(SCHEMA, aflossingen(aflossingen), vanaf.minusDays(1)).langerDan(n)).isFalse();
            assertThat(Achterstand.op(SCHEMA, aflossingen(aflossingen), vanaf).langerDan(n)).isTrue();
        }
    }

    static List<Aflossing> aflossingen(String tekst) {
        List<Aflossing> l = new ArrayList<>();
        if (tekst != null) {
            for (String a : tekst.trim().split("\\s+")) {
                String[] d = a.split(":");
                l.add(new Aflossing(LocalDate.parse(d[0]), new BigDecimal(d[1])));
            }
        }
        return l;
    }
}
