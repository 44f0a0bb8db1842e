package nl.woonregie.platform.importbestand;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a foreign file's columns couple to an import's own columns (issue 19 §6: COA's monthly overview has other
 * names, another order and title rows above its header). The header is on line {@code koprij} (lines above it are
 * titles and are skipped); {@code kolommen} names, per column of the import, the column of the file that holds it
 * (matched case-insensitively, surrounding white space ignored); {@code vasteWaarden} gives a column the file does
 * not have one value for every row; a row that holds one of the {@code overslaan} texts (case-insensitive) in any
 * cell is a total or a note and is skipped. Columns of the file that are not coupled are ignored.
 */
public record Kolomkoppeling(int koprij, Map<String, String> kolommen, Map<String, String> vasteWaarden,
        List<String> overslaan) {

    public Kolomkoppeling {
        kolommen = Map.copyOf(kolommen);
        vasteWaarden = Map.copyOf(vasteWaarden);
        overslaan = List.copyOf(overslaan);
    }

    /** The file's own columns under their own names, header on line 1: what an import without a coupling reads. */
    public static Kolomkoppeling zelfde(List<Kolom> kolommen) {
        return new Kolomkoppeling(1, kolommen.stream().collect(Collectors.toMap(Kolom::naam, Kolom::naam)), Map.of(),
                List.of());
    }

    /** The texts of {@link #overslaan}, lower case, for comparing. */
    Set<String> overslaanKlein() {
        return overslaan.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /** How an error names an import column: the file's column with the import's name beside it when they differ. */
    String weergave(String kolom) {
        String bron = kolommen.get(kolom);
        if (bron != null) {
            return bron.equalsIgnoreCase(kolom) ? bron : bron + " (" + kolom + ")";
        }
        return vasteWaarden.containsKey(kolom) ? kolom + " (vaste waarde)" : kolom;
    }
}
