package nl.woonregie.verdeling.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;

import nl.woonregie.toezicht.regels.Periode;
import nl.woonregie.verdeling.Afronding;
import org.junit.jupiter.api.Test;

/** The dated parameters: the shipped file, the value of a half-year, and a file with errors. */
class VerdelingsparametersTest {

    @Test
    void de_meegeleverde_parameters_zijn_die_van_de_wet_met_hun_bron() {
        Verdelingsparameters p = Verdelingsparameters.vanClasspath();
        nl.woonregie.platform.core.GedateerdeParameters.Waarde<Afronding> afronding = p.afronding(Periode.of("2024-I")).orElseThrow();
        assertThat(afronding.waarde()).isEqualTo(Afronding.OMHOOG);
        assertThat(afronding.bron()).contains("art. 29 lid 1", "naar boven afgerond");
        nl.woonregie.platform.core.GedateerdeParameters.Waarde<Verdelingsparameters.Bevolking> bevolking =
                p.bevolking(Periode.of("2024-II")).orElseThrow();
        assertThat(bevolking.waarde().instantie()).isEqualTo("CBS");
        assertThat(bevolking.waarde().peildatum(Periode.of("2024-II"))).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(bevolking.bron()).contains("1 januari van het kalenderjaar dat voorafgaat");
        assertThat(p.afronding(Periode.of("2014-II"))).isEmpty();
    }

    @Test
    void een_waarde_geldt_tot_de_volgende_datum() {
        Verdelingsparameters p = Verdelingsparameters.lees(new StringReader("""
                afronding:
                  omschrijving: afronding
                  waarden:
                    "2020-01-01": {waarde: OMHOOG, bron: wet}
                    "2023-07-01": {waarde: HALF_OMHOOG, bron: besluit}
                bevolking:
                  omschrijving: bevolking
                  waarden:
                    "2020-01-01": {waarde: {instantie: CBS, jarenVoorHalfjaar: 1}, bron: wet}
                """));
        assertThat(p.afronding(Periode.of("2023-I")).orElseThrow().waarde()).isEqualTo(Afronding.OMHOOG);
        assertThat(p.afronding(Periode.of("2023-II")).orElseThrow().waarde()).isEqualTo(Afronding.HALF_OMHOOG);
        assertThat(p.afronding(Periode.of("2023-II")).orElseThrow().bron()).isEqualTo("besluit");
        assertThat(p.afronding(Periode.of("2030-I")).orElseThrow().vanaf()).isEqualTo(LocalDate.of(2023, 7, 1));
    }

    @Test
    void elke_fout_in_het_bestand_wordt_genoemd() {
        assertThatThrownBy(() -> Verdelingsparameters.lees(new StringReader("""
                afronding:
                  omschrijving: afronding
                  waarden:
                    "2020-01-01": {waarde: AFKAPPEN, bron: wet}
                    "2020-03-01": {waarde: OMHOOG, bron: wet}
                    "2021-01-01": {waarde: OMHOOG}
                bevolking:
                  waarden:
                    "2020-01-01": {waarde: {instantie: CBS, jarenVoorHalfjaar: -1}, bron: wet}
                rente: 3
                """))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("afronding 2020-01-01: waarde moet OMHOOG of HALF_OMHOOG zijn")
                .hasMessageContaining("afronding 2020-03-01: een waarde geldt vanaf het begin van een halfjaar")
                .hasMessageContaining("afronding 2021-01-01: bron ontbreekt")
                .hasMessageContaining("bevolking: omschrijving ontbreekt")
                .hasMessageContaining("jarenVoorHalfjaar moet een geheel getal")
                .hasMessageContaining("onbekende parameter rente");
    }
}
