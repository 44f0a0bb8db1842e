package nl.woonregie.platform.importbestand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.management.ManagementFactory;
import java.util.List;

import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import org.junit.jupiter.api.Test;

/**
 * An XLSX import cannot cost more memory than its data needs: a file that inflates far beyond that is refused while it
 * is read, with the reason in Dutch at the field {@code bestand} — before the bound, a 9 MiB workbook whose shared
 * strings inflated 57 times passed POI's zip-bomb check and cost about 1 GiB per upload. Memory is checked as the bytes
 * this thread allocates (deterministic, unlike a time); the time and memory per upload are measured by
 * {@code perf/xlsx-import.sh} (docs/performance.md).
 */
class WerkmapGrenzenTest {

    static final List<Kolom> KOLOMMEN = List.of(Kolom.verplicht("gemeente"), Kolom.verplicht("aantal"));

    @Test
    void een_werkmap_waarvan_de_teksten_57_keer_uitpakken_wordt_geweigerd_zonder_ze_in_het_geheugen_te_laden() {
        byte[] bom = Werkmapbom.metTeksten(32);
        long[] grootte = Werkmapbom.grootte(bom, "xl/sharedStrings.xml");
        // below POI's own limit (an entry that inflates more than 100 times), as in the issue
        assertThat(grootte[1] / grootte[0]).isBetween(20L, 99L);
        assertThat(bom.length).isLessThan(Upload.MAX_BYTES);

        long voor = gealloceerd();
        ApiException e = catchThrowableOfType(ApiException.class, () -> lees(bom));
        long bytes = gealloceerd() - voor;

        assertThat(e.invalidParams()).extracting(InvalidParam::name).containsExactly("bestand");
        assertThat(e.invalidParams().get(0).reason()).contains("sharedStrings.xml")
                .contains(BegrensdeWerkmap.MAX_DEEL_MIB + " MiB");
        // the 32 MiB of texts are not read: what is allocated stays near the part limit
        assertThat(bytes).as("allocated bytes").isLessThan(4L * BegrensdeWerkmap.MAX_DEEL_MIB << 20);
    }

    @Test
    void een_werkblad_dat_groter_uitpakt_dan_een_import_nodig_heeft_wordt_geweigerd() {
        byte[] bom = Werkmapbom.metBlad(BegrensdeWerkmap.MAX_UITGEPAKT_MIB + 8);
        long[] grootte = Werkmapbom.grootte(bom, "xl/worksheets/sheet1.xml");
        assertThat(grootte[1] / grootte[0]).isBetween(20L, 99L);
        assertThat(bom.length).isLessThan(Upload.MAX_BYTES);
        ApiException e = catchThrowableOfType(ApiException.class, () -> lees(bom));
        assertThat(e.invalidParams()).extracting(InvalidParam::name).containsExactly("bestand");
        assertThat(e.invalidParams().get(0).reason()).contains("uitgepakt groter dan "
                + BegrensdeWerkmap.MAX_UITGEPAKT_MIB + " MiB");
    }

    @Test
    void een_cel_langer_dan_excel_toelaat_wordt_geweigerd() {
        ApiException e = catchThrowableOfType(ApiException.class,
                () -> lees(Werkmapbom.metCel(XlsxLezer.MAX_CEL + 2_000)));
        assertThat(e.invalidParams().get(0).reason()).contains("meer dan 32767 tekens");
        // a cell of Excel's maximum is read
        Tabel tabel = lees(Werkmapbom.metCel(XlsxLezer.MAX_CEL));
        assertThat(tabel.rijen().get(0).get("gemeente")).hasSize(XlsxLezer.MAX_CEL);
    }

    @Test
    void een_werkmap_die_meer_dan_honderd_keer_uitpakt_wordt_met_een_duidelijke_reden_geweigerd() {
        ApiException e = catchThrowableOfType(ApiException.class,
                () -> lees(Werkmapbom.metSterkUitpakkendeTeksten()));
        assertThat(e.invalidParams().get(0).reason()).contains("meer dan 100 keer");
    }

    @Test
    void een_gewone_werkmap_wordt_gelezen() {
        byte[] gewoon = Werkmapbom.metTeksten(1);
        Tabel tabel = lees(gewoon);
        assertThat(tabel.rijen()).extracting(r -> r.get("gemeente") + "|" + r.get("aantal"))
                .containsExactly("GM0001|7");
    }

    private static Tabel lees(byte[] xlsx) {
        return TabelLezer.lees(new Bestand(xlsx, "cijfers.xlsx", Bestand.Formaat.XLSX), KOLOMMEN, new Fouten());
    }

    private static long gealloceerd() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
