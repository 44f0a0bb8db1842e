package nl.woonregie.toezicht.ronde;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.woonregie.toezicht.BeleidskaderRegister;
import nl.woonregie.toezicht.BeoordelingRecord;
import nl.woonregie.toezicht.BevindingRecord;
import nl.woonregie.toezicht.DossierRecord;
import nl.woonregie.toezicht.cijfers.CijferStanden;
import nl.woonregie.toezicht.cijfers.DossierSamensteller;
import nl.woonregie.toezicht.cijfers.DossierSamensteller.Beslissing;
import nl.woonregie.toezicht.cijfers.GemeenteCijfers;
import nl.woonregie.toezicht.regels.Beleidskader;
import nl.woonregie.toezicht.regels.Regelversie;
import nl.woonregie.toezicht.regels.ToezichtEngine;
import nl.woonregie.toezicht.regels.Trede;
import nl.woonregie.toezicht.regels.Uitkomst;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Computing a round: for every municipality the engine's input from the stored figures, the judgments of this round
 * and the steps and judgments of earlier final rounds (the ladder follows the last final round), the engine's run,
 * and the stored records. Called by {@link RondeService} inside its transactions; the history uses the same inputs.
 */
@Component
class RondeBerekening {

    private final JdbcClient jdbc;
    private final CijferStanden cijfers;
    private final BeleidskaderRegister kaders;
    private final RondeOpslag opslag;

    RondeBerekening(JdbcClient jdbc, CijferStanden cijfers, BeleidskaderRegister kaders, RondeOpslag opslag) {
        this.jdbc = jdbc;
        this.cijfers = cijfers;
        this.kaders = kaders;
        this.opslag = opslag;
    }

    void bereken(RondeService.RondeRij r, List<String> gemeenten, boolean nieuw) {
        Beleidskader kader = kaders.vind(r.beleidskader()).orElseThrow(() -> new IllegalStateException(
                "Beleidskader " + r.beleidskader() + " van ronde " + r.id() + " is niet meer beschikbaar"));
        Map<String, GemeenteCijfers> standen = cijfers.lees(gemeenten);
        Map<String, Map<LocalDate, Beslissing>> beslissingen = beslissingen(r.id(), r.peildatum(), gemeenten, kader);
        Map<String, Map<LocalDate, Trede>> vastgesteld = vastgesteldeTreden(r.peildatum(), gemeenten, kader);
        List<RondeGemeente> rijen = new ArrayList<>();
        for (String g : gemeenten) {
            DossierSamensteller.Samenstelling s = DossierSamensteller.stel(standen.get(g), r.peildatum(),
                    beslissingen.getOrDefault(g, Map.of()), vastgesteld.getOrDefault(g, Map.of()), kader.ladder(), kader.kalender());
            if (!s.volledig()) {
                rijen.add(new RondeGemeente(g, null, null, null, null, List.of(), s.ontbrekend(), null));
                continue;
            }
            Uitkomst u = ToezichtEngine.beoordeel(kader, s.dossier(), Regelversie.HUIDIG);
            BeoordelingRecord b = BeoordelingRecord.van(u.beoordelingen().stream()
                    .filter(x -> x.peildatum().equals(r.peildatum())).findFirst().orElseThrow());
            rijen.add(new RondeGemeente(g, b.tredeVoor().code(), b.tredeNa().code(), b.conclusie(), b,
                    u.bevindingen().stream().map(BevindingRecord::van).toList(), List.of(),
                    DossierRecord.van(kader.id(), Regelversie.HUIDIG, s.dossier())));
        }
        opslag.schrijf(r.id(), rijen, nieuw);
        jdbc.sql("update beoordelingsronde set berekend_op = now() where id = ?").param(r.id()).update();
    }

    /**
     * Judgments of round {@code rondeId} (may be null) and of the province's final rounds before {@code voor}, per
     * municipality and peildatum.
     */
    Map<String, Map<LocalDate, Beslissing>> beslissingen(Long rondeId, LocalDate voor, List<String> gemeenten,
            Beleidskader kader) {
        Map<String, Map<LocalDate, Map<String, String[]>>> ruw = new HashMap<>();
        jdbc.sql("""
                select b.gemeente_code, o.peildatum, b.soort, b.waarde, b.motivering
                from ronde_beslissing b join beoordelingsronde o on o.id = b.ronde_id
                where b.vervangen_op is null and b.gemeente_code = any(?)
                  and (o.id = ? or (o.status = 'VASTGESTELD' and o.peildatum < ?))""")
                .params(gemeenten.toArray(String[]::new), rondeId == null ? -1L : rondeId, voor)
                .query(rs -> {
                    LocalDate peildatum = rs.getObject(2, LocalDate.class);
                    String soort = rs.getString(3);
                    // the koppelingen judgment belongs to the mid date of the period, also when recorded at its end
                    // (of the kader's calendar: its toets on 1 April, or on 15 April for a toets on the 15th)
                    LocalDate datum = RondeService.Soort.KOPPELINGEN_OORDEEL.name().equals(soort)
                            ? kader.kalender().periodeVan(peildatum).flatMap(kader.kalender()::tussentijds)
                                    .orElse(peildatum)
                            : peildatum;
                    ruw.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                            .computeIfAbsent(datum, k -> new HashMap<>())
                            .put(soort, new String[] {rs.getString(4), rs.getString(5)});
                });
        Map<String, Map<LocalDate, Beslissing>> result = new HashMap<>();
        ruw.forEach((g, perDatum) -> perDatum.forEach((datum, perSoort) -> {
            String[] reden = perSoort.get(RondeService.Soort.VERSCHOONBARE_REDEN.name());
            String[] koppelingen = perSoort.get(RondeService.Soort.KOPPELINGEN_OORDEEL.name());
            String[] besluit = perSoort.get(RondeService.Soort.BESLUIT.name());
            result.computeIfAbsent(g, k -> new TreeMap<>()).put(datum, new Beslissing(
                    reden == null ? null : reden[0],
                    koppelingen == null ? null : Boolean.valueOf(koppelingen[0]),
                    besluit == null ? null : kader.ladder().trede(besluit[0]).orElse(null),
                    besluit == null ? null : besluit[1]));
        }));
        return result;
    }

    /** The step after each final round before {@code voor}, per municipality: the ladder follows the last one. */
    Map<String, Map<LocalDate, Trede>> vastgesteldeTreden(LocalDate voor, List<String> gemeenten,
            Beleidskader kader) {
        Map<String, Map<LocalDate, Trede>> result = new HashMap<>();
        jdbc.sql("""
                select rg.gemeente_code, o.peildatum, rg.trede_na
                from ronde_gemeente rg join beoordelingsronde o on o.id = rg.ronde_id
                where o.status = 'VASTGESTELD' and o.peildatum < ? and rg.trede_na is not null
                  and rg.gemeente_code = any(?)""")
                .params(voor, gemeenten.toArray(String[]::new))
                .query(rs -> {
                    String gemeente = rs.getString(1);
                    LocalDate peildatum = rs.getObject(2, LocalDate.class);
                    kader.ladder().trede(rs.getString(3)).ifPresent(t -> result
                            .computeIfAbsent(gemeente, k -> new HashMap<>()).put(peildatum, t));
                });
        return result;
    }
}
