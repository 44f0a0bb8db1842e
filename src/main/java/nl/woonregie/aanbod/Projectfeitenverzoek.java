package nl.woonregie.aanbod;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A project's facts as typed, on the form or in the API (numbers and dates as their text), shaped like
 * {@link Projectfeiten} so that the service's names ({@code projectfeiten.eisen[0].waarde}) are the form's property
 * paths. A row whose fields are all empty counts as absent (the form's spare rows).
 */
public record Projectfeitenverzoek(List<EisRij> eisen, List<DoelgroepRij> doelgroepen, String tijdelijkeTermijnJaren,
        String exploitatietermijnJaren, List<FinancieringRij> financiering, GoBesluitVerzoek goBesluit,
        String oekraineGebruik, String oekraineToelichting, String stadsdeel, List<AdviesRij> adviezen) {

    /** Rows a form shows at least (one more than stored, at least this many). */
    public static final int RIJEN = 3;

    public record EisRij(String tekst, String soort, String waarde) {
    }

    public record DoelgroepRij(String naam, String aantal, String partners, String toelichting) {
    }

    public record FinancieringRij(String bron, String bedrag, String vervaltOp, String toelichting) {
    }

    public record GoBesluitVerzoek(String uitkomst, String datum, String kenmerk) {
    }

    public record AdviesRij(String adviseur, String datum, String uitkomst, String toelichting) {
    }

    /** The request that keeps stored facts as they are; numbers in Dutch notation. */
    public static Projectfeitenverzoek van(Projectfeiten p) {
        if (p == null) {
            return null;
        }
        return new Projectfeitenverzoek(
                p.eisen().stream().map(e -> new EisRij(e.tekst(), naam(e.soort()), decimaal(e.waarde()))).toList(),
                p.doelgroepen().stream().map(d -> new DoelgroepRij(d.naam(), tekst(d.aantal()), d.partners(),
                        d.toelichting())).toList(),
                tekst(p.tijdelijkeTermijnJaren()), tekst(p.exploitatietermijnJaren()),
                p.financiering().stream().map(f -> new FinancieringRij(f.bron(), bedrag(f.bedrag()),
                        tekst(f.vervaltOp()), f.toelichting())).toList(),
                p.goBesluit() == null ? null : new GoBesluitVerzoek(naam(p.goBesluit().uitkomst()),
                        tekst(p.goBesluit().datum()), p.goBesluit().kenmerk()),
                p.oekraineGebruik() == null ? null : p.oekraineGebruik().toString(), p.oekraineToelichting(),
                p.stadsdeel(),
                p.adviezen().stream().map(a -> new AdviesRij(naam(a.adviseur()), tekst(a.datum()),
                        naam(a.uitkomst()), a.toelichting())).toList());
    }

    /** This request with spare empty rows for a form (at least {@link #RIJEN} of each list, one more than typed). */
    public static Projectfeitenverzoek voorFormulier(Projectfeitenverzoek v) {
        Projectfeitenverzoek p = v != null ? v : new Projectfeitenverzoek(null, null, null, null, null, null, null,
                null, null, null);
        return new Projectfeitenverzoek(aangevuld(p.eisen(), new EisRij(null, null, null)),
                aangevuld(p.doelgroepen(), new DoelgroepRij(null, null, null, null)), p.tijdelijkeTermijnJaren(),
                p.exploitatietermijnJaren(), aangevuld(p.financiering(), new FinancieringRij(null, null, null, null)),
                p.goBesluit() != null ? p.goBesluit() : new GoBesluitVerzoek(null, null, null),
                p.oekraineGebruik(), p.oekraineToelichting(), p.stadsdeel(),
                aangevuld(p.adviezen(), new AdviesRij(null, null, null, null)));
    }

    private static <T> List<T> aangevuld(List<T> rijen, T leeg) {
        List<T> r = new ArrayList<>();
        if (rijen != null) {
            for (T t : rijen) {
                r.add(t == null ? leeg : t);
            }
        }
        int doel = Math.max(RIJEN, r.size() + 1);
        while (r.size() < doel) {
            r.add(leeg);
        }
        return r;
    }

    private static String tekst(Object o) {
        return o == null ? null : o.toString();
    }

    private static String decimaal(BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String bedrag(BigDecimal d) {
        if (d == null) {
            return null;
        }
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag("nl-NL"));
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(d);
    }

    private static String naam(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
