package nl.woonregie.programma.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.programma.Programmaplan;

/**
 * Judges a whole plan and names every invalid field by its path in the plan ({@code projecten[4].doel},
 * {@code regels[2].bedrag}): texts within their column's length, every reference to a theme, goal or project that
 * exists, numbers unique per kind, years in order, amounts in cents and not negative, a line attached to exactly one
 * of programme, theme, goal or projects.
 */
public final class Plancontrole {

    private static final int KORT = 200;
    private static final int LANG = 2000;

    private Plancontrole() {
    }

    public static List<InvalidParam> controleer(Programmaplan p, Predicate<String> gemeenteBestaat) {
        List<InvalidParam> f = new ArrayList<>();
        tekst(f, "naam", p.naam(), KORT, true);
        if (p.eigenaar() == null || !p.eigenaar().matches("GM\\d{4}") || !gemeenteBestaat.test(p.eigenaar())) {
            f.add(new InvalidParam("eigenaar", "verplicht: een bestaande gemeente (code zoals GM0392)"));
        }
        tekst(f, "regio", p.regio(), KORT, false);
        Set<String> partners = new HashSet<>();
        for (int i = 0; i < p.partnergemeenten().size(); i++) {
            String c = p.partnergemeenten().get(i);
            if (c == null || !c.matches("GM\\d{4}") || !gemeenteBestaat.test(c)) {
                f.add(new InvalidParam("partnergemeenten[" + i + "]", "een bestaande gemeente (code zoals GM0375)"));
            } else if (c.equals(p.eigenaar()) || !partners.add(c)) {
                f.add(new InvalidParam("partnergemeenten[" + i + "]", "de eigenaar of een gemeente die al genoemd is"));
            }
        }
        if (p.vanJaar() < 2000 || p.vanJaar() > 2100) {
            f.add(new InvalidParam("vanJaar", "een jaar tussen 2000 en 2100"));
        }
        if (p.totJaar() < p.vanJaar() || p.totJaar() > 2100) {
            f.add(new InvalidParam("totJaar", "een jaar vanaf het beginjaar, uiterlijk 2100"));
        }
        tekst(f, "bronMiddelen", p.bronMiddelen(), KORT, false);
        tekst(f, "besluit", p.besluit(), KORT, false);
        bedrag(f, "vermeldTotaal", p.vermeldTotaal());
        tekst(f, "restmiddelen", p.restmiddelen(), LANG, false);

        Set<Integer> themas = new HashSet<>();
        for (int i = 0; i < p.themas().size(); i++) {
            Programmaplan.Thema t = p.themas().get(i);
            String pad = "themas[" + i + "]";
            if (t == null) {
                f.add(new InvalidParam(pad, "leeg"));
                continue;
            }
            nummer(f, pad, t.nummer(), themas);
            tekst(f, pad + ".naam", t.naam(), KORT, true);
        }
        Set<Integer> doelen = new HashSet<>();
        for (int i = 0; i < p.doelen().size(); i++) {
            Programmaplan.Doel d = p.doelen().get(i);
            String pad = "doelen[" + i + "]";
            if (d == null) {
                f.add(new InvalidParam(pad, "leeg"));
                continue;
            }
            nummer(f, pad, d.nummer(), doelen);
            if (!themas.contains(d.thema())) {
                f.add(new InvalidParam(pad + ".thema", "een thema van het programma"));
            }
            tekst(f, pad + ".omschrijving", d.omschrijving(), LANG, true);
            if (d.soort() == null) {
                f.add(new InvalidParam(pad + ".soort", "verplicht: LANDELIJK of EIGEN"));
            }
        }
        Set<Integer> projecten = new HashSet<>();
        for (int i = 0; i < p.projecten().size(); i++) {
            Programmaplan.Project pr = p.projecten().get(i);
            String pad = "projecten[" + i + "]";
            if (pr == null) {
                f.add(new InvalidParam(pad, "leeg"));
                continue;
            }
            nummer(f, pad, pr.nummer(), projecten);
            if (!doelen.contains(pr.doel())) {
                f.add(new InvalidParam(pad + ".doel", "een doel van het programma"));
            }
            tekst(f, pad + ".naam", pr.naam(), KORT, true);
            if (pr.soort() == null) {
                f.add(new InvalidParam(pad + ".soort", "verplicht: LOPEND of NIEUW"));
            }
            if (pr.status() == null) {
                f.add(new InvalidParam(pad + ".status", "verplicht: IN_VOORBEREIDING, IN_UITVOERING, AFGEROND of "
                        + "GESTOPT"));
            }
            tekst(f, pad + ".planning", pr.planning(), KORT, false);
            tekst(f, pad + ".eigenaar", pr.eigenaar(), KORT, false);
            for (int j = 0; j < pr.partners().size(); j++) {
                tekst(f, pad + ".partners[" + j + "]", pr.partners().get(j), KORT, true);
            }
            tekst(f, pad + ".verwachtResultaat", pr.verwachtResultaat(), LANG, false);
        }
        Set<Integer> regels = new HashSet<>();
        for (int i = 0; i < p.regels().size(); i++) {
            Programmaplan.Begrotingsregel r = p.regels().get(i);
            String pad = "regels[" + i + "]";
            if (r == null) {
                f.add(new InvalidParam(pad, "leeg"));
                continue;
            }
            nummer(f, pad, r.nummer(), regels);
            tekst(f, pad + ".omschrijving", r.omschrijving(), KORT, true);
            bedrag(f, pad + ".bedrag", r.bedrag());
            if (r.bedrag() != null && r.vanJaar() == null) {
                f.add(new InvalidParam(pad + ".vanJaar", "verplicht bij een bedrag"));
            }
            if (r.vanJaar() != null && (r.vanJaar() < 2000 || r.vanJaar() > 2100)) {
                f.add(new InvalidParam(pad + ".vanJaar", "een jaar tussen 2000 en 2100"));
            }
            if ((r.vanJaar() == null) != (r.totJaar() == null)
                    || r.totJaar() != null && r.vanJaar() != null && (r.totJaar() < r.vanJaar() || r.totJaar() > 2100)) {
                f.add(new InvalidParam(pad + ".totJaar", "een jaar vanaf het beginjaar (gelijk voor één jaar), "
                        + "uiterlijk 2100; alleen met een beginjaar"));
            }
            if (r.kostensoort() == null) {
                f.add(new InvalidParam(pad + ".kostensoort", "verplicht: INCIDENTEEL of STRUCTUREEL"));
            }
            tekst(f, pad + ".financieringsbron", r.financieringsbron(), KORT, true);
            tekst(f, pad + ".restmiddelen", r.restmiddelen(), LANG, false);
            int koppelingen = (r.thema() != null ? 1 : 0) + (r.doel() != null ? 1 : 0)
                    + (r.projecten().isEmpty() ? 0 : 1);
            if (koppelingen > 1) {
                f.add(new InvalidParam(pad + ".projecten", "een regel hoort bij het programma, één thema, één doel "
                        + "of één of meer projecten, niet bij meer daarvan"));
            }
            if (r.thema() != null && !themas.contains(r.thema())) {
                f.add(new InvalidParam(pad + ".thema", "een thema van het programma"));
            }
            if (r.doel() != null && !doelen.contains(r.doel())) {
                f.add(new InvalidParam(pad + ".doel", "een doel van het programma"));
            }
            Set<Integer> gezien = new HashSet<>();
            for (int j = 0; j < r.projecten().size(); j++) {
                Integer n = r.projecten().get(j);
                if (n == null || !projecten.contains(n) || !gezien.add(n)) {
                    f.add(new InvalidParam(pad + ".projecten[" + j + "]", "een project van het programma, één keer"));
                }
            }
        }
        Set<Integer> indicatoren = new HashSet<>();
        for (int i = 0; i < p.indicatoren().size(); i++) {
            Programmaplan.Indicator in = p.indicatoren().get(i);
            String pad = "indicatoren[" + i + "]";
            if (in == null) {
                f.add(new InvalidParam(pad, "leeg"));
                continue;
            }
            nummer(f, pad, in.nummer(), indicatoren);
            tekst(f, pad + ".naam", in.naam(), KORT, true);
            tekst(f, pad + ".eenheid", in.eenheid(), KORT, true);
            getal(f, pad + ".streefwaarde", in.streefwaarde());
            if (in.doel() != null && in.project() != null) {
                f.add(new InvalidParam(pad + ".project", "een indicator hoort bij het programma, één doel of één "
                        + "project"));
            }
            if (in.doel() != null && !doelen.contains(in.doel())) {
                f.add(new InvalidParam(pad + ".doel", "een doel van het programma"));
            }
            if (in.project() != null && !projecten.contains(in.project())) {
                f.add(new InvalidParam(pad + ".project", "een project van het programma"));
            }
            for (int j = 0; j < in.metingen().size(); j++) {
                Programmaplan.Meting m = in.metingen().get(j);
                String mp = pad + ".metingen[" + j + "]";
                if (m == null) {
                    f.add(new InvalidParam(mp, "leeg"));
                    continue;
                }
                if (m.datum() == null) {
                    f.add(new InvalidParam(mp + ".datum", "verplicht (JJJJ-MM-DD)"));
                }
                if (m.waarde() == null) {
                    f.add(new InvalidParam(mp + ".waarde", "verplicht"));
                } else {
                    getal(f, mp + ".waarde", m.waarde());
                }
                tekst(f, mp + ".bron", m.bron(), KORT, true);
                tekst(f, mp + ".toelichting", m.toelichting(), LANG, false);
            }
        }
        if (p.dekking() != null) {
            dekking(f, p, p.dekking());
        }
        f.addAll(Uitvoeringscontrole.controleer(p));
        return f;
    }

    /**
     * The budget of persons × rates: per line its number unique, its year in the plan's period, its flow, description
     * and kind, and exactly the fields of its kind — an amount; a number with the plan's own rate or a kind of dated
     * rate known for the year; a transfer (income, one a year, with lines in the year before); a fraction of a line of
     * an amount or number × rate —; the stated amounts in cents; one stated total per year and flow.
     */
    private static void dekking(List<InvalidParam> f, Programmaplan p, Programmaplan.Dekkingsbegroting d) {
        java.util.Map<Integer, Programmaplan.Dekkingsregel> perNummer = new java.util.HashMap<>();
        Set<Integer> jaren = new HashSet<>();
        for (Programmaplan.Dekkingsregel r : d.regels()) {
            if (r != null) {
                perNummer.putIfAbsent(r.nummer(), r);
                jaren.add(r.jaar());
            }
        }
        Set<Integer> nummers = new HashSet<>();
        Set<Integer> overhevelingen = new HashSet<>();
        for (int i = 0; i < d.regels().size(); i++) {
            Programmaplan.Dekkingsregel r = d.regels().get(i);
            String pad = "dekking.regels[" + i + "]";
            if (r == null) {
                f.add(new InvalidParam(pad, "leeg"));
                continue;
            }
            nummer(f, pad, r.nummer(), nummers);
            if (r.jaar() < p.vanJaar() || r.jaar() > p.totJaar()) {
                f.add(new InvalidParam(pad + ".jaar", "een jaar van de planperiode"));
            }
            if (r.stroom() == null) {
                f.add(new InvalidParam(pad + ".stroom", "verplicht: INKOMSTEN of UITGAVEN"));
            }
            tekst(f, pad + ".omschrijving", r.omschrijving(), KORT, true);
            if (r.vermeldBedrag() != null && (r.vermeldBedrag().stripTrailingZeros().scale() > 2
                    || r.vermeldBedrag().abs().compareTo(new BigDecimal("1000000000000")) >= 0)) {
                f.add(new InvalidParam(pad + ".vermeldBedrag", "een bedrag in euro's met ten hoogste twee decimalen, "
                        + "kleiner dan 1 biljoen"));
            }
            Programmaplan.Berekening b = r.berekening();
            if (b == null) {
                f.add(new InvalidParam(pad + ".berekening", "verplicht: BEDRAG, AANTAL_MAAL_TARIEF, OVERHEVELING of "
                        + "DEEL_VAN_REGEL"));
                continue;
            }
            String niet = "leeg bij deze berekening";
            if (b == Programmaplan.Berekening.BEDRAG) {
                if (r.bedrag() == null) {
                    f.add(new InvalidParam(pad + ".bedrag", "verplicht bij een gegeven bedrag"));
                } else {
                    bedrag(f, pad + ".bedrag", r.bedrag());
                }
            } else if (r.bedrag() != null) {
                f.add(new InvalidParam(pad + ".bedrag", niet + ": het bedrag wordt berekend"));
            }
            if (b == Programmaplan.Berekening.AANTAL_MAAL_TARIEF) {
                if (r.aantal() == null || r.aantal() < 1 || r.aantal() > 1_000_000) {
                    f.add(new InvalidParam(pad + ".aantal", "verplicht: een aantal van 1 tot en met 1.000.000"));
                }
                if ((r.tarief() == null) == (r.tariefsoort() == null)) {
                    f.add(new InvalidParam(pad + ".tarief", "het tarief van het plan of een tariefsoort, één van "
                            + "beide"));
                }
                bedrag(f, pad + ".tarief", r.tarief());
                if (r.tariefsoort() != null && Dekkingstarieven.standaard().tarief(r.tariefsoort(), r.jaar())
                        .isEmpty()) {
                    f.add(new InvalidParam(pad + ".tariefsoort", "geen tarief bekend voor " + r.jaar()));
                }
            } else {
                if (r.aantal() != null) {
                    f.add(new InvalidParam(pad + ".aantal", niet));
                }
                if (r.tarief() != null) {
                    f.add(new InvalidParam(pad + ".tarief", niet));
                }
                if (r.tariefsoort() != null) {
                    f.add(new InvalidParam(pad + ".tariefsoort", niet));
                }
            }
            if (b == Programmaplan.Berekening.OVERHEVELING) {
                if (r.stroom() == Programmaplan.Geldstroom.UITGAVEN) {
                    f.add(new InvalidParam(pad + ".stroom", "een overheveling is inkomsten"));
                }
                if (!jaren.contains(r.jaar() - 1)) {
                    f.add(new InvalidParam(pad + ".berekening", "een overheveling uit " + (r.jaar() - 1) + " vraagt "
                            + "regels in " + (r.jaar() - 1) + "; geef anders het bedrag (BEDRAG)"));
                }
                if (!overhevelingen.add(r.jaar())) {
                    f.add(new InvalidParam(pad + ".berekening", "ten hoogste één overheveling per jaar"));
                }
            }
            if (b == Programmaplan.Berekening.DEEL_VAN_REGEL) {
                Programmaplan.Dekkingsregel van = r.deelVanRegel() == null ? null : perNummer.get(r.deelVanRegel());
                if (van == null || van == r || van.berekening() != Programmaplan.Berekening.BEDRAG
                        && van.berekening() != Programmaplan.Berekening.AANTAL_MAAL_TARIEF) {
                    f.add(new InvalidParam(pad + ".deelVanRegel", "verplicht: een andere regel met een gegeven "
                            + "bedrag of een aantal × tarief"));
                }
                if (r.teller() == null || r.teller() == 0 || r.teller() < -1000 || r.teller() > 1000) {
                    f.add(new InvalidParam(pad + ".teller", "verplicht: een geheel getal van -1000 tot en met 1000, "
                            + "niet 0 (negatief voor een correctie)"));
                }
                if (r.noemer() == null || r.noemer() < 1 || r.noemer() > 1000) {
                    f.add(new InvalidParam(pad + ".noemer", "verplicht: een geheel getal van 1 tot en met 1000"));
                }
            } else {
                if (r.deelVanRegel() != null) {
                    f.add(new InvalidParam(pad + ".deelVanRegel", niet));
                }
                if (r.teller() != null) {
                    f.add(new InvalidParam(pad + ".teller", niet));
                }
                if (r.noemer() != null) {
                    f.add(new InvalidParam(pad + ".noemer", niet));
                }
            }
        }
        Set<String> totalen = new HashSet<>();
        for (int i = 0; i < d.vermeldeTotalen().size(); i++) {
            Programmaplan.VermeldJaartotaal t = d.vermeldeTotalen().get(i);
            String pad = "dekking.vermeldeTotalen[" + i + "]";
            if (t == null) {
                f.add(new InvalidParam(pad, "leeg"));
                continue;
            }
            if (t.jaar() < p.vanJaar() || t.jaar() > p.totJaar()) {
                f.add(new InvalidParam(pad + ".jaar", "een jaar van de planperiode"));
            }
            if (t.stroom() == null) {
                f.add(new InvalidParam(pad + ".stroom", "verplicht: INKOMSTEN of UITGAVEN"));
            } else if (!totalen.add(t.jaar() + "/" + t.stroom())) {
                f.add(new InvalidParam(pad + ".stroom", "één vermeld totaal per jaar en stroom"));
            }
            if (t.bedrag() == null) {
                f.add(new InvalidParam(pad + ".bedrag", "verplicht"));
            } else {
                bedrag(f, pad + ".bedrag", t.bedrag());
            }
        }
    }

    private static void nummer(List<InvalidParam> f, String pad, int nummer, Set<Integer> gezien) {
        if (nummer < 1 || nummer > 9999 || !gezien.add(nummer)) {
            f.add(new InvalidParam(pad + ".nummer", "een uniek nummer van 1 tot en met 9999"));
        }
    }

    private static void tekst(List<InvalidParam> f, String veld, String tekst, int max, boolean verplicht) {
        if (tekst == null || tekst.isBlank()) {
            if (verplicht) {
                f.add(new InvalidParam(veld, "verplicht"));
            }
        } else if (tekst.length() > max) {
            f.add(new InvalidParam(veld, "ten hoogste " + max + " tekens"));
        }
    }

    private static void bedrag(List<InvalidParam> f, String veld, BigDecimal b) {
        if (b != null && (b.signum() < 0 || b.stripTrailingZeros().scale() > 2
                || b.compareTo(new BigDecimal("1000000000000")) >= 0)) {
            f.add(new InvalidParam(veld, "een bedrag in euro's met ten hoogste twee decimalen, niet negatief en "
                    + "kleiner dan 1 biljoen"));
        }
    }

    private static void getal(List<InvalidParam> f, String veld, BigDecimal b) {
        if (b != null && (b.stripTrailingZeros().scale() > 4 || b.abs().compareTo(new BigDecimal("1000000000000")) >= 0)) {
            f.add(new InvalidParam(veld, "een getal met ten hoogste vier decimalen, kleiner dan 1 biljoen"));
        }
    }
}
