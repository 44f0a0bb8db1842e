package nl.woonregie.verhuisbox.rapportage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import nl.woonregie.verhuisbox.rapportage.internal.UitgavenopgaveRepository;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The findings on a stated spend (ADR 0064) as a table of cases: the stated total against the sum of its categories;
 * a category tied to a kind of grant against the grants paid that year — compared only when Woonregie has payments
 * that year.
 */
class UitgavenopgaveBevindingTest {

    @ParameterizedTest(name = "opgegeven {0}, posten {1} + {2}, betaald reiskosten {3}, uitgaven {4}: {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # totaal  | reiskosten | huisraad  | betaald reiskosten | uitgaven  | bevindingen (code=klopt)
            300.00    | 100.00     | 200.00    | 0                  | 0         | OPGAVE_2021_SLUIT=true
            300.10    | 100.00     | 200.00    | 0                  | 0         | OPGAVE_2021_SLUIT=false
            300.00    | 100.00     | 200.00    | 100.00             | 100.00    | OPGAVE_2021_SLUIT=true,OPGAVE_2021_REISKOSTEN=true
            300.00    | 100.00     | 200.00    | 80.00              | 80.00     | OPGAVE_2021_SLUIT=true,OPGAVE_2021_REISKOSTEN=false
            196413.45 | 70412.90   | 126000.55 | 0                  | 0         | OPGAVE_2021_SLUIT=true
            196413.45 | 70413.00   | 126000.55 | 0                  | 0         | OPGAVE_2021_SLUIT=false
            """)
    void bevindingen(BigDecimal totaal, BigDecimal reiskosten, BigDecimal huisraad, BigDecimal betaald,
            BigDecimal uitgaven, String verwacht) {
        var rij = new UitgavenopgaveRepository.Rij(1, 1, 2021, "verslag", totaal, 1, "coord", null, List.of(
                new UitgavenopgaveRepository.Postrij("Reiskosten", "REISKOSTEN", reiskosten),
                new UitgavenopgaveRepository.Postrij("Huisraad", null, huisraad)));
        Uitgavenopgaven.Uitgavenopgave o = Uitgavenopgaven.opgave(rij, Map.of("REISKOSTEN", betaald),
                Map.of("REISKOSTEN", "Reiskosten (bezichtigingen)"));
        assertThat(o.somPosten()).isEqualByComparingTo(reiskosten.add(huisraad));
        assertThat(Rapportage.bevindingen(o, uitgaven)).extracting(c -> c.code() + "=" + c.klopt())
                .containsExactly(verwacht.split(","));
    }
}
