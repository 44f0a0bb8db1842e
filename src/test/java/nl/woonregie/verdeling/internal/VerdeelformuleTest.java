package nl.woonregie.verdeling.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.woonregie.verdeling.Afronding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Art. 29 lid 1 as a table of cases, and the published 2024-I figure on the shipped CBS population of 2023. */
class VerdeelformuleTest {

    @ParameterizedTest(name = "{0} × {1} / {2} {3} = {4}")
    @CsvSource({
        // exact shares are never rounded up
        "100, 50, 100, OMHOOG, 50",
        "100, 50, 100, HALF_OMHOOG, 50",
        // the smallest remainder rounds up, but not to the nearest
        "100, 501, 1000, OMHOOG, 51",
        "100, 501, 1000, HALF_OMHOOG, 50",
        // a half: up in both
        "1, 1, 2, OMHOOG, 1",
        "1, 1, 2, HALF_OMHOOG, 1",
        // just under a half
        "1, 499, 1000, HALF_OMHOOG, 0",
        "1, 499, 1000, OMHOOG, 1",
        // nothing to distribute, or no inhabitants: 0
        "0, 566221, 17942942, OMHOOG, 0",
        "18750, 0, 17811291, OMHOOG, 0",
        // 's-Gravenhage in 2024-I: 18,750 × 562,839 / 17,811,291 = 592.5…
        "18750, 562839, 17811291, OMHOOG, 593",
        "18750, 562839, 17811291, HALF_OMHOOG, 593",
        // Schiermonnikoog in 2024-I: 18,750 × 954 / 17,811,291 = 1.004… (a whole person up)
        "18750, 954, 17811291, OMHOOG, 2",
        "18750, 954, 17811291, HALF_OMHOOG, 1",
    })
    void het_aandeel_van_een_gemeente(long vg, long iG, long iN, Afronding afronding, long verwacht) {
        assertThat(Verdeelformule.aandeel(vg, iG, iN, afronding)).isEqualTo(verwacht);
    }

    @Test
    void negatieve_invoer_of_geen_inwoners_in_nederland_wordt_geweigerd() {
        assertThatThrownBy(() -> Verdeelformule.aandeel(-1, 1, 1, Afronding.OMHOOG))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Verdeelformule.aandeel(1, -1, 1, Afronding.OMHOOG))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Verdeelformule.aandeel(1, 1, 0, Afronding.OMHOOG))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void de_som_van_2024_I_met_18750_naar_boven_afgerond_is_18928() throws IOException {
        Map<String, Long> bevolking = bevolking(2023);
        long iN = bevolking.values().stream().mapToLong(Long::longValue).sum();
        assertThat(bevolking).hasSize(342);
        assertThat(iN).isEqualTo(17_811_291L);
        Map<String, Long> verdeling = Verdeelformule.verdeel(18_750, bevolking, iN, Afronding.OMHOOG);
        assertThat(verdeling.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(18_928L);
        assertThat(verdeling).containsEntry("GM0518", 593L).containsEntry("GM0363", 967L);
        // plain rounding loses one: 18,749
        assertThat(Verdeelformule.verdeel(18_750, bevolking, iN, Afronding.HALF_OMHOOG).values().stream()
                .mapToLong(Long::longValue).sum()).isEqualTo(18_749L);
    }

    /** The shipped CBS population of 1 January of a year (referentiedata), by code. */
    static Map<String, Long> bevolking(int jaar) throws IOException {
        Map<String, Long> result = new LinkedHashMap<>();
        try (InputStream in = VerdeelformuleTest.class.getClassLoader()
                .getResourceAsStream("referentiedata/bevolking-gemeenten-per-jaar.csv")) {
            String[] regels = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < regels.length; i++) {
                String regel = regels[i];
                if (regel.startsWith(jaar + ",")) {
                    String[] velden = regel.split(",");
                    result.put(velden[2], Long.parseLong(velden[velden.length - 1].strip()));
                }
            }
        }
        return result;
    }
}
