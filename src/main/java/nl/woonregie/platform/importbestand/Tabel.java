package nl.woonregie.platform.importbestand;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A table read from an uploaded file: the (known) columns that were present and the data rows, each with its line
 * number as the user sees it in the file (the header is regel 1).
 */
public record Tabel(Set<String> kolommen, List<Rij> rijen) {

    /** A data row: values by canonical column name, stripped of surrounding white space. */
    public record Rij(int regel, Map<String, String> waarden) {

        /** The value of a column; empty when the cell is empty or the column is absent. */
        public String get(String kolom) {
            String waarde = waarden.get(kolom);
            return waarde == null ? "" : waarde;
        }
    }

    public boolean heeft(String kolom) {
        return kolommen.contains(kolom);
    }
}
