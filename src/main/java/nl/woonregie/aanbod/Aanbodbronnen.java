package nl.woonregie.aanbod;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.aanbod.internal.BronOpslag;
import nl.woonregie.aanbod.internal.Bronlezer;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Labels;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored supply sources of a gemeente: corporation agreements, projects, other routes and a free tempo, each
 * versioned with who, when and why. A gemeente keeps its own (GEMEENTE of that gemeente, and BEHEERDER); its
 * province's TOEZICHTHOUDER reads them. Every change is an {@link AanbodGebeurtenis} in the audit trail; a change
 * names the version it changes, and a source changed in between is refused (409).
 */
@Service
public class Aanbodbronnen {

    private final BronOpslag opslag;
    private final GebiedService gebied;
    private final Toegang toegang;
    private final ApplicationEventPublisher gebeurtenissen;

    Aanbodbronnen(BronOpslag opslag, GebiedService gebied, Toegang toegang, ApplicationEventPublisher gebeurtenissen) {
        this.opslag = opslag;
        this.gebied = gebied;
        this.toegang = toegang;
        this.gebeurtenissen = gebeurtenissen;
    }

    /** Reading a gemeente's sources: BEHEERDER, its TOEZICHTHOUDER, itself (404 for an unknown gemeente). */
    public Gebruiker vereisLezen(Gebruiker g, String gemeente) {
        return toegang.toezichtLezen(g, gemeente);
    }

    /** Keeping a gemeente's sources: the gemeente itself and BEHEERDER (404 for an unknown gemeente). */
    public Gebruiker vereisWijzigen(Gebruiker g, String gemeente) {
        vereisLezen(g, gemeente);
        if (!magWijzigen(g, gemeente)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "Alleen de gemeente zelf houdt haar aanbod "
                    + "bij; de toezichthouder leest het.", null);
        }
        return g;
    }

    /** May this account keep the gemeente's sources? (for buttons, no exception) */
    public boolean magWijzigen(Gebruiker g, String gemeente) {
        return g.heeft(Rol.BEHEERDER) || g.gemeenten(Rol.GEMEENTE).contains(gemeente);
    }

    /** The gemeente's current sources, in the order they were added. */
    @Transactional(readOnly = true)
    public List<Aanbodbron> vanGemeente(Gebruiker g, String gemeente) {
        vereisLezen(g, gemeente);
        return opslag.vanGemeenten(List.of(gemeente)).stream().map(b -> b.getoetst(gebied.vandaag())).toList();
    }

    /** One source with every version: 404 when the gemeente has no such source (also a removed one is read). */
    @Transactional(readOnly = true)
    public Aanbodbron lees(Gebruiker g, String gemeente, long id) {
        vereisLezen(g, gemeente);
        return opslag.lees(id).filter(b -> b.gemeente().equals(gemeente))
                .map(b -> b.getoetst(gebied.vandaag()))
                .orElseThrow(() -> ApiException.notFound("Aanbodbron " + id + " van " + gebied.naam(gemeente)
                        + " bestaat niet."));
    }

    /** Adds a source (version 1); 400 naming every invalid field. */
    @Transactional
    public Aanbodbron toevoegen(Gebruiker g, String gemeente, Bronverzoek v, String client) {
        vereisWijzigen(g, gemeente);
        return voegToe(g, gemeente, v, client, null);
    }

    /**
     * Adds a project the college designated in the gemeente's doorbraakplan (a Doorbraakplanlocatie becomes supply at
     * that decision): besides those who keep the gemeente's supply, its programme team (PROGRAMMATEAM) may add it —
     * only a {@code PROJECT}, anything else is 400 naming {@code soort}. The author in the version and the audit trail
     * is the programme team's account itself.
     */
    @Transactional
    public Aanbodbron toevoegenAangewezenProject(Gebruiker g, String gemeente, Bronverzoek v, String client) {
        if (magWijzigen(g, gemeente)) {
            vereisWijzigen(g, gemeente);
        } else if (!g.gemeenten(Rol.PROGRAMMATEAM).contains(gemeente)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "Alleen het programmateam van de gemeente "
                    + "voegt een aangewezen locatie aan haar aanbod toe.", null);
        }
        return voegToe(g, gemeente, v, client, Aanbodbron.Soort.PROJECT);
    }

    private Aanbodbron voegToe(Gebruiker g, String gemeente, Bronverzoek v, String client, Aanbodbron.Soort alleen) {
        List<InvalidParam> fouten = new ArrayList<>();
        Aanbodbron.Soort soort = Bronlezer.soort(v.soort(), fouten);
        if (alleen != null && soort != null && soort != alleen) {
            fouten.add(new InvalidParam("soort", "alleen " + alleen.name() + " voor een aangewezen locatie"));
        }
        Bronfeiten feiten = feiten(soort, gemeente, v, fouten);
        String reden = Bronlezer.reden(v.reden(), fouten);
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De aanbodbron is niet opgeslagen.", fouten);
        }
        long id = opslag.voegToe(gemeente, soort, feiten, reden, g.actor());
        Map<String, Object> waarden = new LinkedHashMap<>();
        waarden.put("soort", soort.name());
        waarden.putAll(opslag.alsMap(feiten));
        waarden.put("reden", reden);
        gebeurtenissen.publishEvent(new AanbodGebeurtenis.BronToegevoegd(id, gemeente, waarden,
                new Actor(g.actor(), client)));
        return opslag.lees(id).orElseThrow().getoetst(gebied.vandaag());
    }

    /**
     * Stores a new version of a source that is still at {@code versie}; 400 naming every invalid field (the kind of a
     * source does not change), 409 when it changed or was removed in between.
     */
    @Transactional
    public Aanbodbron wijzigen(Gebruiker g, String gemeente, long id, String versie, Bronverzoek v, String client) {
        vereisWijzigen(g, gemeente);
        Aanbodbron huidig = lees(g, gemeente, id);
        List<InvalidParam> fouten = new ArrayList<>();
        Integer van = versie(versie, fouten);
        if (Bronlezer.soort(v.soort() == null ? huidig.soort().name() : v.soort(), fouten) != huidig.soort()
                && fouten.stream().noneMatch(f -> f.name().equals("soort"))) {
            fouten.add(new InvalidParam("soort", "de soort van een bron verandert niet ("
                    + Labels.inZin(huidig.soort()) + ")"));
        }
        Bronfeiten feiten = feiten(huidig.soort(), gemeente, v, fouten);
        String reden = Bronlezer.reden(v.reden(), fouten);
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De aanbodbron is niet gewijzigd.", fouten);
        }
        if (!opslag.schrijf(id, van, feiten, false, reden, g.actor())) {
            throw conflict(id, huidig);
        }
        Map<String, Object> waarden = new LinkedHashMap<>(opslag.alsMap(feiten));
        waarden.put("reden", reden);
        gebeurtenissen.publishEvent(new AanbodGebeurtenis.BronGewijzigd(id, gemeente, opslag.alsMap(huidig.feiten()),
                waarden, new Actor(g.actor(), client)));
        return opslag.lees(id).orElseThrow().getoetst(gebied.vandaag());
    }

    /** Removes a source still at {@code versie} (a last version, kept in its history); 409 as for a change. */
    @Transactional
    public Aanbodbron verwijderen(Gebruiker g, String gemeente, long id, String versie, String reden, String client) {
        vereisWijzigen(g, gemeente);
        Aanbodbron huidig = lees(g, gemeente, id);
        List<InvalidParam> fouten = new ArrayList<>();
        Integer van = versie(versie, fouten);
        String r = Bronlezer.reden(reden, fouten);
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De aanbodbron is niet verwijderd.", fouten);
        }
        if (!opslag.schrijf(id, van, huidig.feiten(), true, r, g.actor())) {
            throw conflict(id, huidig);
        }
        Map<String, Object> waarden = new LinkedHashMap<>();
        waarden.put("reden", r);
        gebeurtenissen.publishEvent(new AanbodGebeurtenis.BronVerwijderd(id, gemeente, opslag.alsMap(huidig.feiten()),
                waarden, new Actor(g.actor(), client)));
        return opslag.lees(id).orElseThrow().getoetst(gebied.vandaag());
    }

    private Bronfeiten feiten(Aanbodbron.Soort soort, String gemeente, Bronverzoek v, List<InvalidParam> fouten) {
        if (soort == null) {
            return null;
        }
        Bronlezer.Resultaat r = new Bronlezer(code -> gebied.gemeente(code).isPresent()).lees(soort, gemeente, v);
        fouten.addAll(r.fouten());
        return r.feiten();
    }

    private static Integer versie(String tekst, List<InvalidParam> fouten) {
        if (tekst == null || !tekst.strip().matches("\\d{1,6}") || Integer.parseInt(tekst.strip()) < 1) {
            fouten.add(new InvalidParam("versie", "verplicht: de versie die u wijzigt (een geheel getal vanaf 1)"));
            return null;
        }
        return Integer.parseInt(tekst.strip());
    }

    private ApiException conflict(long id, Aanbodbron huidig) {
        Aanbodbron nu = opslag.lees(id).orElseThrow();
        String wat = nu.versies().get(0).verwijderd() ? "is intussen verwijderd"
                : "is intussen gewijzigd (nu versie " + nu.versie() + ")";
        return new ApiException(HttpStatus.CONFLICT, "Gewijzigd", "Aanbodbron '" + huidig.feiten().naam() + "' " + wat
                + "; bekijk haar opnieuw.", null);
    }
}
