package nl.woonregie.toezicht.export;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.woonregie.platform.export.Spreadsheet;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.toezicht.regels.NlFormaat;
import nl.woonregie.toezicht.BeoordelingRecord;
import nl.woonregie.toezicht.BevindingRecord;
import nl.woonregie.toezicht.ronde.Ronde;
import nl.woonregie.toezicht.ronde.ToezichtHistorie;
import nl.woonregie.toezicht.ronde.ToezichtHistorie.Historie;
import nl.woonregie.toezicht.ronde.ToezichtHistorie.Oordeel;
import nl.woonregie.toezicht.ronde.ToezichtHistorie.PeriodeRegel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * A municipality's supervision history as XLSX: the same {@link ToezichtHistorie} as the JSON endpoint, one sheet
 * each for the periods, the judgments with their steps, the decisions with their motivation and the findings.
 */
@Service
class HistorieExport {

    static final List<String> KOP_PERIODEN = List.of("periode", "omschrijving", "taakstelling", "additionele opgave",
            "saldo in (achterstand +, voorsprong −)", "opgave", "minimaal (helft van de opgave)",
            "gehuisvest op de middendatum", "gehuisvest einde periode (COA)", "percentage van de opgave",
            "saldo uit (achterstand +, voorsprong −)", "trede na eindoordeel");
    static final List<String> KOP_OORDELEN = List.of("peildatum", "soort", "beoordelingsronde", "status", "periode",
            "trede voor", "trede na", "conclusie", "opgave", "gehuisvest", "percentage van de opgave",
            "besluit vereist", "motivering");
    static final List<String> KOP_BESLISSINGEN = List.of("peildatum", "beoordelingsronde", "soort", "waarde",
            "motivering", "door", "vastgelegd op", "vervangen op");
    static final List<String> KOP_BEVINDINGEN = List.of("peildatum", "soort", "bevinding");

    private final ToezichtHistorie historie;
    private final Clock clock;

    HistorieExport(ToezichtHistorie historie, ObjectProvider<Clock> clock) {
        this.historie = historie;
        this.clock = clock.getIfAvailable(() -> Clock.system(Spreadsheet.TIJDZONE));
    }

    /** The history as this account may read it (see {@link ToezichtHistorie#van}). */
    Bestand xlsx(String gemeente, Gebruiker kijker) {
        Historie h = historie.van(gemeente, kijker);
        LocalDateTime nu = LocalDateTime.now(clock.withZone(Spreadsheet.TIJDZONE));
        byte[] inhoud = Spreadsheet.werkmap()
                .blad("Perioden", KOP_PERIODEN, perioden(h))
                .blad("Oordelen", KOP_OORDELEN, oordelen(h))
                .blad("Beslissingen", KOP_BESLISSINGEN, beslissingen(h))
                .blad("Bevindingen", KOP_BEVINDINGEN, bevindingen(h))
                .blad("Toelichting", List.of("onderwerp", "toelichting"), toelichting(h, nu,
                        Toegang.magProvincieToezien(kijker, h.provincie())))
                .bytes();
        return new Bestand("toezicht-" + h.gemeente() + "-" + nu.toLocalDate() + ".xlsx",
                Spreadsheet.XLSX, inhoud);
    }

    static List<List<?>> perioden(Historie h) {
        List<List<?>> rijen = new ArrayList<>();
        for (PeriodeRegel p : h.perioden()) {
            rijen.add(Arrays.asList(p.periode(), p.omschrijving(), p.taakstelling(), p.additioneleOpgave(),
                    p.saldoIn(), p.opgave(), p.minimaal(), p.gehuisvestTussentijds(), p.gehuisvest(),
                    p.percentageVanOpgave(), p.saldoUit(), p.tredeNaEindoordeel()));
        }
        return rijen;
    }

    static List<List<?>> oordelen(Historie h) {
        List<List<?>> rijen = new ArrayList<>();
        for (Oordeel o : h.oordelen()) {
            BeoordelingRecord u = o.beoordeling();
            boolean met = u != null;
            List<String> motivering = !met ? List.of()
                    : u.motivering().stream().map(m -> m.regel() + ": " + m.tekst()).toList();
            String status = OverzichtExport.status(o.status()) + (o.gedeeld() == null ? ""
                    : "; door de provincie met de gemeente gedeeld op " + NlFormaat.datum(o.gedeeld().op()
                            .atZoneSameInstant(Spreadsheet.TIJDZONE).toLocalDate()) + ": " + o.gedeeld().reden());
            rijen.add(Arrays.asList(o.peildatum(), soort(o.soort()), o.ronde(), status,
                    met ? u.periode().code() : null, o.tredeVoor(), o.tredeNa(),
                    OverzichtExport.conclusie(o.conclusie()), met ? u.opgave() : null,
                    met ? u.gehuisvestVoorOordeel() : null, met ? u.percentageVanOpgave() : null,
                    met ? OverzichtExport.jaNee(u.besluitVereist()) : null,
                    motivering.isEmpty() ? null : String.join("\n", motivering)));
        }
        return rijen;
    }

    static List<List<?>> beslissingen(Historie h) {
        List<List<?>> rijen = new ArrayList<>();
        for (Oordeel o : h.oordelen()) {
            for (Ronde.Beslissing b : o.beslissingen()) {
                rijen.add(Arrays.asList(o.peildatum(), o.ronde(), beslissingSoort(b.soort()),
                        waarde(b.soort(), b.waarde()), b.motivering(), b.door(), b.op(), b.vervangenOp()));
            }
        }
        return rijen;
    }

    static List<List<?>> bevindingen(Historie h) {
        List<List<?>> rijen = new ArrayList<>();
        for (BevindingRecord b : h.bevindingen()) {
            rijen.add(Arrays.asList(b.peildatum(), b.type().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' '), b.tekst()));
        }
        return rijen;
    }

    private static List<List<?>> toelichting(Historie h, LocalDateTime nu, boolean alles) {
        List<List<?>> rijen = new ArrayList<>();
        rijen.add(Arrays.asList("gemeente", h.gemeente() + " " + h.naam()));
        rijen.add(Arrays.asList("provincie", h.provincie()));
        rijen.add(Arrays.asList("beleidskader", h.beleidskader()));
        if (h.huidigeTrede() != null) {
            rijen.add(Arrays.asList("huidige trede", h.huidigeTrede().trede() + " — " + h.huidigeTrede().naam()));
            rijen.add(Arrays.asList("vastgesteld per", h.huidigeTrede().vastgesteldPer()));
        } else {
            rijen.add(Arrays.asList("huidige trede", "nog geen vastgestelde ronde"));
        }
        rijen.add(Arrays.asList("perioden berekend tot en met", h.berekendTotEnMet()));
        if (!h.ontbrekend().isEmpty()) {
            rijen.add(Arrays.asList("ontbrekende gegevens", String.join("; ", h.ontbrekend())));
        }
        rijen.add(Arrays.asList("gemaakt op", nu));
        rijen.add(Arrays.asList("bron", "Woonregie: dezelfde gegevens als GET /api/v1/gemeenten/" + h.gemeente()
                + "/toezicht. Perioden berekend op de huidige cijfers met de treden van de vastgestelde rondes; "
                + "oordelen en beslissingen zoals in de beoordelingsrondes vastgelegd."));
        rijen.add(Arrays.asList((Object) null));
        rijen.add(Arrays.asList("blad 'Perioden'", "Per halfjaar: taakstelling, additionele opgave, saldo in "
                + "(+ achterstand, − voorsprong), opgave = taakstelling + saldo in, minimaal = helft van de opgave "
                + "naar boven afgerond, gehuisvest op de middendatum en aan het einde (COA, zonder huurcontracten), "
                + "percentage van de opgave (half naar boven afgerond), saldo uit en de trede na het eindoordeel."));
        rijen.add(Arrays.asList("blad 'Oordelen'", (alles ? "Elk oordeel zoals in een beoordelingsronde vastgelegd "
                + "(ook concepten)" : "Elk vastgesteld oordeel, en een concept alleen als de provincie het met de "
                + "gemeente heeft gedeeld") + ": trede voor en na, conclusie, de cijfers van het oordeel en de "
                + "motivering per regel."));
        rijen.add(Arrays.asList("blad 'Beslissingen'", "Verschoonbare redenen, oordelen over de koppelingen en "
                + "besluiten (trede 4–6) van de toezichthouder met motivering" + (alles ? "; een vervangen beslissing "
                + "blijft zichtbaar met de datum waarop zij is vervangen" : " (de geldende)")
                + ". Tijden in Nederlandse tijd."));
        rijen.add(Arrays.asList("blad 'Bevindingen'", "Wat de consistentiecontrole over de cijfers heeft gevonden."));
        return rijen;
    }

    static String soort(String soort) {
        return "TUSSENTIJDS".equals(soort) ? "tussentijdse toets" : "eindoordeel";
    }

    static String beslissingSoort(String soort) {
        return switch (soort) {
            case "VERSCHOONBARE_REDEN" -> "verschoonbare reden";
            case "KOPPELINGEN_OORDEEL" -> "oordeel over de koppelingen";
            case "BESLUIT" -> "besluit (trede 4–6)";
            default -> soort;
        };
    }

    static String waarde(String soort, String waarde) {
        if ("KOPPELINGEN_OORDEEL".equals(soort)) {
            return "true".equals(waarde) ? "voldoende" : "false".equals(waarde) ? "niet voldoende" : waarde;
        }
        return "BESLUIT".equals(soort) && waarde != null ? "trede " + waarde : waarde;
    }
}
