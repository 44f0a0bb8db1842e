package nl.woonregie.aanbod.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import nl.woonregie.toezicht.regels.Periode;
import org.junit.jupiter.api.Test;

/** The forecast's dated defaults: the shipped file, a value by the half-year it holds for, and a broken file refused. */
class PrognoseparametersTest {

    @Test
    void het_meegeleverde_bestand_geeft_de_bezetting_2_4_en_het_aandeel_10_procent_met_hun_bron() {
        Prognoseparameters p = Prognoseparameters.vanClasspath();
        assertThat(p.bezetting(Periode.of("2022-II")).orElseThrow().waarde()).isEqualByComparingTo("2.4");
        assertThat(p.maxAandeel(Periode.of("2022-II")).orElseThrow().waarde()).isEqualByComparingTo("0.10");
        assertThat(p.bezetting(Periode.of("2022-II")).orElseThrow().bron()).contains("Den Haag");
        assertThat(p.bezetting(Periode.of("2014-II"))).isEmpty();
        assertThat(p.maxNietRegulier(Periode.of("2022-II")).orElseThrow().waarde()).isEqualByComparingTo("0.30");
    }

    @Test
    void een_waarde_geldt_vanaf_het_halfjaar_dat_op_of_na_haar_datum_begint() {
        Prognoseparameters p = Prognoseparameters.lees(new StringReader("""
                bezetting:
                  omschrijving: o
                  waarden:
                    "2015-01-01": {waarde: 2.4, bron: a}
                    "2024-07-01": {waarde: 2.1, bron: b}
                maxAandeel:
                  omschrijving: o
                  waarden:
                    "2015-01-01": {waarde: 0.1, bron: c}
                maxNietRegulier:
                  omschrijving: o
                  waarden:
                    "2015-01-01": {waarde: 0.3, bron: d}
                """));
        assertThat(p.bezetting(Periode.of("2024-I")).orElseThrow().waarde()).isEqualByComparingTo("2.4");
        assertThat(p.bezetting(Periode.of("2024-II")).orElseThrow().waarde()).isEqualByComparingTo("2.1");
    }

    @Test
    void een_bestand_met_fouten_wordt_geweigerd_met_elke_fout() {
        assertThatThrownBy(() -> Prognoseparameters.lees(new StringReader("""
                bezetting:
                  omschrijving: o
                  waarden:
                    "2015-01-01": {waarde: 0, bron: a}
                    "gisteren": {waarde: 2, bron: b}
                    "2016-03-01": {waarde: 2, bron: b}
                maxAandeel:
                  omschrijving: o
                  waarden:
                    "2015-01-01": {waarde: 1.5}
                maxNietRegulier:
                  waarden:
                    "2015-01-01": {waarde: 1.3, bron: d}
                onbekend: 1
                """))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("maxNietRegulier 2015-01-01: waarde moet positief zijn en hoogstens 1")
                .hasMessageContaining("bezetting 2015-01-01: waarde moet positief zijn")
                .hasMessageContaining("bezetting gisteren: geen datum")
                .hasMessageContaining("maxAandeel 2015-01-01: bron ontbreekt")
                .hasMessageContaining("bezetting 2016-03-01: een waarde geldt vanaf het begin van een halfjaar")
                .hasMessageContaining("maxNietRegulier: omschrijving ontbreekt")
                .hasMessageContaining("onbekende parameter onbekend");
    }
}
