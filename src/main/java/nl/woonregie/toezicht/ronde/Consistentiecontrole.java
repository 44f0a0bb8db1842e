package nl.woonregie.toezicht.ronde;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.toezicht.BeleidskaderRegister;
import nl.woonregie.toezicht.BeoordelingRecord;
import nl.woonregie.toezicht.BevindingRecord;
import nl.woonregie.toezicht.cijfers.DossierSamensteller;
import nl.woonregie.toezicht.regels.Beleidskader;
import nl.woonregie.toezicht.regels.Bevinding;
import nl.woonregie.toezicht.regels.Kalender;
import nl.woonregie.toezicht.regels.NlFormaat;
import nl.woonregie.toezicht.regels.Periode;
import nl.woonregie.toezicht.regels.ToezichtEngine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The consistency check over the data of a round, run before it is made final and before letters go out. It looks
 * for the contradictions of the historic letters (toezicht.md §3): a step-before that differs from the previous
 * step-after, a saldo that changed without a recorded correction, percentages on the wrong base, totals that are not
 * the sum of their parts, dates outside their period, a kenmerk used twice, missing figures.
 */
@Service
public class Consistentiecontrole {

    private final JdbcClient jdbc;
    private final ProvincieOverzicht overzicht;
    private final List<AanvullendeControle> aanvullend;
    private final RondeOpslag opslag;
    private final GebiedService gebied;
    private final BeleidskaderRegister kaders;

    Consistentiecontrole(JdbcClient jdbc, ProvincieOverzicht overzicht, List<AanvullendeControle> aanvullend,
            RondeOpslag opslag, GebiedService gebied, BeleidskaderRegister kaders) {
        this.jdbc = jdbc;
        this.kaders = kaders;
        this.opslag = opslag;
        this.gebied = gebied;
        this.overzicht = overzicht;
        this.aanvullend = aanvullend;
    }

    @Schema(name = "Consistentieresultaat")
    public record Resultaat(int fouten, int waarschuwingen, List<Controlebevinding> bevindingen) {

        public boolean heeftFouten() {
            return fouten > 0;
        }

        public List<Controlebevinding> van(String gemeente) {
            return bevindingen.stream().filter(b -> gemeente.equals(b.gemeente())).toList();
        }
    }

    /** A municipality of the round with its name. */
    record Rij(String gemeente, String naam, RondeGemeente opgeslagen) {

        String tredeVoor() {
            return opgeslagen.tredeVoor();
        }

        String tredeNa() {
            return opgeslagen.tredeNa();
        }

        BeoordelingRecord uitkomst() {
            return opgeslagen.beoordeling();
        }
    }

    public Resultaat controleer(long rondeId) {
        var ronde = jdbc.sql("select provincie_code, peildatum, beleidskader from beoordelingsronde where id = ?")
                .param(rondeId)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3)})
                .single();
        String provincie = (String) ronde[0];
        LocalDate peildatum = (LocalDate) ronde[1];
        List<Controlebevinding> b = new ArrayList<>();
        List<Rij> rijen = opslag.vanRonde(rondeId).stream()
                .map(g -> new Rij(g.gemeente(), gebied.naam(g.gemeente()), g))
                .sorted(java.util.Comparator.comparing(Rij::naam))
                .toList();
        Map<String, RondeOpslag.InRonde> vorige = opslag.vorigeRonde(provincie, peildatum);
        Map<String, String> beginTrede = new HashMap<>();
        jdbc.sql("select gemeente_code, trede, periode from beginstand where vervangen_op is null")
                .query(rs -> {
                    beginTrede.put(rs.getString(1), rs.getString(2) + "|" + rs.getString(3));
                });
        Periode periode = DossierSamensteller.periodeVan(peildatum, kaders.vind((String) ronde[2])
                .map(Beleidskader::kalender).orElse(Kalender.HALFJAAR_MET_TUSSENTIJDSE_TOETS));
        for (Rij r : rijen) {
            if (r.uitkomst() == null) {
                b.add(fout(Controlebevinding.Code.ONTBREKENDE_CIJFERS, r, "Ontbrekende cijfers: "
                        + String.join("; ", r.opgeslagen().ontbrekend()) + ". De gemeente kan niet worden beoordeeld."));
                continue;
            }
            controleerTredeVoor(r, vorige.get(r.gemeente()), beginTrede.get(r.gemeente()), periode, b);
            controleerSaldo(r, vorige.get(r.gemeente()), b);
            controleerPercentage(r, b);
            for (BevindingRecord x : r.opgeslagen().bevindingen()) {
                if (x.type() == Bevinding.Type.ONMOGELIJK_CIJFER) {
                    b.add(fout(Controlebevinding.Code.ONMOGELIJK_CIJFER, r, x.tekst()));
                } else if (x.peildatum() != null && !x.peildatum().isBefore(periode.eersteDag())) {
                    b.add(waarschuwing(Controlebevinding.Code.BEVINDING, r, x.tekst()));
                }
            }
            if (r.uitkomst().besluitVereist()) {
                b.add(waarschuwing(Controlebevinding.Code.BESLUIT_OPEN, r, "Voorgesteld is trede "
                        + r.uitkomst().voorgesteldeTrede().code() + "; die gaat pas in na een besluit van "
                        + "Gedeputeerde Staten. Leg het besluit vast of laat de gemeente op trede " + r.tredeNa() + "."));
            }
        }
        controleerTotalen(provincie, peildatum, rijen, b);
        // the stored figures are kept per half year: a year's are those of its two half years (ADR 0033)
        for (Periode halfjaar : DossierSamensteller.halfjaren(periode)) {
            controleerDatums(rijen, halfjaar, b);
        }
        aanvullend.forEach(c -> b.addAll(c.controleer(rondeId, provincie)));
        int fouten = (int) b.stream().filter(x -> x.niveau() == Controlebevinding.Niveau.FOUT).count();
        return new Resultaat(fouten, b.size() - fouten, List.copyOf(b));
    }

    private void controleerTredeVoor(Rij r, RondeOpslag.InRonde vorige, String begin, Periode periode,
            List<Controlebevinding> b) {
        String voor = r.tredeVoor();
        if (vorige != null) {
            if (!vorige.gemeente().tredeNa().equals(voor)) {
                b.add(fout(Controlebevinding.Code.TREDE_VOOR_WIJKT_AF, r, "De trede vóór deze peildatum is " + voor
                        + ", maar na de vorige ronde (" + NlFormaat.datum(vorige.peildatum())
                        + ") stond de gemeente op trede " + vorige.gemeente().tredeNa() + "."));
            }
        } else if (begin != null) {
            String[] delen = begin.split("\\|");
            String beginCode = "3".equals(delen[0]) ? "3a" : delen[0];
            if (delen[1].equals(periode.code()) && r.uitkomst() instanceof BeoordelingRecord.Tussentijds
                    && !beginCode.equals(voor)) {
                b.add(fout(Controlebevinding.Code.TREDE_VOOR_WIJKT_AF, r, "De trede vóór deze peildatum is " + voor
                        + ", maar de beginstand noemt trede " + delen[0] + "."));
            }
        }
    }

    private void controleerSaldo(Rij r, RondeOpslag.InRonde vorige, List<Controlebevinding> b) {
        if (vorige == null || !(vorige.gemeente().beoordeling() instanceof BeoordelingRecord.Eindoordeel eind)) {
            return;
        }
        long vorigSaldo = eind.saldoUit();
        long saldoIn = r.uitkomst().saldoIn();
        if (vorigSaldo == saldoIn) {
            return;
        }
        boolean verklaard = r.opgeslagen().bevindingen().stream().anyMatch(x ->
                x.type() == Bevinding.Type.REALISATIE_GECORRIGEERD || x.type() == Bevinding.Type.SALDO_GECORRIGEERD);
        String tekst = "Het saldo per begin van de periode is " + NlFormaat.getal(saldoIn) + ", terwijl de ronde van "
                + NlFormaat.datum(vorige.peildatum()) + " " + NlFormaat.getal(vorigSaldo) + " meegaf";
        if (verklaard) {
            b.add(waarschuwing(Controlebevinding.Code.SALDO_GECORRIGEERD, r, tekst
                    + "; het verschil komt uit een vastgelegde correctie."));
        } else {
            b.add(fout(Controlebevinding.Code.SALDO_ZONDER_CORRECTIE, r, tekst
                    + ", zonder vastgelegde correctie. Zoek uit welke cijfers zijn gewijzigd."));
        }
    }

    private void controleerPercentage(Rij r, List<Controlebevinding> b) {
        BeoordelingRecord u = r.uitkomst();
        long opgave = u.opgave();
        long gehuisvest = u.gehuisvestVoorOordeel();
        Integer verwacht = ToezichtEngine.percentage(gehuisvest, opgave);
        Integer opgeslagen = u.percentageVanOpgave();
        if (!java.util.Objects.equals(verwacht, opgeslagen)) {
            b.add(fout(Controlebevinding.Code.PERCENTAGE_BASIS, r, "Het percentage van de opgave is " + opgeslagen
                    + "%, maar " + NlFormaat.getal(gehuisvest) + " van " + NlFormaat.getal(opgave) + " is " + verwacht
                    + "%. Een percentage hoort bij de basis in zijn label."));
        }
        if (u instanceof BeoordelingRecord.Tussentijds t && t.minimaal() != ToezichtEngine.minimaal(opgave)) {
            b.add(fout(Controlebevinding.Code.TOTAAL_KLOPT_NIET, r, "Het minimaal (" + t.minimaal()
                    + ") is niet de helft van de opgave " + opgave + " naar boven afgerond."));
        }
        if (u.opgave() != u.taakstelling() + u.saldoIn()) {
            b.add(fout(Controlebevinding.Code.TOTAAL_KLOPT_NIET, r, "De opgave is niet de taakstelling plus het saldo."));
        }
    }

    private void controleerTotalen(String provincie, LocalDate peildatum, List<Rij> rijen, List<Controlebevinding> b) {
        ProvincieOverzicht.Overzicht o = overzicht.van(provincie, peildatum, null);
        long opgave = 0;
        long gehuisvest = 0;
        for (Rij r : rijen) {
            if (r.uitkomst() != null) {
                opgave += r.uitkomst().opgave();
                gehuisvest += r.uitkomst().gehuisvestVoorOordeel();
            }
        }
        var t = o.totalen();
        List<String> verschillen = new ArrayList<>();
        if (t.opgave() != opgave) {
            verschillen.add("opgave " + t.opgave() + " ≠ " + opgave);
        }
        if (t.gehuisvest() != gehuisvest) {
            verschillen.add("gehuisvest " + t.gehuisvest() + " ≠ " + gehuisvest);
        }
        if (t.nogTeHuisvesten() != opgave - gehuisvest) {
            verschillen.add("nog te huisvesten " + t.nogTeHuisvesten() + " ≠ " + (opgave - gehuisvest));
        }
        if (t.helft() != ToezichtEngine.minimaal(opgave)) {
            verschillen.add("helft " + t.helft() + " ≠ " + ToezichtEngine.minimaal(opgave));
        }
        int perTrede = t.aantalPerTrede().values().stream().mapToInt(Integer::intValue).sum();
        if (perTrede != t.aantalGemeenten() - t.aantalZonderCijfers()) {
            verschillen.add("aantal per trede " + perTrede + " ≠ " + (t.aantalGemeenten() - t.aantalZonderCijfers()));
        }
        if (!verschillen.isEmpty()) {
            b.add(new Controlebevinding(Controlebevinding.Niveau.FOUT, Controlebevinding.Code.TOTAAL_KLOPT_NIET, null,
                    "De provincietotalen zijn niet de som van de gemeenten: " + String.join("; ", verschillen) + "."));
        }
    }

    private void controleerDatums(List<Rij> rijen, Periode periode, List<Controlebevinding> b) {
        String[] codes = rijen.stream().map(Rij::gemeente).toArray(String[]::new);
        Map<String, Rij> perCode = new HashMap<>();
        rijen.forEach(r -> perCode.put(r.gemeente(), r));
        jdbc.sql("""
                select gemeente_code, periode, datum from coa_stand
                where vervangen_op is null and gemeente_code = any(?) and periode = ?""")
                .params(codes, periode.code())
                .query(rs -> {
                    LocalDate d = rs.getObject(3, LocalDate.class);
                    if (d.isBefore(periode.eersteDag()) || d.isAfter(periode.laatsteDag())) {
                        b.add(fout(Controlebevinding.Code.DATUM_BUITEN_PERIODE, perCode.get(rs.getString(1)),
                                "Een COA-stand van " + NlFormaat.datum(d) + " hoort niet bij de "
                                        + periode.omschrijving() + "."));
                    }
                });
        jdbc.sql("""
                select gemeente_code, ingangsdatum, referentie from huurcontract
                where ingetrokken_op is null and gemeente_code = any(?) and periode = ?""")
                .params(codes, periode.code())
                .query(rs -> {
                    LocalDate d = rs.getObject(2, LocalDate.class);
                    if (d.isBefore(periode.laatsteDag().minusDays(13)) || d.isAfter(periode.laatsteDag())) {
                        b.add(fout(Controlebevinding.Code.DATUM_BUITEN_PERIODE, perCode.get(rs.getString(1)),
                                "Huurcontract " + rs.getString(3) + " begint op " + NlFormaat.datum(d)
                                        + ", buiten de laatste twee weken van de " + periode.omschrijving() + "."));
                    }
                });
    }

    private static Controlebevinding fout(Controlebevinding.Code code, Rij r, String tekst) {
        return new Controlebevinding(Controlebevinding.Niveau.FOUT, code, r == null ? null : r.gemeente(), tekst);
    }

    private static Controlebevinding waarschuwing(Controlebevinding.Code code, Rij r, String tekst) {
        return new Controlebevinding(Controlebevinding.Niveau.WAARSCHUWING, code, r == null ? null : r.gemeente(),
                tekst);
    }
}
