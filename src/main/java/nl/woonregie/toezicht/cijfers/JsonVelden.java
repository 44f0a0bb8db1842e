package nl.woonregie.toezicht.cijfers;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.IsoDatum;
import nl.woonregie.toezicht.regels.Periode;
import tools.jackson.databind.JsonNode;

/** Reads fields of a JSON request tree, adding an {@link InvalidParam} named by its path for every invalid one. */
final class JsonVelden {

    private JsonVelden() {
    }

    static void onbekendeVelden(JsonNode object, Set<String> bekend, String pad, List<InvalidParam> fouten,
            String toelichting) {
        for (String naam : object.propertyNames()) {
            if (!bekend.contains(naam)) {
                fouten.add(new InvalidParam(pad + naam, "onbekend veld" + toelichting));
            }
        }
    }

    static Periode periode(JsonNode node, String naam, List<InvalidParam> fouten) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            fouten.add(new InvalidParam(naam, "verplicht"));
            return null;
        }
        Optional<Periode> p = node.isString() ? Periode.parse(node.asString()) : Optional.empty();
        if (p.isEmpty()) {
            fouten.add(new InvalidParam(naam, "verwacht een periode als 2022-I of 2022-II"));
            return null;
        }
        return p.get();
    }

    static Integer geheel(JsonNode node, String naam, int min, int max, List<InvalidParam> fouten) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            fouten.add(new InvalidParam(naam, "verplicht"));
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            fouten.add(new InvalidParam(naam, "verwacht een geheel getal"));
            return null;
        }
        int waarde = node.asInt();
        if (waarde < min || waarde > max) {
            fouten.add(new InvalidParam(naam, "moet tussen " + min + " en " + max + " liggen"));
            return null;
        }
        return waarde;
    }

    static LocalDate datum(JsonNode node, String naam, List<InvalidParam> fouten) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            fouten.add(new InvalidParam(naam, "verplicht"));
            return null;
        }
        if (node.isString()) {
            try {
                return IsoDatum.parse(node.asString());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        fouten.add(new InvalidParam(naam, "verwacht een datum als jjjj-mm-dd"));
        return null;
    }

    static String tekst(JsonNode node, String naam, int max, List<InvalidParam> fouten) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            fouten.add(new InvalidParam(naam, "verplicht"));
            return null;
        }
        if (!node.isString()) {
            fouten.add(new InvalidParam(naam, "verwacht tekst"));
            return null;
        }
        String waarde = node.asString().strip();
        if (waarde.isEmpty()) {
            fouten.add(new InvalidParam(naam, "mag niet leeg zijn"));
            return null;
        }
        if (waarde.length() > max) {
            fouten.add(new InvalidParam(naam, "hoogstens " + max + " tekens"));
            return null;
        }
        return waarde;
    }
}
