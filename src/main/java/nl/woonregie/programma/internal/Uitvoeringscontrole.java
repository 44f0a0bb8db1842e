package nl.woonregie.programma.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.programma.Programmaplan;
import nl.woonregie.programma.Uitvoering;

/**
 * Judges the controller's record of execution against the plan's lines and names every invalid field by its path
 * ({@code uitvoering.realisaties[2].jaar}): a realisation only for a line with an amount (a line of "n.v.t." takes
 * none), in one of the line's years, once per line and year, an amount in cents not negative, a month from 1 to 12
 * and only the latest year with a figure part of a year; a split only of a multi-year line with an amount, once per
 * line, each year of the line at most once, amounts in cents that add up to the line's amount.
 */
final class Uitvoeringscontrole {

    private Uitvoeringscontrole() {
    }

    static List<InvalidParam> controleer(Programmaplan p) {
        List<InvalidParam> f = new ArrayList<>();
        Uitvoering u = p.uitvoering();
        if (u == null) {
            return f;
        }
        Map<Integer, Programmaplan.Begrotingsregel> regels = new HashMap<>();
        p.regels().stream().filter(r -> r != null).forEach(r -> regels.putIfAbsent(r.nummer(), r));
        Map<Integer, Integer> laatsteJaar = new HashMap<>();
        for (Uitvoering.Realisatie r : u.realisaties()) {
            if (r != null) {
                laatsteJaar.merge(r.regel(), r.jaar(), Math::max);
            }
        }
        Set<List<Integer>> gezien = new HashSet<>();
        for (int i = 0; i < u.realisaties().size(); i++) {
            Uitvoering.Realisatie r = u.realisaties().get(i);
            String pad = "uitvoering.realisaties[" + i + "]";
            if (r == null) {
                f.add(new InvalidParam(pad, "leeg"));
                continue;
            }
            Programmaplan.Begrotingsregel regel = regels.get(r.regel());
            if (regel == null) {
                f.add(new InvalidParam(pad + ".regel", "een begrotingsregel van het programma"));
            } else if (regel.bedrag() == null) {
                f.add(new InvalidParam(pad + ".regel", "regel " + r.regel() + " is n.v.t. (elders bekostigd) en "
                        + "krijgt geen realisatie"));
            } else if (!inJaren(regel, r.jaar())) {
                f.add(new InvalidParam(pad + ".jaar", "een jaar van regel " + r.regel() + " ("
                        + jaren(regel) + ")"));
            } else if (!gezien.add(List.of(r.regel(), r.jaar()))) {
                f.add(new InvalidParam(pad + ".jaar", "één realisatie per regel en jaar"));
            }
            if (r.bedrag() == null) {
                f.add(new InvalidParam(pad + ".bedrag", "verplicht: het bedrag dat in het jaar is uitgegeven"));
            } else {
                bedrag(f, pad + ".bedrag", r.bedrag());
            }
            if (r.totEnMetMaand() != null && (r.totEnMetMaand() < 1 || r.totEnMetMaand() > 12)) {
                f.add(new InvalidParam(pad + ".totEnMetMaand", "een maand van 1 tot en met 12"));
            } else if (r.maand() < 12 && r.jaar() < laatsteJaar.getOrDefault(r.regel(), r.jaar())) {
                f.add(new InvalidParam(pad + ".totEnMetMaand", "12: regel " + r.regel() + " heeft realisatie in "
                        + laatsteJaar.get(r.regel()) + ", dus " + r.jaar() + " is afgesloten"));
            }
        }
        Set<Integer> verdeeld = new HashSet<>();
        for (int i = 0; i < u.verdelingen().size(); i++) {
            Uitvoering.Verdeling v = u.verdelingen().get(i);
            String pad = "uitvoering.verdelingen[" + i + "]";
            if (v == null) {
                f.add(new InvalidParam(pad, "leeg"));
                continue;
            }
            Programmaplan.Begrotingsregel regel = regels.get(v.regel());
            if (regel == null) {
                f.add(new InvalidParam(pad + ".regel", "een begrotingsregel van het programma"));
                continue;
            }
            if (regel.bedrag() == null) {
                f.add(new InvalidParam(pad + ".regel", "regel " + v.regel() + " is n.v.t. (elders bekostigd) en "
                        + "wordt niet verdeeld"));
                continue;
            }
            if (regel.vanJaar() == null || regel.vanJaar().equals(regel.totJaar())) {
                f.add(new InvalidParam(pad + ".regel", "alleen een regel over meerdere jaren wordt over haar jaren "
                        + "verdeeld; regel " + v.regel() + " is van één jaar"));
                continue;
            }
            if (!verdeeld.add(v.regel())) {
                f.add(new InvalidParam(pad + ".regel", "één verdeling per regel"));
            }
            if (v.jaren().isEmpty()) {
                f.add(new InvalidParam(pad + ".jaren", "ten minste één jaar"));
                continue;
            }
            Set<Integer> jaren = new HashSet<>();
            BigDecimal som = BigDecimal.ZERO;
            boolean telbaar = true;
            for (int j = 0; j < v.jaren().size(); j++) {
                Uitvoering.Jaarbedrag d = v.jaren().get(j);
                String jp = pad + ".jaren[" + j + "]";
                if (d == null) {
                    f.add(new InvalidParam(jp, "leeg"));
                    telbaar = false;
                    continue;
                }
                if (!inJaren(regel, d.jaar()) || !jaren.add(d.jaar())) {
                    f.add(new InvalidParam(jp + ".jaar", "een jaar van regel " + v.regel() + " (" + jaren(regel)
                            + "), één keer"));
                }
                if (d.bedrag() == null) {
                    f.add(new InvalidParam(jp + ".bedrag", "verplicht"));
                    telbaar = false;
                } else if (bedrag(f, jp + ".bedrag", d.bedrag())) {
                    som = som.add(d.bedrag());
                } else {
                    telbaar = false;
                }
            }
            if (telbaar && som.compareTo(regel.bedrag()) != 0) {
                Weergave nl = new Weergave();
                f.add(new InvalidParam(pad + ".jaren", "de jaren tellen op tot " + nl.bedrag(som) + "; het bedrag van "
                        + "regel " + v.regel() + " is " + nl.bedrag(regel.bedrag())));
            }
        }
        return f;
    }

    private static boolean inJaren(Programmaplan.Begrotingsregel r, int jaar) {
        return r.vanJaar() != null && r.totJaar() != null && jaar >= r.vanJaar() && jaar <= r.totJaar();
    }

    private static String jaren(Programmaplan.Begrotingsregel r) {
        if (r.vanJaar() == null) {
            return "geen jaren vermeld";
        }
        return r.vanJaar().equals(r.totJaar()) ? r.vanJaar().toString() : r.vanJaar() + "–" + r.totJaar();
    }

    private static boolean bedrag(List<InvalidParam> f, String veld, BigDecimal b) {
        if (b.signum() < 0 || b.stripTrailingZeros().scale() > 2 || b.compareTo(new BigDecimal("1000000000000")) >= 0) {
            f.add(new InvalidParam(veld, "een bedrag in euro's met ten hoogste twee decimalen, niet negatief en "
                    + "kleiner dan 1 biljoen"));
            return false;
        }
        return true;
    }
}
