package nl.woonregie.verhuisbox.geld;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.woonregie.platform.security.Gebruikers;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.verhuisbox.HistorischeImport;
import nl.woonregie.verhuisbox.geld.internal.PotRepository;
import nl.woonregie.verhuisbox.geld.internal.VerstrekkingRepository;
import nl.woonregie.verhuisbox.traject.TeamGebeurtenis;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The money of imported historical cases: when the trajectory has written a batch it publishes
 * {@link TeamGebeurtenis.CasussenGeimporteerd}; this listener writes the batch's decided grants (from the team's pots
 * of their year, with the names of their accounts and a kenmerk) in the same transaction. Their beschikkingen are
 * made afterwards ({@code Beschikkingen.maakOntbrekende}).
 */
@Component
class GeldImport {

    private final VerstrekkingRepository verstrekkingen;
    private final PotRepository potten;
    private final Gebruikers gebruikers;

    GeldImport(VerstrekkingRepository verstrekkingen, PotRepository potten, Gebruikers gebruikers) {
        this.verstrekkingen = verstrekkingen;
        this.potten = potten;
        this.gebruikers = gebruikers;
    }

    @EventListener
    void bij(TeamGebeurtenis.CasussenGeimporteerd batch) {
        Set<Long> accounts = new HashSet<>();
        for (TeamGebeurtenis.CasussenGeimporteerd.Geimporteerd g : batch.casussen()) {
            for (HistorischeImport.Verstrekking v : lijst(g.gegevens().verstrekkingen())) {
                accounts.add(v.voorgesteldDoor());
                accounts.add(v.beoordeeldDoor());
            }
        }
        if (accounts.isEmpty()) {
            return;
        }
        Map<Long, String> namen = gebruikers.namen(accounts);
        Map<String, Long> pot = new HashMap<>();
        List<VerstrekkingRepository.Geimporteerd> rijen = new ArrayList<>();
        List<InvalidParam> f = new ArrayList<>();
        for (int i = 0; i < batch.casussen().size(); i++) {
            TeamGebeurtenis.CasussenGeimporteerd.Geimporteerd g = batch.casussen().get(i);
            int volg = 0;
            for (HistorischeImport.Verstrekking v : lijst(g.gegevens().verstrekkingen())) {
                volg++;
                Long p = pot.computeIfAbsent(v.jaar() + " " + v.potCode(),
                        k -> potten.potId(batch.team(), v.jaar(), v.potCode()).orElse(null));
                if (p == null || !namen.containsKey(v.voorgesteldDoor()) || !namen.containsKey(v.beoordeeldDoor())) {
                    f.add(new InvalidParam("casussen[" + i + "].verstrekkingen[" + (volg - 1) + "]",
                            "geen pot " + v.potCode() + " in " + v.jaar() + " of onbekend account"));
                    continue;
                }
                String kenmerk = v.kenmerk() != null ? v.kenmerk()
                        : batch.kenmerkVoorvoegsel() + "-" + v.jaar() + "-" + g.casus() + "-" + volg;
                rijen.add(new VerstrekkingRepository.Geimporteerd(g.casus(), p, v.soort(), v.vorm().name(),
                        v.bedrag(), v.omschrijving(), v.gemeente(), v.eigenGemeente(), v.grondslag(), v.bezwaar(),
                        namen.get(v.voorgesteldDoor()), v.voorgesteldDoor(), v.voorgesteldOp(),
                        namen.get(v.beoordeeldDoor()), v.beoordeeldDoor(), v.beoordeeldOp(), v.ontvanger(),
                        v.betaaldOp(), v.betaaldDoor(), kenmerk));
            }
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("De verstrekkingen van de partij zijn niet geldig.", f);
        }
        verstrekkingen.importeer(rijen);
    }

    private static <T> List<T> lijst(List<T> l) {
        return l == null ? List.of() : l;
    }
}
