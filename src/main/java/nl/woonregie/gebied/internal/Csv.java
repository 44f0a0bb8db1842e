package nl.woonregie.gebied.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.platform.export.CsvLezer;

/**
 * The reference data as rows by column name: comma separated, a header row, fields optionally in double quotes
 * (which may contain commas, line breaks and doubled quotes), strict UTF-8 (invalid bytes are an error, a byte order
 * mark is skipped); parsed by {@link CsvLezer} (Commons CSV). Empty lines are skipped; every other row must have as
 * many fields as the header. Errors name the file and the line.
 */
public final class Csv {

    private static final CsvLezer LEZER = CsvLezer.komma();

    /** One data row; {@link #get(String)} refuses unknown columns and {@link #regel()} is its line number (1-based). */
    public record Rij(Map<String, String> velden, int regel, String bron) {

        public String get(String kolom) {
            String waarde = velden.get(kolom);
            if (waarde == null) {
                throw new IllegalArgumentException(bron + ": kolom '" + kolom + "' bestaat niet");
            }
            return waarde;
        }

        /** The value, which must not be blank. */
        public String verplicht(String kolom) {
            String waarde = get(kolom).strip();
            if (waarde.isEmpty()) {
                throw new IllegalArgumentException(bron + " regel " + regel + ": kolom '" + kolom + "' is leeg");
            }
            return waarde;
        }
    }

    private Csv() {
    }

    /** Reads the whole stream; {@code bron} names it in error messages. */
    public static List<Rij> lees(InputStream in, String bron) throws IOException {
        return lees(in.readAllBytes(), bron);
    }

    public static List<Rij> lees(byte[] bytes, String bron) {
        CsvLezer.Gelezen gelezen = LEZER.lees(bytes);
        CsvLezer.Fout fout = gelezen.fout();
        if (fout != null) {
            throw new IllegalArgumentException(bron + " regel " + fout.regel() + ": " + fout.reden());
        }
        List<CsvLezer.Regel> records = gelezen.regels().stream()
                .filter(r -> r.velden().size() > 1 || !r.velden().get(0).isEmpty()) // an empty line
                .toList();
        if (records.isEmpty()) {
            throw new IllegalArgumentException(bron + ": geen kopregel");
        }
        List<String> kop = records.get(0).velden();
        if (kop.stream().distinct().count() != kop.size()) {
            throw new IllegalArgumentException(bron + ": dubbele kolomnaam in de kopregel " + kop);
        }
        List<Rij> rijen = new ArrayList<>(records.size() - 1);
        for (CsvLezer.Regel record : records.subList(1, records.size())) {
            List<String> velden = record.velden();
            if (velden.size() != kop.size()) {
                throw new IllegalArgumentException(bron + " regel " + record.regel() + ": " + velden.size()
                        + " velden, de kopregel heeft er " + kop.size());
            }
            Map<String, String> rij = new LinkedHashMap<>();
            for (int k = 0; k < kop.size(); k++) {
                rij.put(kop.get(k), velden.get(k));
            }
            rijen.add(new Rij(Collections.unmodifiableMap(rij), record.regel(), bron));
        }
        return rijen;
    }
}
