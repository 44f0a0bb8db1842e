package nl.woonregie.verhuisbox.traject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.post.Bericht;
import nl.woonregie.platform.post.Post;
import nl.woonregie.platform.post.Poststatus;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Labels;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.verhuisbox.Casussen.Casus;
import nl.woonregie.verhuisbox.Status;
import nl.woonregie.verhuisbox.Uitkomst;
import nl.woonregie.verhuisbox.traject.internal.OverdrachtRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The warm hand-over to the receiving municipality (issue 20 §1; inventory §2.1 step 7, §10 #17): recorded on the case
 * — to whom (organisation, contact person, e-mail address), when, and what was handed over — and sent through
 * platform.post's outbox as an e-mail from the template {@code verhuisbox-overdracht}, in the same transaction (the
 * message exists exactly when the hand-over does). The assigned CASEMANAGER or the COORDINATOR, while the case is
 * moving or after it moved; it completes the task "Warme overdracht …". Each hand-over shows its sending state.
 */
@Service
public class Overdrachten {

    static final String SJABLOON = "verhuisbox-overdracht";

    private final OverdrachtRepository overdrachten;
    private final Casusdossier dossier;
    private final VerhuisboxToegang toegang;
    private final VerhuisboxTeams teams;
    private final Taken taken;
    private final Post post;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock klok;

    Overdrachten(OverdrachtRepository overdrachten, Casusdossier dossier, VerhuisboxToegang toegang,
            VerhuisboxTeams teams, Taken taken, Post post, ApplicationEventPublisher gebeurtenissen, Clock klok) {
        this.overdrachten = overdrachten;
        this.dossier = dossier;
        this.toegang = toegang;
        this.teams = teams;
        this.taken = taken;
        this.post = post;
        this.gebeurtenissen = gebeurtenissen;
        this.klok = klok;
    }

    /** A hand-over as asked: to whom (organisation, contact person, e-mail address), when, and what. */
    public record OverdrachtVerzoek(String organisatie, String contactpersoon, String email, LocalDate datum,
            String wat) {
    }

    /** A hand-over with the sending state of its e-mail (NIET_VERZONDEN, VERZONDEN, MISLUKT) and its label. */
    public record Overdracht(long id, String organisatie, String contactpersoon, String email, LocalDate datum,
            String wat, String vastgelegdDoor, OffsetDateTime vastgelegdOp, Poststatus verzendstatus,
            String verzendstatusLabel, OffsetDateTime verzondenOp) {
    }

    /** The hand-overs of a case, oldest first (whoever may read the case). */
    public List<Overdracht> vanCasus(long id, Gebruiker door) {
        toegang.vereis(door, id, Handeling.OVERDRACHTEN);
        return lijst(id);
    }

    /** For the case page, whose read is logged already. */
    List<Overdracht> lijst(long id) {
        List<OverdrachtRepository.Rij> rijen = overdrachten.vanCasus(id);
        Map<Long, Bericht> stand = post.stand(rijen.stream().map(OverdrachtRepository.Rij::post).toList());
        List<Overdracht> l = new ArrayList<>();
        for (OverdrachtRepository.Rij r : rijen) {
            Bericht b = stand.get(r.post());
            Poststatus s = b == null ? Poststatus.NIET_VERZONDEN : b.status();
            l.add(new Overdracht(r.id(), r.organisatie(), r.contactpersoon(), r.email(), r.overgedragenOp(), r.wat(),
                    r.vastgelegdDoor(), r.vastgelegdOp(), s, Labels.van(s), b == null ? null : b.verzondenOp()));
        }
        return l;
    }

    /**
     * Records a hand-over and places its e-mail in the outbox: the assigned CASEMANAGER or the COORDINATOR; 409
     * naming {@code status} unless the case is moving or closed as moved; 400 naming every invalid field (the
     * address as the outbox checks it). Completes the task "Warme overdracht …" of the case.
     */
    @Transactional
    public long leg(long id, OverdrachtVerzoek v, Gebruiker door, String client) {
        toegang.vereis(door, id, Handeling.OVERDRACHT);
        Casus c = dossier.lees(id);
        ApiException staat = staat(c);
        if (staat != null) {
            throw staat;
        }
        List<InvalidParam> f = fouten(c, v);
        if (!f.isEmpty()) {
            throw ApiException.invalid("De overdracht is niet volledig of niet geldig.", f);
        }
        String team = teams.team(toegang.scope(id).team()).map(t -> t.naam()).orElse("");
        Map<String, Object> gegevens = new LinkedHashMap<>();
        gegevens.put("contactpersoon", v.contactpersoon().strip());
        gegevens.put("organisatie", v.organisatie().strip());
        gegevens.put("client", c.naam());
        gegevens.put("bestemming", c.bestemming() == null ? "uw gemeente" : c.bestemming());
        gegevens.put("datum", Weergave.dag(v.datum()));
        gegevens.put("wat", v.wat().strip());
        gegevens.put("casemanager", door.gebruikersnaam());
        gegevens.put("team", team);
        Actor actor = new Actor(door.actor(), client);
        long bericht;
        try {
            bericht = post.plaats(v.email().strip(), "Warme overdracht Verhuisbox Plus (VHB-" + id + ")", SJABLOON,
                    gegevens, actor);
        } catch (ApiException e) {
            // the outbox names the address as "aan"; here it is the field "email"
            throw ApiException.invalid("De overdracht is niet volledig of niet geldig.", e.invalidParams().stream()
                    .map(p -> p.name().equals("aan") ? new InvalidParam("email", p.reason()) : p).toList());
        }
        long overdracht = overdrachten.voegToe(id, v.organisatie().strip(), v.contactpersoon().strip(),
                v.email().strip(), v.datum(), v.wat().strip(), bericht, door.actor());
        taken.rondAlleAf(id, Taaksoort.OVERDRACHT, door.actor());
        gebeurtenissen.publishEvent(new CasusGebeurtenis.Overgedragen(id, overdracht, v.organisatie().strip(),
                v.contactpersoon().strip(), v.datum(), bericht, actor));
        return overdracht;
    }

    /**
     * The judgment of a hand-over without recording it (a page's check when a field of its form could not be read):
     * the account may record it (403 otherwise), the case's state and every invalid field.
     */
    public List<InvalidParam> controleer(long id, OverdrachtVerzoek v, Gebruiker door) {
        toegang.vereis(door, id, Handeling.OVERDRACHT);
        Casus c = dossier.lees(id);
        ApiException staat = staat(c);
        return staat != null ? staat.invalidParams() : fouten(c, v);
    }

    /** May a hand-over be recorded in the case's state: moving, or closed as moved? */
    static boolean mogelijk(Casus c) {
        return c.status() == Status.VERHUIZING
                || (c.status() == Status.AFGESLOTEN && c.uitkomst() == Uitkomst.VERHUISD);
    }

    private static ApiException staat(Casus c) {
        return mogelijk(c) ? null : new ApiException(HttpStatus.CONFLICT, "Geen verhuizing",
                "De overdracht aan de nieuwe gemeente wordt vastgelegd tijdens of na de verhuizing.",
                List.of(new InvalidParam("status", "moet VERHUIZING zijn, of AFGESLOTEN met uitkomst VERHUISD")));
    }

    private List<InvalidParam> fouten(Casus c, OverdrachtVerzoek v) {
        List<InvalidParam> f = new ArrayList<>();
        tekst(f, "organisatie", v == null ? null : v.organisatie(), 200,
                "de ontvangende organisatie (bijvoorbeeld de gemeente of het wijkteam) is verplicht");
        tekst(f, "contactpersoon", v == null ? null : v.contactpersoon(), 200, "de contactpersoon is verplicht");
        tekst(f, "email", v == null ? null : v.email(), 320, "het e-mailadres van de contactpersoon is verplicht");
        if (v != null && v.email() != null && !v.email().isBlank() && v.email().strip().length() <= 320
                && !emailadres(v.email().strip())) {
            f.add(new InvalidParam("email", "\"" + v.email().strip() + "\" is geen e-mailadres"));
        }
        tekst(f, "wat", v == null ? null : v.wat(), 2000, "wat is overgedragen is verplicht");
        LocalDate datum = v == null ? null : v.datum();
        if (datum == null) {
            f.add(new InvalidParam("datum", "de dag van de overdracht is verplicht"));
        } else if (datum.isAfter(LocalDate.now(klok))) {
            f.add(new InvalidParam("datum", "niet in de toekomst"));
        } else if (datum.isBefore(c.compleetOp())) {
            f.add(new InvalidParam("datum", "niet vóór de aanmelding (" + c.compleetOp() + ")"));
        }
        return f;
    }

    /** One address (RFC 822, strict) with a domain, as the outbox accepts it. */
    static boolean emailadres(String a) {
        try {
            jakarta.mail.internet.InternetAddress ia = new jakarta.mail.internet.InternetAddress(a, true);
            ia.validate();
            return ia.getAddress() != null && ia.getAddress().contains("@");
        } catch (jakarta.mail.internet.AddressException e) {
            return false;
        }
    }

    private static void tekst(List<InvalidParam> f, String veld, String waarde, int max, String verplicht) {
        if (waarde == null || waarde.isBlank()) {
            f.add(new InvalidParam(veld, verplicht));
        } else if (waarde.strip().length() > max) {
            f.add(new InvalidParam(veld, "hoogstens " + max + " tekens"));
        }
    }
}
