package nl.woonregie.programma;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import nl.woonregie.platform.export.Spreadsheet;
import nl.woonregie.platform.web.Labels;
import nl.woonregie.programma.begroting.Begroting;

/** The budget of a programme as a workbook: the lines, and each total with the lines that make it. */
final class BegrotingExport {

    private BegrotingExport() {
    }

    static byte[] xlsx(Programmaplan plan, Begroting b) {
        BegrotingAntwoord a = BegrotingAntwoord.van(plan, b);
        List<List<Object>> regels = new ArrayList<>();
        for (Programmaplan.Begrotingsregel r : plan.regels()) {
            regels.add(List.of(r.nummer(), r.omschrijving(), r.bedrag() == null ? "n.v.t."
                    : new Spreadsheet.Bedrag(r.bedrag()), jaren(r.vanJaar(), r.totJaar()),
                    Labels.van(r.kostensoort()), r.financieringsbron(), koppeling(plan, r)));
        }
        var werkmap = Spreadsheet.werkmap()
                .blad("Regels", List.of("Regel", "Omschrijving", "Bedrag", "Jaren", "Soort", "Financieringsbron",
                        "Hoort bij"), regels, List.of("Totaal", "", new Spreadsheet.Bedrag(a.totaal().bedrag())))
                .blad("Per thema", List.of("Thema", "Bedrag", "Regels"), a.perThema().stream()
                        .map(t -> List.<Object>of(t.naam() == null ? "Meerdere thema's of het programma" : t.naam(),
                                new Spreadsheet.Bedrag(t.bedrag()), nummers(t.regels()))).toList(),
                        List.of("Totaal", new Spreadsheet.Bedrag(a.totaal().bedrag())))
                .blad("Per jaar", List.of("Jaren", "Bedrag", "Regels"), perJaar(a))
                .blad("Per bron", List.of("Financieringsbron", "Bedrag", "Regels"), a.perBron().stream()
                        .map(s -> List.<Object>of(s.financieringsbron(), new Spreadsheet.Bedrag(s.bedrag()),
                                nummers(s.regels()))).toList())
                .blad("Bevindingen", List.of("Soort", "Regel", "Toelichting"), bevindingen(a.bevindingen()));
        if (a.dekking() != null) {
            werkmap = werkmap.blad("Inkomsten en uitgaven", List.of("Jaar", "Stroom", "Regel", "Omschrijving",
                    "Berekening", "Afleiding", "Bedrag", "Vermeld in het plan"), dekking(a.dekking()))
                    .blad("Bevindingen dekking", List.of("Soort", "Regel", "Toelichting"),
                            bevindingen(a.dekking().bevindingen()));
        }
        werkmap = RealisatieExport.bladen(werkmap, plan, a.realisatie());
        return werkmap.bytes();
    }

    private static List<List<Object>> bevindingen(List<BegrotingAntwoord.Bevinding> bevindingen) {
        return bevindingen.stream().map(v -> List.<Object>of(Labels.van(v.soort()), v.regel() == null ? "" : v.regel(),
                v.toelichting())).toList();
    }

    /** Per year its income and spending lines with their derivation, then the totals and the balance. */
    private static List<List<Object>> dekking(BegrotingAntwoord.Dekking d) {
        List<List<Object>> rijen = new ArrayList<>();
        for (BegrotingAntwoord.DekkingJaar j : d.jaren()) {
            String jaar = Integer.toString(j.jaar());
            for (var p : j.inkomsten()) {
                rijen.add(post(jaar, "Inkomsten", p));
            }
            for (var p : j.uitgaven()) {
                rijen.add(post(jaar, "Uitgaven", p));
            }
            rijen.add(totaal(jaar, "Totaal inkomsten (met de berekende overheveling)", j.totaalInkomsten(),
                    j.vermeldeInkomsten()));
            rijen.add(totaal(jaar, "Inkomsten zonder de berekende overheveling", j.inkomstenZonderOverheveling(),
                    null));
            rijen.add(totaal(jaar, "Totaal uitgaven", j.totaalUitgaven(), j.vermeldeUitgaven()));
            rijen.add(totaal(jaar, "Saldo (inkomsten min uitgaven)", j.saldo(), null));
        }
        return rijen;
    }

    private static List<Object> post(String jaar, String stroom, BegrotingAntwoord.DekkingPost p) {
        return List.of(jaar, stroom, p.nummer(), p.omschrijving(), Labels.van(p.berekening()), p.afleiding(),
                new Spreadsheet.Bedrag(p.bedrag()), p.vermeldBedrag() == null ? "" : vermeld(p.vermeldBedrag()));
    }

    private static List<Object> totaal(String jaar, String wat, java.math.BigDecimal bedrag,
            java.math.BigDecimal vermeld) {
        return List.of(jaar, "", "", wat, "", "", new Spreadsheet.Bedrag(bedrag), vermeld == null ? ""
                : new Spreadsheet.Bedrag(vermeld));
    }

    /** A stated amount; the plans write nil as "–". */
    private static Object vermeld(java.math.BigDecimal b) {
        return b.signum() == 0 ? "–" : new Spreadsheet.Bedrag(b);
    }

    private static List<List<Object>> perJaar(BegrotingAntwoord a) {
        List<List<Object>> rijen = new ArrayList<>();
        a.perJaar().forEach(j -> rijen.add(List.of(Integer.toString(j.jaar()), new Spreadsheet.Bedrag(j.bedrag()),
                nummers(j.regels()))));
        a.meerjarig().forEach(m -> rijen.add(List.of(m.vanJaar() + "–" + m.totJaar() + " (niet verdeeld)",
                new Spreadsheet.Bedrag(m.bedrag()), nummers(m.regels()))));
        return rijen;
    }

    static String koppeling(Programmaplan plan, Programmaplan.Begrotingsregel r) {
        if (!r.projecten().isEmpty()) {
            return (r.projecten().size() == 1 ? "project " : "projecten ") + nummers(r.projecten());
        }
        if (r.doel() != null) {
            return "doel " + r.doel();
        }
        if (r.thema() != null) {
            return plan.themas().stream().filter(t -> t.nummer() == r.thema()).map(Programmaplan.Thema::naam)
                    .findFirst().orElse("thema " + r.thema());
        }
        return "het programma";
    }

    static String jaren(Integer van, Integer tot) {
        if (van == null) {
            return "";
        }
        return van.equals(tot) ? van.toString() : van + "–" + tot;
    }

    /** Numbers as a sentence writes them: "5, 6 en 7". */
    static String nummers(List<Integer> n) {
        List<String> s = n.stream().map(String::valueOf).collect(Collectors.toList());
        if (s.size() <= 1) {
            return String.join("", s);
        }
        return String.join(", ", s.subList(0, s.size() - 1)) + " en " + s.get(s.size() - 1);
    }
}
