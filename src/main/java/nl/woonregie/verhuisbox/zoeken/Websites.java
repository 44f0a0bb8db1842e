package nl.woonregie.verhuisbox.zoeken;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.verhuisbox.traject.Invoer;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang;
import nl.woonregie.verhuisbox.zoeken.internal.ZoekRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The maintained list of housing-allocation websites, per team: a team sees the national list (inventory §6.2) and its
 * own sites. Its COORDINATOR adds a site to the team's list or changes one — region, provinces, registration fee,
 * renewal rule and notes (e.g. corporations' special rules), or sets it inactive; changing a national site makes the
 * team's own version of it, which the team sees instead (other teams keep the national one). A site of another team
 * is not there for the coordinator (404). Audited.
 */
@Service
public class Websites {

    private final ZoekRepository zoeken;
    private final VerhuisboxToegang toegang;
    private final ApplicationEventPublisher gebeurtenissen;

    Websites(ZoekRepository zoeken, VerhuisboxToegang toegang, ApplicationEventPublisher gebeurtenissen) {
        this.zoeken = zoeken;
        this.toegang = toegang;
        this.gebeurtenissen = gebeurtenissen;
    }

    @Schema(name = "WebsiteInvoer")
    public record Website(String naam, String regio, List<String> provincies, BigDecimal kosten, String verlenging,
            String notities, Boolean actief) {
    }

    /** Adds a site to the list of the coordinator's team; returns its id. */
    @Transactional
    public long voegToe(Website w, Gebruiker door, String client) {
        toegang.teamrol(door, Rol.COORDINATOR);
        controleer(w);
        if (zoeken.naamBijTeam(door.team(), w.naam().strip(), null)) {
            throw bestaatAl();
        }
        long id;
        try {
            id = zoeken.voegWebsiteToe(door.team(), null, w.naam().strip(), Invoer.leeg(w.regio()), provincies(w),
                    w.kosten(), Invoer.leeg(w.verlenging()), Invoer.leeg(w.notities()), w.actief() == null || w.actief());
        } catch (DuplicateKeyException e) {
            throw bestaatAl();
        }
        gebeurtenissen.publishEvent(new ZoekGebeurtenis.WebsiteToegevoegd(id, waarden(w),
                new Actor(door.actor(), client)));
        return id;
    }

    /**
     * Changes a site the coordinator's team sees; returns the id of the changed site: the team's own, or — for a
     * national site — the team's version of it (made now when the team has none).
     */
    @Transactional
    public long wijzig(long id, Website w, Gebruiker door, String client) {
        toegang.teamrol(door, Rol.COORDINATOR);
        long team = door.team();
        ZoekRepository.Eigenaar e = zoeken.eigenaar(id).filter(x -> x.team() == null || x.team() == team)
                .orElseThrow(() -> ApiException.notFound("Website " + id + " bestaat niet."));
        controleer(w);
        // a national site: the team's version of it (the national list stays as it is for every other team)
        Long eigen = e.team() != null ? Long.valueOf(id) : zoeken.versieVan(team, id).orElse(null);
        if (zoeken.naamBijTeam(team, w.naam().strip(), eigen != null ? eigen : id)) {
            throw bestaatAl();
        }
        Map<String, Object> oud = zoeken.website(eigen != null ? eigen : id).orElseThrow();
        long gewijzigd;
        try {
            if (eigen == null) {
                gewijzigd = zoeken.voegWebsiteToe(team, id, w.naam().strip(), Invoer.leeg(w.regio()), provincies(w),
                        w.kosten(), Invoer.leeg(w.verlenging()), Invoer.leeg(w.notities()),
                        w.actief() == null || w.actief());
            } else {
                zoeken.wijzigWebsite(eigen, team, w.naam().strip(), Invoer.leeg(w.regio()), provincies(w), w.kosten(),
                        Invoer.leeg(w.verlenging()), Invoer.leeg(w.notities()), w.actief() == null || w.actief());
                gewijzigd = eigen;
            }
        } catch (DuplicateKeyException x) {
            throw bestaatAl();
        }
        gebeurtenissen.publishEvent(new ZoekGebeurtenis.WebsiteGewijzigd(gewijzigd, oud, waarden(w),
                new Actor(door.actor(), client)));
        return gewijzigd;
    }

    private static ApiException bestaatAl() {
        return new ApiException(HttpStatus.CONFLICT, "Bestaat al", "Uw team heeft al een website met deze naam.",
                List.of(new InvalidParam("naam", "bestaat al")));
    }

    private static void controleer(Website w) {
        List<InvalidParam> f = new ArrayList<>();
        if (w.naam() == null || w.naam().isBlank() || w.naam().length() > 200) {
            f.add(new InvalidParam("naam", "verplicht, hoogstens 200 tekens"));
        }
        if (w.regio() != null && w.regio().length() > 200) {
            f.add(new InvalidParam("regio", "hoogstens 200 tekens"));
        }
        if (w.kosten() != null && (w.kosten().signum() < 0 || w.kosten().scale() > 2
                || w.kosten().compareTo(new BigDecimal("10000")) >= 0)) {
            f.add(new InvalidParam("kosten", "een bedrag in euro's met hoogstens 2 decimalen, 0 of meer"));
        }
        if (w.verlenging() != null && w.verlenging().length() > 500) {
            f.add(new InvalidParam("verlenging", "hoogstens 500 tekens"));
        }
        if (w.notities() != null && w.notities().length() > 2000) {
            f.add(new InvalidParam("notities", "hoogstens 2000 tekens"));
        }
        if (w.provincies() != null) {
            for (int i = 0; i < w.provincies().size(); i++) {
                String p = w.provincies().get(i);
                if (p == null || p.isBlank() || p.length() > 100) {
                    f.add(new InvalidParam("provincies[" + i + "]", "een provincienaam"));
                }
            }
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("De website is niet geldig.", f);
        }
    }

    private static String[] provincies(Website w) {
        return w.provincies() == null ? new String[0] : w.provincies().stream().map(String::strip)
                .toArray(String[]::new);
    }

    private static Map<String, Object> waarden(Website w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("naam", w.naam());
        m.put("regio", w.regio());
        m.put("provincies", w.provincies());
        m.put("kosten", w.kosten());
        m.put("verlenging", w.verlenging());
        m.put("notities", w.notities());
        m.put("actief", w.actief());
        return m;
    }
}
