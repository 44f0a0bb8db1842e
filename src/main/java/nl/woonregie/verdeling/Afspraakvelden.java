package nl.woonregie.verdeling;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import nl.woonregie.gebied.Gemeente;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.IsoDatum;
import nl.woonregie.toezicht.regels.Periode;

/** The fields an agreement (herverdeling) and an exchange (uitruil) share, read as typed and named when invalid. */
final class Afspraakvelden {

    private Afspraakvelden() {
    }

    static Periode periode(String tekst, List<InvalidParam> fouten) {
        if (tekst == null || tekst.isBlank()) {
            fouten.add(new InvalidParam("periode", "verplicht: een halfjaar zoals 2024-I of 2024-II"));
            return null;
        }
        return Periode.parse(tekst.strip().toUpperCase(Locale.ROOT)).orElseGet(() -> {
            fouten.add(new InvalidParam("periode", "moet een halfjaar zijn zoals 2024-I of 2024-II"));
            return null;
        });
    }

    static String kenmerk(String tekst, List<InvalidParam> fouten) {
        if (tekst == null || tekst.isBlank()) {
            fouten.add(new InvalidParam("kenmerk", "verplicht: het kenmerk van het besluit"));
            return null;
        }
        if (tekst.strip().length() > Herverdelingen.MAX_KENMERK) {
            fouten.add(new InvalidParam("kenmerk", "hoogstens " + Herverdelingen.MAX_KENMERK + " tekens"));
            return null;
        }
        return tekst.strip();
    }

    static LocalDate besluitdatum(String tekst, LocalDate vandaag, List<InvalidParam> fouten) {
        if (tekst == null || tekst.isBlank()) {
            fouten.add(new InvalidParam("besluitdatum", "verplicht: de datum van het besluit (JJJJ-MM-DD)"));
            return null;
        }
        try {
            LocalDate d = IsoDatum.parse(tekst.strip());
            if (d.isAfter(vandaag)) {
                fouten.add(new InvalidParam("besluitdatum", "ligt in de toekomst: leg een besluit vast als het genomen "
                        + "is"));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            fouten.add(new InvalidParam("besluitdatum", "geen geldige datum (JJJJ-MM-DD)"));
            return null;
        }
    }

    static String toelichting(String tekst, List<InvalidParam> fouten) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        if (tekst.strip().length() > Herverdelingen.MAX_TOELICHTING) {
            fouten.add(new InvalidParam("toelichting", "hoogstens " + Herverdelingen.MAX_TOELICHTING + " tekens"));
            return null;
        }
        return tekst.strip();
    }

    /** A whole number from {@code min} to {@code max}, typed as text (a JSON number arrives as its digits). */
    static Long geheel(String tekst, String veld, long min, long max, List<InvalidParam> fouten) {
        if (tekst == null || tekst.isBlank()) {
            fouten.add(new InvalidParam(veld, "verplicht: een geheel getal"));
            return null;
        }
        String t = tekst.strip();
        if (t.matches("\\d{1,3}(\\.\\d{3})+")) {
            t = t.replace(".", ""); // Dutch notation on a form: 1.250
        }
        if (!t.matches("-?\\d{1,9}")) {
            fouten.add(new InvalidParam(veld, "geen geheel getal van " + min + " tot en met "
                    + nl.woonregie.toezicht.regels.NlFormaat.getal(max)));
            return null;
        }
        long n = Long.parseLong(t);
        if (n < min || n > max) {
            fouten.add(new InvalidParam(veld, "moet van " + min + " tot en met "
                    + nl.woonregie.toezicht.regels.NlFormaat.getal(max) + " zijn"));
            return null;
        }
        return n;
    }

    /** A code as a message may repeat it: at most 20 characters. */
    static String kort(String tekst) {
        return tekst.length() > 20 ? tekst.substring(0, 20) + "…" : tekst;
    }

    /** Did the gemeente exist on at least one day of the period? */
    static boolean bestondIn(Gemeente g, Periode p) {
        return (g.geldigVanaf() == null || !g.geldigVanaf().isAfter(p.laatsteDag()))
                && (g.geldigTot() == null || g.geldigTot().isAfter(p.eersteDag()));
    }
}
