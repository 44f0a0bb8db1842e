package nl.woonregie.platform.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * A page's form record is bound with a {@link BindingResult}; the service judges the input and names every invalid
 * field ({@link InvalidParam}, as the API answers them). This puts those at the form's fields, so the page shows each
 * message where the eye is, with every entered value kept. A field the form does not have becomes a global error.
 *
 * <p>A form record holds what was typed, as text; the page reads dates, numbers, choices and amounts from it for the
 * service ({@link #datum}, {@link #geheel}, {@link #keuze}, {@link #bedrag}), and a value that cannot be read is an
 * error at its field. (Typed record components would lose the whole record to Spring's constructor binding as soon
 * as one value cannot be converted.)
 */
public final class Bindingfouten {

    /** The model attribute naming the form in error (the page's error summary shows its messages). */
    public static final String FOUTFORMULIER = "foutformulier";

    private Bindingfouten() {
    }

    /**
     * Adds the service's invalid fields. A field the page could not read (a malformed date, number or amount) keeps
     * that message: the service, given no value, would only add "verplicht".
     */
    public static void voegToe(BindingResult resultaat, List<InvalidParam> fouten) {
        for (InvalidParam f : fouten) {
            if (resultaat.getTarget() != null && heeftVeld(resultaat, f.name())) {
                if (!resultaat.hasFieldErrors(f.name())) {
                    resultaat.rejectValue(f.name(), "ongeldig", f.reason());
                }
            } else {
                resultaat.reject("ongeldig", f.name() + ": " + f.reason());
            }
        }
    }

    /** Adds the fields of an {@link ApiException} (or its message, when it names none). */
    public static void voegToe(BindingResult resultaat, ApiException e) {
        if (e.invalidParams().isEmpty()) {
            resultaat.reject("ongeldig", e.getMessage());
        } else {
            voegToe(resultaat, e.invalidParams());
        }
    }

    /**
     * One step of a page form, the same for every form: with errors already (a date, number or amount the page
     * could not read, at its field) the service's {@code controle} — which authorises, like every service call, and judges the other
     * fields — adds its findings and nothing is done; without, {@code stap} does the step through the service the
     * API calls too and returns its answer (a redirect), and a refusal of the input (400) or of the case's state (409)
     * is put at the form with its message. Anything else (403, 404 …) goes on to the error page. On errors the page
     * is shown again ({@code pagina}), with every entered value and the name of the form in error
     * ({@link #FOUTFORMULIER}).
     */
    public static String stap(Model model, BindingResult fouten, Supplier<List<InvalidParam>> controle,
            Supplier<String> stap, Supplier<String> pagina) {
        if (fouten.hasErrors()) {
            voegToe(fouten, controle.get());
        } else {
            try {
                return stap.get();
            } catch (ApiException e) {
                if (e.status().value() != 400 && e.status().value() != 409) {
                    throw e;
                }
                if (!e.invalidParams().isEmpty()) {
                    fouten.reject("melding", e.getMessage());
                }
                voegToe(fouten, e);
            }
        }
        model.addAttribute(FOUTFORMULIER, fouten.getObjectName());
        return pagina.get();
    }

    /** {@link #stap} for a form without dates, numbers, choices or amounts to read (nothing to refuse before). */
    public static String stap(Model model, BindingResult fouten, Supplier<String> stap, Supplier<String> pagina) {
        return stap(model, fouten, () -> {
            throw new IllegalStateException("Form " + fouten.getObjectName() + " has values to read: give its check");
        }, stap, pagina);
    }

    // ---------------------------------------------------------------- reading the typed values of a form record

    /** A date as {@code <input type=date>} sends it (JJJJ-MM-DD); null when empty. */
    public static LocalDate datum(BindingResult fouten, String veld, String tekst) {
        if (leeg(tekst)) {
            return null;
        }
        try {
            return IsoDatum.parse(tekst.strip());
        } catch (DateTimeParseException e) {
            return onleesbaar(fouten, veld, "een datum (JJJJ-MM-DD)");
        }
    }

    /** A whole number; null when empty. */
    public static Integer geheel(BindingResult fouten, String veld, String tekst) {
        try {
            return leeg(tekst) ? null : Integer.valueOf(tekst.strip());
        } catch (NumberFormatException e) {
            return onleesbaar(fouten, veld, "een geheel getal");
        }
    }

    /** A choice from a list, sent as its id; null when empty. */
    public static Long keuze(BindingResult fouten, String veld, String tekst) {
        try {
            return leeg(tekst) ? null : Long.valueOf(tekst.strip());
        } catch (NumberFormatException e) {
            return onleesbaar(fouten, veld, "een keuze uit de lijst");
        }
    }

    /**
     * An amount in euros typed the Dutch way (1.750,00 or 1750,00, with or without €) or with a decimal point
     * (1750.00); null when empty. Whether it is allowed (cents, sign, maximum) is the service's judgment.
     */
    public static BigDecimal bedrag(BindingResult fouten, String veld, String tekst) {
        if (leeg(tekst)) {
            return null;
        }
        BigDecimal b = Weergave.leesBedrag(tekst);
        return b != null ? b : onleesbaar(fouten, veld, "een bedrag in euro, bijvoorbeeld 1.750,00 of 1750,00");
    }

    private static boolean leeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }

    private static <T> T onleesbaar(BindingResult fouten, String veld, String reden) {
        fouten.rejectValue(veld, "onleesbaar", reden);
        return null;
    }

    private static boolean heeftVeld(BindingResult resultaat, String veld) {
        try {
            return resultaat.getFieldType(veld) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
