package nl.woonregie.verhuisbox.nazorg;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.verhuisbox.Jaren;
import nl.woonregie.verhuisbox.Status;
import nl.woonregie.verhuisbox.nazorg.internal.NazorgRepository;
import nl.woonregie.verhuisbox.traject.Handeling;
import nl.woonregie.verhuisbox.traject.Invoer;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client survey (inventory §8.1): six questions on a scale of 1 to 5 and free text, one per case, filled in by
 * the casemanager or recorded for the client; results per team and year (averages per question, count).
 */
@Service
public class Enquete {

    /** Who sees the survey's results (its check, and the worklist's link: {@link NazorgWerklijstlink}). */
    static final Rol[] RESULTATEN = {Rol.COORDINATOR};

    /** The six questions, in order: column and Dutch question. */
    public static final Map<String, String> VRAGEN = vragen();

    private static Map<String, String> vragen() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("proces", "In hoeverre is het u door de begeleiding van de gemeente gemakkelijker gemaakt om een huis "
                + "te vinden?");
        v.put("steun", "In hoeverre heeft u door de begeleiding steun ervaren in het zoeken van een woning?");
        v.put("tevredenheid", "In hoeverre heeft de begeleiding in het zoeken van een woning uw tevredenheid "
                + "vergroot?");
        v.put("vertrouwen", "In hoeverre heeft de begeleiding in het zoeken van een woning uw vertrouwen in de "
                + "gemeente vergroot?");
        v.put("perspectief", "In hoeverre heeft de begeleiding gezorgd voor verbeteren van uw toekomstperspectief?");
        v.put("overzicht", "In hoeverre heeft u nu overzicht over wat er te regelen is?");
        return Collections.unmodifiableMap(v);
    }

    private final NazorgRepository nazorg;
    private final VerhuisboxToegang toegang;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock klok;

    Enquete(NazorgRepository nazorg, VerhuisboxToegang toegang, ApplicationEventPublisher gebeurtenissen,
            Clock klok) {
        this.nazorg = nazorg;
        this.toegang = toegang;
        this.gebeurtenissen = gebeurtenissen;
        this.klok = klok;
    }

    public record Antwoorden(Integer proces, Integer steun, Integer tevredenheid, Integer vertrouwen,
            Integer perspectief, Integer overzicht, String toelichting, String ingevuldDoor) {

        Integer waarde(String vraag) {
            return switch (vraag) {
                case "proces" -> proces;
                case "steun" -> steun;
                case "tevredenheid" -> tevredenheid;
                case "vertrouwen" -> vertrouwen;
                case "perspectief" -> perspectief;
                default -> overzicht;
            };
        }
    }

    public record Vraagresultaat(String vraag, String tekst, Double gemiddelde) {
    }

    public record Jaarresultaat(int jaar, int aantal, List<Vraagresultaat> vragen) {
    }

    /** Survey answers may be recorded once guidance has begun (from the intake). */
    public static boolean magEnquete(Status s) {
        return s == Status.INTAKE || s == Status.ZOEKEN || s == Status.AANBOD || s == Status.VERHUIZING
                || s == Status.AFGESLOTEN;
    }

    /** 409 when the guidance the survey asks about has not begun yet. */
    static void moetBegonnenZijn(Status s) {
        if (!magEnquete(s)) {
            throw new ApiException(HttpStatus.CONFLICT, "Nog geen enquête", "De enquête gaat over de begeleiding; "
                    + "die begint bij de intake (status nu: " + s.label() + ").", null);
        }
    }

    /** Records the survey of a case (the assigned casemanager or the coordinator); returns the year it counts in. */
    @Transactional
    public int leg(long casus, Antwoorden a, Gebruiker door, String client) {
        toegang.vereis(door, casus, Handeling.ENQUETE);
        return leg(casus, a, new Actor(door.actor(), client));
    }

    /**
     * The judgment of a survey without recording it (a page's check when an answer could not be read): the account
     * may record the case's survey (403 otherwise), and every invalid field.
     */
    public List<InvalidParam> controleer(long casus, Antwoorden a, Gebruiker door) {
        toegang.vereis(door, casus, Handeling.ENQUETE);
        return fouten(a);
    }

    /** Records the survey for {@code door} (a user, or the client through a survey link). */
    int leg(long casus, Antwoorden a, Actor door) {
        if (a == null) {
            a = new Antwoorden(null, null, null, null, null, null, null, null);
        }
        List<InvalidParam> f = fouten(a);
        if (!f.isEmpty()) {
            throw ApiException.invalid("De enquête is niet volledig of niet geldig.", f);
        }
        VerhuisboxToegang.Scope s = toegang.scope(casus);
        moetBegonnenZijn(s.status());
        int jaar = LocalDate.now(klok).getYear();
        if (!nazorg.enquete(casus, s.team(), jaar, a, Invoer.leeg(a.toelichting()), door.naam())) {
            throw new ApiException(HttpStatus.CONFLICT, "Al ingevuld", "Er is al een enquête voor deze casus.", null);
        }
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (String vraag : VRAGEN.keySet()) {
            scores.put(vraag, a.waarde(vraag));
        }
        gebeurtenissen.publishEvent(new NazorgGebeurtenis.EnqueteVastgelegd(casus, scores, a.ingevuldDoor(), door));
        return jaar;
    }

    /** Every invalid answer: each question 1 to 5, the remark at most 4000 characters, who filled it in. */
    static List<InvalidParam> fouten(Antwoorden a) {
        List<InvalidParam> f = new ArrayList<>();
        if (a == null) {
            a = new Antwoorden(null, null, null, null, null, null, null, null);
        }
        for (String vraag : VRAGEN.keySet()) {
            Integer w = a.waarde(vraag);
            if (w == null || w < 1 || w > 5) {
                f.add(new InvalidParam(vraag, "verplicht, 1 tot en met 5"));
            }
        }
        if (a.toelichting() != null && a.toelichting().length() > 4000) {
            f.add(new InvalidParam("toelichting", "hoogstens 4000 tekens"));
        }
        if (a.ingevuldDoor() == null || !List.of("CASEMANAGER", "CLIENT").contains(a.ingevuldDoor())) {
            f.add(new InvalidParam("ingevuldDoor", "CASEMANAGER of CLIENT"));
        }
        return f;
    }

    /** Averages per question and the count, for the team's surveys of a year (no free text, no cases). */
    public Jaarresultaat resultaten(long team, int jaar) {
        NazorgRepository.Gemiddelden g = nazorg.gemiddelden(team, jaar);
        List<Vraagresultaat> v = new ArrayList<>();
        int k = 0;
        for (Map.Entry<String, String> e : VRAGEN.entrySet()) {
            BigDecimal gem = g.gemiddelden().get(k++);
            v.add(new Vraagresultaat(e.getKey(), e.getValue(), gem == null ? null
                    : gem.setScale(2, RoundingMode.HALF_UP).doubleValue()));
        }
        return new Jaarresultaat(jaar, g.aantal(), v);
    }

    /** The results of the coordinator's team in a year (this year when none is asked). */
    public Jaarresultaat resultaten(Gebruiker g, Integer jaar) {
        toegang.teamrol(g, RESULTATEN);
        return resultaten(g.team(), Jaren.gevraagd(jaar, klok));
    }

    /** When and by whom the survey of a case was filled in, if it was. */
    public record Ingevuld(OffsetDateTime op, String ingevuldDoor, String vastgelegdDoor) {
    }

    public Optional<Ingevuld> van(long casus) {
        return nazorg.ingevuld(casus).map(r -> new Ingevuld(r.op(), r.ingevuldDoor(), r.vastgelegdDoor()));
    }

    /** The answers to one question: how often each score 1..5 was given. */
    public record Verdeling(String vraag, String tekst, Double gemiddelde, List<Integer> aantallen) {
    }

    public record Toelichting(LocalDate datum, String ingevuldDoor, String tekst) {
    }

    /**
     * The survey results of a team in a year for the results page and its export: count, per question the average
     * and the distribution of scores, who filled it in, and the free-text remarks (without case or name).
     */
    public record Jaaroverzicht(int jaar, int aantal, int doorClient, int doorCasemanager, List<Verdeling> vragen,
            List<Toelichting> toelichtingen) {
    }

    /** The overview of the coordinator's team in a year (this year when none is asked). */
    public Jaaroverzicht overzicht(Gebruiker g, Integer jaar) {
        toegang.teamrol(g, RESULTATEN);
        return overzicht(g.team(), Jaren.gevraagd(jaar, klok));
    }

    public Jaaroverzicht overzicht(long team, int jaar) {
        Jaarresultaat r = resultaten(team, jaar);
        List<Verdeling> vragen = new ArrayList<>();
        for (Vraagresultaat v : r.vragen()) {
            Integer[] n = {0, 0, 0, 0, 0};
            nazorg.verdeling(v.vraag(), team, jaar).forEach((score, aantal) -> n[score - 1] = aantal);
            vragen.add(new Verdeling(v.vraag(), v.tekst(), v.gemiddelde(), List.of(n)));
        }
        Map<String, Integer> door = nazorg.perInvuller(team, jaar);
        List<Toelichting> t = nazorg.toelichtingen(team, jaar).stream().map(x -> new Toelichting(
                x.op().atZoneSameInstant(klok.getZone()).toLocalDate(), x.ingevuldDoor(), x.tekst())).toList();
        return new Jaaroverzicht(jaar, r.aantal(), door.getOrDefault("CLIENT", 0),
                door.getOrDefault("CASEMANAGER", 0), vragen, t);
    }
}
