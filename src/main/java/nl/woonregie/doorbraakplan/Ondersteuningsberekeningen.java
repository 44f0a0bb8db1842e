package nl.woonregie.doorbraakplan;

import java.util.List;
import java.util.regex.Pattern;

import nl.woonregie.doorbraakplan.internal.OndersteuningVerzoekLezer;
import nl.woonregie.doorbraakplan.internal.Tariefparameters;
import nl.woonregie.doorbraakplan.ondersteuning.Ondersteuningsberekening;
import nl.woonregie.doorbraakplan.ondersteuning.Ondersteuningsmodel;
import nl.woonregie.doorbraakplan.ondersteuning.Tarieven;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toewijzing;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * The support computation of a municipality's doorbraakplan, for its API and its page (one call that authorises and
 * judges): who may compute, and the computation itself — every invalid field named, the memo's dated tariffs as
 * defaults ({@link Tariefparameters}), the plain-Java {@link Ondersteuningsmodel}. Stores nothing.
 *
 * <p>Who: BEHEERDER, and the municipality's programme roles — PROGRAMMATEAM and BESTUUR of that municipality, a
 * DIENST of one of its departments. A PROJECTLEIDER is scoped to one project (a lead of the pipeline, {@link Leads}),
 * not to a municipality: until stored support plans decide what a projectleider may compute, a PROJECTLEIDER is
 * refused.
 */
@Service
public class Ondersteuningsberekeningen {

    private static final Pattern GEMEENTE = Pattern.compile("GM\\d{4}");

    private final Tarieven standaard = Tariefparameters.vanClasspath();
    private final GebiedService gebied;

    Ondersteuningsberekeningen(GebiedService gebied) {
        this.gebied = gebied;
    }

    /** The memo's dated tariffs, the defaults of a request. */
    public Tarieven standaardtarieven() {
        return standaard;
    }

    /** May this account compute for the municipality? (for links, no exception) */
    public static boolean magRekenen(Gebruiker g, String gemeente) {
        if (g == null) {
            return false;
        }
        if (g.heeft(Rol.BEHEERDER)) {
            return true;
        }
        for (Toewijzing t : g.toewijzingen()) {
            boolean programmarol = t.rol() == Rol.PROGRAMMATEAM || t.rol() == Rol.BESTUUR || t.rol() == Rol.DIENST;
            if (programmarol && gemeente != null && gemeente.equals(t.gemeente())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the account may compute for any municipality at all (BEHEERDER or a programme role). */
    public static boolean magRekenen(Gebruiker g) {
        return g != null && g.heeft(Rol.BEHEERDER, Rol.PROGRAMMATEAM, Rol.BESTUUR, Rol.DIENST);
    }

    /** 403 unless the account may compute for the municipality; 404 for an unknown municipality. */
    public Gebruiker vereisRekenen(Gebruiker g, String gemeente) {
        if (!magRekenen(g)) {
            throw geenToegang();
        }
        if (gemeente == null || !GEMEENTE.matcher(gemeente).matches() || gebied.gemeente(gemeente).isEmpty()) {
            if (g.heeft(Rol.BEHEERDER)) {
                throw ApiException.notFound("Gemeente " + gemeente + " bestaat niet.");
            }
            throw geenToegang();
        }
        if (!magRekenen(g, gemeente)) {
            throw geenToegang();
        }
        return g;
    }

    /**
     * The computation of a request as {@code POST /api/v1/ondersteuning/berekeningen} takes it: 403 for an account
     * without a programme role or of another municipality, 400 naming every invalid field.
     */
    public Ondersteuningsberekening bereken(Gebruiker g, JsonNode verzoek) {
        if (!magRekenen(g)) {
            throw geenToegang();
        }
        String gemeente = OndersteuningVerzoekLezer.gemeente(verzoek);
        if (gemeente != null && GEMEENTE.matcher(gemeente).matches() && !magRekenen(g, gemeente)) {
            throw geenToegang();
        }
        OndersteuningVerzoekLezer.Resultaat r = new OndersteuningVerzoekLezer(standaard).lees(verzoek);
        List<InvalidParam> fouten = new java.util.ArrayList<>(r.fouten());
        if (r.gemeente() != null && GEMEENTE.matcher(r.gemeente()).matches()
                && gebied.gemeente(r.gemeente()).isEmpty()) {
            fouten.add(new InvalidParam("gemeente", "onbekende gemeente " + r.gemeente()));
        }
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("Het verzoek bevat " + fouten.size()
                    + (fouten.size() == 1 ? " ongeldig veld." : " ongeldige velden."), fouten);
        }
        return Ondersteuningsmodel.bereken(r.vraag());
    }

    private static ApiException geenToegang() {
        return new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "Alleen het programmateam, het bestuur en de "
                + "diensten van de gemeente rekenen de ondersteuning van haar doorbraakplan door.", null);
    }
}
