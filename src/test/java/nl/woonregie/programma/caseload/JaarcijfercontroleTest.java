package nl.woonregie.programma.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import nl.woonregie.programma.caseload.Jaarcijfer.Deel;
import nl.woonregie.programma.caseload.Jaarcijfer.Grootheid;
import nl.woonregie.programma.caseload.Jaarcijfercontrole.Soort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The check of the yearly figures as seed 004 states them: two values for one year are named with their sources, a
 * year made of its half-years and the backlog is explained with its derivation, figures that do not add up are named;
 * the totals computed, never typed.
 */
class JaarcijfercontroleTest {

    static Jaarcijfer c(long id, int jaar, Grootheid g, Deel d, int waarde, String bron) {
        return new Jaarcijfer(id, jaar, g, d, waarde, bron, null);
    }

    static final Grootheid T = Grootheid.TAAKSTELLING;
    static final Grootheid G = Grootheid.GEHUISVEST;

    /** Wassenaar 2015–2017 as the demo enters them (004:L15-17, L23-31, L84-112, L116-117). */
    static List<Jaarcijfer> wassenaar() {
        return List.of(
                c(1, 2015, T, Deel.JAAR, 41, "004:L23-31"),
                c(2, 2016, T, Deel.JAAR, 51, "004:L23-31"),
                c(3, 2016, T, Deel.JAAR, 66, "004:L84-112"),
                c(4, 2016, G, Deel.JAAR, 46, "004:L15-17"),
                c(5, 2016, G, Deel.JAAR, 56, "004:L84-112"),
                c(6, 2017, T, Deel.JAAR, 45, "004:L23-31"),
                c(7, 2017, T, Deel.EERSTE_HALFJAAR, 20, "004:L84-112"),
                c(8, 2017, T, Deel.TWEEDE_HALFJAAR, 15, "004:L84-112"),
                c(9, 2017, T, Deel.ACHTERSTAND, 10, "004:L116-117"));
    }

    @Test
    void wassenaar_2015_tot_2017_telt_op_tot_137_en_noemt_elke_tegenstrijdigheid() {
        Jaarcijfercontrole.Controle k = Jaarcijfercontrole.controleer(wassenaar());
        assertThat(k.totalen()).containsExactly(new Jaarcijfercontrole.Totaal(T, 2015, 2017, 137, 152),
                new Jaarcijfercontrole.Totaal(G, 2016, 2016, 46, 56));
        List<String> b = new ArrayList<>();
        k.bevindingen().forEach(x -> b.add(x.soort() + " " + x.jaar() + " " + x.grootheid() + ": " + x.omschrijving()
                + " " + x.cijfers()));
        assertThat(b).containsExactly(
                "MEERDERE_WAARDEN 2016 TAAKSTELLING: Voor 2016 staan 2 verschillende waarden: 51 (004:L23-31), "
                        + "66 (004:L84-112). [2, 3]",
                "MEERDERE_WAARDEN 2016 GEHUISVEST: Voor 2016 staan 2 verschillende waarden: 46 (004:L15-17), "
                        + "56 (004:L84-112). [4, 5]",
                "DELEN_VERKLAARD 2017 TAAKSTELLING: 45 (004:L23-31) = 20 (eerste halfjaar) + 15 (tweede halfjaar) "
                        + "+ 10 (achterstand uit 2016): de halfjaren samen met de achterstand uit 2016. [6, 7, 8, 9]",
                "ACHTERSTAND_AFGELEID 2017 TAAKSTELLING: Achterstand 10 in 2017 (004:L116-117) = taakstelling − "
                        + "gehuisvest 2016: 66 − 56 = 10 (004:L84-112; 004:L84-112); met de andere waarden: "
                        + "51 − 46 = 5 (004:L23-31; 004:L15-17); 51 − 56 = -5 (004:L23-31; 004:L84-112); "
                        + "66 − 46 = 20 (004:L84-112; 004:L15-17). [9, 3, 5]");
    }

    static Stream<Arguments> gevallen() {
        return Stream.of(
                Arguments.of("één waarde per jaar: geen bevinding",
                        List.of(c(1, 2015, T, Deel.JAAR, 41, "a"), c(2, 2016, T, Deel.JAAR, 51, "a")), List.of()),
                Arguments.of("dezelfde waarde uit twee bronnen: geen tegenstrijdigheid",
                        List.of(c(1, 2016, T, Deel.JAAR, 51, "a"), c(2, 2016, T, Deel.JAAR, 51, "b")), List.of()),
                Arguments.of("twee waarden voor één jaar",
                        List.of(c(1, 2016, T, Deel.JAAR, 51, "a"), c(2, 2016, T, Deel.JAAR, 66, "b")),
                        List.of(Soort.MEERDERE_WAARDEN)),
                Arguments.of("halfjaren die het jaar maken, zonder achterstand: geen bevinding",
                        List.of(c(1, 2017, T, Deel.JAAR, 35, "a"), c(2, 2017, T, Deel.EERSTE_HALFJAAR, 20, "b"),
                                c(3, 2017, T, Deel.TWEEDE_HALFJAAR, 15, "b")), List.of()),
                Arguments.of("halfjaren met de achterstand: verklaard",
                        List.of(c(1, 2017, T, Deel.JAAR, 45, "a"), c(2, 2017, T, Deel.EERSTE_HALFJAAR, 20, "b"),
                                c(3, 2017, T, Deel.TWEEDE_HALFJAAR, 15, "b"), c(4, 2017, T, Deel.ACHTERSTAND, 10, "c")),
                        List.of(Soort.DELEN_VERKLAARD)),
                Arguments.of("halfjaren zonder de achterstand wijken af",
                        List.of(c(1, 2017, T, Deel.JAAR, 45, "a"), c(2, 2017, T, Deel.EERSTE_HALFJAAR, 20, "b"),
                                c(3, 2017, T, Deel.TWEEDE_HALFJAAR, 15, "b")), List.of(Soort.DELEN_WIJKEN_AF)),
                Arguments.of("een achterstand die uit geen paar van het vorige jaar volgt",
                        List.of(c(1, 2016, T, Deel.JAAR, 51, "a"), c(2, 2016, G, Deel.JAAR, 46, "a"),
                                c(3, 2017, T, Deel.ACHTERSTAND, 10, "b")), List.of(Soort.ACHTERSTAND_WIJKT_AF)),
                Arguments.of("een achterstand zonder gegevens van het vorige jaar: niets te toetsen",
                        List.of(c(1, 2017, T, Deel.ACHTERSTAND, 10, "b")), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gevallen")
    void de_controle_noemt_precies_de_verschillen(String geval, List<Jaarcijfer> cijfers, List<Soort> soorten) {
        assertThat(Jaarcijfercontrole.controleer(cijfers).bevindingen()).extracting(Jaarcijfercontrole.Bevinding::soort)
                .containsExactlyElementsOf(soorten);
    }
}
