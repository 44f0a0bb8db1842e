package nl.woonregie.gebied;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.IsoDatum;

/**
 * Checks the query and path parameters of one request, collecting every invalid one (never only the first), and
 * answers 400 with all of them in {@code invalidParams}.
 */
final class Parameters {

    static final int STANDAARD_PAGINAGROOTTE = 50;
    static final int MAX_PAGINAGROOTTE = 500;

    private final List<InvalidParam> fouten = new ArrayList<>();

    /** A code in the given format; null when absent. */
    String code(String naam, String waarde, Pattern formaat, String voorbeeld) {
        if (waarde == null) {
            return null;
        }
        if (!formaat.matcher(waarde).matches()) {
            fout(naam, "moet een code zijn zoals " + voorbeeld);
            return null;
        }
        return waarde;
    }

    /**
     * A date (yyyy-mm-dd) on or after {@link GebiedService#INDELING_BEKEND_VANAF} (the API's answers name the regions,
     * known from then); {@code standaard} when absent.
     */
    LocalDate peildatum(String naam, String waarde, LocalDate standaard) {
        if (waarde == null) {
            return standaard;
        }
        LocalDate datum;
        try {
            datum = IsoDatum.parse(waarde);
        } catch (DateTimeParseException e) {
            fout(naam, "moet een datum zijn (jjjj-mm-dd)");
            return standaard;
        }
        if (datum.isBefore(GebiedService.INDELING_BEKEND_VANAF)) {
            fout(naam, "de indeling in gemeenten en regio's is bekend vanaf " + GebiedService.INDELING_BEKEND_VANAF);
        }
        return datum;
    }

    /** An integer in [min, max]; {@code standaard} when absent. */
    int getal(String naam, String waarde, int standaard, int min, int max) {
        if (waarde == null) {
            return standaard;
        }
        try {
            int getal = Integer.parseInt(waarde.strip());
            if (getal < min || getal > max) {
                fout(naam, max == Integer.MAX_VALUE ? "moet " + min + " of groter zijn"
                        : "moet tussen " + min + " en " + max + " liggen");
                return standaard;
            }
            return getal;
        } catch (NumberFormatException e) {
            fout(naam, "moet een geheel getal zijn");
            return standaard;
        }
    }

    void fout(String naam, String reden) {
        fouten.add(new InvalidParam(naam, reden));
    }

    boolean ok() {
        return fouten.isEmpty();
    }

    /** Throws 400 with every invalid parameter, if there are any. */
    void controleer() {
        if (!fouten.isEmpty()) {
            throw ApiException.invalid(fouten.size() == 1 ? "Een parameter heeft een ongeldige waarde."
                    : fouten.size() + " parameters hebben een ongeldige waarde.", fouten);
        }
    }
}
