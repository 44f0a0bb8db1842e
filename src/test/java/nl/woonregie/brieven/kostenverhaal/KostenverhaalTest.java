package nl.woonregie.brieven.kostenverhaal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The costs of an indeplaatsstelling and their recovery as tables of cases. */
class KostenverhaalTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                          | cost lines               | other amount | total     | recovered
            one line                         | 12345.67                 |              | 12345.67  | 12345.67
            three lines, cents add up        | 0.10;0.20;1000.05        |              | 1000.35   | 1000.35
            a reasoned lower amount          | 5000.00;2500.50          | 6000.00      | 7500.50   | 6000.00
            a reasoned amount of nothing     | 100.00                   | 0            | 100.00    | 0.00
            """)
    void het_totaal_en_wat_wordt_teruggevorderd(String geval, String regels, String afwijkend, String totaal,
            String terug) {
        List<BigDecimal> bedragen = Arrays.stream(regels.split(";")).map(BigDecimal::new).toList();
        BigDecimal t = Kostenverhaal.totaal(bedragen);
        assertThat(t).as(geval).isEqualTo(new BigDecimal(totaal));
        assertThat(Kostenverhaal.terugTeVorderen(t, afwijkend == null ? null : new BigDecimal(afwijkend))).as(geval)
                .isEqualTo(new BigDecimal(terug));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                               | invoiced   | paid       | days | today      | state
            not invoiced                          |            |            | 30   | 2023-05-01 | NIET_GEFACTUREERD
            invoiced, within the term             | 2023-03-01 |           | 30   | 2023-03-15 | OPEN
            the last day to pay is still open     | 2023-03-01 |            | 30   | 2023-03-31 | OPEN
            the day after: overdue                | 2023-03-01 |            | 30   | 2023-04-01 | ACHTERSTALLIG
            a shorter term                        | 2023-03-01 |            | 14   | 2023-03-16 | ACHTERSTALLIG
            paid late is paid                     | 2023-03-01 | 2023-06-01 | 30   | 2023-07-01 | BETAALD
            """)
    void de_stand_van_de_terugvordering(String geval, LocalDate factuur, LocalDate betaald, int dagen,
            LocalDate vandaag, Kostenverhaal.Stand stand) {
        assertThat(Kostenverhaal.stand(factuur, betaald, dagen, vandaag)).as(geval).isEqualTo(stand);
    }
}
