import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.woonregie.platform.web.ApiException;
import nl.woonregie.toezicht.cijfers.internal.Bestand;
import nl.woonregie.toezicht.cijfers.internal.Fouten;
import nl.woonregie.toezicht.cijfers.internal.Kolom;
import nl.woonregie.toezicht.cijfers.internal.TabelLezer;
import nl.woonregie.toezicht.cijfers.internal.Werkmapbom;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Time and memory of XLSX import uploads, as the import reads them (TabelLezer on the application's classes, without
 * HTTP): {@code bom} is the workbook of issue 13 (shared strings that inflate 57 times to 513 MiB; about 9 MiB
 * compressed), {@code gewoon} a valid import of 100,000 rows. Run by perf/xlsx-import.sh.
 *
 * <p>Arguments: bom|gewoon, the number of parallel uploads.
 */
public class XlsxImport {

    public static void main(String[] args) throws Exception {
        String soort = args[0];
        int parallel = Integer.parseInt(args[1]);
        byte[] bestand = soort.equals("bom") ? Werkmapbom.metTeksten(513) : gewoon(100_000);
        List<Kolom> kolommen = List.of(Kolom.verplicht("gemeente"), Kolom.verplicht("aantal"));
        lees(Werkmapbom.metTeksten(1), kolommen); // warm up the classes
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<Future<String[]>> uploads = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < parallel; i++) {
            uploads.add(pool.submit(() -> {
                com.sun.management.ThreadMXBean threads =
                        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
                long voor = threads.getCurrentThreadAllocatedBytes();
                long t0 = System.nanoTime();
                String uitkomst = lees(bestand, kolommen);
                return new String[] {Long.toString((System.nanoTime() - t0) / 1_000_000),
                        Long.toString((threads.getCurrentThreadAllocatedBytes() - voor) >> 20), uitkomst};
            }));
        }
        long maxMs = 0;
        long gealloceerd = 0;
        String uitkomst = null;
        for (Future<String[]> f : uploads) {
            String[] r = f.get();
            maxMs = Math.max(maxMs, Long.parseLong(r[0]));
            gealloceerd += Long.parseLong(r[1]);
            uitkomst = r[2];
        }
        long totaalMs = (System.nanoTime() - start) / 1_000_000;
        pool.shutdown();
        long piek = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                piek += p.getPeakUsage().getUsed();
            }
        }
        System.out.printf("%s, %d parallel, bestand %.1f MiB, -Xmx %d MiB: per upload %d ms (alle %d ms), "
                        + "gealloceerd %d MiB per upload, piek heap %d MiB; %s%n", soort, parallel,
                bestand.length / 1048576.0, Runtime.getRuntime().maxMemory() >> 20, maxMs, totaalMs,
                gealloceerd / parallel, piek >> 20, uitkomst);
    }

    static String lees(byte[] bestand, List<Kolom> kolommen) {
        Fouten fouten = new Fouten();
        try {
            int rijen = TabelLezer.lees(new Bestand(bestand, "cijfers.xlsx", Bestand.Formaat.XLSX), kolommen, fouten)
                    .rijen().size();
            return "gelezen: " + rijen + " rijen";
        } catch (ApiException e) {
            return "geweigerd: " + e.invalidParams().get(0).reason();
        } catch (OutOfMemoryError e) {
            return "OutOfMemoryError";
        }
    }

    static byte[] gewoon(int rijen) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(1000)) {
            var blad = wb.createSheet("Cijfers");
            var kop = blad.createRow(0);
            kop.createCell(0).setCellValue("gemeente");
            kop.createCell(1).setCellValue("aantal");
            for (int r = 1; r <= rijen; r++) {
                var rij = blad.createRow(r);
                rij.createCell(0).setCellValue(String.format("GM%04d", r % 342));
                rij.createCell(1).setCellValue(r % 1000);
            }
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            wb.write(uit);
            return uit.toByteArray();
        }
    }
}
