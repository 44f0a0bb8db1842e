package nl.woonregie.doorbraakplan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.woonregie.doorbraakplan.internal.SteunOpslag;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Scopebron;
import nl.woonregie.platform.security.Scopesoort;
import nl.woonregie.platform.security.Toewijzing;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of a municipality's departments (afdelingen, diensten: SZW, OCW, DSO, DPZ in Den Haag), kept by its
 * programme team (and BEHEERDER), read by whoever reads its support plans. A support line names its department by
 * code; a DIENST assignment names one (this service is the {@link Scopebron} of {@link Scopesoort#AFDELING}).
 */
@Service
public class Afdelingen implements Scopebron {

    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,19}");

    private final SteunOpslag opslag;
    private final Steuntoegang toegang;
    private final GebiedService gebied;
    private final ApplicationEventPublisher gebeurtenissen;

    Afdelingen(SteunOpslag opslag, Steuntoegang toegang, GebiedService gebied,
            ApplicationEventPublisher gebeurtenissen) {
        this.opslag = opslag;
        this.toegang = toegang;
        this.gebied = gebied;
        this.gebeurtenissen = gebeurtenissen;
    }

    /** The municipality's departments by code. */
    @Transactional(readOnly = true)
    public List<Afdeling> vanGemeente(Gebruiker g, String gemeente) {
        toegang.vereisLezen(g, gemeente);
        return opslag.afdelingen(gemeente);
    }

    /** Adds a department or renames it (its code stays); 400 naming every invalid field. */
    @Transactional
    public Afdeling vastleggen(Gebruiker g, String gemeente, String code, String naam, String reden, String client) {
        toegang.vereisBeheren(g, gemeente);
        List<InvalidParam> fouten = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            fouten.add(new InvalidParam("code", "1 tot 20 hoofdletters, cijfers, - of _, bijvoorbeeld OCW"));
        }
        String n = Steunplannen.tekst(naam, "naam", 200, true, fouten);
        String r = Steunplannen.tekst(reden, "reden", 2000, true, fouten);
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De afdeling is niet opgeslagen.", fouten);
        }
        Optional<String> vorige = opslag.schrijfAfdeling(gemeente, code, n, g.actor());
        Map<String, Object> waarden = new LinkedHashMap<>();
        waarden.put("naam", n);
        waarden.put("reden", r);
        gebeurtenissen.publishEvent(new SteunGebeurtenis.AfdelingVastgelegd(gemeente, code,
                vorige.map(v -> Map.<String, Object>of("naam", v)).orElse(null), waarden, new Actor(g.actor(),
                client)));
        return new Afdeling(code, n);
    }

    /** The department's name, or its code when it is not registered. */
    public String naam(String gemeente, String code) {
        return opslag.afdeling(gemeente, code).map(Afdeling::naam).orElse(code);
    }

    @Override
    public Scopesoort soort() {
        return Scopesoort.AFDELING;
    }

    @Override
    public boolean bestaat(Toewijzing t) {
        return t.gemeente() != null && t.afdeling() != null && opslag.afdeling(t.gemeente(), t.afdeling()).isPresent();
    }

    @Override
    public String naam(Toewijzing t) {
        if (t.gemeente() == null || t.afdeling() == null) {
            return String.valueOf(t.afdeling());
        }
        return opslag.afdeling(t.gemeente(), t.afdeling()).map(a -> a.naam() + " (" + gebied.naam(t.gemeente()) + ")")
                .orElse(t.afdeling());
    }

    @Override
    public List<Keuze> alle() {
        return opslag.alleAfdelingen().stream().map(a -> new Keuze(new Toewijzing(
                nl.woonregie.platform.security.Rol.DIENST, null, a[0], null, null, a[1], null),
                a[2] + " (" + gebied.naam(a[0]) + ")")).toList();
    }
}
