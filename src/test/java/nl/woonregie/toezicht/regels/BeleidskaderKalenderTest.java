package nl.woonregie.toezicht.regels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.woonregie.toezicht.regels.Beoordeling.Conclusie;
import nl.woonregie.toezicht.regels.Beoordeling.Eindoordeel;
import nl.woonregie.toezicht.regels.Periode.Lengte;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The calendar, the counting switches and the per-value sources of a beleidskader, as table tests. */
class BeleidskaderKalenderTest {

    @ParameterizedTest(name = "{0}: {1} – {2}, volgende {3}, vorige {4}, \"{5}\"")
    @CsvSource(delimiter = '|', textBlock = """
            2022-I  | 2022-01-01 | 2022-06-30 | 2022-II | 2021-II | eerste helft 2022
            2022-II | 2022-07-01 | 2022-12-31 | 2023-I  | 2022-I  | tweede helft 2022
            2025-K1 | 2025-01-01 | 2025-03-31 | 2025-K2 | 2024-K4 | periode januari–maart 2025
            2025-K4 | 2025-10-01 | 2025-12-31 | 2026-K1 | 2025-K3 | periode oktober–december 2025
            2025    | 2025-01-01 | 2025-12-31 | 2026    | 2024    | periode 2025
            """)
    void perioden_van_elke_lengte(String code, String eerste, String laatste, String volgende, String vorige,
            String omschrijving) {
        Lengte lengte = code.contains("-K") ? Lengte.KWARTAAL : code.contains("-") ? Lengte.HALFJAAR : Lengte.JAAR;
        Periode p = Periode.parse(code, lengte).orElseThrow();
        assertThat(p.code()).isEqualTo(code);
        assertThat(p.eersteDag()).isEqualTo(eerste);
        assertThat(p.laatsteDag()).isEqualTo(laatste);
        assertThat(p.volgende().code()).isEqualTo(volgende);
        assertThat(p.vorige().code()).isEqualTo(vorige);
        assertThat(p.omschrijving()).isEqualTo(omschrijving);
        assertThat(Periode.van(LocalDate.parse(laatste), lengte)).isEqualTo(p);
        assertThat(Periode.vanCode(code)).isEqualTo(p);
    }

    @Test
    void zonder_lengte_leest_periode_alleen_halfjaren_zoals_altijd() {
        assertThat(Periode.parse("2022-II")).contains(new Periode(2022, true));
        assertThat(Periode.parse("2022")).isEmpty();
        assertThat(Periode.parse("2022-K1")).isEmpty();
        assertThat(Periode.parse("2022-I", Lengte.JAAR)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1} → tussentijds {2}, eindoordeel {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            zuid-holland         | 2022-II | 2022-10-01 | 2023-01-01
            zuid-holland         | 2021-I  | 2021-04-01 | 2021-07-01
            kwartaal             | 2025-K2 | -          | 2025-07-01
            kwartaal             | 2025-K4 | -          | 2026-01-01
            jaar-25-januari      | 2025    | -          | 2026-01-25
            jaar-met-toets-op-15 | 2025    | 2025-07-15 | 2026-01-15
            """)
    void peildata_per_kalender(String kalender, String periode, LocalDate tussentijds, LocalDate eindoordeel) {
        Kalender k = kalender(kalender);
        Periode p = Periode.parse(periode, k.lengte()).orElseThrow();
        assertThat(k.tussentijds(p)).isEqualTo(Optional.ofNullable(tussentijds));
        assertThat(k.eindoordeel(p)).isEqualTo(eindoordeel);
        assertThat(k.periodeVan(eindoordeel)).contains(p);
        assertThat(k.isEindoordeel(eindoordeel)).isTrue();
        if (tussentijds != null) {
            assertThat(k.periodeVan(tussentijds)).contains(p);
            assertThat(k.isEindoordeel(tussentijds)).isFalse();
        }
        assertThat(k.isPeildatum(eindoordeel.plusDays(1))).isFalse();
    }

    @Test
    void peildata_over_een_jaar() {
        assertThat(kalender("zuid-holland").peildata(LocalDate.parse("2022-01-01"), LocalDate.parse("2022-12-31")))
                .extracting(LocalDate::toString)
                .containsExactly("2022-01-01", "2022-04-01", "2022-07-01", "2022-10-01");
        assertThat(kalender("jaar-25-januari").peildata(LocalDate.parse("2025-01-01"), LocalDate.parse("2027-01-31")))
                .extracting(LocalDate::toString).containsExactly("2025-01-25", "2026-01-25", "2027-01-25");
        assertThat(kalender("kwartaal").peildata(LocalDate.parse("2025-02-01"), LocalDate.parse("2025-10-01")))
                .extracting(LocalDate::toString).containsExactly("2025-04-01", "2025-07-01", "2025-10-01");
    }

    @Test
    void het_kader_van_zuid_holland_heeft_de_kalender_van_altijd_en_een_bron_per_waarde() {
        Beleidskader zh = Kaders.ZUID_HOLLAND;
        assertThat(zh.kalender()).isEqualTo(Kalender.HALFJAAR_MET_TUSSENTIJDSE_TOETS);
        assertThat(zh.tussentijdseFactor().bron(LocalDate.parse("2020-10-01"))).hasValueSatisfying(
                b -> assertThat(b).contains("1 oktober 2020"));
        assertThat(zh.drempelNietStijgen().bron(LocalDate.parse("2021-07-01"))).hasValueSatisfying(
                b -> assertThat(b).contains("2021-II"));
        assertThat(zh.drempelNietStijgen().bron(LocalDate.parse("2023-01-01"))).hasValueSatisfying(
                b -> assertThat(b).contains("vanaf 2022"));
        assertThat(zh.drempelNietStijgen().op(LocalDate.parse("2023-01-01"))).isEmpty();
    }

    @Test
    void een_tussenstand_bij_een_kader_zonder_tussentijdse_toets_wordt_geweigerd() {
        assertThatThrownBy(() -> DossierBouwer.dossier(Kaders.VOORBEELD_JAAR, "0").periode("2025", 10).tussen(1, 1L)
                .eind(10).beoordeel())
                .hasMessageContaining("kent geen tussentijdse toets");
    }

    // R11 excuses too few koppelingen when there were no omkoppelingen and no stapelgemeente; each of the three can
    // be switched off per period. Base: Zuid-Holland in 2022-II, koppelingen 5 of 90 still to house.

    @ParameterizedTest(name = "teltMee {0}; omkoppelingen {1}, stapelmaanden {2} → {3} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            -                                      | 0 | 0 | ZELFDE_FASE   | R11
            'koppelingen: {\"2022-07-01\": false}'  | 0 | 0 | VOLGENDE_FASE | R12
            'koppelingen: {\"2023-01-01\": false}'  | 0 | 0 | ZELFDE_FASE   | R11
            -                                      | 2 | 0 | VOLGENDE_FASE | R12
            'omkoppelingen: {\"2022-07-01\": false}' | 2 | 0 | ZELFDE_FASE   | R11
            -                                      | 0 | 6 | VOLGENDE_FASE | R12
            'stapelgemeente: {\"2022-07-01\": false}' | 0 | 6 | ZELFDE_FASE  | R11
            """)
    void wat_meetelt_is_per_periode_in_te_stellen(String teltMee, long omkoppelingen, int stapelMaanden,
            Conclusie conclusie, String regel) throws IOException {
        Beleidskader kader = zuidHollandMet(teltMee.equals("-") ? "" : "teltMee:\n  " + teltMee + "\n");
        Eindoordeel e = (Eindoordeel) DossierBouwer.dossier(kader, "2").periode("2022-II", 100).tussen(10, 5L)
                .eind(new Dossier.Eindstand(40, 0, null, omkoppelingen, stapelMaanden, stapelMaanden > 0, null))
                .beoordeel().beoordelingen().get(1);
        assertThat(e.conclusie()).isEqualTo(conclusie);
        assertThat(e.motivering()).extracting(Beoordeling.Motivering::regel).contains(regel);
        if (teltMee.contains("stapelgemeente")) {
            assertThat(e.stapelgemeente()).isFalse();
            assertThat(e.motivering().get(3).tekst()).contains("(4) stapelgemeente: telt in deze periode niet mee");
        }
        if (teltMee.contains("omkoppelingen")) {
            assertThat(e.omkoppelingen()).isFalse();
            assertThat(e.omkoppelingenTellenMee()).isFalse();
            assertThat(e.motivering().get(3).tekst()).contains("2 gemeld, maar omkoppelingen tellen in deze periode "
                    + "niet mee (zo bepaalt het beleidskader)");
        }
        if (teltMee.startsWith("koppelingen: {\"2022")) {
            assertThat(e.motivering().get(3).tekst()).contains("(2) koppelingen: tellen in deze periode niet mee");
        }
    }

    @Test
    void fouten_in_kalender_en_teltMee_worden_genoemd() {
        assertThatThrownBy(() -> zuidHollandMet("kalender: {periode: maand}\n"))
                .hasMessageContaining("kalender.periode: 'maand' is geen kwartaal, halfjaar of jaar");
        assertThatThrownBy(() -> zuidHollandMet("kalender: {periode: jaar, peildag: 31}\n"))
                .hasMessageContaining("kalender.peildag moet tussen 1 en 28 liggen");
        assertThatThrownBy(() -> zuidHollandMet("teltMee: {huurcontracten: {\"2022-01-01\": false}}\n"))
                .hasMessageContaining("teltMee.huurcontracten is onbekend");
        assertThatThrownBy(() -> zuidHollandMet("teltMee: {koppelingen: {\"2022-01-01\": nee}}\n"))
                .hasMessageContaining("teltMee.koppelingen.2022-01-01 moet true of false zijn");
    }

    private static Beleidskader zuidHollandMet(String extra) throws IOException {
        try (InputStream in = BeleidskaderKalenderTest.class
                .getResourceAsStream("/beleidskaders/zuid-holland-2020.yaml")) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (extra.startsWith("kalender")) {
                yaml = yaml.replaceAll("(?s)\nkalender:.*?peildag: 1\n", "\n");
            }
            return BeleidskaderLezer.lees(new ByteArrayInputStream((yaml + "\n" + extra)
                    .getBytes(StandardCharsets.UTF_8)), "variant.yaml");
        }
    }

    private static Kalender kalender(String naam) {
        return switch (naam) {
            case "zuid-holland" -> Kalender.HALFJAAR_MET_TUSSENTIJDSE_TOETS;
            case "kwartaal" -> new Kalender(Lengte.KWARTAAL, false, 1);
            case "jaar-25-januari" -> new Kalender(Lengte.JAAR, false, 25);
            case "jaar-met-toets-op-15" -> new Kalender(Lengte.JAAR, true, 15);
            default -> throw new IllegalArgumentException(naam);
        };
    }

}
