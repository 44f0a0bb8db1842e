package nl.woonregie.toezicht;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonIgnore;
import nl.woonregie.toezicht.regels.Dossier;
import nl.woonregie.toezicht.regels.Periode;
import nl.woonregie.toezicht.regels.Regelversie;
import nl.woonregie.toezicht.regels.Trede;

/**
 * The exact input of the engine for one municipality in a round, as the round stores it (its "invoer"): with the
 * beleidskader and the engine's rule version it can be replayed through the engine ({@link #dossier()},
 * {@link #versie()}), which must give the stored outcome again.
 *
 * @param regelversie the number of the {@link Regelversie} the round was computed with: a round computed before a
 *                    correction of the engine replays with the rules of then (rounds stored before the versions
 *                    existed have version 1, set by migration V65)
 */
public record DossierRecord(String beleidskader, int regelversie, String gemeente, Trede startTrede,
        List<PeriodeCijfers> perioden, List<Besluit> besluiten, Map<LocalDate, Trede> vastgesteldeTreden) {

    public record PeriodeCijfers(Periode periode, long taakstelling, Long saldoIn, long additioneleOpgave,
            Tussenstand tussenstand, Eindstand eindstand) {
    }

    public record Tussenstand(long gehuisvest, Long koppelingen, Boolean koppelingenVoldoende) {
    }

    public record Eindstand(long gehuisvestCoa, long huurcontracten, Long gehuisvestCoaDefinitief, long omkoppelingen,
            int stapelgemeenteMaanden, boolean stapelgemeenteLaatsteMaand, String verschoonbareReden) {
    }

    public record Besluit(LocalDate peildatum, Trede trede, String motivering) {
    }

    public static DossierRecord van(String beleidskader, Regelversie versie, Dossier d) {
        return new DossierRecord(beleidskader, versie.nummer(), d.gemeente(), d.startTrede(), d.perioden().stream()
                .map(p -> new PeriodeCijfers(p.periode(), p.taakstelling(), p.saldoIn(), p.additioneleOpgave(),
                        p.tussenstand() == null ? null : new Tussenstand(p.tussenstand().gehuisvest(),
                                p.tussenstand().koppelingen(), p.tussenstand().koppelingenVoldoende()),
                        p.eindstand() == null ? null : new Eindstand(p.eindstand().gehuisvestCoa(),
                                p.eindstand().huurcontracten(), p.eindstand().gehuisvestCoaDefinitief(),
                                p.eindstand().omkoppelingen(), p.eindstand().stapelgemeenteMaanden(),
                                p.eindstand().stapelgemeenteLaatsteMaand(), p.eindstand().verschoonbareReden())))
                .toList(),
                d.besluiten().stream().map(b -> new Besluit(b.peildatum(), b.trede(), b.motivering())).toList(),
                new TreeMap<>(d.vastgesteldeTreden()));
    }

    /** The rules the round was computed with, to replay it exactly. */
    @JsonIgnore
    public Regelversie versie() {
        return Regelversie.van(regelversie);
    }

    /** The engine's input again, to replay the judgment (with {@link #versie()}). */
    public Dossier dossier() {
        return new Dossier(gemeente, startTrede, perioden.stream()
                .map(p -> new Dossier.PeriodeCijfers(p.periode(), p.taakstelling(), p.saldoIn(), p.additioneleOpgave(),
                        p.tussenstand() == null ? null : new Dossier.Tussenstand(p.tussenstand().gehuisvest(),
                                p.tussenstand().koppelingen(), p.tussenstand().koppelingenVoldoende()),
                        p.eindstand() == null ? null : new Dossier.Eindstand(p.eindstand().gehuisvestCoa(),
                                p.eindstand().huurcontracten(), p.eindstand().gehuisvestCoaDefinitief(),
                                p.eindstand().omkoppelingen(), p.eindstand().stapelgemeenteMaanden(),
                                p.eindstand().stapelgemeenteLaatsteMaand(), p.eindstand().verschoonbareReden())))
                .toList(),
                besluiten.stream().map(b -> new Dossier.Besluit(b.peildatum(), b.trede(), b.motivering())).toList(),
                vastgesteldeTreden);
    }
}
