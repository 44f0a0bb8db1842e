package nl.woonregie.platform.importbestand;

import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The parts of an uploaded XLSX file as POI reads them, counted while they are inflated, so that a small file cannot
 * expand into more memory than an import needs. POI's own zip-bomb check only refuses an entry that inflates more
 * than 100 times; a 9 MiB workbook whose shared strings inflate 57 times passed it and cost about 1 GiB per upload,
 * because POI holds the shared strings (and the styles, as an object tree) in memory whole. Here, in the bytes POI
 * actually reads:
 * <ul>
 *   <li>the worksheet that is streamed ({@link #streamt}, read by SAX, row by row): only the total limit;</li>
 *   <li>every other part — shared strings, styles, workbook, relations, whatever a part is called — at most
 *       {@value #MAX_DEEL_MIB} MiB;</li>
 *   <li>all parts together at most {@value #MAX_UITGEPAKT_MIB} MiB.</li>
 * </ul>
 * Reading stops at the first byte beyond a limit; {@link #overschreden()} then says which, in Dutch. POI's own checks
 * (inflation ratio, number of entries) stay in force underneath.
 */
final class BegrensdeWerkmap implements ZipEntrySource {

    static final int MAX_UITGEPAKT_MIB = 64;
    static final int MAX_DEEL_MIB = 8;
    private static final long MIB = 1024 * 1024;

    private final ZipFileZipEntrySource zip;
    private final Set<String> gestreamd = new HashSet<>();
    private long totaal;
    private String overschreden;

    BegrensdeWerkmap(File bestand) throws IOException {
        this.zip = new ZipFileZipEntrySource(new ZipSecureFile(bestand));
    }

    /** The part (its name in the package, {@code /xl/worksheets/sheet1.xml}) is streamed: only the total limits it. */
    void streamt(String deelnaam) {
        gestreamd.add(naam(deelnaam));
    }

    private static String naam(String naam) {
        String n = naam.replace('\\', '/').toLowerCase(Locale.ROOT);
        return n.startsWith("/") ? n.substring(1) : n;
    }

    /** The limit that stopped reading, as the reason of a refused file; null when none did. */
    String overschreden() {
        return overschreden;
    }

    @Override
    public Enumeration<? extends ZipArchiveEntry> getEntries() {
        return zip.getEntries();
    }

    @Override
    public ZipArchiveEntry getEntry(String path) {
        return zip.getEntry(path);
    }

    @Override
    public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
        return new Teller(zip.getInputStream(entry), entry.getName());
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    @Override
    public boolean isClosed() {
        return zip.isClosed();
    }

    private void weiger(String reden) throws IOException {
        if (overschreden == null) {
            overschreden = reden;
        }
        throw new IOException(reden);
    }

    /** Counts the inflated bytes of one part, and of all together. */
    private final class Teller extends FilterInputStream {

        private final String naam;
        private final String sleutel;
        private long gelezen;

        Teller(InputStream in, String naam) {
            super(in);
            this.naam = naam;
            this.sleutel = naam(naam);
        }

        private void tel(long n) throws IOException {
            if (n <= 0) {
                return;
            }
            gelezen += n;
            totaal += n;
            if (gelezen > MAX_DEEL_MIB * MIB && !gestreamd.contains(sleutel)) {
                weiger("het onderdeel " + naam + " van de werkmap is uitgepakt groter dan " + MAX_DEEL_MIB
                        + " MiB (zoveel tekst of opmaak past niet bij een import van cijfers); sla het bestand op als "
                        + "CSV of verwijder wat niet geïmporteerd hoeft te worden");
            }
            if (totaal > MAX_UITGEPAKT_MIB * MIB) {
                weiger("de werkmap is uitgepakt groter dan " + MAX_UITGEPAKT_MIB + " MiB; splits het bestand of "
                        + "sla het op als CSV");
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                tel(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int lengte) throws IOException {
            int n = super.read(buffer, offset, lengte);
            tel(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long overgeslagen = super.skip(n);
            tel(overgeslagen);
            return overgeslagen;
        }
    }
}
