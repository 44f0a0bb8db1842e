package nl.woonregie.verhuisbox.geld;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.post.Bericht;
import nl.woonregie.platform.post.Post;
import nl.woonregie.platform.post.Poststatus;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Labels;
import nl.woonregie.verhuisbox.Casussen.Casus;
import nl.woonregie.verhuisbox.Casussen.Zoekregio;
import nl.woonregie.verhuisbox.Geld;
import nl.woonregie.verhuisbox.geld.bevestiging.Bevestigingstekst;
import nl.woonregie.verhuisbox.geld.internal.BevestigingRepository;
import nl.woonregie.verhuisbox.traject.CasusDienst;
import nl.woonregie.verhuisbox.traject.Checklisten;
import nl.woonregie.verhuisbox.traject.Checklists;
import nl.woonregie.verhuisbox.traject.Checkstand;
import nl.woonregie.verhuisbox.traject.Handeling;
import nl.woonregie.verhuisbox.traject.Intakeafspraken;
import nl.woonregie.verhuisbox.traject.VerhuisboxTeams;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The confirmation of the agreements after the intake (issue 20 §3; the team's example e-mail, inventory §5.3,
 * 002:L10082–L10110): once the client came to the intake talk, the confirmation is generated from the case
 * ({@link Bevestigingstekst}: the day of the talk, the search regions, the maatwerk for the registrations, the
 * documents still needed, the team's rules of the year — gift or loan, the furnishing amount — and that the team
 * reacts on the client's behalf every working day), shown as a preview to whoever reads the case, and sent by the
 * assigned CASEMANAGER or the COORDINATOR to the client's e-mail address through the outbox, in the same transaction;
 * the text as sent is kept on the case with its sending state; audited.
 */
@Service
public class Intakebevestigingen {

    static final String SJABLOON = "verhuisbox-intakebevestiging";

    private final BevestigingRepository bevestigingen;
    private final CasusDienst casussen;
    private final Intakeafspraken afspraken;
    private final Checklisten checklisten;
    private final Verstrekkingen verstrekkingen;
    private final Potten potten;
    private final VerhuisboxToegang toegang;
    private final VerhuisboxTeams teams;
    private final Post post;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock klok;

    Intakebevestigingen(BevestigingRepository bevestigingen, CasusDienst casussen, Intakeafspraken afspraken,
            Checklisten checklisten, Verstrekkingen verstrekkingen, Potten potten, VerhuisboxToegang toegang,
            VerhuisboxTeams teams, Post post, ApplicationEventPublisher gebeurtenissen, Clock klok) {
        this.bevestigingen = bevestigingen;
        this.casussen = casussen;
        this.afspraken = afspraken;
        this.checklisten = checklisten;
        this.verstrekkingen = verstrekkingen;
        this.potten = potten;
        this.toegang = toegang;
        this.teams = teams;
        this.post = post;
        this.gebeurtenissen = gebeurtenissen;
        this.klok = klok;
    }

    /** The confirmation as it would be sent now: to whom, its subject and text. */
    public record Bevestigingsvoorbeeld(String aan, String onderwerp, String tekst) {
    }

    /** A confirmation sent, with the sending state of its e-mail (NIET_VERZONDEN, VERZONDEN, MISLUKT). */
    public record Intakebevestiging(long id, LocalDate gesprekOp, String email, String onderwerp, String tekst,
            String verstuurdDoor, OffsetDateTime verstuurdOp, Poststatus verzendstatus, String verzendstatusLabel,
            OffsetDateTime verzondenOp) {
    }

    /**
     * The preview (null with the reason when it cannot be sent: no intake talk yet, no e-mail address) and the
     * confirmations sent, oldest first.
     */
    public record Intakebevestigingstand(Bevestigingsvoorbeeld voorbeeld, String nietMogelijk,
            List<Intakebevestiging> verzonden) {
    }

    /** For whoever reads the case (the read is logged). */
    public Intakebevestigingstand stand(long id, Gebruiker door) {
        toegang.vereis(door, id, Handeling.INTAKEBEVESTIGINGEN);
        return lijst(id);
    }

    /** For the case page, whose read is logged already. */
    Intakebevestigingstand lijst(long id) {
        List<BevestigingRepository.Rij> rijen = bevestigingen.vanCasus(id);
        Map<Long, Bericht> stand = post.stand(rijen.stream().map(BevestigingRepository.Rij::post).toList());
        List<Intakebevestiging> l = new ArrayList<>();
        for (BevestigingRepository.Rij r : rijen) {
            Bericht b = stand.get(r.post());
            Poststatus s = b == null ? Poststatus.NIET_VERZONDEN : b.status();
            l.add(new Intakebevestiging(r.id(), r.gesprekOp(), r.email(), r.onderwerp(), r.tekst(), r.verstuurdDoor(),
                    r.verstuurdOp(), s, Labels.van(s), b == null ? null : b.verzondenOp()));
        }
        Casus c = casussen.lees(id);
        ApiException niet = nietMogelijk(c);
        return new Intakebevestigingstand(niet == null ? voorbeeld(c) : null, niet == null ? null : niet.getMessage(), List.copyOf(l));
    }

    /**
     * Sends the confirmation as previewed: the assigned CASEMANAGER or the COORDINATOR; 409 naming {@code intake}
     * before the client came to an intake talk, {@code email} when the case has no e-mail address.
     */
    @Transactional
    public long verstuur(long id, Gebruiker door, String client) {
        toegang.vereis(door, id, Handeling.INTAKEBEVESTIGING);
        Casus c = casussen.lees(id);
        ApiException niet = nietMogelijk(c);
        if (niet != null) {
            throw niet;
        }
        Bevestigingsvoorbeeld v = voorbeeld(c);
        LocalDate gesprek = afspraken.verschenenOp(id).orElseThrow();
        Actor actor = new Actor(door.actor(), client);
        long bericht = post.plaats(v.aan(), v.onderwerp(), SJABLOON, Map.of("tekst", v.tekst()), actor);
        long b = bevestigingen.voegToe(id, gesprek, v.aan(), v.onderwerp(), v.tekst(), bericht, door.actor());
        gebeurtenissen.publishEvent(new GeldGebeurtenis.IntakeBevestigd(id, b, gesprek, bericht, actor));
        return b;
    }

    private ApiException nietMogelijk(Casus c) {
        Optional<LocalDate> gesprek = afspraken.verschenenOp(c.id());
        if (gesprek.isEmpty()) {
            return new ApiException(HttpStatus.CONFLICT, "Nog geen intakegesprek",
                    "De bevestiging volgt op het intakegesprek: leg eerst vast dat de cliënt verschenen is.",
                    List.of(new InvalidParam("intake", "de cliënt is nog niet op een intakeafspraak verschenen")));
        }
        if (c.email() == null || c.email().isBlank()) {
            return new ApiException(HttpStatus.CONFLICT, "Geen e-mailadres",
                    "De casus heeft geen e-mailadres: bevestig de afspraken op een andere manier.",
                    List.of(new InvalidParam("email", "de casus heeft geen e-mailadres")));
        }
        return null;
    }

    private Bevestigingsvoorbeeld voorbeeld(Casus c) {
        LocalDate gesprek = afspraken.verschenenOp(c.id()).orElseThrow();
        long team = toegang.scope(c.id()).team();
        String teamnaam = teams.team(team).map(t -> t.naam()).orElse("");
        BigDecimal maatwerk = verstrekkingen.vanCasus(c.id()).stream()
                .filter(v -> v.soort().equals("INSCHRIJVING") && (v.status() == Geld.Verstrekkingstatus.GOEDGEKEURD
                        || v.status() == Geld.Verstrekkingstatus.BETAALD))
                .map(Geld.Verstrekking::bedrag).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<String> ontbrekend = ontbrekend(c.id());
        List<Bevestigingstekst.Vergoeding> vergoedingen = potten.regels(team, gesprek.getYear()).stream()
                .filter(r -> !r.soort().equals("INSCHRIJVING"))
                .map(r -> new Bevestigingstekst.Vergoeding(r.soort(), r.omschrijving(), r.vormBuiten() == Geld.Vorm.GIFT,
                        r.vormEigen() == Geld.Vorm.GIFT, r.richtbedrag()))
                .toList();
        String casemanager = c.casemanager() == null ? "" : c.casemanager();
        Bevestigingstekst.Gegevens g = new Bevestigingstekst.Gegevens(c.naam(), gesprek,
                c.zoekregios().stream().map(Zoekregio::regio).toList(), maatwerk, ontbrekend, vergoedingen, teamnaam,
                casemanager);
        return new Bevestigingsvoorbeeld(c.email().strip(), Bevestigingstekst.onderwerp(gesprek), Bevestigingstekst.tekst(g));
    }

    /**
     * The documents an offer needs (checklist "documenten bij een aanbod", inventory §3.3, {@link Checklists#AANBOD})
     * that are not ticked done on the case; that list is made with the first offer, so after the intake all of them.
     */
    private List<String> ontbrekend(long casus) {
        List<Checklisten.Checkitem> items = checklisten.items(casus).stream()
                .filter(i -> i.lijst().equals("AANBOD")).toList();
        List<String> l = new ArrayList<>();
        for (Checklists.Item d : Checklists.AANBOD) {
            boolean gedaan = items.stream().anyMatch(i -> i.code().equals(d.code()) && i.stand() == Checkstand.GEDAAN);
            if (!gedaan) {
                l.add(d.omschrijving());
            }
        }
        return l;
    }
}
