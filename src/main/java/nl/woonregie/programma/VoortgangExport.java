package nl.woonregie.programma;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import nl.woonregie.platform.export.Spreadsheet;
import nl.woonregie.platform.web.Labels;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.programma.voortgang.Programmavoortgang;

/**
 * The progress report as a workbook: projects, the changes in the period, goals, indicators, measurements, evaluation
 * moments, findings and the budget's totals.
 */
final class VoortgangExport {

    private VoortgangExport() {
    }

    static byte[] xlsx(VoortgangService.Rapportage r) {
        Programmavoortgang v = r.voortgang();
        List<List<Object>> projecten = new ArrayList<>();
        List<List<Object>> wijzigingen = new ArrayList<>();
        for (Programmavoortgang.Projectvoortgang p : v.projecten()) {
            projecten.add(rij(p.nummer(), p.naam(), p.doel(), p.statuslabelBijBegin() == null ? "nog niet in het plan"
                    : p.statuslabelBijBegin(), p.statuslabel(), p.planning(), p.eigenaar(), p.wijzigingen().size()));
            for (var w : p.wijzigingen()) {
                for (var veld : w.velden()) {
                    wijzigingen.add(rij(p.nummer(), w.versie(), w.dag(), w.door(), w.reden(), veld.veld(),
                            veld.was(), veld.wordt()));
                }
            }
        }
        List<List<Object>> doelen = v.doelen().stream().map(d -> rij(d.nummer(), d.omschrijving(), d.deadline(),
                d.projecten(), d.perStatus().stream().map(t -> t.statuslabel() + ": " + t.aantal())
                        .collect(Collectors.joining(", ")))).toList();
        List<List<Object>> indicatoren = new ArrayList<>();
        List<List<Object>> metingen = new ArrayList<>();
        for (var i : v.indicatoren()) {
            indicatoren.add(rij(i.nummer(), i.naam(), i.eenheid(), Labels.van(i.richting()), i.streefwaarde(),
                    i.deadline(), i.laatste() == null ? null : i.laatste().waarde(),
                    i.laatste() == null ? null : i.laatste().datum(), Labels.van(i.oordeel())));
            for (var m : i.metingenInPeriode()) {
                metingen.add(rij(i.nummer(), m.datum(), m.waarde(), i.eenheid(), m.bron(), m.toelichting()));
            }
        }
        List<List<Object>> evaluaties = v.evaluaties().stream().map(e -> rij(e.nummer(), e.naam(), e.datum(),
                Labels.van(e.status()), e.uitkomst(), e.project(), e.door())).toList();
        List<List<Object>> bevindingen = v.bevindingen().stream().map(b -> rij(Labels.van(b.soort()), b.nummer(),
                b.toelichting())).toList();
        List<List<Object>> begroting = new ArrayList<>();
        for (var t : r.begroting().perThema()) {
            begroting.add(rij(t.naam() == null ? "Meerdere thema's of het programma" : t.naam(),
                    new Spreadsheet.Bedrag(t.bedrag()), nummers(t.regels())));
        }
        return Spreadsheet.werkmap()
                .blad("Periode", List.of("Programma", "Van", "Tot en met", "Versie"),
                        List.of(rij(r.naam(), v.van(), v.tot(), r.versie())))
                .blad("Projecten", List.of("Project", "Naam", "Doel", "Stand bij begin", "Stand", "Planning",
                        "Eigenaar", "Wijzigingen in de periode"), projecten)
                .blad("Wijzigingen", List.of("Project", "Versie", "Dag", "Door", "Reden", "Veld", "Was", "Wordt"),
                        wijzigingen)
                .blad("Doelen", List.of("Doel", "Omschrijving", "Deadline", "Projecten", "Per stand"), doelen)
                .blad("Indicatoren", List.of("Indicator", "Naam", "Eenheid", "Richting", "Streefwaarde", "Deadline",
                        "Laatste waarde", "Gemeten op", "Oordeel"), indicatoren)
                .blad("Metingen", List.of("Indicator", "Datum", "Waarde", "Eenheid", "Bron", "Toelichting"), metingen)
                .blad("Evaluaties", List.of("Evaluatiemoment", "Naam", "Datum", "Stand", "Uitkomst", "Project",
                        "Vastgelegd door"), evaluaties)
                .blad("Bevindingen", List.of("Soort", "Nummer", "Toelichting"), bevindingen)
                .blad("Begroting", List.of("Thema", "Bedrag", "Regels"), begroting,
                        List.of("Totaal", new Spreadsheet.Bedrag(r.begroting().totaal().bedrag())))
                .bytes();
    }

    /** A row; an empty value is an empty cell. */
    private static List<Object> rij(Object... waarden) {
        return Arrays.stream(waarden).map(w -> w == null ? (Object) "" : w).toList();
    }

    private static String nummers(List<Integer> regels) {
        return Weergave.telling(regels.size(), "regel", "regels") + ": " + regels.stream().map(String::valueOf)
                .collect(Collectors.joining(", "));
    }
}
