package nl.woonregie.platform.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reading the fields of an HTML form: each reader returns null for an empty field and adds an {@link InvalidParam}
 * naming the field for a malformed one, so a page can report every bad field at once ({@link #controleer}) and show
 * them next to the form ({@link #fouten}).
 */
public final class Formulier {

    private Formulier() {
    }

    public static LocalDate datum(String s, String veld, List<InvalidParam> f) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            f.add(new InvalidParam(veld, "een datum (JJJJ-MM-DD)"));
            return null;
        }
    }

    public static Integer geheel(String s, String veld, List<InvalidParam> f) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            f.add(new InvalidParam(veld, "een geheel getal"));
            return null;
        }
    }

    /** A choice from a list, sent as its id. */
    public static Long keuze(String s, String veld, List<InvalidParam> f) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            f.add(new InvalidParam(veld, "een keuze uit de lijst"));
            return null;
        }
    }

    /** An amount typed in Dutch (1.750,00 or 1750,00), with or without €, or with a decimal point (1750.00). */
    public static BigDecimal bedrag(String s, String veld, List<InvalidParam> f) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip().replace("€", "").replace(" ", "").replace("\u00a0", "");
        if (t.contains(",")) {
            t = t.replace(".", "").replace(',', '.');
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            f.add(new InvalidParam(veld, "een bedrag in euro, bijvoorbeeld 1750,00"));
            return null;
        }
    }

    /** Adds "verplicht" for an empty required field (unless the field is already reported as malformed). */
    public static <T> T verplicht(T waarde, String veld, List<InvalidParam> f) {
        if (waarde == null && f.stream().noneMatch(x -> x.name().equals(veld))) {
            f.add(new InvalidParam(veld, "verplicht"));
        }
        return waarde;
    }

    /** 400 with every field reported so far, if any. */
    public static void controleer(List<InvalidParam> f) {
        if (!f.isEmpty()) {
            throw ApiException.invalid("Ongeldige invoer.", f);
        }
    }

    /** The errors of a refused form per field (several reasons joined), or its message under "fout". */
    public static Map<String, String> fouten(ApiException e) {
        Map<String, String> fouten = new LinkedHashMap<>();
        for (InvalidParam p : e.invalidParams()) {
            fouten.merge(p.name(), p.reason(), (a, b) -> a + "; " + b);
        }
        if (fouten.isEmpty()) {
            fouten.put("fout", e.getMessage());
        }
        return fouten;
    }

    /**
     * Runs a form action and goes back to {@code terug}: with its message, or with the errors of the refused form
     * (as flash attributes {@code melding}, or {@code fouten} and {@code foutmelding}). A refusal of access (403) or
     * an unknown object (404) is not a form error and goes on to the error page.
     */
    public static String uitvoeren(RedirectAttributes redirect, String terug, Supplier<String> actie) {
        try {
            String melding = actie.get();
            if (melding != null) {
                redirect.addFlashAttribute("melding", melding);
            }
        } catch (ApiException e) {
            if (e.status().value() == 403 || e.status().value() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("fouten", fouten(e));
            redirect.addFlashAttribute("foutmelding", e.getMessage());
        }
        return "redirect:" + terug;
    }
}
