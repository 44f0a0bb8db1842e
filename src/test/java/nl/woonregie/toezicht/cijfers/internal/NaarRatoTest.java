package nl.woonregie.toezicht.cijfers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The share of a national number by population (art. 29 lid 1: vg × iG / iN, rounded up), exactly. */
class NaarRatoTest {

    @Test
    void elk_aandeel_is_landelijk_maal_inwoners_gedeeld_door_het_totaal_naar_boven_afgerond() {
        Map<String, Long> inwoners = new LinkedHashMap<>();
        inwoners.put("GM0001", 1L);
        inwoners.put("GM0002", 1L);
        inwoners.put("GM0003", 1L);
        // 10 / 3 = 3.33…: every share rounds up to 4, so the sum (12) exceeds the national number
        assertThat(NaarRato.verdeel(10, inwoners)).containsExactly(Map.entry("GM0001", 4L), Map.entry("GM0002", 4L),
                Map.entry("GM0003", 4L));
    }

    @Test
    void een_deling_zonder_rest_wordt_niet_afgerond() {
        Map<String, Long> inwoners = new LinkedHashMap<>();
        inwoners.put("GM0001", 25L);
        inwoners.put("GM0002", 75L);
        assertThat(NaarRato.verdeel(100, inwoners)).containsExactly(Map.entry("GM0001", 25L),
                Map.entry("GM0002", 75L));
    }

    @Test
    void de_ambitie_van_2022_II_voor_een_gemeente_van_een_half_miljoen() {
        // 20 000 × 550 000 / 17 500 000 = 628.57…: 629
        Map<String, Long> inwoners = new LinkedHashMap<>();
        inwoners.put("GM0518", 550_000L);
        inwoners.put("rest", 16_950_000L);
        assertThat(NaarRato.verdeel(20_000, inwoners).get("GM0518")).isEqualTo(629L);
    }

    @Test
    void de_som_ligt_tussen_het_landelijke_aantal_en_dat_plus_het_aantal_gemeenten_min_een() {
        Random random = new Random(15);
        for (int keer = 0; keer < 200; keer++) {
            Map<String, Long> inwoners = new LinkedHashMap<>();
            int n = 1 + random.nextInt(400);
            for (int i = 0; i < n; i++) {
                inwoners.put("GM" + i, (long) random.nextInt(1_000_000));
            }
            inwoners.put("GM" + n, 1L + random.nextInt(1_000_000));
            long landelijk = random.nextInt(1_000_001);
            long som = NaarRato.verdeel(landelijk, inwoners).values().stream().mapToLong(Long::longValue).sum();
            assertThat(som).isBetween(landelijk, landelijk + inwoners.size() - 1);
        }
    }

    @Test
    void een_negatief_aantal_of_geen_inwoners_is_een_fout() {
        assertThatThrownBy(() -> NaarRato.verdeel(-1, Map.of("GM0001", 10L)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NaarRato.verdeel(10, Map.of("GM0001", 0L)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NaarRato.verdeel(10, Map.of("GM0001", -5L)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
