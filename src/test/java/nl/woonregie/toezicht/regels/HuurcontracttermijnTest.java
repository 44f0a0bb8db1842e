package nl.woonregie.toezicht.regels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import nl.woonregie.toezicht.regels.Huurcontracttermijn.Stand;
import nl.woonregie.toezicht.regels.Periode.Lengte;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * R14's window for leases as a table over its edges: under Zuid-Holland 2020 (the last 14 days, 4 days after the end)
 * leases of period I are passed on from 17 June up to and including 4 July, those of period II from 18 December up
 * to and including 4 January; before, the window is not open yet, after it, it has passed.
 */
class HuurcontracttermijnTest {

    @ParameterizedTest(name = "{0} op {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-I  | 2022-06-15 | NOG_NIET_OPEN
            2022-I  | 2022-06-16 | NOG_NIET_OPEN
            2022-I  | 2022-06-17 | OPEN
            2022-I  | 2022-06-30 | OPEN
            2022-I  | 2022-07-01 | OPEN
            2022-I  | 2022-07-04 | OPEN
            2022-I  | 2022-07-05 | VERSTREKEN
            2022-I  | 2023-01-01 | VERSTREKEN
            2022-II | 2022-12-17 | NOG_NIET_OPEN
            2022-II | 2022-12-18 | OPEN
            2022-II | 2022-12-31 | OPEN
            2022-II | 2023-01-04 | OPEN
            2022-II | 2023-01-05 | VERSTREKEN
            2024-I  | 2024-06-17 | OPEN
            2024-I  | 2024-06-16 | NOG_NIET_OPEN
            """)
    void de_termijn_op_een_dag(String periode, LocalDate vandaag, Stand stand) {
        Huurcontracttermijn t = Huurcontracttermijn.van(Periode.of(periode), 14, 4);
        assertThat(t.stand(vandaag)).isEqualTo(stand);
        assertThat(t.open(vandaag)).isEqualTo(stand == Stand.OPEN);
    }

    @ParameterizedTest(name = "{0}: ingangsdatum {1} telt: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-I  | 2022-06-16 | false
            2022-I  | 2022-06-17 | true
            2022-I  | 2022-06-30 | true
            2022-I  | 2022-07-01 | false
            2022-II | 2022-12-17 | false
            2022-II | 2022-12-18 | true
            2022-II | 2022-12-31 | true
            2022-II | 2023-01-01 | false
            """)
    void welke_ingangsdatum_telt(String periode, LocalDate ingangsdatum, boolean telt) {
        assertThat(Huurcontracttermijn.van(Periode.of(periode), 14, 4).teltIngangsdatum(ingangsdatum))
                .isEqualTo(telt);
    }

    @ParameterizedTest(name = "op {0} toont de pagina {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2022-06-16 | 2022-I  | NOG_NIET_OPEN
            2022-06-17 | 2022-I  | OPEN
            2022-07-01 | 2022-I  | OPEN
            2022-07-04 | 2022-I  | OPEN
            2022-07-05 | 2022-II | NOG_NIET_OPEN
            2022-12-17 | 2022-II | NOG_NIET_OPEN
            2022-12-18 | 2022-II | OPEN
            2022-12-31 | 2022-II | OPEN
            2023-01-01 | 2022-II | OPEN
            2023-01-04 | 2022-II | OPEN
            2023-01-05 | 2023-I  | NOG_NIET_OPEN
            """)
    void de_termijn_die_de_pagina_toont(LocalDate vandaag, String periode, Stand stand) {
        Huurcontracttermijn t = Huurcontracttermijn.teTonen(vandaag, Lengte.HALFJAAR,
                p -> Huurcontracttermijn.van(p, 14, 4));
        assertThat(t.periode().code()).isEqualTo(periode);
        assertThat(t.stand(vandaag)).isEqualTo(stand);
    }

    @Test
    void zonder_beleidskader_voor_de_lopende_periode_telt_de_vorige_nog_tot_haar_termijn_om_is() {
        // the kader ends with 2022-I: on 2 July its window is open, on 5 July there is none to show
        Huurcontracttermijn.Stand open = Huurcontracttermijn.teTonen(LocalDate.of(2022, 7, 2), Lengte.HALFJAAR,
                p -> p.code().equals("2022-I") ? Huurcontracttermijn.van(p, 14, 4) : null).stand(LocalDate.of(2022, 7, 2));
        assertThat(open).isEqualTo(Stand.OPEN);
        assertThat(Huurcontracttermijn.teTonen(LocalDate.of(2022, 7, 5), Lengte.HALFJAAR,
                p -> p.code().equals("2022-I") ? Huurcontracttermijn.van(p, 14, 4) : null)).isNull();
    }

    @Test
    void in_een_kwartaalkader_met_andere_getallen() {
        Huurcontracttermijn t = Huurcontracttermijn.van(Periode.parse("2025-K1", Lengte.KWARTAAL).orElseThrow(), 7,
                10);
        assertThat(t.ingangVanaf()).isEqualTo("2025-03-25");
        assertThat(t.uiterlijk()).isEqualTo("2025-04-10");
        assertThat(Huurcontracttermijn.teTonen(LocalDate.of(2025, 4, 10), Lengte.KWARTAAL,
                p -> Huurcontracttermijn.van(p, 7, 10)).periode().code()).isEqualTo("2025-K1");
        assertThat(Huurcontracttermijn.teTonen(LocalDate.of(2025, 4, 11), Lengte.KWARTAAL,
                p -> Huurcontracttermijn.van(p, 7, 10)).periode().code()).isEqualTo("2025-K2");
    }

    @ParameterizedTest(name = "op {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-06-20 | U kunt huurcontracten over de eerste helft 2022 doorgeven van 17 juni 2022 tot en met 4 juli 2022.
            2022-06-01 | U kunt huurcontracten over de eerste helft 2022 nog niet doorgeven: dat kan van 17 juni 2022 tot en met 4 juli 2022.
            2022-07-05 | De termijn voor huurcontracten over de eerste helft 2022 is verstreken: doorgeven kon van 17 juni 2022 tot en met 4 juli 2022.
            """)
    void de_termijn_in_woorden(LocalDate vandaag, String tekst) {
        assertThat(Huurcontracttermijn.van(Periode.of("2022-I"), 14, 4).inWoorden(vandaag)).isEqualTo(tekst);
    }

    @Test
    void een_onmogelijke_termijn_wordt_geweigerd() {
        assertThatThrownBy(() -> Huurcontracttermijn.van(Periode.of("2022-I"), 0, 4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Huurcontracttermijn.van(Periode.of("2022-I"), 14, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
