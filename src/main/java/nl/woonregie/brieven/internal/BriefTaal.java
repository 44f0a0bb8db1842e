package nl.woonregie.brieven.internal;

import static nl.woonregie.toezicht.regels.NlFormaat.getal;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import nl.woonregie.toezicht.regels.Beleidskader;
import nl.woonregie.toezicht.regels.Ladder;
import nl.woonregie.toezicht.regels.Trede;

/**
 * How a letter of this beleidskader and peildatum writes steps, saldi, percentages and stored texts: "trede 1
 * (signaleren)", "12 (achterstand)", and before the 3a/3b split "trede 3" where a stored text says "trede 3a".
 */
final class BriefTaal {

    private static final Pattern TREDE_3 = Pattern.compile("\\btrede 3[ab]\\b");

    private final Beleidskader kader;
    private final Ladder ladder;
    private final LocalDate peildatum;

    BriefTaal(Beleidskader kader, LocalDate peildatum) {
        this.kader = kader;
        this.ladder = kader.ladder();
        this.peildatum = peildatum;
    }

    String tredeLabel(String code) {
        return ladder.trede(code).map(t -> kader.tredeLabel(t, peildatum)).orElse(code);
    }

    /** "trede 1 (signaleren)", with the label as a letter of this date writes it. */
    String beschrijf(String code) {
        Trede t = ladder.trede(code).orElse(null);
        if (t == null) {
            return "trede " + code;
        }
        String label = kader.tredeLabel(t, peildatum);
        String naam = ladder.stap(t).naam();
        if (!label.equals(t.code())) {
            naam = naam.replaceAll("\\s*\\((ambtelijk|bestuurlijk)\\)", "");
        }
        return "trede " + label + " (" + naam + ")";
    }

    String trede(String code) {
        return beschrijf(code).substring("trede ".length());
    }

    /** Before the 3a/3b split a stored text's "trede 3a" reads "trede 3". */
    String label(String tekst) {
        if (tekst == null) {
            return "";
        }
        if (kader.splitsingTrede3() != null && peildatum.isBefore(kader.splitsingTrede3())) {
            return TREDE_3.matcher(tekst).replaceAll("trede 3");
        }
        return tekst;
    }

    static String saldo(long s) {
        if (s > 0) {
            return getal(s) + " (achterstand)";
        }
        if (s < 0) {
            return getal(-s) + " (voorsprong)";
        }
        return "0";
    }

    static String procent(Integer n) {
        return n == null ? "—" : n + "%";
    }

    static String jaNee(Boolean n) {
        return n == null ? "onbekend" : (n ? "ja" : "nee");
    }

    static String conclusieLabel(String c) {
        return switch (c) {
            case "VOLGENDE_FASE" -> "volgende fase";
            case "ZELFDE_FASE" -> "zelfde fase";
            case "GEREALISEERD" -> "taakstelling gerealiseerd";
            case "VOLGENDE_FASE_VOORGESTELD" -> "volgende fase voorgesteld (besluit van Gedeputeerde Staten "
                    + "nodig)";
            default -> c;
        };
    }

    static String opsomming(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " en " + items.get(items.size() - 1);
    }
}
