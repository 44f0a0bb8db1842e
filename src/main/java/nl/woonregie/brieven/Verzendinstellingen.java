package nl.woonregie.brieven;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.brieven.internal.VerzendinstellingOpslag;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Provincie;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a province's decisions go out by e-mail (issue 19 §2, ADR 0055): the PDF/A attached to the cover e-mail, or a
 * secure download link valid for a number of days (default 30). Kept per province with history; set by the province's
 * TOEZICHTHOUDER or a BEHEERDER with a reason and the version they change (409 on a stale one); every change is an
 * audited {@link VerzendinstellingGebeurtenis}. {@link BriefVerzending} reads it at the moment of sending, for the
 * round's letters and for a besluit tot indeplaatsstelling alike.
 */
@Service
public class Verzendinstellingen {

    static final int MAX_DAGEN = 365;

    private final VerzendinstellingOpslag opslag;
    private final GebiedService gebied;
    private final ApplicationEventPublisher gebeurtenissen;

    Verzendinstellingen(VerzendinstellingOpslag opslag, GebiedService gebied,
            ApplicationEventPublisher gebeurtenissen) {
        this.opslag = opslag;
        this.gebied = gebied;
        this.gebeurtenissen = gebeurtenissen;
    }

    /** The province's setting with every version (its TOEZICHTHOUDER and BEHEERDER; 403 else, 404 unknown). */
    @Transactional(readOnly = true)
    public Verzendinstelling lees(Gebruiker g, String provincie) {
        String naam = vereisProvincie(g, provincie);
        return beeld(provincie, naam, opslag.versies(provincie));
    }

    /** Whether this user may set the province's way of sending (for the pages' links). */
    public static boolean magInstellen(Gebruiker g, String provincie) {
        return g.heeft(Rol.BEHEERDER) || g.provincies(Rol.TOEZICHTHOUDER).contains(provincie);
    }

    /**
     * Sets the province's way of sending at version {@code versie} (If-Match, or the request's {@code versie}): 400
     * naming every invalid field, 409 when it changed meanwhile. A new version with who, when and why.
     */
    @Transactional
    public Verzendinstelling wijzig(Gebruiker g, String provincie, Integer versie, VerzendinstellingVerzoek v,
            String client) {
        String naam = vereisProvincie(g, provincie);
        VerzendinstellingVerzoek x = v == null ? new VerzendinstellingVerzoek(null, null, null, null) : v;
        Integer van = versie != null ? versie : x.versie();
        List<InvalidParam> fouten = new ArrayList<>();
        if (van == null) {
            fouten.add(new InvalidParam("versie", "verplicht: de versie die u wijzigt (0 als er nog niets is "
                    + "ingesteld), of If-Match"));
        } else if (van < 0) {
            fouten.add(new InvalidParam("versie", "0 of hoger"));
        }
        fouten.addAll(controleer(x));
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De verzendwijze is niet ingesteld.", fouten);
        }
        Verzendvorm vorm = Verzendvorm.valueOf(x.verzendvorm().strip());
        int dagen = x.geldigheidDagen() == null ? Verzendinstelling.STANDAARD_DAGEN : x.geldigheidDagen();
        String reden = x.reden().strip();
        opslag.vergrendel(provincie);
        List<VerzendinstellingOpslag.Rij> voor = opslag.versies(provincie);
        int huidig = voor.isEmpty() ? 0 : voor.get(0).versie();
        if (van != huidig) {
            throw new ApiException(HttpStatus.CONFLICT, "Intussen gewijzigd", "De verzendwijze van de provincie is "
                    + "intussen gewijzigd (nu versie " + huidig + "); lees haar opnieuw.", null);
        }
        opslag.voegToe(provincie, huidig + 1, vorm, dagen, reden, g.actor());
        Map<String, Object> waarden = waarden(vorm, dagen);
        waarden.put("reden", reden);
        Map<String, Object> vorige = voor.isEmpty() ? null : waarden(voor.get(0).vorm(), voor.get(0).dagen());
        gebeurtenissen.publishEvent(new VerzendinstellingGebeurtenis.Gewijzigd(provincie, huidig + 1, vorige,
                waarden, new Actor(g.actor(), client)));
        return beeld(provincie, naam, opslag.versies(provincie));
    }

    /** Every invalid field of the request (the version aside): also the page's check when a number was unreadable. */
    static List<InvalidParam> controleer(VerzendinstellingVerzoek x) {
        List<InvalidParam> fouten = new ArrayList<>();
        if (x.verzendvorm() == null || x.verzendvorm().isBlank()) {
            fouten.add(new InvalidParam("verzendvorm", "verplicht: kies als bijlage of als beveiligde "
                    + "downloadlink"));
        } else {
            try {
                Verzendvorm.valueOf(x.verzendvorm().strip());
            } catch (IllegalArgumentException e) {
                fouten.add(new InvalidParam("verzendvorm", "onbekend: kies als bijlage of als beveiligde "
                        + "downloadlink"));
            }
        }
        if (x.geldigheidDagen() != null && (x.geldigheidDagen() < 1 || x.geldigheidDagen() > MAX_DAGEN)) {
            fouten.add(new InvalidParam("geldigheidDagen", "1 tot en met " + MAX_DAGEN + " dagen"));
        }
        Contacten.tekst(x.reden(), "reden", 1000, true, fouten);
        return fouten;
    }

    /** The setting in force for the province now (the default when nothing is set): for the sender, no access check. */
    Verzendinstelling huidige(String provincie) {
        List<VerzendinstellingOpslag.Rij> versies = opslag.versies(provincie);
        return beeld(provincie, gebied.provincie(provincie).map(Provincie::naam).orElse(provincie),
                versies.isEmpty() ? List.of() : versies.subList(0, 1));
    }

    private static Map<String, Object> waarden(Verzendvorm vorm, int dagen) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("verzendvorm", vorm.name());
        m.put("geldigheidDagen", dagen);
        return m;
    }

    private static Verzendinstelling beeld(String provincie, String naam, List<VerzendinstellingOpslag.Rij> versies) {
        List<Verzendinstelling.Versie> lijst = versies.stream().map(r -> new Verzendinstelling.Versie(r.versie(),
                r.vorm(), r.dagen(), r.op(), r.door(), r.reden())).toList();
        if (versies.isEmpty()) {
            return new Verzendinstelling(provincie, naam, Verzendinstelling.STANDAARD_VORM,
                    Verzendinstelling.STANDAARD_DAGEN, 0, null, null, null, lijst);
        }
        VerzendinstellingOpslag.Rij r = versies.get(0);
        return new Verzendinstelling(provincie, naam, r.vorm(), r.dagen(), r.versie(), r.op(), r.door(), r.reden(),
                lijst);
    }

    private String vereisProvincie(Gebruiker g, String provincie) {
        Provincie p = gebied.provincie(provincie)
                .orElseThrow(() -> ApiException.notFound("Provincie " + provincie + " bestaat niet."));
        if (!magInstellen(g, provincie)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "Alleen de toezichthouder van de provincie "
                    + "en de beheerder stellen de verzendwijze van de provincie in.", null);
        }
        return p.naam();
    }
}
