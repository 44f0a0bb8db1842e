package nl.woonregie.doorbraakplan.toetsing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The computed part of the uitgangspunten check: a limit "at most N of the target group per location" against the
 * location's places, and whether the team's score says more than that finding allows.
 */
class UitgangspuntentoetsTest {

    @ParameterizedTest(name = "maximum {0}, {1} plaatsen, team {2}: berekend {3}, strijdig {4}")
    @CsvSource(nullValues = "–", textBlock = """
            # maximum | plaatsen | team          | berekend      | strijdig
              30      | 40       | VOLDOET       | VOLDOET_NIET  | true
              30      | 40       | VOLDOET_DEELS | VOLDOET_NIET  | true
              30      | 40       | VOLDOET_NIET  | VOLDOET_NIET  | false
              30      | 40       | ONBEKEND      | VOLDOET_NIET  | false
              30      | 30       | VOLDOET       | VOLDOET       | false
              30      | 31       | VOLDOET       | VOLDOET_NIET  | true
              30      | 0        | VOLDOET_NIET  | VOLDOET       | false
              30      | –        | VOLDOET       | ONBEKEND      | false
              0       | 1        | VOLDOET       | VOLDOET_NIET  | true
              –       | 40       | VOLDOET       | –             | false
            """, delimiter = '|')
    void een_maximum_wordt_nagerekend_naast_de_score_van_het_team(Integer maximum, Integer plaatsen,
            Toetsuitkomst team, Toetsuitkomst berekend, boolean strijdig) {
        Uitgangspuntentoets.Bevinding b = Uitgangspuntentoets.toets(maximum, plaatsen);
        assertThat(b == null ? null : b.uitkomst()).isEqualTo(berekend);
        assertThat(Uitgangspuntentoets.strijdig(team, b)).isEqualTo(strijdig);
        if (b != null) {
            assertThat(b.plaatsen()).isEqualTo(plaatsen);
            assertThat(b.maximum()).isEqualTo(maximum);
        }
    }
}
