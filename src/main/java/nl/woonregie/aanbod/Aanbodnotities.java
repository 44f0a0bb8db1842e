package nl.woonregie.aanbod;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.aanbod.internal.NotitieOpslag;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.IsoDatum;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A gemeente's statements beside its forecast ({@link Aanbodnotitie}): read by whoever reads its sources, added by
 * whoever keeps them (the gemeente itself, BEHEERDER), each addition audited ({@code AANBODNOTITIE_TOEGEVOEGD}).
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

    /** The gemeente's notes, the latest statement first. */
    @Transactional(readOnly = true)
    public List<Aanbodnotitie> vanGemeente(Gebruiker g, String gemeente) {
        bronnen.vereisLezen(g, gemeente);
        return opslag.vanGemeente(gemeente);
    }

    /**
     * Adds a note: {@code datum} the day of the statement (JJJJ-MM-DD, from 1 January 2015 up to today, as a forecast
     * can be computed for), {@code bron} where it was said (at most 200 characters), {@code tekst} the statement (at
     * most 2.000); 400 naming every invalid field.
     */
    @Transactional
    public Aanbodnotitie toevoegen(Gebruiker g, String gemeente, String datum, String bron, String tekst,
            String client) {
        bronnen.vereisWijzigen(g, gemeente);
        List<InvalidParam> fouten = new ArrayList<>();
        LocalDate dag = null;
        if (datum == null || datum.isBlank()) {
            fouten.add(new InvalidParam("datum", "verplicht: de dag van de uitspraak"));
        } else {
            try {
                dag = IsoDatum.parse(datum.strip());
                if (dag.isBefore(GemeentePrognoses.VROEGSTE_DATUM) || dag.isAfter(gebied.vandaag())) {
                    fouten.add(new InvalidParam("datum", "een dag van 1 januari 2015 tot en met vandaag"));
                }
            } catch (DateTimeParseException e) {
                fouten.add(new InvalidParam("datum", "een datum als JJJJ-MM-DD"));
            }
        }
        String b = tekst("bron", bron, Aanbodnotitie.MAX_BRON, fouten);
        String t = tekst("tekst", tekst, Aanbodnotitie.MAX_TEKST, fouten);
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De notitie is niet opgeslagen.", fouten);
        }
        long id = opslag.voegToe(gemeente, dag, b, t, g.actor());
        Map<String, Object> waarden = new LinkedHashMap<>();
        waarden.put("datum", dag.toString());
        waarden.put("bron", b);
        waarden.put("tekst", t);
        gebeurtenissen.publishEvent(new AanbodGebeurtenis.NotitieToegevoegd(id, gemeente, waarden,
                new Actor(g.actor(), client)));
        return opslag.vanGemeente(gemeente).stream().filter(n -> n.id() == id).findFirst().orElseThrow();
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
