package nl.woonregie.doorbraakplan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import nl.woonregie.platform.web.Weergave;
import tools.jackson.databind.node.ObjectNode;

/**
 * A form of rows typed the Dutch way, turned into the JSON the service checks (the support calculator's and the
 * stored support plan's forms): a value that reads as what the field wants goes as that; anything else goes as the
 * text typed, so that the service names the field and the page shows the value kept.
 */
final class Formulierjson {

    private static final Pattern GEHEEL = Pattern.compile("-?\\d{1,9}");
    private static final Pattern GEHEEL_MET_PUNTEN = Pattern.compile("\\d{1,3}(\\.\\d{3}){1,2}");

    private Formulierjson() {
    }

    /** The rows with at least {@code aantal}, empty ones where none was typed. */
    static <T> List<T> aangevuld(List<T> rijen, int aantal, T leeg) {
        List<T> lijst = new ArrayList<>(rijen == null ? List.of() : rijen);
        lijst.replaceAll(r -> r == null ? leeg : r);
        while (lijst.size() < aantal) {
            lijst.add(leeg);
        }
        return lijst;
    }

    /** The rows up to the last one with something typed (empty rows between stay, so their numbers are kept). */
    static <T> List<T> totLaatste(List<T> rijen, Predicate<T> isLeeg) {
        int laatste = -1;
        for (int i = 0; i < rijen.size(); i++) {
            if (!isLeeg.test(rijen.get(i))) {
                laatste = i;
            }
        }
        return rijen.subList(0, laatste + 1);
    }

    static void tekst(ObjectNode n, String veld, String waarde) {
        if (!leeg(waarde)) {
            n.put(veld, waarde.strip());
        }
    }

    /** A whole number as typed (40, -3, 1.000). */
    static void geheel(ObjectNode n, String veld, String waarde) {
        if (leeg(waarde)) {
            return;
        }
        String s = waarde.strip();
        if (GEHEEL.matcher(s).matches()) {
            n.put(veld, Long.parseLong(s));
        } else if (GEHEEL_MET_PUNTEN.matcher(s).matches()) {
            n.put(veld, Long.parseLong(s.replace(".", "")));
        } else {
            n.put(veld, s);
        }
    }

    /** An amount typed the Dutch way (60.000,00, € 60000). */
    static void bedrag(ObjectNode n, String veld, String waarde) {
        if (leeg(waarde)) {
            return;
        }
        BigDecimal b = Weergave.leesBedrag(waarde);
        if (b != null) {
            n.put(veld, b);
        } else {
            n.put(veld, waarde.strip());
        }
    }

    static boolean leeg(String s) {
        return s == null || s.isBlank();
    }
}
