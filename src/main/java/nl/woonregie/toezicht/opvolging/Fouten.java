package nl.woonregie.toezicht.opvolging;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.IsoDatum;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.toezicht.regels.Periode;

/**
 * Collects every invalid field of a request, so that one 400 answer names them all. The read methods return null for
 * a missing or invalid value and record why; {@link #gooiAlsNodig(String)} throws the problem when there is any.
 */
final class Fouten {

    private final List<InvalidParam> lijst = new ArrayList<>();

    void voeg(String naam, String reden) {
        lijst.add(new InvalidParam(naam, reden));
    }

    boolean leeg() {
        return lijst.isEmpty();
    }

    void gooiAlsNodig(String detail) {
        if (!lijst.isEmpty()) {
            throw ApiException.invalid(detail, lijst);
        }
    }

    /** A text of 1 to {@code max} characters (not only spaces), stripped; null (and an error) otherwise. */
    String tekst(String waarde, String naam, int max) {
        if (waarde == null || waarde.isBlank()) {
            voeg(naam, "verplicht");
            return null;
        }
        if (waarde.length() > max) {
            voeg(naam, "hoogstens " + max + " tekens");
            return null;
        }
        return waarde.strip();
    }

    /** An ISO date ({@code JJJJ-MM-DD}); null when absent (an error when {@code verplicht}) or invalid. */
    LocalDate datum(String waarde, String naam, boolean verplicht) {
        if (waarde == null) {
            if (verplicht) {
                voeg(naam, "verplicht");
            }
            return null;
        }
        try {
            return IsoDatum.parse(waarde);
        } catch (DateTimeParseException e) {
            voeg(naam, "een datum JJJJ-MM-DD");
            return null;
        }
    }

    /** As {@link #datum}, and not later than {@code vandaag}. */
    LocalDate datumNietNa(String waarde, String naam, boolean verplicht, LocalDate vandaag) {
        LocalDate datum = datum(waarde, naam, verplicht);
        if (datum != null && datum.isAfter(vandaag)) {
            voeg(naam, "mag niet in de toekomst liggen (vandaag is " + Weergave.dag(vandaag) + ")");
            return null;
        }
        return datum;
    }

    /** A half-year period {@code JJJJ-I} or {@code JJJJ-II}. */
    Periode periode(String waarde, String naam) {
        if (waarde == null) {
            voeg(naam, "verplicht");
            return null;
        }
        return Periode.parse(waarde).orElseGet(() -> {
            voeg(naam, "een periode JJJJ-I of JJJJ-II, bijvoorbeeld 2022-II");
            return null;
        });
    }

    /** One of the constants of an enum, by exact name. */
    <E extends Enum<E>> E keuze(String waarde, String naam, Class<E> soort) {
        String toegestaan = String.join(" of ",
                java.util.Arrays.stream(soort.getEnumConstants()).map(Enum::name).toList());
        if (waarde == null) {
            voeg(naam, "verplicht: " + toegestaan);
            return null;
        }
        for (E e : soort.getEnumConstants()) {
            if (e.name().equals(waarde)) {
                return e;
            }
        }
        voeg(naam, "een van " + toegestaan);
        return null;
    }
}
