package nl.woonregie.platform.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of a JSON request body one by one and collects a Dutch message for every field that is missing or
 * not what it must be, named by its path ({@code perioden[1].taakstelling}), so that one 400 names them all. A reader
 * that fails returns {@code null} for that field and goes on. For the hand-written request readers of the what-if
 * endpoints, whose bodies have a shape per kind that a record binding cannot express.
 */
public final class JsonVelden {

    private static final String DATUMVORM = "moet een datum zijn in de vorm JJJJ-MM-DD";

    private final List<InvalidParam> fouten = new ArrayList<>();

    /** Every invalid field so far, in the order found. */
    public List<InvalidParam> fouten() {
        return fouten;
    }

    public boolean heeftFouten() {
        return !fouten.isEmpty();
    }

    public void fout(String pad, String reden) {
        fouten.add(new InvalidParam(pad, reden));
    }

    /** Names every property of {@code node} that is not in {@code bekend}, as {@code prefix + name}. */
    public void onbekendeVelden(JsonNode node, Set<String> bekend, String prefix) {
        for (String naam : node.propertyNames()) {
            if (!bekend.contains(naam)) {
                fout(prefix + naam, "onbekend veld");
            }
        }
    }

    /** A whole number from {@code min} to {@code max}. */
    public Long geheel(JsonNode node, String pad, boolean verplicht, long min, long max) {
        if (ontbreekt(node, pad, verplicht)) {
            return null;
        }
        if (!node.isNumber() || node.decimalValue().stripTrailingZeros().scale() > 0) {
            fout(pad, "moet een geheel getal zijn");
            return null;
        }
        BigDecimal value = node.decimalValue();
        return binnen(value, pad, BigDecimal.valueOf(min), max) ? value.longValueExact() : null;
    }

    /** A number (decimals allowed) from 0 to {@code max}. */
    public BigDecimal getal(JsonNode node, String pad, boolean verplicht, long max) {
        if (ontbreekt(node, pad, verplicht)) {
            return null;
        }
        if (!node.isNumber()) {
            fout(pad, "moet een getal zijn");
            return null;
        }
        BigDecimal value = node.decimalValue();
        return binnen(value, pad, BigDecimal.ZERO, max) ? value : null;
    }

    private boolean binnen(BigDecimal value, String pad, BigDecimal min, long max) {
        if (value.compareTo(min) < 0) {
            fout(pad, min.signum() == 0 ? "mag niet negatief zijn" : "moet minstens " + min + " zijn");
            return false;
        }
        if (value.compareTo(BigDecimal.valueOf(max)) > 0) {
            fout(pad, "mag hoogstens " + max + " zijn");
            return false;
        }
        return true;
    }

    /** {@code true} or {@code false}; absent is null. */
    public Boolean waarOnwaar(JsonNode node, String pad) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            fout(pad, "moet true of false zijn");
            return null;
        }
        return node.booleanValue();
    }

    /** A date JJJJ-MM-DD (a real day, {@link IsoDatum}). */
    public LocalDate datum(JsonNode node, String pad, boolean verplicht) {
        if (ontbreekt(node, pad, verplicht)) {
            return null;
        }
        if (!node.isString()) {
            fout(pad, DATUMVORM);
            return null;
        }
        try {
            return IsoDatum.parse(node.stringValue());
        } catch (DateTimeParseException e) {
            fout(pad, DATUMVORM);
            return null;
        }
    }

    /** The text of {@code parent.veld}: not blank when required, at most {@code maxLengte} characters, no NUL. */
    public String tekst(JsonNode parent, String veld, String pad, boolean verplicht, int maxLengte) {
        JsonNode node = parent.get(veld);
        if (ontbreekt(node, pad, verplicht)) {
            return null;
        }
        if (!node.isString()) {
            fout(pad, "moet tekst zijn");
            return null;
        }
        String value = node.stringValue();
        if (verplicht && value.isBlank()) {
            fout(pad, "mag niet leeg zijn");
            return null;
        }
        if (value.length() > maxLengte) {
            fout(pad, "mag hoogstens " + maxLengte + " tekens lang zijn");
            return null;
        }
        if (value.indexOf(0) >= 0) {
            fout(pad, "bevat een teken dat niet is toegestaan (NUL, \\u0000)");
            return null;
        }
        return value;
    }

    /** True (and "verplicht" named when required) when the field is absent or null. */
    private boolean ontbreekt(JsonNode node, String pad, boolean verplicht) {
        if (node == null || node.isNull()) {
            if (verplicht) {
                fout(pad, "verplicht");
            }
            return true;
        }
        return false;
    }
}
