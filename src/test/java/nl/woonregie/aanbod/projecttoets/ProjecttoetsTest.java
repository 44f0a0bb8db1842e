package nl.woonregie.aanbod.projecttoets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checks and findings of a project's facts, as a table of cases (issue 17 §5). */
class ProjecttoetsTest {

    static final LocalDate VANDAAG = LocalDate.of(2023, 3, 6);

    @ParameterizedTest(name = "{0}: {1} van {2}, {3} {4} → {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # geval                                          | plaatsen | eenheden | soort       | waarde | uitslag         | uitleg
            Leeghwaterplein: 33 % gevraagd, 40 van 120        | 40       | 120      | MIN_AANDEEL | 33     | VOLDAAN         | 40 van 120 is 33,3%; gevraagd: minstens 33% statushouders.
            30 van 120 haalt 33 % niet                        | 30       | 120      | MIN_AANDEEL | 33     | NIET_VOLDAAN    | 30 van 120 is 25%; gevraagd: minstens 33% statushouders.
            precies op de grens is voldaan                    | 33       | 100      | MIN_AANDEEL | 33     | VOLDAAN         | 33 van 100 is 33%; gevraagd: minstens 33% statushouders.
            exact vergeleken, niet afgerond: 1 van 3 < 33,34  | 1        | 3        | MIN_AANDEEL | 33.34  | NIET_VOLDAAN    | 1 van 3 is 33,3%; gevraagd: minstens 33,34% statushouders.
            hoogstens 50 %                                    | 40       | 120      | MAX_AANDEEL | 50     | VOLDAAN         | 40 van 120 is 33,3%; gevraagd: hoogstens 50% statushouders.
            hoogstens 30 %                                    | 40       | 120      | MAX_AANDEEL | 30     | NIET_VOLDAAN    | 40 van 120 is 33,3%; gevraagd: hoogstens 30% statushouders.
            kleinschalig: hoogstens 30 statushouders          | 40       | 120      | MAX_AANTAL  | 30     | NIET_VOLDAAN    | 40 plaatsen voor statushouders; gevraagd: hoogstens 30 statushouders.
            minstens 40 statushouders                         | 40       | -        | MIN_AANTAL  | 40     | VOLDAAN         | 40 plaatsen voor statushouders; gevraagd: minstens 40 statushouders.
            een aandeel zonder alle eenheden                  | 40       | -        | MIN_AANDEEL | 33     | NIET_TE_TOETSEN | Gevraagd: minstens 33% statushouders; het aandeel is niet te berekenen zonder de plaatsen voor statushouders en alle eenheden.
            een eis als tekst alleen                          | 40       | 120      | -           | -      | GEEN_TOETS      | Geen berekenbare toets: beoordeel de eis zelf.
            """)
    void een_eigen_eis_wordt_getoetst_aan_de_feiten(String geval, Long plaatsen, Long eenheden, Eissoort soort,
            BigDecimal waarde, Projecttoets.Uitslag uitslag, String uitleg) {
        Projecttoets.Toetsing t = Projecttoets.toets(new Projecttoets.Invoer(plaatsen, eenheden, null,
                List.of(new Projecttoets.Eis(geval, soort, waarde)), null, null, null), VANDAAG);
        assertThat(t.eisen()).singleElement().satisfies(e -> {
            assertThat(e.uitslag()).isEqualTo(uitslag);
            assertThat(e.uitleg()).isEqualTo(uitleg);
            assertThat(e.tekst()).isEqualTo(geval);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # geval                                                     | tijdelijk | exploitatie | vervaltOp  | start      | bevindingen
            5 tegen 6 jaar (max 5 jaar tegen de korte 6 jaar) gemeld    | 5         | 6           | -          | -          | TERMIJNEN_VERSCHILLEN
            gelijke termijnen: geen bevinding                           | 5         | 5           | -          | -          | -
            een termijn alleen: geen bevinding                          | 5         | -           | -          | -          | -
            de subsidie vervallen voor vandaag                          | -         | -           | 2023-03-01 | -          | FINANCIERING_VERVALLEN
            de subsidie vervalt voor de start van de inhuizing          | -         | -           | 2023-04-01 | 2023-06-01 | FINANCIERING_VERVALT_VOOR_INHUIZING
            de subsidie vervalt na de start: geen bevinding             | -         | -           | 2023-07-01 | 2023-06-01 | -
            vandaag zelf is nog niet vervallen                          | -         | -           | 2023-03-06 | -          | -
            beide: termijnen en een vervallen subsidie                  | 5         | 6           | 2022-12-31 | 2023-06-01 | TERMIJNEN_VERSCHILLEN FINANCIERING_VERVALLEN
            """)
    void bevindingen(String geval, Integer tijdelijk, Integer exploitatie, LocalDate vervaltOp, LocalDate start,
            String bevindingen) {
        List<Projecttoets.Financiering> fin = vervaltOp == null ? List.of(new Projecttoets.Financiering("BZK", null))
                : List.of(new Projecttoets.Financiering("12k-subsidie", vervaltOp));
        Projecttoets.Toetsing t = Projecttoets.toets(new Projecttoets.Invoer(40L, 120L, start, List.of(), tijdelijk,
                exploitatie, fin), VANDAAG);
        List<String> soorten = new ArrayList<>();
        t.bevindingen().forEach(b -> soorten.add(b.type().name()));
        assertThat(soorten).containsExactly(bevindingen == null ? new String[0] : bevindingen.split(" "));
    }

    @Test
    void de_bevindingen_noemen_de_getallen_en_de_datums() {
        Projecttoets.Toetsing t = Projecttoets.toets(new Projecttoets.Invoer(40L, 120L, LocalDate.of(2023, 6, 1),
                List.of(), 5, 6, List.of(new Projecttoets.Financiering("12k-subsidie", LocalDate.of(2023, 4, 1)))),
                VANDAAG);
        assertThat(t.bevindingen()).extracting(Projecttoets.Bevinding::tekst).containsExactly(
                "De tijdelijke termijn (5 jaar) en de exploitatietermijn (6 jaar) verschillen; de bronnen beslissen "
                        + "niet welke geldt.",
                "De financiering '12k-subsidie' vervalt op 1 april 2023, voor de start van de inhuizing op 1 juni "
                        + "2023.");
        assertThat(t.aandeel()).isEqualTo(new Projecttoets.Aandeel(40, 120, new BigDecimal("33.3")));
    }

    @Test
    void zonder_eenheden_of_met_nul_eenheden_is_er_geen_aandeel() {
        assertThat(Projecttoets.toets(new Projecttoets.Invoer(40L, null, null, null, null, null, null), VANDAAG)
                .aandeel()).isNull();
        assertThat(Projecttoets.toets(new Projecttoets.Invoer(0L, 0L, null, null, null, null, null), VANDAAG)
                .aandeel()).isNull();
    }
}
