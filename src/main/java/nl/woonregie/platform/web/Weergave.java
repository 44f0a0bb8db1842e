package nl.woonregie.platform.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** Dutch formats for pages ({@code ${@nl.getal(1592)}} → 1.592; 1 oktober 2022; "tweede helft 2022"). */
@Component("nl")
public class Weergave {

    public static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);
    private static final DateTimeFormatter KORT = DateTimeFormatter.ofPattern("d-M-yyyy", NL);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", NL);
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    public String getal(Number n) {
        if (n == null) {
            return "–";
        }
        NumberFormat f = NumberFormat.getNumberInstance(NL);
        f.setMaximumFractionDigits(2);
        return f.format(n instanceof BigDecimal b ? b : n);
    }

    /** An amount in euros with cents: "€ 1.234,50". */
    public String bedrag(Number n) {
        return euro(n);
    }

    /** An amount in euros with cents: "€ 1.234,50" (pages use {@code @nl.bedrag}; letters and messages this). */
    public static String euro(Number n) {
        if (n == null) {
            return "–";
        }
        NumberFormat f = NumberFormat.getNumberInstance(NL);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return "€ " + f.format(n instanceof BigDecimal b ? b : n);
    }

    public String procent(Number n) {
        return n == null ? "–" : getal(n) + "%";
    }

    public String datum(Object d) {
        if (d == null) {
            return "–";
        }
        if (d instanceof OffsetDateTime t) {
            return MOMENT.format(t.atZoneSameInstant(AMSTERDAM));
        }
        LocalDate l = d instanceof LocalDate ld ? ld : LocalDate.parse(d.toString());
        return DATUM.format(l);
    }

    public String kort(LocalDate d) {
        return d == null ? "–" : KORT.format(d);
    }

    /** "2022-II" → "tweede helft 2022". */
    public String periode(String code) {
        if (code == null) {
            return "–";
        }
        String[] delen = code.split("-");
        return (delen.length == 2 && delen[1].equals("II") ? "tweede helft " : "eerste helft ") + delen[0];
    }

    public String janee(Boolean b) {
        return b == null ? "niet vastgesteld" : b ? "ja" : "nee";
    }

    public String conclusie(String c) {
        if (c == null) {
            return "–";
        }
        return switch (c) {
            case "VOLGENDE_FASE" -> "volgende fase";
            case "ZELFDE_FASE" -> "zelfde fase";
            case "GEREALISEERD" -> "gerealiseerd";
            case "VOLGENDE_FASE_VOORGESTELD" -> "volgende fase voorgesteld (besluit nodig)";
            default -> c;
        };
    }
}
