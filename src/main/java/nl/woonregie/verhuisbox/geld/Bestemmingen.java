package nl.woonregie.verhuisbox.geld;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.security.Teams;
import nl.woonregie.verhuisbox.Zoeken;
import nl.woonregie.verhuisbox.traject.CasusDienst;
import nl.woonregie.verhuisbox.traject.VerhuisboxTeams;
import org.springframework.stereotype.Component;

/**
 * Where the home of a grant is: the accepted offer (searching's), else the closed case's destination (the
 * trajectory's); and whether that is the team's own municipality (gift or loan follows from it).
 */
@Component
class Bestemmingen {

    private final Zoeken zoeken;
    private final CasusDienst casussen;
    private final VerhuisboxTeams teams;
    private final GebiedService gebied;

    Bestemmingen(Zoeken zoeken, CasusDienst casussen, VerhuisboxTeams teams, GebiedService gebied) {
        this.zoeken = zoeken;
        this.casussen = casussen;
        this.teams = teams;
        this.gebied = gebied;
    }

    record Bestemming(String gemeente, String adres) {
    }

    /** The destination: the accepted offer, else the closed case's bestemming; null when unknown. */
    Bestemming van(long casus) {
        return zoeken.aanbiedingen(casus).stream().filter(a -> a.besluit() == Zoeken.Aanbodbesluit.AANVAARD)
                .findFirst().map(a -> new Bestemming(a.gemeente(), a.adres()))
                .orElseGet(() -> {
                    String b = casussen.lees(casus).bestemming();
                    return b == null ? null : new Bestemming(b, null);
                });
    }

    String teamNaam(long team) {
        return teams.team(team).map(Teams.Team::naam).orElse(null);
    }

    /** Is this municipality (a name or CBS code as typed in an offer) the team's own? */
    boolean eigenGemeente(long team, String gemeente) {
        Teams.Team t = teams.team(team).orElseThrow();
        Set<String> eigen = new HashSet<>();
        eigen.add(normaal(t.naam()));
        String code = t.gemeente();
        eigen.add(normaal(code));
        gebied.gemeente(code).ifPresent(gm -> eigen.add(normaal(gm.naam())));
        if (eigen.contains(normaal("'s-Gravenhage"))) {
            eigen.add(normaal("Den Haag"));
        }
        return eigen.contains(normaal(gemeente));
    }

    static String normaal(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("^gemeente\\s+", "").replaceAll("[^a-z0-9]", "");
    }
}
