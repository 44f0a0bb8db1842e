package nl.woonregie.gebied.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

    private static List<Csv.Rij> lees(String tekst) {
        return Csv.lees(tekst.getBytes(StandardCharsets.UTF_8), "test.csv");
    }

    @Test
    void een_naam_met_een_komma_tussen_aanhalingstekens_blijft_een_veld() {
        List<Csv.Rij> rijen = lees("code,naam,provincie_code\nGM0820,\"Nuenen, Gerwen en Nederwetten\",PV30\n");
        assertThat(rijen).hasSize(1);
        assertThat(rijen.get(0).get("naam")).isEqualTo("Nuenen, Gerwen en Nederwetten");
        assertThat(rijen.get(0).get("provincie_code")).isEqualTo("PV30");
    }

    @Test
    void dubbele_aanhalingstekens_binnen_een_veld_worden_een_aanhalingsteken() {
        assertThat(lees("a,b\n\"zeg \"\"hoi\"\"\",2\n").get(0).get("a")).isEqualTo("zeg \"hoi\"");
    }

    @Test
    void utf8_namen_bom_crlf_en_een_ontbrekende_laatste_regeleinde_worden_goed_gelezen() {
        List<Csv.Rij> rijen = lees("\uFEFFcode,naam\r\nPV21,Fryslân\r\nPV28,'s-Gravenhage");
        assertThat(rijen).extracting(r -> r.get("naam")).containsExactly("Fryslân", "'s-Gravenhage");
        assertThat(rijen.get(0).velden()).containsOnlyKeys("code", "naam");
        assertThat(rijen.get(1).regel()).isEqualTo(3);
    }

    @Test
    void lege_regels_worden_overgeslagen_en_lege_velden_blijven_leeg() {
        List<Csv.Rij> rijen = lees("a,b\n\n1,\n");
        assertThat(rijen).hasSize(1);
        assertThat(rijen.get(0).get("b")).isEmpty();
    }

    @Test
    void een_regel_met_te_weinig_velden_wordt_geweigerd_met_het_regelnummer() {
        assertThatThrownBy(() -> lees("a,b\n1,2\n3\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test.csv regel 3");
    }

    @Test
    void een_niet_gesloten_aanhalingsteken_wordt_geweigerd() {
        assertThatThrownBy(() -> lees("a,b\n\"1,2\n")).hasMessageContaining("niet gesloten");
    }

    @Test
    void ongeldige_utf8_wordt_geweigerd() {
        byte[] latin1 = "a\nFrysl\u00e2n\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> Csv.lees(latin1, "latin1.csv")).hasMessageContaining("geen geldige UTF-8");
    }

    @Test
    void fouten_in_het_bestand_noemen_bron_en_regel() {
        byte[] latin1 = "a\nb\nFrysl\u00e2n\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> Csv.lees(latin1, "latin1.csv"))
                .hasMessage("latin1.csv regel 3: geen geldige UTF-8");
        assertThatThrownBy(() -> lees("a,b\n1,\"2\"x\n"))
                .hasMessage("test.csv regel 2: tekens na het sluitende aanhalingsteken");
        assertThatThrownBy(() -> lees("a,b\n\"1\n2\",3\"\n"))
                .hasMessage("test.csv regel 3: aanhalingsteken midden in een veld");
        assertThatThrownBy(() -> lees("a,b\n1,2\n\n\"3,4\n"))
                .hasMessage("test.csv regel 4: aanhalingsteken niet gesloten");
        assertThatThrownBy(() -> lees("\n\n")).hasMessage("test.csv: geen kopregel");
    }

    @Test
    void een_onbekende_kolom_opvragen_is_een_fout() {
        Csv.Rij rij = lees("a\n1\n").get(0);
        assertThatThrownBy(() -> rij.get("b")).hasMessageContaining("kolom 'b' bestaat niet");
        assertThatThrownBy(() -> lees("a,b\n,1\n").get(0).verplicht("a")).hasMessageContaining("is leeg");
    }
}
