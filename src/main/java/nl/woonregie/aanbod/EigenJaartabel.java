package nl.woonregie.aanbod;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A gemeente's own multi-year table in the form of the planning memo's Table 1, typed or imported
 * ({@link Jaartabellen}), with the findings where it does not add up by its own arithmetic (a total that is not its
 * parts, a saldo at the end that is not total − ambition − realisation, a saldo brought forward that is not the
 * previous year's end) and where a figure differs from the table computed from the stored figures
 * ({@link Jaaroverzicht}). Version 0 without rows: nothing recorded yet.
 *
 * @param herkomst    typed in ({@code INVOER}) or imported from a file ({@code IMPORT}, {@code bestand} its name)
 * @param regels      one per year, in year order
 * @param bevindingen per cell: the year, the column ({@code kolom}, a field of {@link Regel}), both numbers
 */
@Schema(name = "EigenJaartabel")
public record EigenJaartabel(String gemeente, int versie, Herkomst herkomst, String bestand, List<Regel> regels,
        List<Bevinding> bevindingen, String door, OffsetDateTime op, String reden) {

    /** Where a version came from. */
    public enum Herkomst {
        /** Typed on the page or sent as JSON. */
        INVOER,
        /** Imported from a CSV or XLSX file. */
        IMPORT
    }

    /**
     * A year of the table as given (null: not given): the taakstellingen of both halves, the saldo brought forward
     * (+ achterstand, − voorsprong), the extra ambition, the total to house, the realisation and the saldo at the end.
     */
    @Schema(name = "EigenJaartabelRegel")
    public record Regel(int jaar, Long taakstelling1, Long taakstelling2, Long saldoIn, Long extraAmbitie,
            Long totaal, Long gehuisvest, Long saldoUit) {

        /** The value of a column by its field name ({@link #KOLOMMEN}). */
        public Long waarde(String kolom) {
            return switch (kolom) {
                case "jaar" -> (long) jaar;
                case "taakstelling1" -> taakstelling1;
                case "taakstelling2" -> taakstelling2;
                case "saldoIn" -> saldoIn;
                case "extraAmbitie" -> extraAmbitie;
                case "totaal" -> totaal;
                case "gehuisvest" -> gehuisvest;
                case "saldoUit" -> saldoUit;
                default -> throw new IllegalArgumentException(kolom);
            };
        }
    }

    /**
     * A finding about one cell: in {@code jaar}, column {@code kolom}, the table gives {@code gevonden} where
     * {@code berekend} follows from its own other cells ({@code TOTAAL_TELT_NIET_OP}, {@code SALDO_TELT_NIET_OP},
     * {@code SALDO_SLUIT_NIET_AAN}) or from the stored figures ({@code WIJKT_AF_VAN_BEREKENING}).
     */
    @Schema(name = "EigenJaartabelBevinding")
    public record Bevinding(Jaaroverzicht.Soort soort, int jaar, String kolom, long gevonden, long berekend,
            String tekst) {
    }

    /**
     * The columns by field, with the header of the year view's export (sheet Jaren), which an import reads; the
     * export's "Realisatie: stand op" is read and ignored.
     */
    public static final Map<String, String> KOLOMMEN = kolommen();

    private static Map<String, String> kolommen() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("jaar", "Jaar");
        m.put("taakstelling1", "Taakstelling 1e helft");
        m.put("taakstelling2", "Taakstelling 2e helft");
        m.put("saldoIn", "Saldo voorgaande periode (+ achterstand, − voorsprong)");
        m.put("extraAmbitie", "Extra ambitie");
        m.put("totaal", "Totaal te huisvesten");
        m.put("gehuisvest", "Realisatie");
        m.put("saldoUit", "Saldo aan het einde");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The finding about a cell of a year, or null. */
    public Bevinding bevinding(int jaar, String kolom) {
        return bevindingen.stream().filter(b -> b.jaar() == jaar && b.kolom().equals(kolom)).findFirst()
                .orElse(null);
    }
}
