package nl.woonregie.platform.importbestand;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

import nl.woonregie.platform.web.IsoDatum;

/**
 * Reads the cells of an import row into values, adding an error named {@code regel N, kolom X} for every cell that
 * is not valid. A method returns null when the cell is invalid (the error is then recorded).
 */
public final class Cellen {

    private static final Pattern GEHEEL = Pattern.compile("[+-]?\\d{1,10}");
    private static final DateTimeFormatter NL_DATUM = DateTimeFormatter.ofPattern("dd-MM-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final Fouten fouten;

    public Cellen(Fouten fouten) {
        this.fouten = fouten;
    }

    public Fouten fouten() {
        return fouten;
    }

    /** A required text, or null (error) when empty. */
    public String tekst(Tabel.Rij rij, String kolom) {
        String waarde = rij.get(kolom);
        if (waarde.isEmpty()) {
            fouten.regel(rij.regel(), kolom, "is leeg");
            return null;
        }
        return waarde;
    }

    /** A required whole number in [min, max]. */
    public Integer geheel(Tabel.Rij rij, String kolom, int min, int max) {
        String waarde = rij.get(kolom);
        if (waarde.isEmpty()) {
            fouten.regel(rij.regel(), kolom, "is leeg");
            return null;
        }
        return geheelGetal(rij, kolom, waarde, min, max);
    }

    /** An optional whole number in [min, max]; null when the cell is empty (no error). */
    public Integer geheelOfLeeg(Tabel.Rij rij, String kolom, int min, int max) {
        String waarde = rij.get(kolom);
        return waarde.isEmpty() ? null : geheelGetal(rij, kolom, waarde, min, max);
    }

    private Integer geheelGetal(Tabel.Rij rij, String kolom, String waarde, int min, int max) {
        if (!GEHEEL.matcher(waarde).matches()) {
            fouten.regel(rij.regel(), kolom, citaat(waarde) + " is geen geheel getal");
            return null;
        }
        long getal = Long.parseLong(waarde);
        if (getal < min) {
            fouten.regel(rij.regel(), kolom, min == 0 ? "mag niet negatief zijn" : "moet minstens " + min + " zijn");
            return null;
        }
        if (getal > max) {
            fouten.regel(rij.regel(), kolom, "is te groot (hoogstens " + max + ")");
            return null;
        }
        return (int) getal;
    }

    /** A date as {@code yyyy-MM-dd} or {@code dd-MM-yyyy}. */
    public LocalDate datum(Tabel.Rij rij, String kolom) {
        String waarde = rij.get(kolom);
        if (waarde.isEmpty()) {
            fouten.regel(rij.regel(), kolom, "is leeg");
            return null;
        }
        try {
            return IsoDatum.parse(waarde);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(waarde, NL_DATUM);
            } catch (DateTimeParseException e2) {
                fouten.regel(rij.regel(), kolom, citaat(waarde) + " is geen datum; gebruik jjjj-mm-dd of dd-mm-jjjj");
                return null;
            }
        }
    }

    /** ja/nee, true/false or 1/0 (case-insensitive). */
    public Boolean janee(Tabel.Rij rij, String kolom) {
        String waarde = rij.get(kolom);
        if (waarde.isEmpty()) {
            fouten.regel(rij.regel(), kolom, "is leeg; vul ja of nee in");
            return null;
        }
        return switch (waarde.toLowerCase(Locale.ROOT)) {
            case "ja", "true", "1", "waar" -> Boolean.TRUE;
            case "nee", "false", "0", "onwaar" -> Boolean.FALSE;
            default -> {
                fouten.regel(rij.regel(), kolom, citaat(waarde) + " is geen ja of nee (ook true/false of 1/0)");
                yield null;
            }
        };
    }

    /** The value quoted for an error message, shortened. */
    public static String citaat(String waarde) {
        String s = waarde.replaceAll("\\p{Cntrl}", " ");
        return "'" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "'";
    }
}
