package nl.woonregie.brieven;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.woonregie.brieven.internal.GesprekVerzendOpslag;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Provincie;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.post.Bericht;
import nl.woonregie.platform.post.Post;
import nl.woonregie.platform.post.Poststatus;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Labels;
import nl.woonregie.toezicht.opvolging.Toezichtgesprek;
import nl.woonregie.toezicht.opvolging.ToezichtgesprekService;
import nl.woonregie.toezicht.regels.Gespreksverloop;
import nl.woonregie.toezicht.regels.NlFormaat;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a toezichtgesprek that go to the outside world (issue 19 §4, ADR 0058): the invitation with the agenda,
 * the concept-verslag for comments and the vastgestelde verslag, each by e-mail through the outbox ({@link Post}) to
 * the municipality's contacts chosen from the register. Here, where the contacts are: the brieven module depends on
 * toezicht, never the reverse. Each step is taken by {@link ToezichtgesprekService} (state, version, audit) in the same
 * transaction as the sending, so a refused step sends nothing and a failed sending leaves the state unchanged. Each
 * contact receives a step at a version of the talk once ({@code gesprek_verzending} is unique on it); a changed talk
 * is sent again explicitly as a gewijzigde uitnodiging. An invitation is not a decision (Awb 2:14 does not apply): it
 * goes by e-mail only, so a chosen contact needs an e-mail address. Rights are the caller's (the controller).
 */
@Service
public class Gespreksverzendingen {

    static final String UITNODIGING = "gesprek-uitnodiging";
    static final String CONCEPTVERSLAG = "gesprek-conceptverslag";
    static final String VERSLAG = "gesprek-verslag";

    /** The invitation or the vastgestelde verslag: the version of the talk and, optionally, the chosen contacts. */
    @Schema(name = "GesprekVerzendverzoek")
    public record Verzoek(@Schema(description = "de versie van het gesprek (of If-Match)") Integer versie,
            @Schema(description = "de id's van de contacten uit het register; zonder: de voorgestelde contacten")
            List<Long> contacten) {
    }

    /** The concept-verslag: its text, until when comments are welcome (default 14 days), the chosen contacts. */
    @Schema(name = "ConceptverslagVerzoek")
    public record ConceptVerzoek(Integer versie, String verslag,
            @Schema(format = "date", description = "standaard 14 dagen na vandaag") String reactieTot,
            List<Long> contacten) {
    }

    /** One e-mail about the talk to one contact, with its state in the outbox. */
    @Schema(name = "GesprekVerzending")
    @JsonPropertyOrder({"id", "stuk", "stukTekst", "gesprekVersie", "contact", "naam", "adres", "status",
        "statusTekst", "geplaatstOp", "verzondenOp", "door"})
    public record Verzending(long id, Gespreksstuk stuk, String stukTekst, int gesprekVersie, long contact,
            String naam, String adres, Verzendstatus status, String statusTekst, OffsetDateTime geplaatstOp,
            OffsetDateTime verzondenOp, String door) {
    }

    /** The talk after a step, with every sending about it. */
    @Schema(name = "GesprekVerzendstand")
    public record Stand(Toezichtgesprek gesprek, List<Verzending> verzendingen) {
    }

    private final ToezichtgesprekService gesprekken;
    private final Contacten contacten;
    private final GesprekVerzendOpslag opslag;
    private final Post post;
    private final GebiedService gebied;
    private final ApplicationEventPublisher gebeurtenissen;

    Gespreksverzendingen(ToezichtgesprekService gesprekken, Contacten contacten, GesprekVerzendOpslag opslag,
            Post post, GebiedService gebied, ApplicationEventPublisher gebeurtenissen) {
        this.gesprekken = gesprekken;
        this.contacten = contacten;
        this.opslag = opslag;
        this.post = post;
        this.gebied = gebied;
        this.gebeurtenissen = gebeurtenissen;
    }

    /**
     * Sends the invitation with the agenda to the chosen contacts (default: the active contacts of the talk's level
     * with an e-mail address); again before the talk as a gewijzigde uitnodiging after a change, or to a contact added
     * to the selection. 400 naming every invalid field, 409 when the version is stale, the step is out of order, or
     * every chosen contact already has this version.
     */
    @Transactional
    public Stand nodigUit(Gebruiker g, long id, Verzoek v, String client) {
        Toezichtgesprek vooraf = gesprekken.lees(id);
        List<InvalidParam> fouten = new ArrayList<>();
        List<Contact> aan = gekozen(vooraf, v == null ? null : v.contacten(), voorgesteld(vooraf), fouten);
        vereisVersie(v == null ? null : v.versie(), fouten);
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De uitnodiging is niet verzonden.", fouten);
        }
        Toezichtgesprek gesprek = gesprekken.nodigUit(id, v.versie(), g, client);
        Set<Long> eerder = new HashSet<>(opslag.uitgenodigd(id));
        List<Contact> nieuw = aan.stream()
                .filter(c -> !opslag.verzonden(id, Gespreksstuk.UITNODIGING.name(), gesprek.versie(), c.id()))
                .toList();
        if (nieuw.isEmpty()) {
            throw new ApiException(HttpStatus.CONFLICT, "Al verzonden", "De uitnodiging voor versie "
                    + gesprek.versie() + " van toezichtgesprek " + id + " is al aan deze contacten verzonden. Wijzig "
                    + "het gesprek om een gewijzigde uitnodiging te sturen, of kies een ander contact.", null);
        }
        Map<String, Object> gegevens = gegevens(gesprek);
        gegevens.put("datumTijd", Gespreksverloop.datumEnTijd(gesprek.datum(), gesprek.aanvang()));
        gegevens.put("plaats", gesprek.plaats());
        gegevens.put("link", gesprek.link());
        gegevens.put("agenda", gesprek.agenda());
        gegevens.put("soortTekst", gesprek.soort() == Toezichtgesprek.Soort.BESTUURLIJK ? "bestuurlijk" : "ambtelijk");
        gegevens.put("deelnemers", gesprek.deelnemers().stream()
                .map(d -> d.functie() + " (" + d.organisatie() + ")").toList());
        for (Contact c : nieuw) {
            boolean gewijzigd = eerder.contains(c.id());
            Map<String, Object> perContact = new LinkedHashMap<>(gegevens);
            perContact.put("gewijzigd", gewijzigd);
            String onderwerp = (gewijzigd ? "Gewijzigde uitnodiging" : "Uitnodiging") + " " + soortTekst(gesprek)
                    + " toezichtgesprek huisvesting vergunninghouders " + gesprek.gemeenteNaam() + " op "
                    + Gespreksverloop.datumEnTijd(gesprek.datum(), gesprek.aanvang());
            plaats(gesprek, Gespreksstuk.UITNODIGING, c, onderwerp, UITNODIGING, perContact, g, client);
        }
        return stand(id);
    }

    /**
     * Sends the concept-verslag for comments (recorded as a new version when its text changed) to the chosen contacts
     * (default: those invited, else as for the invitation). 400 naming every invalid field, 409 stale or out of order.
     */
    @Transactional
    public Stand verstuurConcept(Gebruiker g, long id, ConceptVerzoek v, String client) {
        Toezichtgesprek vooraf = gesprekken.lees(id);
        List<InvalidParam> fouten = new ArrayList<>();
        List<Contact> aan = gekozen(vooraf, v == null ? null : v.contacten(), eerderOntvangers(vooraf,
                opslag.uitgenodigd(id)), fouten);
        // the talk's own fields (verslag, reactieTot, versie) are reported together with the contacts
        Toezichtgesprek gesprek = gesprekken.verstuurConcept(id, v == null ? null : v.verslag(),
                v == null ? null : v.reactieTot(), v == null ? null : v.versie(), fouten, g, client);
        Map<String, Object> gegevens = gegevens(gesprek);
        gegevens.put("datumTijd", Gespreksverloop.datumEnTijd(gesprek.datum(), gesprek.aanvang()));
        gegevens.put("verslag", gesprek.verslag());
        gegevens.put("reactieTot", NlFormaat.datum(gesprek.reactieTot()));
        String onderwerp = "Concept-verslag " + soortTekst(gesprek) + " toezichtgesprek " + gesprek.gemeenteNaam()
                + " van " + NlFormaat.datum(gesprek.datum()) + ": uw reactie graag vóór of op "
                + NlFormaat.datum(gesprek.reactieTot());
        for (Contact c : aan) {
            plaats(gesprek, Gespreksstuk.CONCEPTVERSLAG, c, onderwerp, CONCEPTVERSLAG, gegevens, g, client);
        }
        return stand(id);
    }

    /**
     * Fixes the verslag and sends it to the chosen contacts (default: those who had the concept-verslag). 400 naming
     * every invalid field, 409 when stale, before the date for comments without the municipality's agreement, or
     * already vastgesteld.
     */
    @Transactional
    public Stand stelVast(Gebruiker g, long id, Verzoek v, String client) {
        Toezichtgesprek vooraf = gesprekken.lees(id);
        List<InvalidParam> fouten = new ArrayList<>();
        List<Contact> aan = gekozen(vooraf, v == null ? null : v.contacten(), eerderOntvangers(vooraf,
                opslag.conceptOntvangers(id)), fouten);
        vereisVersie(v == null ? null : v.versie(), fouten);
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("Het verslag is niet vastgesteld.", fouten);
        }
        Toezichtgesprek gesprek = gesprekken.stelVast(id, v.versie(), g, client);
        Map<String, Object> gegevens = gegevens(gesprek);
        gegevens.put("datumTijd", Gespreksverloop.datumEnTijd(gesprek.datum(), gesprek.aanvang()));
        gegevens.put("verslag", gesprek.verslag());
        gegevens.put("vastgesteldOp", NlFormaat.datum(gesprek.vastgesteldOp()));
        gegevens.put("reacties", gesprek.reacties().size());
        String onderwerp = "Vastgesteld verslag " + soortTekst(gesprek) + " toezichtgesprek " + gesprek.gemeenteNaam()
                + " van " + NlFormaat.datum(gesprek.datum());
        for (Contact c : aan) {
            plaats(gesprek, Gespreksstuk.VERSLAG, c, onderwerp, VERSLAG, gegevens, g, client);
        }
        return stand(id);
    }

    /** The talk with every sending about it and its state in the outbox (the caller checked the right to read). */
    @Transactional(readOnly = true)
    public Stand stand(long id) {
        Toezichtgesprek gesprek = gesprekken.lees(id);
        List<GesprekVerzendOpslag.Rij> rijen = opslag.vanGesprek(id);
        Map<Long, Bericht> berichten = post.stand(rijen.stream().map(GesprekVerzendOpslag.Rij::postBericht).toList());
        List<Verzending> lijst = rijen.stream().map(r -> {
            Bericht b = berichten.get(r.postBericht());
            Verzendstatus status = b == null ? Verzendstatus.IN_WACHTRIJ : switch (b.status()) {
                case VERZONDEN -> Verzendstatus.VERZONDEN;
                case MISLUKT -> Verzendstatus.MISLUKT;
                default -> Verzendstatus.IN_WACHTRIJ;
            };
            Gespreksstuk stuk = Gespreksstuk.valueOf(r.stap());
            return new Verzending(r.id(), stuk, Labels.van(stuk) + " (versie " + r.gesprekVersie() + ")",
                    r.gesprekVersie(), r.contact(), r.naam(), r.adres(), status, Labels.van(status), r.op(),
                    b == null || b.status() != Poststatus.VERZONDEN ? null : b.verzondenOp(), r.door());
        }).toList();
        return new Stand(gesprek, lijst);
    }

    /** The last error of the outbox per sending (by its id) that has one: for the talk's page. */
    @Transactional(readOnly = true)
    public Map<Long, String> laatsteFouten(long id) {
        List<GesprekVerzendOpslag.Rij> rijen = opslag.vanGesprek(id);
        Map<Long, Bericht> berichten = post.stand(rijen.stream().map(GesprekVerzendOpslag.Rij::postBericht).toList());
        Map<Long, String> fouten = new LinkedHashMap<>();
        for (GesprekVerzendOpslag.Rij r : rijen) {
            Bericht b = berichten.get(r.postBericht());
            if (b != null && b.laatsteFout() != null && b.status() != Poststatus.VERZONDEN) {
                fouten.put(r.id(), b.laatsteFout());
            }
        }
        return fouten;
    }

    /** The municipality's active contacts with an e-mail address: whom a step may be sent to. */
    @Transactional(readOnly = true)
    public List<Contact> metEmail(String gemeente) {
        return contacten.actief(gemeente).stream().filter(c -> c.gegevens().email() != null).toList();
    }

    /** The contacts proposed for the concept-verslag: those invited, else as for the invitation. */
    @Transactional(readOnly = true)
    public List<Contact> voorgesteldVoorConcept(Toezichtgesprek gesprek) {
        return eerderOntvangers(gesprek, opslag.uitgenodigd(gesprek.id()));
    }

    /** The contacts proposed for the vastgestelde verslag: those who had the concept-verslag. */
    @Transactional(readOnly = true)
    public List<Contact> voorgesteldVoorVerslag(Toezichtgesprek gesprek) {
        return eerderOntvangers(gesprek, opslag.conceptOntvangers(gesprek.id()));
    }

    /**
     * The contacts proposed for the invitation: the municipality's active contacts of the talk's level (ambtelijk or
     * bestuurlijk) with an e-mail address.
     */
    @Transactional(readOnly = true)
    public List<Contact> voorgesteld(Toezichtgesprek gesprek) {
        Contactsoort soort = gesprek.soort() == Toezichtgesprek.Soort.BESTUURLIJK ? Contactsoort.BESTUURLIJK
                : Contactsoort.AMBTELIJK;
        return contacten.actief(gesprek.gemeente()).stream().filter(c -> c.gegevens().soort() == soort)
                .filter(c -> c.gegevens().email() != null).toList();
    }

    private List<Contact> eerderOntvangers(Toezichtgesprek gesprek, List<Long> ids) {
        if (ids.isEmpty()) {
            return voorgesteld(gesprek);
        }
        Map<Long, Contact> actief = new LinkedHashMap<>();
        contacten.actief(gesprek.gemeente()).forEach(c -> actief.put(c.id(), c));
        return ids.stream().map(actief::get).filter(c -> c != null && c.gegevens().email() != null).toList();
    }

    /**
     * The chosen contacts: each must be an active contact of the talk's municipality with an e-mail address (an error
     * per invalid one, {@code contacten[i]}); without a choice the proposal, which must not be empty.
     */
    private List<Contact> gekozen(Toezichtgesprek gesprek, List<Long> ids, List<Contact> voorstel,
            List<InvalidParam> fouten) {
        if (ids == null) {
            if (voorstel.isEmpty()) {
                fouten.add(new InvalidParam("contacten", "geen actief contact met e-mailadres van het niveau van het "
                        + "gesprek in het contactenregister van de gemeente; kies contacten of voeg er een toe"));
            }
            return voorstel;
        }
        if (ids.isEmpty()) {
            fouten.add(new InvalidParam("contacten", "verplicht: ten minste één contact"));
            return List.of();
        }
        Map<Long, Contact> actief = new LinkedHashMap<>();
        contacten.actief(gesprek.gemeente()).forEach(c -> actief.put(c.id(), c));
        List<Contact> lijst = new ArrayList<>();
        Set<Long> gezien = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            Long cid = ids.get(i);
            Contact c = cid == null ? null : actief.get(cid);
            if (c == null) {
                fouten.add(new InvalidParam("contacten[" + i + "]", "geen actief contact van de gemeente "
                        + gesprek.gemeenteNaam()));
            } else if (c.gegevens().email() == null) {
                fouten.add(new InvalidParam("contacten[" + i + "]", "dit contact heeft geen e-mailadres"));
            } else if (gezien.add(cid)) {
                lijst.add(c);
            }
        }
        return lijst;
    }

    private static void vereisVersie(Integer versie, List<InvalidParam> fouten) {
        if (versie == null) {
            fouten.add(new InvalidParam("versie", "verplicht: de versie van het gesprek (of If-Match)"));
        }
    }

    private Map<String, Object> gegevens(Toezichtgesprek gesprek) {
        String provincie = gebied.provincieVan(gesprek.gemeente()).flatMap(gebied::provincie).map(Provincie::naam)
                .orElse("de provincie");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("provincie", provincie);
        m.put("gemeente", gesprek.gemeenteNaam());
        m.put("soort", soortTekst(gesprek));
        m.put("gesprek", gesprek.id());
        return m;
    }

    private static String soortTekst(Toezichtgesprek gesprek) {
        return gesprek.soort() == Toezichtgesprek.Soort.BESTUURLIJK ? "bestuurlijk" : "ambtelijk";
    }

    private void plaats(Toezichtgesprek gesprek, Gespreksstuk stuk, Contact c, String onderwerp, String sjabloon,
            Map<String, Object> gegevens, Gebruiker g, String client) {
        Actor actor = new Actor(g.actor(), client);
        Map<String, Object> perContact = new LinkedHashMap<>(gegevens);
        perContact.put("aanhef", "Geachte " + c.gegevens().naam());
        perContact.put("afzender", g.actor());
        long bericht = post.plaats(c.gegevens().email(), onderwerp, sjabloon, perContact, actor);
        if (!opslag.nieuw(gesprek.id(), stuk.name(), gesprek.versie(), gesprek.gemeente(), c.id(), c.versie(),
                c.gegevens().naam(), c.gegevens().email(), bericht, g.actor())) {
            throw new ApiException(HttpStatus.CONFLICT, "Al verzonden", "Dit stuk is al aan " + c.gegevens().naam()
                    + " verzonden.", null);
        }
        gebeurtenissen.publishEvent(new GesprekVerzonden(gesprek.id(), gesprek.gemeente(), stuk, gesprek.versie(),
                c.id(), bericht, actor));
    }
}
