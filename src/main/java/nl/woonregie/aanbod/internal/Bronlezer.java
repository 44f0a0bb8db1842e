package nl.woonregie.aanbod.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import nl.woonregie.aanbod.Aanbodbron;
import nl.woonregie.aanbod.Bronfeiten;
import nl.woonregie.aanbod.Bronverzoek;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.IsoDatum;
import nl.woonregie.platform.web.Labels;

/**
 * Judges a supply source as typed ({@link Bronverzoek}) and makes its facts ({@link Bronfeiten}), naming every invalid
 * field: a missing field the kind requires, a field of another kind, a number out of range or with more than four
 * decimals, a date that is not JJJJ-MM-DD, an end before its start, an unknown code. Numbers may be typed the Dutch
 * way (1.250 and 2,4) or as the API sends them (2.4).
 */
public final class Bronlezer {

    public static final int MAX_NAAM = 200;
    public static final int MAX_TEKST = 2000;
    public static final int MAX_DOELGROEPEN = 500;
    public static final long MAX_AANTAL = 10_000_000L;

    /** The facts, or null with the invalid fields in {@code fouten}. */
    public record Resultaat(Bronfeiten feiten, List<InvalidParam> fouten) {
    }

    private final Predicate<String> bestaandeGemeente;

    /** {@code bestaandeGemeente}: whether a code names a gemeente (for an exchange's partner). */
    public Bronlezer(Predicate<String> bestaandeGemeente) {
        this.bestaandeGemeente = bestaandeGemeente;
    }

    /** Reads the soort alone: null (and the field named) when missing or unknown. */
    public static Aanbodbron.Soort soort(String tekst, List<InvalidParam> fouten) {
        return code(tekst, "soort", Aanbodbron.Soort.class, true, fouten);
    }

    /** Judges the facts of a source of kind {@code soort} of gemeente {@code gemeente}. */
    public Resultaat lees(Aanbodbron.Soort soort, String gemeente, Bronverzoek v) {
        List<InvalidParam> f = new ArrayList<>();
        String naam = tekst(v.naam(), "naam", MAX_NAAM, true, f);
        String toelichting = tekst(v.toelichting(), "toelichting", MAX_TEKST, false, f);
        Integer jaar = null;
        Long personen = null;
        Long woningen = null;
        BigDecimal bezetting = null;
        Long verhuringen = null;
        BigDecimal maxAandeel = null;
        Aanbodbron.Duur duur = null;
        Aanbodbron.Woonvorm woonvorm = null;
        Long eenheden = null;
        Long plaatsen = null;
        String doelgroepen = null;
        String eigenaar = null;
        LocalDate start = null;
        BigDecimal perWeek = null;
        LocalDate einde = null;
        Aanbodbron.Projectstatus status = null;
        Aanbodbron.Route route = null;
        String partner = null;
        LocalDate datum = null;
        LocalDate vanaf = null;
        LocalDate tot = null;
        nl.woonregie.aanbod.Projectfeiten projectfeiten = null;
        if (soort == Aanbodbron.Soort.PROJECT) {
            projectfeiten = Projectfeitenlezer.lees(v.projectfeiten(), f);
        } else if (Projectfeitenlezer.gevuld(v.projectfeiten())) {
            f.add(new InvalidParam("projectfeiten", "hoort niet bij een bron van de soort " + Labels.inZin(soort)));
        }
        switch (soort) {
            case CORPORATIE -> {
                Long j = geheel(v.jaar(), "jaar", 2015, 2100, true, f);
                jaar = j == null ? null : j.intValue();
                boolean metPersonen = gevuld(v.personen());
                boolean metWoningen = gevuld(v.woningen());
                if (metPersonen && metWoningen) {
                    f.add(new InvalidParam("woningen", "geef personen of woningen, niet beide"));
                } else if (!metPersonen && !metWoningen) {
                    f.add(new InvalidParam("personen", "verplicht: personen of woningen"));
                }
                personen = geheel(v.personen(), "personen", 0, MAX_AANTAL, false, f);
                woningen = metPersonen ? null : geheel(v.woningen(), "woningen", 0, MAX_AANTAL, false, f);
                bezetting = decimaal(v.bezetting(), "bezetting", new BigDecimal("10"), false, f);
                verhuringen = geheel(v.verwachteVerhuringen(), "verwachteVerhuringen", 0, MAX_AANTAL, false, f);
                maxAandeel = decimaal(v.maxAandeel(), "maxAandeel", BigDecimal.ONE, false, f);
                nietVan(soort, f, veld("duur", v.duur()), veld("woonvorm", v.woonvorm()),
                        veld("eenheden", v.eenheden()), veld("plaatsen", v.plaatsen()),
                        veld("doelgroepen", v.doelgroepen()), veld("eigenaar", v.eigenaar()),
                        veld("startInhuizing", v.startInhuizing()), veld("perWeek", v.perWeek()),
                        veld("eindeGebruik", v.eindeGebruik()), veld("status", v.status()), veld("route", v.route()),
                        veld("partnergemeente", v.partnergemeente()), veld("datum", v.datum()),
                        veld("vanaf", v.vanaf()), veld("tot", v.tot()));
            }
            case PROJECT -> {
                duur = code(v.duur(), "duur", Aanbodbron.Duur.class, true, f);
                woonvorm = code(v.woonvorm(), "woonvorm", Aanbodbron.Woonvorm.class, true, f);
                plaatsen = geheel(v.plaatsen(), "plaatsen", 0, MAX_AANTAL, true, f);
                eenheden = geheel(v.eenheden(), "eenheden", 0, MAX_AANTAL, false, f);
                if (eenheden != null && plaatsen != null && eenheden < plaatsen) {
                    f.add(new InvalidParam("eenheden", "minder eenheden (" + eenheden + ") dan plaatsen voor "
                            + "statushouders (" + plaatsen + ")"));
                }
                doelgroepen = tekst(v.doelgroepen(), "doelgroepen", MAX_DOELGROEPEN, false, f);
                eigenaar = tekst(v.eigenaar(), "eigenaar", MAX_NAAM, false, f);
                start = datum(v.startInhuizing(), "startInhuizing", true, f);
                perWeek = decimaal(v.perWeek(), "perWeek", BigDecimal.valueOf(MAX_AANTAL), false, f);
                einde = datum(v.eindeGebruik(), "eindeGebruik", false, f);
                if (einde != null && duur == Aanbodbron.Duur.PERMANENT) {
                    f.add(new InvalidParam("eindeGebruik", "alleen bij tijdelijk gebruik"));
                } else if (einde != null && start != null && !einde.isAfter(start)) {
                    f.add(new InvalidParam("eindeGebruik", "moet na de start van de inhuizing liggen"));
                }
                status = code(v.status(), "status", Aanbodbron.Projectstatus.class, true, f);
                nietVan(soort, f, veld("jaar", v.jaar()), veld("personen", v.personen()),
                        veld("woningen", v.woningen()), veld("bezetting", v.bezetting()),
                        veld("verwachteVerhuringen", v.verwachteVerhuringen()), veld("maxAandeel", v.maxAandeel()),
                        veld("route", v.route()), veld("partnergemeente", v.partnergemeente()),
                        veld("datum", v.datum()), veld("vanaf", v.vanaf()), veld("tot", v.tot()));
            }
            case ROUTE -> {
                route = code(v.route(), "route", Aanbodbron.Route.class, true, f);
                if (route == Aanbodbron.Route.UITRUIL) {
                    partner = gemeente(v.partnergemeente(), gemeente, f);
                } else if (gevuld(v.partnergemeente())) {
                    f.add(new InvalidParam("partnergemeente", "alleen bij een uitruil"));
                }
                boolean eenmalig = gevuld(v.datum()) || gevuld(v.personen());
                boolean tempo = gevuld(v.perWeek()) || gevuld(v.vanaf()) || gevuld(v.tot());
                if (eenmalig && tempo) {
                    f.add(new InvalidParam("perWeek", "geef een datum met personen of een tempo per week, niet "
                            + "beide"));
                } else if (!eenmalig && !tempo) {
                    f.add(new InvalidParam("datum", "verplicht: een datum met personen, of een tempo per week"));
                } else if (eenmalig) {
                    datum = datum(v.datum(), "datum", true, f);
                    personen = geheel(v.personen(), "personen", 0, MAX_AANTAL, true, f);
                } else {
                    perWeek = decimaal(v.perWeek(), "perWeek", BigDecimal.valueOf(MAX_AANTAL), true, f);
                    vanaf = datum(v.vanaf(), "vanaf", false, f);
                    tot = datum(v.tot(), "tot", false, f);
                    totNaVanaf(vanaf, tot, f);
                }
                nietVan(soort, f, veld("jaar", v.jaar()), veld("woningen", v.woningen()),
                        veld("bezetting", v.bezetting()), veld("verwachteVerhuringen", v.verwachteVerhuringen()),
                        veld("maxAandeel", v.maxAandeel()), veld("duur", v.duur()), veld("woonvorm", v.woonvorm()),
                        veld("eenheden", v.eenheden()), veld("plaatsen", v.plaatsen()),
                        veld("doelgroepen", v.doelgroepen()), veld("eigenaar", v.eigenaar()),
                        veld("startInhuizing", v.startInhuizing()), veld("eindeGebruik", v.eindeGebruik()),
                        veld("status", v.status()));
            }
            case TEMPO -> {
                perWeek = decimaal(v.perWeek(), "perWeek", BigDecimal.valueOf(MAX_AANTAL), true, f);
                vanaf = datum(v.vanaf(), "vanaf", false, f);
                tot = datum(v.tot(), "tot", false, f);
                totNaVanaf(vanaf, tot, f);
                nietVan(soort, f, veld("jaar", v.jaar()), veld("personen", v.personen()),
                        veld("woningen", v.woningen()), veld("bezetting", v.bezetting()),
                        veld("verwachteVerhuringen", v.verwachteVerhuringen()), veld("maxAandeel", v.maxAandeel()),
                        veld("duur", v.duur()), veld("woonvorm", v.woonvorm()), veld("eenheden", v.eenheden()),
                        veld("plaatsen", v.plaatsen()), veld("doelgroepen", v.doelgroepen()),
                        veld("eigenaar", v.eigenaar()), veld("startInhuizing", v.startInhuizing()),
                        veld("eindeGebruik", v.eindeGebruik()), veld("status", v.status()), veld("route", v.route()),
                        veld("partnergemeente", v.partnergemeente()), veld("datum", v.datum()));
            }
            default -> throw new IllegalStateException(soort.name());
        }
        if (!f.isEmpty()) {
            return new Resultaat(null, f);
        }
        return new Resultaat(new Bronfeiten(naam, toelichting, jaar, personen, woningen, bezetting, verhuringen,
                maxAandeel, duur, woonvorm, eenheden, plaatsen, doelgroepen, eigenaar, start, perWeek, einde, status,
                route, partner, datum, vanaf, tot, projectfeiten), f);
    }

    /** The reason of a change: required, at most 2,000 characters. */
    public static String reden(String tekst, List<InvalidParam> fouten) {
        return tekst(tekst, "reden", MAX_TEKST, true, fouten);
    }

    private record Veld(String naam, String waarde) {
    }

    private static Veld veld(String naam, String waarde) {
        return new Veld(naam, waarde);
    }

    private static void nietVan(Aanbodbron.Soort soort, List<InvalidParam> f, Veld... velden) {
        for (Veld v : velden) {
            if (gevuld(v.waarde())) {
                f.add(new InvalidParam(v.naam(), "hoort niet bij een bron van de soort " + Labels.inZin(soort)));
            }
        }
    }

    private static void totNaVanaf(LocalDate vanaf, LocalDate tot, List<InvalidParam> f) {
        if (vanaf != null && tot != null && tot.isBefore(vanaf)) {
            f.add(new InvalidParam("tot", "ligt voor vanaf"));
        }
    }

    private String gemeente(String tekst, String eigen, List<InvalidParam> f) {
        if (!gevuld(tekst)) {
            f.add(new InvalidParam("partnergemeente", "verplicht bij een uitruil: de CBS-code van de andere gemeente"));
            return null;
        }
        String code = tekst.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("GM\\d{4}") || !bestaandeGemeente.test(code)) {
            f.add(new InvalidParam("partnergemeente", "geen bekende gemeentecode (CBS-code zoals GM0518)"));
            return null;
        }
        if (code.equals(eigen)) {
            f.add(new InvalidParam("partnergemeente", "een andere gemeente dan de eigen"));
            return null;
        }
        return code;
    }

    public static boolean gevuld(String tekst) {
        return tekst != null && !tekst.isBlank();
    }

    public static String tekst(String tekst, String veld, int max, boolean verplicht, List<InvalidParam> f) {
        if (!gevuld(tekst)) {
            if (verplicht) {
                f.add(new InvalidParam(veld, "verplicht"));
            }
            return null;
        }
        String t = tekst.strip();
        if (t.length() > max) {
            f.add(new InvalidParam(veld, "hoogstens " + max + " tekens"));
            return null;
        }
        if (t.indexOf('\0') >= 0) {
            f.add(new InvalidParam(veld, "bevat een ongeldig teken"));
            return null;
        }
        return t;
    }

    public static Long geheel(String tekst, String veld, long min, long max, boolean verplicht, List<InvalidParam> f) {
        if (!gevuld(tekst)) {
            if (verplicht) {
                f.add(new InvalidParam(veld, "verplicht: een geheel getal"));
            }
            return null;
        }
        String t = tekst.strip();
        if (t.matches("\\d{1,3}(\\.\\d{3})+")) {
            t = t.replace(".", ""); // Dutch notation: 1.250
        }
        if (!t.matches("-?\\d{1,12}")) {
            f.add(new InvalidParam(veld, "geen geheel getal van " + grens(min) + " tot en met " + grens(max)));
            return null;
        }
        long n = Long.parseLong(t);
        if (n < min || n > max) {
            f.add(new InvalidParam(veld, "moet van " + grens(min) + " tot en met " + grens(max) + " zijn"));
            return null;
        }
        return n;
    }

    /**
     * A bound as a person reads it: 10.000.000 and 0,5 in Dutch notation, a year (2015, 2100) and other numbers below
     * 10.000 without a separator.
     */
    static String grens(Number n) {
        BigDecimal d = n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag("nl-NL"));
        f.setMaximumFractionDigits(4);
        f.setGroupingUsed(d.abs().compareTo(BigDecimal.valueOf(10_000)) >= 0);
        return f.format(d);
    }

    /** A positive number of at most four decimals, at most {@code max}. */
    public static BigDecimal decimaal(String tekst, String veld, BigDecimal max, boolean verplicht, List<InvalidParam> f) {
        if (!gevuld(tekst)) {
            if (verplicht) {
                f.add(new InvalidParam(veld, "verplicht: een getal"));
            }
            return null;
        }
        String t = tekst.strip();
        if (t.contains(",")) {
            t = t.replace(".", "").replace(',', '.'); // Dutch notation: 1.250,5
        }
        if (!t.matches("-?\\d{1,12}(\\.\\d{1,12})?")) {
            f.add(new InvalidParam(veld, "geen getal (zoals 2,4)"));
            return null;
        }
        BigDecimal d = new BigDecimal(t);
        if (d.stripTrailingZeros().scale() > 4) {
            f.add(new InvalidParam(veld, "hoogstens vier decimalen"));
            return null;
        }
        if (d.signum() < 0 || d.compareTo(max) > 0) {
            f.add(new InvalidParam(veld, "moet van 0 tot en met " + grens(max) + " zijn"));
            return null;
        }
        if (d.signum() == 0 && !veld.equals("perWeek")) {
            f.add(new InvalidParam(veld, "moet groter dan 0 zijn"));
            return null;
        }
        return d.stripTrailingZeros().scale() < 0 ? d.setScale(0) : d.stripTrailingZeros();
    }

    public static LocalDate datum(String tekst, String veld, boolean verplicht, List<InvalidParam> f) {
        if (!gevuld(tekst)) {
            if (verplicht) {
                f.add(new InvalidParam(veld, "verplicht: een datum (JJJJ-MM-DD)"));
            }
            return null;
        }
        try {
            LocalDate d = IsoDatum.parse(tekst.strip());
            if (d.getYear() < 2000 || d.getYear() > 2100) {
                f.add(new InvalidParam(veld, "moet tussen 2000 en 2100 liggen"));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            f.add(new InvalidParam(veld, "geen geldige datum (JJJJ-MM-DD)"));
            return null;
        }
    }

    public static <E extends Enum<E>> E code(String tekst, String veld, Class<E> type, boolean verplicht,
            List<InvalidParam> f) {
        if (!gevuld(tekst)) {
            if (verplicht) {
                f.add(new InvalidParam(veld, "verplicht"));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, tekst.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            f.add(new InvalidParam(veld, "onbekend: een van " + namen(type)));
            return null;
        }
    }

    private static <E extends Enum<E>> String namen(Class<E> type) {
        return String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }
}
