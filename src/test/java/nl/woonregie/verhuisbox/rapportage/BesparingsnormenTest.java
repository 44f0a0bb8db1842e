package nl.woonregie.verhuisbox.rapportage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;

import nl.woonregie.verhuisbox.rapportage.regels.Besparingsraming;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped norms of the estimated saving, and the file's checks (every error named at start-up). */
class BesparingsnormenTest {

    static final Besparingsraming GELEVERD = Besparingsnormen.vanClasspath();

    @ParameterizedTest(name = "{0} op {1}: {2}")
    @CsvSource(textBlock = """
            # soort inkomen    | dag        | raming (€ 0,00: geen norm bekend)
            PARTICIPATIEWET,     2021-12-31,  15000.00
            DAKLOZENUITKERING,   2022-10-01,  11000.00
            INSTELLINGSNORM,     2022-10-01,  4500.00
            ONBEKEND,            2021-12-31,  15000.00
            KOSTENDELERSNORM,    2022-10-01,  0.00
            AANVULLEND,          2022-10-01,  0.00
            IOAW,                2022-10-01,  0.00
            ANDERS,              2022-10-01,  0.00
            PARTICIPATIEWET,     2018-12-31,  0.00
            """)
    void de_jaarnorm_per_soort_inkomen_uit_de_bronnen(String soort, LocalDate dag, BigDecimal raming) {
        assertThat(GELEVERD.raming(soort, dag)).isEqualByComparingTo(raming);
        GELEVERD.norm(soort, dag).ifPresent(n -> assertThat(n.bron()).contains("002, r."));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            KOSTENDELERS:\\n  omschrijving: x\\n  waarden:\\n    "2019-01-01": {waarde: 1, bron: b}                 | onbekende soort inkomen KOSTENDELERS
            ONBEKEND:\\n  omschrijving: x\\n  waarden:\\n    "2019-01-01": {waarde: -5, bron: b}                    | bedrag van 0 of meer
            ONBEKEND:\\n  omschrijving: x\\n  waarden:\\n    "2019-01-01": {waarde: 15000}                          | bron ontbreekt
            ONBEKEND:\\n  omschrijving: x\\n  waarden:\\n    "2019-01-01": {waarde: 1.005, bron: b}                 | op de cent
            """)
    void een_fout_bestand_wordt_geweigerd_met_de_fout_genoemd(String yaml, String fout) {
        assertThatThrownBy(() -> Besparingsnormen.lees(new StringReader(yaml.replace("\\n", "\n"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(fout);
    }
}
