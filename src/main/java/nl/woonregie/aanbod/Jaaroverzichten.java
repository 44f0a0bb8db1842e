package nl.woonregie.aanbod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.woonregie.aanbod.internal.Jaartabel;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.export.Spreadsheet;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.toezicht.cijfers.CijferStanden;
import nl.woonregie.toezicht.cijfers.GemeenteCijfers;
import nl.woonregie.toezicht.ronde.ToezichtHistorie;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year view of a gemeente ({@link Jaaroverzicht}): computed when read from toezicht's stored figures
 * ({@link CijferStanden}: beginstand, taakstellingen with the ambition, COA's standings and final figures), and
 * checked against the supervision's table of periods as this reader sees it ({@link ToezichtHistorie}). The
 * gemeente itself sees an ended period's saldo only once the eindoordeel over it is vastgesteld or shared with it (as
 * its history and its forecast); the province's supervisor and BEHEERDER see every period. Stores nothing. Readers as the sources: the gemeente itself, the province's supervisor, BEHEERDER.
 */
@Service
public class Jaaroverzichten {

    private final Aanbodbronnen bronnen;
    private final ToezichtHistorie historie;
    private final CijferStanden cijfers;
    private final GebiedService gebied;

    Jaaroverzichten(Aanbodbronnen bronnen, ToezichtHistorie historie, CijferStanden cijfers, GebiedService gebied) {
        this.bronnen = bronnen;
        this.historie = historie;
        this.cijfers = cijfers;
        this.gebied = gebied;
    }

    /** The year view (403 for a reader who may not read the gemeente's supply, 404 for an unknown gemeente). */
    @Transactional(readOnly = true)
    public Jaaroverzicht van(Gebruiker g, String gemeente) {
        bronnen.vereisLezen(g, gemeente);
        LocalDate vandaag = gebied.vandaag();
        GemeenteCijfers c = cijfers.lees(List.of(gemeente)).get(gemeente);
        ToezichtHistorie.Historie h = historie.van(gemeente, g);
        // the gemeente sees a period's outcome once its eindoordeel is vastgesteld or shared, as in its history
        java.util.Set<String> geoordeeld = Toegang.magProvincieToezien(g, h.provincie()) ? null
                : h.perioden().stream().filter(r -> r.saldoUit() != null).map(ToezichtHistorie.PeriodeRegel::periode)
                        .collect(java.util.stream.Collectors.toSet());
        Jaartabel.Berekening b = Jaartabel.bereken(c, vandaag, geoordeeld);
        List<Jaartabel.Periodestand> toezicht = h.perioden().stream()
                .map(r -> new Jaartabel.Periodestand(r.periode(), r.taakstelling(), r.saldoIn(), r.opgave(),
                        r.saldoUit()))
                .toList();
        return new Jaaroverzicht(gemeente, gebied.naam(gemeente), vandaag, b.halfjaren(),
                Jaartabel.jaren(b.halfjaren()), Jaartabel.vergelijk(toezicht, b.halfjaren()), b.ontbrekend());
    }

    /** The year view as XLSX: sheets Jaren, Halfjaren and Bevindingen. */
    @Transactional(readOnly = true)
    public byte[] xlsx(Gebruiker g, String gemeente) {
        Jaaroverzicht o = van(g, gemeente);
        List<List<?>> jaren = new ArrayList<>();
        for (Jaaroverzicht.Jaar j : o.jaren()) {
            jaren.add(java.util.Arrays.asList(j.jaar(), j.taakstellingen().size() > 0 ? j.taakstellingen().get(0)
                    : null, j.taakstellingen().size() > 1 ? j.taakstellingen().get(1) : null, j.saldoIn(),
                    j.extraAmbitie(), j.totaal(), j.gehuisvest(), j.gehuisvestOp(), j.saldoUit()));
        }
        List<List<?>> halfjaren = new ArrayList<>();
        for (Jaaroverzicht.Halfjaar h : o.halfjaren()) {
            halfjaren.add(java.util.Arrays.asList(h.omschrijving(), h.taakstelling(), h.saldoIn(), h.opgave(),
                    h.additioneleOpgave(), h.totaal(), h.gehuisvest(), h.definitief() ? "definitief cijfer COA"
                            : h.gehuisvestOp() == null ? null : "stand COA", h.gehuisvestOp(), h.saldoUit()));
        }
        List<List<?>> bevindingen = new ArrayList<>();
        for (Jaaroverzicht.Bevinding b : o.bevindingen()) {
            bevindingen.add(List.of(b.periode(), nl.woonregie.platform.web.Labels.van(b.soort()), b.gevonden(),
                    b.berekend(), b.tekst()));
        }
        return Spreadsheet.werkmap()
                .blad("Jaren", List.of("Jaar", "Taakstelling 1e helft", "Taakstelling 2e helft",
                        "Saldo voorgaande periode (+ achterstand, − voorsprong)", "Extra ambitie",
                        "Totaal te huisvesten", "Realisatie", "Realisatie: stand op", "Saldo aan het einde"), jaren)
                .blad("Halfjaren", List.of("Periode", "Taakstelling", "Saldo uit de vorige periode", "Opgave",
                        "Ambitie (additionele opgave)", "Totaal te huisvesten", "Gehuisvest", "Bron",
                        "Stand op", "Saldo aan het einde"), halfjaren)
                .blad("Bevindingen", List.of("Periode", "Soort", "In het toezicht", "Berekend", "Toelichting"),
                        bevindingen)
                .bytes();
    }
}
