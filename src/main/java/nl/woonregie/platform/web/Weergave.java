package nl.woonregie.platform.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Dutch formats for pages ({@code ${@nl.getal(1592)}} → 1.592; € 1.750,00; 1 oktober 2022; "tweede helft 2022";
 * "1 week", "3 weken"), for the values of input fields (1.750,00) and reading them back ({@link #leesBedrag}).
 * Labels of codes are {@link Labels}.
 */
@Component("nl")
public class Weergave {

    public static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);
    private static final DateTimeFormatter KORT = DateTimeFormatter.ofPattern("d MMM yyyy", NL);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", NL);
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Pattern NL_MET_KOMMA = Pattern.compile("-?(\\d{1,3}(\\.\\d{3})+|\\d+),\\d*");
    private static final Pattern DUIZENDTALLEN = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");
    private static final Pattern GEWOON = Pattern.compile("-?\\d+(\\.\\d{1,2})?");

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

    /** A date in words, "1 oktober 2022" (pages use {@code @nl.datum}; messages and descriptions this); "–" for null. */
    public static String dag(LocalDate d) {
        return d == null ? "–" : DATUM.format(d);
    }

    /** A count with the singular or plural of its noun: {@code aantal(1, "week", "weken")} → "1 week". */
    public String aantal(Number n, String enkelvoud, String meervoud) {
        return telling(n, enkelvoud, meervoud);
    }

    /** {@link #aantal} for messages and descriptions: "1 inschrijving", "3 inschrijvingen", "1.250 gemeenten". */
    public static String telling(Number n, String enkelvoud, String meervoud) {
        if (n == null) {
            return "–";
        }
        NumberFormat f = NumberFormat.getNumberInstance(NL);
        return f.format(n) + " " + (n.longValue() == 1 && n.doubleValue() == 1.0 ? enkelvoud : meervoud);
    }

    /**
     * A size of a file the Dutch way, as a file manager shows it (1 kB = 1,024 bytes, 1 MB = 1,024 kB), with at most
     * one decimal: "850 bytes", "12 kB", "1,5 MB", "10 MB". Pages use {@code @nl.grootte}.
     */
    public static String bytes(long n) {
        NumberFormat f = NumberFormat.getNumberInstance(NL);
        f.setMaximumFractionDigits(1);
        if (n < 1024) {
            return f.format(n) + (n == 1 ? " byte" : " bytes");
        }
        if (n < 1024 * 1024) {
            return f.format(n / 1024.0) + " kB";
        }
        return f.format(n / (1024.0 * 1024.0)) + " MB";
    }

    /** See {@link #bytes}. */
    public String grootte(Number n) {
        return n == null ? "–" : bytes(n.longValue());
    }

    /**
     * An amount as an input field shows it, Dutch and without the euro sign: "1.750,00" (what {@link #leesBedrag}
     * reads back); empty for null.
     */
    public String invoer(Number n) {
        return bedragInvoer(n);
    }

    /** {@link #invoer} for a form record that fills its fields from stored amounts. */
    public static String bedragInvoer(Number n) {
        if (n == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(NL);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(n instanceof BigDecimal b ? b : n);
    }

    /**
     * An amount as a person types it, the Dutch way: "1.750,00", "1750,00", "1750", "1.750" (points group
     * thousands) and "€ 1.750"; a point with one or two decimals ("1750.5") is taken as a decimal point. Null when
     * it is not an amount ("1,750.00", "12,3,4", "abc").
     */
    public static BigDecimal leesBedrag(String tekst) {
        if (tekst == null) {
            return null;
        }
        String t = tekst.strip().replace("€", "").replace(" ", "").replace("\u00a0", "");
        if (NL_MET_KOMMA.matcher(t).matches()) {
            t = t.replace(".", "").replace(',', '.');
            return new BigDecimal(t.endsWith(".") ? t + "0" : t);
        }
        if (DUIZENDTALLEN.matcher(t).matches()) {
            return new BigDecimal(t.replace(".", ""));
        }
        return GEWOON.matcher(t).matches() ? new BigDecimal(t) : null;
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

    /** A date where space is short, still in words: "25 jan. 2025". */
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

    /** The conclusion of a judgment inside a sentence or cell: "volgende fase" (labels/toezicht.properties). */
    public String conclusie(Object c) {
        return c == null ? "–" : Labels.inZin("toezicht.BeoordelingRecord.Conclusie", c.toString());
    }
}
