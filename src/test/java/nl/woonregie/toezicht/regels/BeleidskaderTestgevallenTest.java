package nl.woonregie.toezicht.regels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every beleidskader's own test cases (YAML, as OpenFisca's tests) pass: Zuid-Holland 2020 and the two illustrative
 * kaders of another shape (a six-step ladder judged every half year with a quarterly toets on the 15th; a four-step
 * ladder judged once a year on 25 January). And the runner does fail: a wrong expectation is named with its peildatum and field.
 */
class BeleidskaderTestgevallenTest {

    static Stream<Arguments> kaders() {
        return Stream.of(
                Arguments.of(Kaders.ZUID_HOLLAND, "/beleidskaders/testgevallen/zuid-holland-2020.yaml"),
                Arguments.of(Kaders.VOORBEELD_KWARTAAL,
                        "/beleidskaders/testgevallen/voorbeeld-kwartaal-2025.yaml"),
                Arguments.of(Kaders.VOORBEELD_JAAR, "/beleidskaders/testgevallen/voorbeeld-jaar-2025.yaml"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("kaders")
    void de_testgevallen_van_het_kader_slagen(Beleidskader kader, String bestand) {
        List<Testgevallen.Testgeval> gevallen = lees(kader, bestand);
        assertThat(gevallen).hasSizeGreaterThanOrEqualTo(4);
        List<Testgevallen.Resultaat> resultaten = Testgevallen.voerUit(kader, gevallen);
        assertThat(resultaten).allSatisfy(r -> assertThat(r.verschillen()).as(r.naam()).isEmpty());
    }

    @Test
    void een_verkeerde_verwachting_wordt_met_peildatum_en_veld_gemeld() {
        String yaml = """
                testgevallen:
                  - naam: fout verwacht
                    startTrede: "0"
                    perioden:
                      - {periode: "2025", taakstelling: 40, eindstand: {gehuisvestCoa: 20}}
                    verwacht:
                      "2026-01-25": {tredeNa: "0", saldoUit: 20}
                """;
        List<Testgevallen.Resultaat> r = Testgevallen.voerUit(Kaders.VOORBEELD_JAAR, Testgevallen.lees(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "t.yaml", Kaders.VOORBEELD_JAAR));
        assertThat(r.get(0).geslaagd()).isFalse();
        assertThat(r.get(0).verschillen()).containsExactly("2026-01-25 tredeNa: verwacht 0, berekend 1");
    }

    @Test
    void een_peildatum_die_het_kader_niet_kent_of_een_onbekend_veld_wordt_geweigerd() {
        String geenPeildatum = """
                testgevallen:
                  - naam: 1 januari bestaat hier niet
                    startTrede: "0"
                    perioden:
                      - {periode: "2025", taakstelling: 40, eindstand: {gehuisvestCoa: 20}}
                    verwacht:
                      "2026-01-01": {tredeNa: "1"}
                """;
        assertThatThrownBy(() -> Testgevallen.lees(new ByteArrayInputStream(
                geenPeildatum.getBytes(StandardCharsets.UTF_8)), "t.yaml", Kaders.VOORBEELD_JAAR))
                .hasMessageContaining("testgevallen[0].verwacht.2026-01-01")
                .hasMessageContaining("geen peildatum van dit beleidskader");
        String onbekendVeld = geenPeildatum.replace("2026-01-01", "2026-01-25").replace("tredeNa", "trede");
        assertThatThrownBy(() -> Testgevallen.lees(new ByteArrayInputStream(
                onbekendVeld.getBytes(StandardCharsets.UTF_8)), "t.yaml", Kaders.VOORBEELD_JAAR))
                .hasMessageContaining("testgevallen[0].verwacht.2026-01-25.trede is geen veld");
        String halfjaar = geenPeildatum.replace("\"2025\"", "2025-I");
        assertThatThrownBy(() -> Testgevallen.lees(new ByteArrayInputStream(
                halfjaar.getBytes(StandardCharsets.UTF_8)), "t.yaml", Kaders.VOORBEELD_JAAR))
                .hasMessageContaining("testgevallen[0].perioden[0].periode: '2025-I' is geen periode");
    }

    private static List<Testgevallen.Testgeval> lees(Beleidskader kader, String bestand) {
        try (InputStream in = BeleidskaderTestgevallenTest.class.getResourceAsStream(bestand)) {
            assertThat(in).as(bestand).isNotNull();
            return Testgevallen.lees(in, bestand, kader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
