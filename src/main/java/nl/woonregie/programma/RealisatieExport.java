package nl.woonregie.programma;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import nl.woonregie.platform.export.Spreadsheet;

/**
 * The sheets of budget against spending in the budget's workbook: "Realisatie" (every line with its realisation per
 * year, exhaustion, forecast and its derivation, transfer and destination) and "Realisatie per groep" (per theme,
 * goal, project(s), year, span and source).
 */
final class RealisatieExport {

    private static final String[] MAANDEN = {"januari", "februari", "maart", "april", "mei", "juni", "juli",
            "augustus", "september", "oktober", "november", "december"};

    private RealisatieExport() {
    }

    static Spreadsheet.Werkmap bladen(Spreadsheet.Werkmap werkmap, Programmaplan plan, RealisatieAntwoord r) {
        List<List<Object>> regels = new ArrayList<>();
        for (RealisatieAntwoord.Regel s : r.regels()) {
            Programmaplan.Begrotingsregel regel = plan.regels().stream().filter(x -> x.nummer() == s.regel())
                    .findFirst().orElseThrow();
            regels.add(List.of(s.regel(), tekst(s.omschrijving()), BegrotingExport.jaren(regel.vanJaar(),
                    regel.totJaar()), new Spreadsheet.Bedrag(s.begroot()), new Spreadsheet.Bedrag(s.gerealiseerd()),
                    new Spreadsheet.Bedrag(s.resterend()), procent(s.uitputting()), jaren(s),
                    s.peiljaar() == null ? "" : MAANDEN[s.peilmaand() - 1] + " " + s.peiljaar(),
                    bedrag(s.prognose()), s.prognoseAfleiding(),
                    s.overheveling() == null ? "" : new Spreadsheet.Bedrag(s.overheveling().bedrag()),
                    s.overheveling() == null ? "" : (s.overheveling().definitief() ? "definitief" : "verwacht"),
                    s.overheveling() == null || s.overheveling().bestemming() == null ? ""
                            : s.overheveling().bestemming()));
        }
        List<List<Object>> groepen = new ArrayList<>();
        groepen.add(rij("Het programma", r.totaal()));
        r.perThema().forEach(t -> groepen.add(rij(t.thema() == null ? "Het programma of meerdere thema's"
                : "Thema " + t.thema() + ": " + t.naam(), t.stand())));
        r.perDoel().forEach(d -> groepen.add(rij(d.doel() == null ? "Geen doel" : "Doel " + d.doel(), d.stand())));
        r.perProjecten().forEach(p -> groepen.add(rij((p.projecten().size() == 1 ? "Project " : "Projecten ")
                + BegrotingExport.nummers(p.projecten()), p.stand())));
        r.perJaar().forEach(j -> groepen.add(rij(j.jaar() + (j.verdeeldeRegels().isEmpty() ? ""
                : " (met de verdeling van de controller van regel " + BegrotingExport.nummers(j.verdeeldeRegels())
                        + ")"), j.stand())));
        r.meerjarig().forEach(m -> groepen.add(rij(m.vanJaar() + "–" + m.totJaar() + " (niet verdeeld)",
                m.stand())));
        r.perBron().forEach(b -> groepen.add(rij("Bron: " + b.financieringsbron(), b.stand())));
        return werkmap.blad("Realisatie", List.of("Regel", "Omschrijving", "Jaren", "Begroot", "Gerealiseerd",
                        "Resterend", "Uitputting", "Per jaar", "Tot en met", "Prognose tot het einde",
                        "Afleiding prognose", "Overheveling", "Overheveling is", "Bestemming"), regels,
                        List.of("Totaal", "", "", new Spreadsheet.Bedrag(r.totaal().begroot()),
                                new Spreadsheet.Bedrag(r.totaal().gerealiseerd()),
                                new Spreadsheet.Bedrag(r.totaal().resterend()), procent(r.totaal().uitputting())))
                .blad("Realisatie per groep", List.of("Groep", "Begroot", "Gerealiseerd", "Resterend", "Uitputting",
                        "Prognose tot het einde", "Regels", "Zonder realisatie"), groepen);
    }

    private static List<Object> rij(String wat, RealisatieAntwoord.Stand s) {
        return List.of(wat, new Spreadsheet.Bedrag(s.begroot()), new Spreadsheet.Bedrag(s.gerealiseerd()),
                new Spreadsheet.Bedrag(s.resterend()), procent(s.uitputting()), bedrag(s.prognose()),
                BegrotingExport.nummers(s.regels()), BegrotingExport.nummers(s.zonderRealisatie()));
    }

    /** Per year of the line: its budget (or the controller's split) and what was realised. */
    private static String jaren(RealisatieAntwoord.Regel s) {
        List<String> delen = new ArrayList<>();
        for (RealisatieAntwoord.Jaar j : s.jaren()) {
            delen.add(j.jaar() + ": " + (j.gerealiseerd() == null ? "geen realisatie"
                    : nl.woonregie.platform.web.Weergave.euro(j.gerealiseerd()) + " gerealiseerd")
                    + (s.verdeeld() ? " van " + nl.woonregie.platform.web.Weergave.euro(j.begroot())
                            + " (verdeling controller)" : ""));
        }
        return String.join("; ", delen);
    }

    private static Object bedrag(BigDecimal b) {
        return b == null ? "geen" : new Spreadsheet.Bedrag(b);
    }

    /** A percentage the Dutch way: "43 %". */
    static String procent(BigDecimal p) {
        return p == null ? "–" : java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("nl-NL"))
                .format(p) + " %";
    }

    private static String tekst(String s) {
        return s == null ? "" : s;
    }
}
