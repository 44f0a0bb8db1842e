package nl.woonregie.verhuisbox.rapportage.bestemming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import nl.woonregie.verhuisbox.rapportage.bestemming.Bestemmingsgebied.Bestemming;
import nl.woonregie.verhuisbox.rapportage.bestemming.Bestemmingsgebied.Gebied;
import nl.woonregie.verhuisbox.rapportage.bestemming.Bestemmingsgebied.Soort;
import nl.woonregie.verhuisbox.rapportage.bestemming.Bestemmingsgebied.Zoekgebied;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The area of a destination (issue 20 §5, ADR 0061) as a table of cases, on a register like the shipped one: a krimp
 * area Parkstad Limburg (Heerlen GM0917) and Eemsdelta (GM1979, formed in 2021 from Appingedam GM0003 …), an
 * anticipeer area Krimpenerwaard (GM1931, in Zuid-Holland) and Walcheren (Vlissingen GM0718), an area of another kind
 * in Zuid-Holland (Rotterdam GM0599), and Heerlen listed a second time in an anticipeer area (the krimp area wins).
 */
class BestemmingsgebiedTest {

    static final List<Zoekgebied> REGISTER = List.of(
            new Zoekgebied(Soort.KRIMPGEBIED, Set.of("GM0917", "GM0928")),
            new Zoekgebied(Soort.KRIMPGEBIED, Set.of("GM1979")),
            new Zoekgebied(Soort.ANTICIPEERGEBIED, Set.of("GM1931")),
            new Zoekgebied(Soort.ANTICIPEERGEBIED, Set.of("GM0718", "GM0917")),
            new Zoekgebied(Soort.OVERIG, Set.of("GM0599")));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                                    | gemeenten (then merged into) | provincie | area
            krimpgebied                                               | GM0917                       | PV31      | KRIMPGEBIED
            a gemeente since merged into one of a krimp area          | GM0003 GM1979                | PV20      | KRIMPGEBIED
            in a krimp and an anticipeer area: krimp                  | GM0917                       | PV31      | KRIMPGEBIED
            anticipeergebied                                          | GM0718                       | PV29      | ANTICIPEERGEBIED
            an anticipeer area in Zuid-Holland counts as anticipeer   | GM1931                       | PV28      | ANTICIPEERGEBIED
            an area of another kind counts by its province            | GM0599                       | PV28      | ZUID_HOLLAND
            Den Haag (the team's own) is Zuid-Holland                 | GM0518                       | PV28      | ZUID_HOLLAND
            elsewhere in the country                                  | GM0363                       | PV27      | REST_VAN_NEDERLAND
            a gemeente of a krimp province but not of an area         | GM0014                       | PV20      | REST_VAN_NEDERLAND
            no destination                                            | -                            | -         | ONBEKEND
            a gemeente whose province is unknown                      | GM1663                       | -         | ONBEKEND
            """)
    void het_gebied_van_een_bestemming(String geval, String gemeenten, String provincie, Gebied verwacht) {
        Bestemming b = new Bestemming(gemeenten == null ? List.of() : Arrays.asList(gemeenten.split(" ")), provincie);
        assertThat(Bestemmingsgebied.van(b, REGISTER)).as(geval).isEqualTo(verwacht);
    }

    @ParameterizedTest(name = "without a register: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            GM0917 | PV31 | REST_VAN_NEDERLAND
            GM1931 | PV28 | ZUID_HOLLAND
            """)
    void zonder_register_telt_alleen_de_provincie(String gemeente, String provincie, Gebied verwacht) {
        assertThat(Bestemmingsgebied.van(new Bestemming(List.of(gemeente), provincie), List.of())).isEqualTo(verwacht);
    }
}
