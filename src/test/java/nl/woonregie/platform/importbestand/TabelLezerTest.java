package nl.woonregie.platform.importbestand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Reading CSV and XLSX files into rows with the line numbers the user sees. */
class TabelLezerTest {

    static final List<Kolom> KOLOMMEN = List.of(Kolom.verplicht("gemeente"), Kolom.verplicht("aantal"),
            Kolom.optioneel("opmerking"));

    @Test
    void puntkomma_of_komma_wordt_herkend_aan_de_kopregel() {
        assertThat(waarden("gemeente;aantal\nGM0001;1,5\n")).containsExactly("2:GM0001|1,5|");
        assertThat(waarden("gemeente,aantal\nGM0001,\"1;5\"\n")).containsExactly("2:GM0001|1;5|");
        assertThat(waarden("\"gemeente;x\",aantal\n")).isEmpty(); // quoted separator does not count; error elsewhere
    }

    @Test
    void regelnummers_zijn_die_van_het_bestand_ook_met_lege_regels_en_regeleinden_in_een_veld() {
        String csv = "gemeente;aantal;opmerking\r\n\r\nGM0001;1;\"twee\nregels\"\r\nGM0002;2;x\rGM0003;3;\n;;\nGM0004;4;\n";
        assertThat(waarden(csv)).containsExactly("3:GM0001|1|twee\nregels", "5:GM0002|2|x", "6:GM0003|3|",
                "8:GM0004|4|");
    }

    @Test
    void bom_wordt_overgeslagen_en_kolomnamen_zijn_hoofdletterongevoelig_met_spaties_eromheen() {
        assertThat(waarden("\uFEFF GEMEENTE ;Aantal\nGM0001; 7 \n")).containsExactly("2:GM0001|7|");
    }

    @Test
    void aanhalingstekens_worden_verdubbeld_en_fouten_in_aanhalingstekens_worden_genoemd() {
        assertThat(waarden("gemeente;aantal;opmerking\nGM0001;1;\"zei \"\"ja\"\"\"\n"))
                .containsExactly("2:GM0001|1|zei \"ja\"");
        assertThat(fouten("gemeente;aantal\nGM0001;1\nGM0002;\"2\n")).containsExactly(
                "regel 3: aanhalingsteken niet gesloten");
        assertThat(fouten("gemeente;aantal\nGM0001;1\"2\"\n")).containsExactly(
                "regel 2: aanhalingsteken midden in een veld; zet het hele veld tussen aanhalingstekens en "
                        + "verdubbel aanhalingstekens erin");
    }

    @Test
    void kolomfouten_en_te_veel_velden_worden_allemaal_genoemd() {
        assertThat(fouten("Gemeente;onbekend;gemeente\nGM0001;x;y;z\n")).containsExactly(
                "kolom onbekend: onbekende kolom; verwacht: gemeente, aantal, opmerking",
                "kolom gemeente: staat meer dan eens in de kopregel",
                "kolom aantal: ontbreekt in de kopregel",
                "regel 2: heeft 4 velden, meer dan de 3 kolommen van de kopregel");
        // a trailing separator (an empty, unnamed column) is harmless as long as it stays empty
        assertThat(waarden("gemeente;aantal;\nGM0001;1;\n")).containsExactly("2:GM0001|1|");
        assertThat(fouten("gemeente;aantal;\nGM0001;1;x\n")).containsExactly(
                "kolom 3: een kolom zonder naam in de kopregel bevat waarden");
    }

    @Test
    void geen_utf8_geen_kopregel_of_alleen_een_kopregel_is_onleesbaar() {
        assertThatThrownBy(() -> lees("gemeente;aantal\nG\u00e9;1\n".getBytes(StandardCharsets.ISO_8859_1),
                Bestand.Formaat.CSV, new Fouten())).isInstanceOf(ApiException.class)
                .hasMessageContaining("geen geldige UTF-8");
        assertThatThrownBy(() -> lees("\n\n".getBytes(), Bestand.Formaat.CSV, new Fouten()))
                .hasMessageContaining("eerste regel moet de kolomnamen bevatten");
        assertThatThrownBy(() -> lees("gemeente;aantal\n".getBytes(), Bestand.Formaat.CSV, new Fouten()))
                .hasMessageContaining("alleen een kopregel");
    }

    @Test
    void geen_utf8_noemt_de_regel_van_het_eerste_ongeldige_teken() {
        byte[] latin1 = "gemeente;aantal;opmerking\r\nGM0001;1;\r\nGM0002;2;\"caf\u00e9\"\r\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> lees(latin1, Bestand.Formaat.CSV, new Fouten())).isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).invalidParams()).extracting(p -> p.name() + ": "
                        + p.reason()).containsExactly("bestand: het is geen geldige UTF-8-tekst (eerste ongeldige "
                        + "teken op regel 3); sla het bestand op als \"CSV UTF-8\" of als XLSX"));
    }

    @Test
    void fouten_voor_een_aanhalingstekenfout_worden_ook_genoemd() {
        assertThat(fouten("gemeente;aantal\nGM0001;1;x\nGM0002;\"2\"3\n")).containsExactly(
                "regel 2: heeft 3 velden, meer dan de 2 kolommen van de kopregel",
                "regel 3: tekens na het sluitende aanhalingsteken");
    }

    @Test
    void xlsx_eerste_werkblad_getallen_zonder_opmaak_datums_als_iso_en_lege_rijen_overgeslagen() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var blad = wb.createSheet("eerste");
            var duizend = wb.createCellStyle();
            duizend.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            var datum = wb.createCellStyle();
            datum.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yy"));
            Row kop = blad.createRow(0);
            kop.createCell(0).setCellValue("Gemeente");
            kop.createCell(1).setCellValue("aantal");
            kop.createCell(2).setCellValue("opmerking");
            Row r1 = blad.createRow(1);
            r1.createCell(0).setCellValue("GM0001");
            r1.createCell(1).setCellValue(1234);
            r1.getCell(1).setCellStyle(duizend);
            r1.createCell(2).setCellValue(LocalDate.of(2030, 3, 31));
            r1.getCell(2).setCellStyle(datum);
            Row r3 = blad.createRow(3); // row 3 (Excel row 4); row 2 is empty
            r3.createCell(0).setCellValue("GM0002");
            r3.createCell(1).setCellFormula("2*3");
            r3.createCell(2).setCellValue(true);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.createSheet("tweede").createRow(0).createCell(0).setCellValue("genegeerd");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            xlsx = out.toByteArray();
        }
        Fouten fouten = new Fouten();
        Tabel tabel = lees(xlsx, Bestand.Formaat.XLSX, fouten);
        assertThat(fouten.isLeeg()).isTrue();
        assertThat(tabel.rijen()).extracting(r -> r.regel() + ":" + r.get("gemeente") + "|" + r.get("aantal") + "|"
                + r.get("opmerking")).containsExactly("2:GM0001|1234|2030-03-31", "4:GM0002|6|TRUE");
    }

    @Test
    void een_bestand_dat_geen_xlsx_is_wordt_geweigerd() {
        assertThatThrownBy(() -> lees("gemeente;aantal\n".getBytes(), Bestand.Formaat.XLSX, new Fouten()))
                .isInstanceOf(ApiException.class).hasMessageContaining("geen leesbaar XLSX-bestand");
    }

    @Test
    void meer_dan_het_maximum_aantal_regels_wordt_geweigerd() {
        StringBuilder sb = new StringBuilder("gemeente;aantal\n");
        for (int i = 0; i <= TabelLezer.MAX_RIJEN + 1; i++) {
            sb.append("GM0001;1\n");
        }
        Fouten fouten = new Fouten();
        lees(sb.toString().getBytes(), Bestand.Formaat.CSV, fouten);
        assertThatThrownBy(fouten::gooiAlsNietLeeg).isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).invalidParams()).extracting(InvalidParam::reason)
                        .containsExactly("meer dan 100000 regels; splits het bestand"));
    }

    @Test
    void fouten_staan_in_de_volgorde_van_het_bestand_en_hoogstens_duizend_worden_genoemd() {
        Fouten fouten = new Fouten();
        for (int i = 2000; i >= 2; i--) {
            fouten.regel(i, "aantal", "fout");
        }
        fouten.kolom("x", "onbekend");
        assertThatThrownBy(fouten::gooiAlsNietLeeg).isInstanceOf(ApiException.class)
                .hasMessageContaining("er zijn 2000 fouten (de eerste 1000 staan hieronder)")
                .satisfies(e -> {
                    List<InvalidParam> params = ((ApiException) e).invalidParams();
                    assertThat(params).hasSize(1000);
                    assertThat(params.get(0).name()).isEqualTo("kolom x");
                    assertThat(params.get(1).name()).isEqualTo("regel 2, kolom aantal");
                });
    }

    // ---------------------------------------------------------------------------------------------------------

    private static Tabel lees(byte[] bytes, Bestand.Formaat formaat, Fouten fouten) {
        return TabelLezer.lees(new Bestand(bytes, null, formaat), KOLOMMEN, fouten);
    }

    private static List<String> waarden(String csv) {
        Fouten fouten = new Fouten();
        Tabel tabel;
        try {
            tabel = lees(csv.getBytes(StandardCharsets.UTF_8), Bestand.Formaat.CSV, fouten);
        } catch (ApiException e) {
            return List.of();
        }
        return tabel.rijen().stream().map(r -> r.regel() + ":" + r.get("gemeente") + "|" + r.get("aantal") + "|"
                + r.get("opmerking")).toList();
    }

    private static List<String> fouten(String csv) {
        Fouten fouten = new Fouten();
        try {
            lees(csv.getBytes(StandardCharsets.UTF_8), Bestand.Formaat.CSV, fouten);
            fouten.gooiAlsNietLeeg();
        } catch (ApiException e) {
            return e.invalidParams().stream().map(p -> p.name() + ": " + p.reason()).toList();
        }
        return List.of();
    }
}
