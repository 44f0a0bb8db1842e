package nl.woonregie.verhuisbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import nl.woonregie.verhuisbox.evaluatie.Generalisatie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the evaluator's dataset generalises (issue 20 §6): plain Java, a table of cases per rule. */
class GeneralisatieTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"1980, 1980–1984", "1984, 1980–1984", "1985, 1985–1989", "2003, 2000–2004", "1999, 1995–1999"})
    void een_geboortejaar_valt_in_een_klasse_van_vijf_jaar(int jaar, String klasse) {
        assertThat(Generalisatie.jaarklasse(jaar)).isEqualTo(klasse);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"2022-03-01, 2022-03", "2022-03-31, 2022-03", "2021-12-31, 2021-12"})
    void een_datum_wordt_haar_maand(LocalDate datum, String maand) {
        assertThat(Generalisatie.maand(datum)).isEqualTo(maand);
    }

    @ParameterizedTest(name = "{0} kinderen → {1}")
    @CsvSource({"0, 0", "3, 3", "4, 4 of meer", "11, 4 of meer"})
    void grote_aantallen_worden_samengevoegd(int n, String getoond) {
        assertThat(Generalisatie.aantal(n, 4)).isEqualTo(getoond);
    }

    @Test
    void zonder_gegeven_staat_er_onbekend() {
        assertThat(Generalisatie.jaarklasse(null)).isEqualTo("onbekend");
        assertThat(Generalisatie.aantal(null, 4)).isEqualTo("onbekend");
        assertThat(Generalisatie.maand(null)).isEmpty();
    }

    @Test
    void het_pseudoniem_is_vast_per_sleutel_en_casus_en_anders_voor_een_andere_sleutel_of_casus() {
        byte[] sleutel = new byte[32];
        byte[] andere = new byte[32];
        andere[0] = 1;
        String p = Generalisatie.pseudoniem(sleutel, 42);
        assertThat(p).matches("E-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}").isEqualTo(Generalisatie.pseudoniem(sleutel, 42));
        assertThat(Generalisatie.pseudoniem(sleutel, 43)).isNotEqualTo(p);
        assertThat(Generalisatie.pseudoniem(andere, 42)).isNotEqualTo(p);
    }
}
