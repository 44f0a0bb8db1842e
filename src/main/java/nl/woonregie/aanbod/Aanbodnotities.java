package nl.woonregie.aanbod;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.aanbod.internal.Bronlezer;
import nl.woonregie.aanbod.internal.NotitieOpslag;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.IsoDatum;
import nl.woonregie.platform.web.Weergave;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A gemeente's statements beside its forecast ({@link Aanbodnotitie}): read by whoever reads its sources, added,
 * changed and removed by whoever keeps them (the gemeente itself, BEHEERDER), versioned with who, when and why, each
 * change audited ({@code AANBODNOTITIE_TOEGEVOEGD}, {@code _GEWIJZIGD}, {@code _VERWIJDERD}).
 */
@Service
public class Aanbodnotities {

    private final NotitieOpslag opslag;
    private final Aanbodbronnen bronnen;
    private final GebiedService gebied;
    private final ApplicationEventPublisher gebeurtenissen;

    Aanbodnotities(NotitieOpslag opslag, Aanbodbronnen bronnen, GebiedService gebied,
            ApplicationEventPublisher gebeurtenissen) {
        this.opslag = opslag;
        this.bronnen = bronnen;
        this.gebied = gebied;
        this.gebeurtenissen = gebeurtenissen;
    }

    /**
     * A note as sent: {@code datum} the day of the statement (JJJJ-MM-DD, from 1 January 2015 up to today, as a
     * forecast can be computed for), {@code bron} where it was said (at most 200 characters), {@code tekst} the
     * statement (at most 2.000), {@code reden} why it is added or changed.
     */
    public record Verzoek(String datum, String bron, String tekst, String reden) {
    }

    /** The gemeente's current notes, the latest statement first. */
    @Transactional(readOnly = true)
    public List<Aanbodnotitie> vanGemeente(Gebruiker g, String gemeente) {
        bronnen.vereisLezen(g, gemeente);
        return opslag.vanGemeente(gemeente.strip());
    }

    /** One note with every version (also a removed one); 404 for a note of another gemeente. */
    @Transactional(readOnly = true)
    public Aanbodnotitie lees(Gebruiker g, String gemeente, long id) {
        bronnen.vereisLezen(g, gemeente);
        return opslag.lees(id).filter(n -> n.gemeente().equals(gemeente.strip()))
                .orElseThrow(() -> ApiException.notFound("Notitie " + id + " van " + gebied.naam(gemeente)
                        + " bestaat niet."));
    }

    /** Adds a note (version 1); 400 naming every invalid field. */
    @Transactional
    public Aanbodnotitie toevoegen(Gebruiker g, String gemeente, Verzoek v, String client) {
        bronnen.vereisWijzigen(g, gemeente);
        List<InvalidParam> fouten = new ArrayList<>();
        LocalDate dag = datum(v.datum(), fouten);
        String b = tekst("bron", v.bron(), Aanbodnotitie.MAX_BRON, fouten);
        String t = tekst("tekst", v.tekst(), Aanbodnotitie.MAX_TEKST, fouten);
        String reden = Bronlezer.reden(v.reden(), fouten);
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De notitie is niet opgeslagen.", fouten);
        }
        String code = gemeente.strip();
        long id = opslag.voegToe(code, dag, b, t, reden, g.actor());
        Map<String, Object> waarden = waarden(dag, b, t);
        waarden.put("reden", reden);
        gebeurtenissen.publishEvent(new AanbodGebeurtenis.NotitieToegevoegd(id, code, waarden,
                new Actor(g.actor(), client)));
        return opslag.lees(id).orElseThrow();
    }

    /**
     * Changes a note still at {@code versie} (a new version with the whole new content and a reason); 400 naming
     * every invalid field, 409 when it was changed or removed in the meantime.
     */
    @Transactional
    public Aanbodnotitie wijzigen(Gebruiker g, String gemeente, long id, String versie, Verzoek v, String client) {
        bronnen.vereisWijzigen(g, gemeente);
        Aanbodnotitie huidig = lees(g, gemeente, id);
        List<InvalidParam> fouten = new ArrayList<>();
        Long van = Bronlezer.geheel(versie, "versie", 1, 1_000_000, true, fouten);
        LocalDate dag = datum(v.datum(), fouten);
        String b = tekst("bron", v.bron(), Aanbodnotitie.MAX_BRON, fouten);
        String t = tekst("tekst", v.tekst(), Aanbodnotitie.MAX_TEKST, fouten);
        String reden = Bronlezer.reden(v.reden(), fouten);
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De notitie is niet gewijzigd.", fouten);
        }
        if (!opslag.schrijf(id, van.intValue(), dag, b, t, false, reden, g.actor())) {
            throw conflict(id, huidig);
        }
        Map<String, Object> waarden = waarden(dag, b, t);
        waarden.put("reden", reden);
        gebeurtenissen.publishEvent(new AanbodGebeurtenis.NotitieGewijzigd(id, huidig.gemeente(),
                waarden(huidig.datum(), huidig.bron(), huidig.tekst()), waarden, new Actor(g.actor(), client)));
        return opslag.lees(id).orElseThrow();
    }

    /** Removes a note still at {@code versie} (a last version, kept in its history); 409 as for a change. */
    @Transactional
    public Aanbodnotitie verwijderen(Gebruiker g, String gemeente, long id, String versie, String reden,
            String client) {
        bronnen.vereisWijzigen(g, gemeente);
        Aanbodnotitie huidig = lees(g, gemeente, id);
        List<InvalidParam> fouten = new ArrayList<>();
        Long van = Bronlezer.geheel(versie, "versie", 1, 1_000_000, true, fouten);
        String r = Bronlezer.reden(reden, fouten);
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De notitie is niet verwijderd.", fouten);
        }
        if (!opslag.schrijf(id, van.intValue(), huidig.datum(), huidig.bron(), huidig.tekst(), true, r,
                g.actor())) {
            throw conflict(id, huidig);
        }
        gebeurtenissen.publishEvent(new AanbodGebeurtenis.NotitieVerwijderd(id, huidig.gemeente(),
                waarden(huidig.datum(), huidig.bron(), huidig.tekst()), Map.of("reden", r),
                new Actor(g.actor(), client)));
        return opslag.lees(id).orElseThrow();
    }

    private LocalDate datum(String datum, List<InvalidParam> fouten) {
        if (datum == null || datum.isBlank()) {
            fouten.add(new InvalidParam("datum", "verplicht: de dag van de uitspraak"));
            return null;
        }
        try {
            LocalDate dag = IsoDatum.parse(datum.strip());
            if (dag.isBefore(GemeentePrognoses.VROEGSTE_DATUM) || dag.isAfter(gebied.vandaag())) {
                fouten.add(new InvalidParam("datum", "een dag van 1 januari 2015 tot en met vandaag"));
                return null;
            }
            return dag;
        } catch (DateTimeParseException e) {
            fouten.add(new InvalidParam("datum", "een datum als JJJJ-MM-DD"));
            return null;
        }
    }

    private static Map<String, Object> waarden(LocalDate dag, String bron, String tekst) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("datum", dag.toString());
        m.put("bron", bron);
        m.put("tekst", tekst);
        return m;
    }

    private ApiException conflict(long id, Aanbodnotitie huidig) {
        Aanbodnotitie nu = opslag.lees(id).orElseThrow();
        String wat = nu.versies().get(0).verwijderd() ? "is intussen verwijderd"
                : "is intussen gewijzigd (nu versie " + nu.versie() + ")";
        return new ApiException(HttpStatus.CONFLICT, "Gewijzigd", "De notitie van " + Weergave.dag(huidig.datum())
                + " " + wat + "; bekijk haar opnieuw.", null);
    }

    private static String tekst(String veld, String waarde, int max, List<InvalidParam> fouten) {
        if (waarde == null || waarde.isBlank()) {
            fouten.add(new InvalidParam(veld, "verplicht"));
            return null;
        }
        String s = waarde.strip();
        if (s.length() > max) {
            fouten.add(new InvalidParam(veld, "hoogstens " + max + " tekens"));
            return null;
        }
        return s;
    }
}
