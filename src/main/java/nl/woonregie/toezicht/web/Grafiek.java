package nl.woonregie.toezicht.web;

import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/**
 * An SVG chart of a municipality's periods: bars for opgave and gehuisvest, a line for the taakstelling and one for
 * the saldo carried out, and the step after each eindoordeel as text under the period. Drawn on the server, no
 * script; the same numbers are in the table beside it (the accessible alternative).
 */
final class Grafiek {

    record Punt(String periode, long taakstelling, long opgave, Long gehuisvest, Long saldoUit, String trede) {
    }

    private Grafiek() {
    }

    static String svg(List<Punt> punten, String titel) {
        return svg(punten, titel, "grafiek-titel");
    }

    static String svg(List<Punt> punten, String titel, String titelId) {
        int breedte = 760;
        int hoogte = 320;
        int links = 56;
        int onder = 64;
        int boven = 16;
        int rechts = 16;
        long max = 1;
        long min = 0;
        for (Punt p : punten) {
            max = Math.max(max, Math.max(p.opgave(), Math.max(p.taakstelling(), p.gehuisvest() == null ? 0 : p.gehuisvest())));
            min = Math.min(min, Math.min(p.opgave(), p.saldoUit() == null ? 0 : p.saldoUit()));
            if (p.saldoUit() != null) {
                max = Math.max(max, p.saldoUit());
            }
        }
        long stap = schaalstap(max - min);
        max = ((max + stap - 1) / stap) * stap;
        min = min < 0 ? -((-min + stap - 1) / stap) * stap : 0;
        double plot = hoogte - onder - boven;
        double breedtePlot = breedte - links - rechts;
        double kolom = breedtePlot / Math.max(1, punten.size());
        long lo = min;
        long hi = max;
        java.util.function.LongToDoubleFunction y = v -> boven + plot * (hi - v) / (double) (hi - lo);
        StringBuilder sb = new StringBuilder();
        kop(sb, breedte, hoogte, titel, titelId);
        assen(sb, lo, hi, stap, y, links, breedte - rechts);
        StringBuilder taak = new StringBuilder();
        StringBuilder saldo = new StringBuilder();
        for (int i = 0; i < punten.size(); i++) {
            Punt p = punten.get(i);
            double x0 = links + i * kolom;
            double bw = kolom * 0.32;
            double nul = y.applyAsDouble(0);
            double yo = y.applyAsDouble(p.opgave());
            sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#8fb3d9\"/>",
                    x0 + kolom * 0.16, Math.min(yo, nul), bw, Math.abs(nul - yo)));
            if (p.gehuisvest() != null) {
                double yg = y.applyAsDouble(p.gehuisvest());
                sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#154273\"/>",
                        x0 + kolom * 0.16 + bw, yg, bw, nul - yg));
            }
            double xm = x0 + kolom / 2;
            taak.append(i == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f", xm,
                    y.applyAsDouble(p.taakstelling())));
            if (p.saldoUit() != null) {
                saldo.append(saldo.isEmpty() ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f", xm,
                        y.applyAsDouble(p.saldoUit())));
            }
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>", xm,
                    hoogte - onder + 16, HtmlUtils.htmlEscape(p.periode())));
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>", xm,
                    hoogte - onder + 32, p.trede() == null ? "" : "trede " + HtmlUtils.htmlEscape(p.trede())));
        }
        sb.append("<path d=\"").append(taak).append("\" fill=\"none\" stroke=\"#d35400\" stroke-width=\"2.5\"/>");
        if (!saldo.isEmpty()) {
            sb.append("<path d=\"").append(saldo).append("\" fill=\"none\" stroke=\"#2e7d32\" stroke-width=\"2.5\" "
                    + "stroke-dasharray=\"6 4\"/>");
        }
        int ly = hoogte - 12;
        sb.append(legenda(links, ly, "#8fb3d9", "opgave", false));
        sb.append(legenda(links + 110, ly, "#154273", "gehuisvest (COA)", false));
        sb.append(legenda(links + 270, ly, "#d35400", "taakstelling", true));
        sb.append(legenda(links + 400, ly, "#2e7d32", "saldo mee naar de volgende periode", true));
        sb.append("</svg>");
        return sb.toString();
    }

    /** The opening of the SVG with its title (named by {@code titelId}, unique on the page). */
    private static void kop(StringBuilder sb, int breedte, int hoogte, String titel, String titelId) {
        sb.append(String.format(Locale.ROOT, "<svg class=\"woonregie-grafiek\" viewBox=\"0 0 %d %d\" role=\"img\" "
                + "aria-labelledby=\"%s\" xmlns=\"http://www.w3.org/2000/svg\">", breedte, hoogte, titelId));
        sb.append("<title id=\"").append(titelId).append("\">").append(HtmlUtils.htmlEscape(titel)).append("</title>");
    }

    /** The horizontal grid lines with their numbers, from {@code lo} to {@code hi} every {@code stap}. */
    private static void assen(StringBuilder sb, long lo, long hi, long stap,
            java.util.function.LongToDoubleFunction y, int links, int rechts) {
        for (long v = lo; v <= hi; v += stap) {
            double yy = y.applyAsDouble(v);
            sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>",
                    links, rechts, yy, yy, v == 0 ? "#333" : "#ddd"));
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>", links - 6,
                    yy + 4, nl(v)));
        }
    }

    private static final java.time.format.DateTimeFormatter MAAND = java.time.format.DateTimeFormatter
            .ofPattern("d MMM", java.util.Locale.forLanguageTag("nl-NL"));

    /**
     * An SVG chart of a forecast: the expected number housed per week (the model's series, from the number housed
     * at the peildatum) against the straight line of the required pace from there to the opgave on the period's last
     * day, and the opgave as a level line; the first of every month on the axis. The same numbers are in the table
     * beside it.
     */
    static String voortgang(nl.woonregie.toezicht.VerwachteVoortgang.Gemeentebeeld b, String titel) {
        int breedte = 760;
        int hoogte = 320;
        int links = 56;
        int onder = 56;
        int boven = 16;
        int rechts = 16;
        java.time.LocalDate start = b.peildatum();
        java.time.LocalDate einde = b.reeks().get(b.reeks().size() - 1).datum();
        long max = Math.max(1, Math.max(b.gehuisvest(), b.opgave() == null ? 0 : b.opgave()));
        for (nl.woonregie.toezicht.VerwachteVoortgang.Punt p : b.reeks()) {
            max = Math.max(max, p.verwacht());
        }
        long stap = schaalstap(max);
        long hi = ((max + stap - 1) / stap) * stap;
        double plot = hoogte - onder - boven;
        double breedtePlot = breedte - links - rechts;
        long dagen = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(start, einde));
        java.util.function.LongToDoubleFunction y = v -> boven + plot * (hi - v) / (double) hi;
        java.util.function.Function<java.time.LocalDate, Double> x = d -> links + breedtePlot
                * java.time.temporal.ChronoUnit.DAYS.between(start, d) / (double) dagen;
        StringBuilder sb = new StringBuilder();
        kop(sb, breedte, hoogte, titel, "prognosegrafiek-titel");
        assen(sb, 0, hi, stap, y, links, breedte - rechts);
        for (java.time.LocalDate m = start.withDayOfMonth(1).plusMonths(1); !m.isAfter(einde); m = m.plusMonths(1)) {
            double xx = x.apply(m);
            sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#ddd\"/>",
                    xx, xx, boven, hoogte - onder));
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>", xx,
                    hoogte - onder + 16, HtmlUtils.htmlEscape(m.format(MAAND))));
        }
        if (b.opgave() != null) {
            double yo = y.applyAsDouble(b.opgave());
            sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#8fb3d9\" "
                    + "stroke-width=\"2\"/>", links, breedte - rechts, yo, yo));
            sb.append(String.format(Locale.ROOT, "<path d=\"M%.1f %.1f L%.1f %.1f\" fill=\"none\" stroke=\"#d35400\" "
                    + "stroke-width=\"2.5\" stroke-dasharray=\"6 4\"/>", x.apply(start),
                    y.applyAsDouble(b.gehuisvest()), x.apply(einde), yo));
        }
        StringBuilder verwacht = new StringBuilder(String.format(Locale.ROOT, "M%.1f %.1f", x.apply(start),
                y.applyAsDouble(b.gehuisvest())));
        for (nl.woonregie.toezicht.VerwachteVoortgang.Punt p : b.reeks()) {
            verwacht.append(String.format(Locale.ROOT, " L%.1f %.1f", x.apply(p.datum()),
                    y.applyAsDouble(p.verwacht())));
        }
        sb.append("<path d=\"").append(verwacht).append("\" fill=\"none\" stroke=\"#154273\" stroke-width=\"2.5\"/>");
        int ly = hoogte - 12;
        sb.append(legenda(links, ly, "#154273", "verwacht gehuisvest", true));
        sb.append(legenda(links + 200, ly, "#d35400", "vereist tempo naar de opgave", true));
        sb.append(legenda(links + 440, ly, "#8fb3d9", "opgave", true));
        sb.append("</svg>");
        return sb.toString();
    }

    private static String legenda(int x, int y, String kleur, String tekst, boolean lijn) {
        String vorm = lijn ? String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"%s\" "
                + "stroke-width=\"2.5\"/>", x, x + 16, y - 4, y - 4, kleur)
                : String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>", x,
                        y - 10, kleur);
        return vorm + String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>", x + 20, y, tekst);
    }

    private static long schaalstap(long bereik) {
        long[] stappen = {1, 2, 5};
        long factor = 1;
        while (true) {
            for (long s : stappen) {
                if (bereik / (s * factor) <= 6) {
                    return s * factor;
                }
            }
            factor *= 10;
        }
    }

    private static String nl(long v) {
        return String.format(java.util.Locale.forLanguageTag("nl-NL"), "%,d", v);
    }
}
