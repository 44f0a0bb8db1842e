package nl.woonregie.platform.web;

import java.util.List;

import org.springframework.validation.BindingResult;

/**
 * A page's form record is bound with a {@link BindingResult}; the service judges the input and names every invalid
 * field ({@link InvalidParam}, as the API answers them). This puts those at the form's fields, so the page shows each
 * message where the eye is, with every entered value kept. A field the form does not have becomes a global error.
 */
public final class Bindingfouten {

    private Bindingfouten() {
    }

    public static void voegToe(BindingResult resultaat, List<InvalidParam> fouten) {
        for (InvalidParam f : fouten) {
            if (resultaat.getTarget() != null && heeftVeld(resultaat, f.name())) {
                resultaat.rejectValue(f.name(), "ongeldig", f.reason());
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

    private static boolean heeftVeld(BindingResult resultaat, String veld) {
        try {
            resultaat.getFieldType(veld);
            return resultaat.getFieldType(veld) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
