package nl.woonregie.doorbraakplan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;

import nl.woonregie.doorbraakplan.ondersteuning.Tarief;
import nl.woonregie.doorbraakplan.ondersteuning.Tariefsoort;
import nl.woonregie.doorbraakplan.ondersteuning.Tarieven;
import org.junit.jupiter.api.Test;

/** The shipped tariff file holds the memo's tariffs with their sources; a file with errors is refused, naming each. */
class TariefparametersTest {

    @Test
    void het_bestand_heeft_de_tarieven_van_de_memo_van_11_maart_2022_met_hun_bron() {
        Tarieven t = Tariefparameters.vanClasspath();
        LocalDate dag = LocalDate.of(2022, 1, 1);
        assertThat(t.geldig(Tariefsoort.WOONBEGELEIDING_ONZELFSTANDIG, dag).map(Tarief::bedrag))
                .contains(new BigDecimal("370.00"));
        assertThat(t.geldig(Tariefsoort.WOONBEGELEIDING_ZELFSTANDIG, dag).map(Tarief::bedrag))
                .contains(new BigDecimal("220.00"));
        assertThat(t.geldig(Tariefsoort.DOORSTROOMBEGELEIDING, dag).map(Tarief::bedrag))
                .contains(new BigDecimal("2000.00"));
        assertThat(t.geldig(Tariefsoort.DOORSTROOMBEGELEIDING, dag.minusDays(1))).isEmpty();
        assertThat(t.alle()).hasSize(3).allSatisfy(x -> assertThat(x.bron()).contains("11 maart 2022"));
    }

    @Test
    void een_bestand_met_fouten_wordt_geweigerd_met_elke_fout() {
        String yaml = """
                WOONBEGELEIDING_ONZELFSTANDIG:
                  omschrijving: o
                  waarden:
                    "2022-01-01": {waarde: -1, bron: x}
                WOONBEGELEIDING_ZELFSTANDIG:
                  omschrijving: o
                  waarden:
                    "2022-13-01": {waarde: 220, bron: x}
                DOORSTROOMBEGELEIDING:
                  omschrijving: o
                  waarden:
                    "2022-01-01": {waarde: 2000.001, bron: x}
                ONBEKEND: {}
                """;
        assertThatThrownBy(() -> Tariefparameters.lees(new StringReader(yaml)))
                .hasMessageContaining("onbekende tariefsoort ONBEKEND")
                .hasMessageContaining("WOONBEGELEIDING_ONZELFSTANDIG 2022-01-01: waarde moet")
                .hasMessageContaining("WOONBEGELEIDING_ZELFSTANDIG 2022-13-01: geen datum")
                .hasMessageContaining("DOORSTROOMBEGELEIDING 2022-01-01: waarde moet");
    }
}
