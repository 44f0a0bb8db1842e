package nl.woonregie.platform.importbestand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import nl.woonregie.platform.web.ApiException;
import org.junit.jupiter.api.Test;

/**
 * Reading a foreign file through a {@link Kolomkoppeling}: the header on its own line, the file's names and order,
 * its other columns ignored, totals skipped, fixed values, and errors named as the file names its columns.
 */
class TabelLezerKolomkoppelingTest {

    static final List<Kolom> VERWACHT = List.of(Kolom.verplicht("gemeente"), Kolom.optioneel("periode"),
            Kolom.verplicht("datum"), Kolom.verplicht("gehuisvest"), Kolom.verplicht("stapelgemeente"));

    static final Kolomkoppeling COA = new Kolomkoppeling(3, Map.of("gemeente", "CBS code", "datum", "Peildatum",
            "gehuisvest", "Gerealiseerd"), Map.of("stapelgemeente", "nee"), List.of("Totaal"));

    static Bestand csv(String tekst) {
        return new Bestand(tekst.getBytes(StandardCharsets.UTF_8), "coa.csv", Bestand.Formaat.CSV);
    }

    @Test
    void de_titelregels_worden_overgeslagen_en_de_kolommen_van_het_bestand_gekoppeld() {
        Fouten fouten = new Fouten();
        Tabel t = TabelLezer.lees(csv("""
                Realisatie huisvesting;;;
                stand 31-05-2094;;;
                Gemeente;gerealiseerd;CBS CODE ;Peildatum;Opmerking
                's-Gravenhage;212;GM0518;31-05-2094;
                ;;;;alleen een opmerking
                Leiden;48;GM0546;31-05-2094;incl. nareizigers
                totaal;260;;;
                """), VERWACHT, COA, fouten);
        assertThat(fouten.isLeeg()).isTrue();
        assertThat(t.kolommen()).containsExactlyInAnyOrder("gemeente", "datum", "gehuisvest", "stapelgemeente");
        assertThat(t.rijen()).extracting(Tabel.Rij::regel).containsExactly(4, 6);
        assertThat(t.rijen().get(1).waarden()).containsExactlyInAnyOrderEntriesOf(Map.of("gemeente", "GM0546",
                "datum", "31-05-2094", "gehuisvest", "48", "stapelgemeente", "nee"));
    }

    @Test
    void een_gekoppelde_kolom_die_het_bestand_niet_heeft_wordt_met_de_naam_uit_het_bestand_genoemd() {
        Fouten fouten = new Fouten();
        TabelLezer.lees(csv("""
                titel
                
                Gemeente;CBS code;Peildatum
                Leiden;GM0546;31-05-2094
                """), VERWACHT, COA, fouten);
        assertThatThrownBy(fouten::gooiAlsNietLeeg).isInstanceOfSatisfying(ApiException.class, e -> assertThat(
                e.invalidParams()).extracting(p -> p.name() + ": " + p.reason()).containsExactly(
                        "kolom Gerealiseerd (gehuisvest): ontbreekt in de kopregel (regel 3)"));
    }

    @Test
    void een_fout_in_een_regel_noemt_de_kolom_zoals_het_bestand_haar_noemt() {
        Fouten fouten = new Fouten();
        Tabel t = TabelLezer.lees(csv("a\nb\nCBS code;Peildatum;Gerealiseerd\nGM0546;31-05-2094;veel\n"), VERWACHT,
                COA, fouten);
        fouten.regel(t.rijen().get(0).regel(), "gehuisvest", "is geen geheel getal");
        fouten.regel(t.rijen().get(0).regel(), "stapelgemeente", "ongeldig");
        assertThatThrownBy(fouten::gooiAlsNietLeeg).isInstanceOfSatisfying(ApiException.class, e -> assertThat(
                e.invalidParams()).extracting(p -> p.name()).containsExactly(
                        "regel 4, kolom Gerealiseerd (gehuisvest)", "regel 4, kolom stapelgemeente (vaste waarde)"));
    }

    @Test
    void een_verplichte_kolom_zonder_koppeling_of_vaste_waarde_wordt_genoemd() {
        Fouten fouten = new Fouten();
        Kolomkoppeling zonderDatum = new Kolomkoppeling(1, Map.of("gemeente", "code", "gehuisvest", "aantal"),
                Map.of(), List.of());
        TabelLezer.lees(csv("code;aantal\nGM0546;4\n"), VERWACHT, zonderDatum, fouten);
        assertThatThrownBy(fouten::gooiAlsNietLeeg).isInstanceOfSatisfying(ApiException.class, e -> assertThat(
                e.invalidParams()).extracting(p -> p.name()).containsExactly("kolom datum", "kolom stapelgemeente"));
    }

    @Test
    void een_lege_kopregel_zegt_waar_de_kolomnamen_volgens_de_indeling_staan() {
        assertThatThrownBy(() -> TabelLezer.lees(csv("titel\n\n"), VERWACHT, COA, new Fouten()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.invalidParams().get(0).reason())
                        .isEqualTo("regel 3 is leeg of bestaat niet; volgens de kolomindeling staan daar de kolomnamen"));
    }

    @Test
    void het_scheidingsteken_volgt_uit_de_kopregel_niet_uit_een_titel_met_komma_s() {
        Fouten fouten = new Fouten();
        Tabel t = TabelLezer.lees(csv("Realisatie, stand mei, provincie Zuid-Holland\r\n\r\n"
                + "CBS code;Peildatum;Gerealiseerd\r\nGM0546;31-05-2094;1,0\r\n"), VERWACHT, COA, fouten);
        assertThat(t.rijen().get(0).waarden()).containsEntry("gemeente", "GM0546").containsEntry("gehuisvest", "1,0");
    }

    @Test
    void de_kopregel_van_een_voorbeeldbestand_geeft_de_kolomnamen_in_volgorde() {
        Bestand b = csv("titel;;\n\nGemeente; CBS code ;;Peildatum\nLeiden;GM0546;;31-05-2094\n");
        assertThat(TabelLezer.kopregel(b, 3)).containsExactly("Gemeente", "CBS code", "Peildatum");
        assertThat(TabelLezer.kopregel(b, 2)).isEmpty();
        assertThat(TabelLezer.kopregel(b, 9)).isEmpty();
    }
}
