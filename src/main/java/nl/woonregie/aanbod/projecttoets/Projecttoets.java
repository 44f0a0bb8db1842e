package nl.woonregie.aanbod.projecttoets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks a project's facts: a pure function ({@link #toets}) from the facts it needs and the day of reading to the
 * share of statushouders, the outcome of each own requirement and the findings. Nothing is rounded before it is
 * compared: a share requirement is met when {@code plaatsen × 100 ≥ waarde × eenheden} (minimum) or {@code ≤}
 * (maximum), exactly.
 */
public final class Projecttoets {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);
    private static final BigDecimal HONDERD = BigDecimal.valueOf(100);

    private Projecttoets() {
    }

    /** A requirement of the project: a text and optionally a computable check ({@code soort} with its {@code waarde}). */
    public record Eis(String tekst, Eissoort soort, BigDecimal waarde) {
    }

    /** A source of funding with the day it lapses (null: it does not lapse). */
    public record Financiering(String bron, LocalDate vervaltOp) {
    }

    /**
     * The facts the checks need: places for statushouders and all units, the start of habitation, the requirements,
     * the temporary term and the exploitation term in years, the funding.
     */
    public record Invoer(Long plaatsen, Long eenheden, LocalDate startInhuizing, List<Eis> eisen,
            Integer tijdelijkeTermijnJaren, Integer exploitatietermijnJaren, List<Financiering> financiering) {

        public Invoer {
            eisen = eisen == null ? List.of() : List.copyOf(eisen);
            financiering = financiering == null ? List.of() : List.copyOf(financiering);
        }
    }

    /** Places for statushouders of all units, and the share in % (one decimal, half up; for display). */
    public record Aandeel(long plaatsen, long eenheden, BigDecimal procent) {
    }

    /** The outcome of a requirement. */
    public enum Uitslag {
        VOLDAAN, NIET_VOLDAAN,
        /** A computable check whose facts are missing (a share without the number of all units). */
        NIET_TE_TOETSEN,
        /** A requirement as text only: nothing to compute. */
        GEEN_TOETS
    }

    /** One requirement with its outcome and why, in a sentence with the numbers. */
    public record Eisuitkomst(String tekst, Eissoort soort, BigDecimal waarde, Uitslag uitslag, String uitleg) {
    }

    /** The kinds of finding. */
    public enum Bevindingsoort {
        /** The temporary term and the exploitation term differ (Leeghwaterplein: "max 5 jaar" against "6 jaar"). */
        TERMIJNEN_VERSCHILLEN,
        /** A source of funding lapsed before the day of reading. */
        FINANCIERING_VERVALLEN,
        /** A source of funding lapses before the start of habitation. */
        FINANCIERING_VERVALT_VOOR_INHUIZING
    }

    /** A finding: what does not add up in the facts, in a Dutch sentence. */
    public record Bevinding(Bevindingsoort type, String tekst) {
    }

    /** The share (null without both numbers or with 0 units), the requirements' outcomes and the findings. */
    public record Toetsing(Aandeel aandeel, List<Eisuitkomst> eisen, List<Bevinding> bevindingen) {
    }

    /** Checks the facts as read on {@code vandaag}. */
    public static Toetsing toets(Invoer in, LocalDate vandaag) {
        Aandeel aandeel = null;
        if (in.plaatsen() != null && in.eenheden() != null && in.eenheden() > 0) {
            aandeel = new Aandeel(in.plaatsen(), in.eenheden(), BigDecimal.valueOf(in.plaatsen()).multiply(HONDERD)
                    .divide(BigDecimal.valueOf(in.eenheden()), 1, RoundingMode.HALF_UP));
        }
        List<Eisuitkomst> eisen = new ArrayList<>();
        for (Eis e : in.eisen()) {
            eisen.add(eis(e, in.plaatsen(), in.eenheden(), aandeel));
        }
        List<Bevinding> bevindingen = new ArrayList<>();
        if (in.tijdelijkeTermijnJaren() != null && in.exploitatietermijnJaren() != null
                && !in.tijdelijkeTermijnJaren().equals(in.exploitatietermijnJaren())) {
            bevindingen.add(new Bevinding(Bevindingsoort.TERMIJNEN_VERSCHILLEN, "De tijdelijke termijn ("
                    + jaren(in.tijdelijkeTermijnJaren()) + ") en de exploitatietermijn ("
                    + jaren(in.exploitatietermijnJaren()) + ") verschillen; de bronnen beslissen niet welke geldt."));
        }
        for (Financiering f : in.financiering()) {
            if (f.vervaltOp() == null) {
                continue;
            }
            if (f.vervaltOp().isBefore(vandaag)) {
                bevindingen.add(new Bevinding(Bevindingsoort.FINANCIERING_VERVALLEN, "De financiering '" + f.bron()
                        + "' is vervallen op " + DATUM.format(f.vervaltOp()) + "."));
            } else if (in.startInhuizing() != null && f.vervaltOp().isBefore(in.startInhuizing())) {
                bevindingen.add(new Bevinding(Bevindingsoort.FINANCIERING_VERVALT_VOOR_INHUIZING, "De financiering '"
                        + f.bron() + "' vervalt op " + DATUM.format(f.vervaltOp()) + ", voor de start van de "
                        + "inhuizing op " + DATUM.format(in.startInhuizing()) + "."));
            }
        }
        return new Toetsing(aandeel, List.copyOf(eisen), List.copyOf(bevindingen));
    }

    private static Eisuitkomst eis(Eis e, Long plaatsen, Long eenheden, Aandeel aandeel) {
        if (e.soort() == null || e.waarde() == null) {
            return new Eisuitkomst(e.tekst(), e.soort(), e.waarde(), Uitslag.GEEN_TOETS,
                    "Geen berekenbare toets: beoordeel de eis zelf.");
        }
        boolean minimum = e.soort() == Eissoort.MIN_AANDEEL || e.soort() == Eissoort.MIN_AANTAL;
        String grens = (minimum ? "minstens " : "hoogstens ");
        switch (e.soort()) {
            case MIN_AANDEEL, MAX_AANDEEL -> {
                grens += getal(e.waarde()) + "% statushouders";
                if (aandeel == null) {
                    return new Eisuitkomst(e.tekst(), e.soort(), e.waarde(), Uitslag.NIET_TE_TOETSEN, "Gevraagd: "
                            + grens + "; het aandeel is niet te berekenen zonder de plaatsen voor statushouders en "
                            + "alle eenheden.");
                }
                int c = BigDecimal.valueOf(plaatsen).multiply(HONDERD)
                        .compareTo(e.waarde().multiply(BigDecimal.valueOf(eenheden)));
                boolean voldaan = minimum ? c >= 0 : c <= 0;
                return new Eisuitkomst(e.tekst(), e.soort(), e.waarde(), voldaan ? Uitslag.VOLDAAN
                        : Uitslag.NIET_VOLDAAN, getal(plaatsen) + " van " + getal(eenheden) + " is "
                        + getal(aandeel.procent()) + "%; gevraagd: " + grens + ".");
            }
            default -> {
                grens += getal(e.waarde()) + " statushouders";
                if (plaatsen == null) {
                    return new Eisuitkomst(e.tekst(), e.soort(), e.waarde(), Uitslag.NIET_TE_TOETSEN, "Gevraagd: "
                            + grens + "; het aantal plaatsen voor statushouders ontbreekt.");
                }
                int c = BigDecimal.valueOf(plaatsen).compareTo(e.waarde());
                boolean voldaan = minimum ? c >= 0 : c <= 0;
                return new Eisuitkomst(e.tekst(), e.soort(), e.waarde(), voldaan ? Uitslag.VOLDAAN
                        : Uitslag.NIET_VOLDAAN, getal(plaatsen) + " plaatsen voor statushouders; gevraagd: " + grens
                        + ".");
            }
        }
    }

    private static String jaren(int n) {
        return n + " jaar";
    }

    private static String getal(Number n) {
        NumberFormat f = NumberFormat.getNumberInstance(NL);
        f.setMaximumFractionDigits(4);
        return f.format(n);
    }
}
