package nl.woonregie.verhuisbox.traject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.post.Bericht;
import nl.woonregie.platform.post.Post;
import nl.woonregie.platform.post.Poststatus;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Labels;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.verhuisbox.Casussen.Casus;
import nl.woonregie.verhuisbox.Status;
import nl.woonregie.verhuisbox.traject.internal.AfspraakRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intake appointments (issue 20 §3; the team's "Checklist Intakegesprek Verhuisboxplus", inventory §5.2 steps 2–4,
 * 002:L1196–L1233): the assigned CASEMANAGER or the COORDINATOR plans the intake talk of a case in Intake — day and time
 * in Europe/Amsterdam, the place (e.g. "spreekbox HAS") and a note for the team. Planning places in platform.post's
 * outbox, in the same transaction, the confirmation to the client (when the case has an e-mail address: the
 * appointment and the documents to bring — the BRP extract with historical address data, with the children who move
 * along, and the IB60 income statement, step 4) and the message to the aanmelder (when an address is given: the intake
 * date, step 3); moving the appointment sends both again as "gewijzigd". After its time the outcome is recorded:
 * VERSCHENEN, or NIET_VERSCHENEN (a no-show, counted; a new appointment may then be planned). The task "Intakegesprek
 * plannen …" stays until the case leaves Intake (issue 20 §7 (b)); planning makes the task to record the outcome,
 * which the outcome completes.
 */
@Service
public class Intakeafspraken {

    static final String SJABLOON_CLIENT = "verhuisbox-intakeafspraak";
    static final String SJABLOON_AANMELDER = "verhuisbox-intakeafspraak-aanmelder";
    /** Appointments are made, shown and judged in the team's time zone. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter UUR = DateTimeFormatter.ofPattern("HH:mm");
    private static final String ONGELDIG = "De intakeafspraak is niet volledig of niet geldig.";

    /** The outcome of an appointment. */
    public enum Uitkomst {
        VERSCHENEN, NIET_VERSCHENEN
    }

    /** To whom an e-mail about an appointment went. */
    public enum Aan {
        CLIENT, AANMELDER
    }

    private final AfspraakRepository afspraken;
    private final Casusdossier dossier;
    private final VerhuisboxToegang toegang;
    private final VerhuisboxTeams teams;
    private final Taken taken;
    private final Post post;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock klok;

    Intakeafspraken(AfspraakRepository afspraken, Casusdossier dossier, VerhuisboxToegang toegang,
            VerhuisboxTeams teams, Taken taken, Post post, ApplicationEventPublisher gebeurtenissen, Clock klok) {
        this.afspraken = afspraken;
        this.dossier = dossier;
        this.toegang = toegang;
        this.teams = teams;
        this.taken = taken;
        this.post = post;
        this.gebeurtenissen = gebeurtenissen;
        this.klok = klok;
    }

    /**
     * An appointment as asked: the day, the time ({@code HH:mm}, Europe/Amsterdam), the place, a note for the team
     * and the aanmelder's e-mail address (optional: without it the aanmelder is not informed by e-mail). Moving it
     * and recording its outcome need the {@code versie} it was read with.
     */
    public record IntakeafspraakVerzoek(LocalDate datum, String tijd, String plaats, String notitie,
            String aanmelderEmail,
            Integer versie) {
    }

    /** The outcome of an appointment: {@code VERSCHENEN} or {@code NIET_VERSCHENEN}, with the version read. */
    public record IntakeuitkomstVerzoek(String uitkomst, Integer versie) {
    }

    /** An e-mail about an appointment with its sending state (NIET_VERZONDEN, VERZONDEN, MISLUKT) and its label. */
    public record Intakebericht(Aan aan, String aanLabel, boolean gewijzigd, boolean herinnering, String email,
            OffsetDateTime geplaatstOp,
            Poststatus verzendstatus, String verzendstatusLabel, OffsetDateTime verzondenOp) {
    }

    /** An appointment, its outcome (null while open) and the e-mails about it, oldest first. */
    public record Intakeafspraak(long id, LocalDate datum, String tijd, String plaats, String notitie,
            String aanmelderEmail,
            Uitkomst uitkomst, String uitkomstLabel, String uitkomstDoor, OffsetDateTime uitkomstOp, int versie,
            String geplandDoor, OffsetDateTime geplandOp, boolean verstreken, List<Intakebericht> berichten) {
    }

    /** The appointments of a case, oldest first, and how many times the client did not come. */
    public record Intakeafsprakenlijst(List<Intakeafspraak> afspraken, long nietVerschenen) {
    }

    /** The appointments of a case (whoever may read the case; the read is logged). */
    public Intakeafsprakenlijst vanCasus(long id, Gebruiker door) {
        toegang.vereis(door, id, Handeling.INTAKEAFSPRAKEN);
        return lijst(id);
    }

    /** For the case page, whose read is logged already. */
    Intakeafsprakenlijst lijst(long id) {
        List<AfspraakRepository.Berichtrij> berichtrijen = afspraken.berichten(id);
        Map<Long, Bericht> stand = post.stand(berichtrijen.stream().map(AfspraakRepository.Berichtrij::post).toList());
        LocalDateTime nu = LocalDateTime.now(klok.withZone(ZONE));
        List<Intakeafspraak> l = new ArrayList<>();
        for (AfspraakRepository.Rij r : afspraken.vanCasus(id)) {
            List<Intakebericht> berichten = new ArrayList<>();
            for (AfspraakRepository.Berichtrij b : berichtrijen) {
                if (b.afspraak() == r.id()) {
                    Bericht p = stand.get(b.post());
                    Poststatus s = p == null ? Poststatus.NIET_VERZONDEN : p.status();
                    Aan aan = Aan.valueOf(b.aan());
                    berichten.add(new Intakebericht(aan, Labels.van(aan), b.soort().equals("GEWIJZIGD"),
                            b.soort().equals("HERINNERING"), b.email(),
                            b.geplaatstOp(), s, Labels.van(s), p == null ? null : p.verzondenOp()));
                }
            }
            Uitkomst u = r.uitkomst() == null ? null : Uitkomst.valueOf(r.uitkomst());
            l.add(new Intakeafspraak(r.id(), r.datum(), r.tijd().format(UUR), r.plaats(), r.notitie(), r.aanmelderEmail(), u,
                    u == null ? null : Labels.van(u), r.uitkomstDoor(), r.uitkomstOp(), r.versie(), r.geplandDoor(),
                    r.geplandOp(), !LocalDateTime.of(r.datum(), r.tijd()).isAfter(nu), List.copyOf(berichten)));
        }
        return new Intakeafsprakenlijst(List.copyOf(l), l.stream().filter(a -> a.uitkomst() == Uitkomst.NIET_VERSCHENEN).count());
    }

    /** The day of the intake talk the client came to (the latest appointment recorded as VERSCHENEN), if any. */
    public java.util.Optional<LocalDate> verschenenOp(long casus) {
        return afspraken.vanCasus(casus).stream().filter(r -> Uitkomst.VERSCHENEN.name().equals(r.uitkomst()))
                .map(AfspraakRepository.Rij::datum).reduce((a, b) -> b);
    }

    /** May an appointment be planned in the case's state (Intake, none open, the talk not yet held)? */
    static boolean planbaar(Casus c, Intakeafsprakenlijst a) {
        return c.status() == Status.INTAKE && a.afspraken().stream().allMatch(x -> x.uitkomst() == Uitkomst.NIET_VERSCHENEN);
    }

    /**
     * Plans an appointment and places its e-mails in the outbox: the assigned CASEMANAGER or the COORDINATOR; 409
     * naming {@code status} unless the case is in Intake, naming {@code afspraak} when one is open or the client
     * came already; 400 naming every invalid field. Makes the task to record the outcome.
     */
    @Transactional
    public long plan(long id, IntakeafspraakVerzoek v, Gebruiker door, String client) {
        toegang.vereis(door, id, Handeling.INTAKEAFSPRAAK);
        afspraken.vergrendelCasus(id);
        Casus c = dossier.lees(id);
        ApiException staat = planstaat(c);
        if (staat != null) {
            throw staat;
        }
        Gelezen g = lees(v, false);
        if (!g.fouten().isEmpty()) {
            throw ApiException.invalid(ONGELDIG, g.fouten());
        }
        long afspraak = afspraken.voegToe(id, v.datum(), g.tijd(), v.plaats().strip(), Invoer.leeg(v.notitie()),
                Invoer.leeg(v.aanmelderEmail()), door.actor());
        Actor actor = new Actor(door.actor(), client);
        int berichten = verstuur(c, afspraak, v.datum(), g.tijd(), v.plaats().strip(), Invoer.leeg(v.aanmelderEmail()),
                false, door, actor);
        uitkomsttaakOp(id, v.datum(), door);
        gebeurtenissen.publishEvent(new CasusGebeurtenis.IntakeafspraakGepland(id, afspraak, v.datum(),
                g.tijd().format(UUR), v.plaats().strip(), false, berichten, actor));
        return afspraak;
    }

    /**
     * Moves an open appointment (day, time, place, note, the aanmelder's address) and sends its e-mails again as
     * "gewijzigd"; 409 naming {@code versie} when it changed since it was read, {@code afspraak} when it has an
     * outcome. The task to record the outcome gets the new day.
     */
    @Transactional
    public void verplaats(long id, long afspraak, IntakeafspraakVerzoek v, Gebruiker door, String client) {
        TeWijzigen w = teWijzigen(id, afspraak, door);
        Casus c = w.casus();
        AfspraakRepository.Rij r = w.afspraak();
        Gelezen g = lees(v, true);
        if (!g.fouten().isEmpty()) {
            throw ApiException.invalid(ONGELDIG, g.fouten());
        }
        versie(r, v.versie());
        if (!afspraken.verplaats(afspraak, v.versie(), v.datum(), g.tijd(), v.plaats().strip(),
                Invoer.leeg(v.notitie()), Invoer.leeg(v.aanmelderEmail()), door.actor())) {
            throw verouderd(r);
        }
        Actor actor = new Actor(door.actor(), client);
        int berichten = verstuur(c, afspraak, v.datum(), g.tijd(), v.plaats().strip(), Invoer.leeg(v.aanmelderEmail()),
                true, door, actor);
        uitkomsttaakOp(id, v.datum(), door);
        gebeurtenissen.publishEvent(new CasusGebeurtenis.IntakeafspraakGepland(id, afspraak, v.datum(),
                g.tijd().format(UUR), v.plaats().strip(), true, berichten, actor));
    }

    /**
     * Records whether the client came: only once the time of the appointment has come (409 naming {@code uitkomst}
     * before), with the version read (409 naming {@code versie}); completes the task to record the outcome.
     */
    @Transactional
    public void legUitkomst(long id, long afspraak, IntakeuitkomstVerzoek v, Gebruiker door, String client) {
        TeWijzigen w = teWijzigen(id, afspraak, door);
        Casus c = w.casus();
        AfspraakRepository.Rij r = w.afspraak();
        List<InvalidParam> f = uitkomstfouten(v);
        if (!f.isEmpty()) {
            throw ApiException.invalid("De uitkomst van de intakeafspraak is niet geldig.", f);
        }
        versie(r, v.versie());
        if (LocalDateTime.of(r.datum(), r.tijd()).isAfter(LocalDateTime.now(klok.withZone(ZONE)))) {
            throw new ApiException(HttpStatus.CONFLICT, "Intakeafspraak nog niet geweest",
                    "De uitkomst wordt vastgelegd na het tijdstip van de afspraak.", List.of(new InvalidParam(
                            "uitkomst", "pas vast te leggen vanaf " + Weergave.dag(r.datum()) + " "
                                    + r.tijd().format(UUR))));
        }
        Uitkomst u = Uitkomst.valueOf(v.uitkomst().strip().toUpperCase());
        if (!afspraken.legUitkomst(afspraak, v.versie(), u.name(), door.actor())) {
            throw verouderd(r);
        }
        taken.rondAlleAf(id, Taaksoort.INTAKE_UITKOMST, door.actor());
        gebeurtenissen.publishEvent(new CasusGebeurtenis.IntakeafspraakUitkomst(id, afspraak, r.datum(), u,
                new Actor(door.actor(), client)));
    }

    /** The judgment of planning without doing it (a page's check when a field could not be read). */
    public List<InvalidParam> controleerPlan(long id, IntakeafspraakVerzoek v, Gebruiker door) {
        toegang.vereis(door, id, Handeling.INTAKEAFSPRAAK);
        ApiException staat = planstaat(dossier.lees(id));
        return staat != null ? staat.invalidParams() : lees(v, false).fouten();
    }

    /** The judgment of a move without doing it (a page's check when a field could not be read). */
    public List<InvalidParam> controleerVerplaatsing(long id, long afspraak, IntakeafspraakVerzoek v, Gebruiker door) {
        toegang.vereis(door, id, Handeling.INTAKEAFSPRAAK);
        return lees(v, true).fouten();
    }

    // ---------------------------------------------------------------- the reminder

    static final String SJABLOON_HERINNERING = "verhuisbox-intakeherinnering";

    /**
     * The reminders of one day ({@code vandaag}, Europe/Amsterdam): every open appointment of a case in Intake on the
     * next working day (a Friday also reminds of the weekend's) that was not reminded yet gets an e-mail to the
     * client's address, claimed in this transaction with its message, so never twice; a case without a usable address
     * is claimed without a message. Returns how many e-mails were placed.
     */
    @Transactional
    public int herinner(LocalDate vandaag) {
        LocalDate tot = TrajectCasuspagina.volgendeWerkdag(vandaag);
        int n = 0;
        for (AfspraakRepository.TeHerinneren a : afspraken.teHerinneren(vandaag, tot)) {
            if (!afspraken.claimHerinnering(a.id(), a.datum())) {
                continue;
            }
            Casus c = dossier.lees(a.casus());
            String email = c.email() == null ? null : c.email().strip();
            boolean verstuurd = email != null && Overdrachten.emailadres(email);
            Actor systeem = new Actor("systeem", "herinnering");
            if (verstuurd) {
                String team = teams.team(toegang.scope(c.id()).team()).map(t -> t.naam()).orElse("");
                Map<String, Object> gegevens = gegevens(c.naam(), c.id(), c.kinderen() > 0, a.datum(), a.tijd(),
                        a.plaats(), false, c.casemanager() == null ? "" : c.casemanager(), team);
                String wanneer = a.datum().equals(vandaag.plusDays(1)) ? "morgen" : "op " + Weergave.dag(a.datum());
                long b = post.plaats(email, "Herinnering: " + wanneer + " uw intakegesprek van Verhuisbox Plus",
                        SJABLOON_HERINNERING, gegevens, systeem);
                afspraken.voegBerichtToe(a.id(), Aan.CLIENT.name(), "HERINNERING", email, b);
                n++;
            }
            gebeurtenissen.publishEvent(new CasusGebeurtenis.IntakeafspraakHerinnerd(c.id(), a.id(), a.datum(),
                    verstuurd, systeem));
        }
        return n;
    }

    // ---------------------------------------------------------------- the e-mails

    /** Places the client's and the aanmelder's e-mails (each when there is an address); returns how many. */
    private int verstuur(Casus c, long afspraak, LocalDate datum, LocalTime tijd, String plaats, String aanmelderEmail,
            boolean gewijzigd, Gebruiker door, Actor actor) {
        String team = teams.team(toegang.scope(c.id()).team()).map(t -> t.naam()).orElse("");
        Map<String, Object> gegevens = gegevens(c.naam(), c.id(), c.kinderen() > 0, datum, tijd, plaats, gewijzigd,
                door.gebruikersnaam(), team);
        String soort = gewijzigd ? "GEWIJZIGD" : "GEPLAND";
        int n = 0;
        if (c.email() != null && !c.email().isBlank() && Overdrachten.emailadres(c.email().strip())) {
            long b = post.plaats(c.email().strip(), onderwerpClient(gewijzigd), SJABLOON_CLIENT, gegevens, actor);
            afspraken.voegBerichtToe(afspraak, Aan.CLIENT.name(), soort, c.email().strip(), b);
            n++;
        }
        if (aanmelderEmail != null) {
            long b = post.plaats(aanmelderEmail, onderwerpAanmelder(gewijzigd, c.id()), SJABLOON_AANMELDER, gegevens,
                    actor);
            afspraken.voegBerichtToe(afspraak, Aan.AANMELDER.name(), soort, aanmelderEmail, b);
            n++;
        }
        return n;
    }

    /** What the templates are filled with (also the golden copies' input). */
    static Map<String, Object> gegevens(String client, long casus, boolean kinderen, LocalDate datum, LocalTime tijd,
            String plaats, boolean gewijzigd, String casemanager, String team) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("client", client);
        g.put("kenmerk", "VHB-" + casus);
        g.put("kinderen", kinderen);
        g.put("datum", datum.getDayOfWeek().getDisplayName(TextStyle.FULL, Weergave.NL) + " " + Weergave.dag(datum));
        g.put("tijd", tijd.format(UUR));
        g.put("plaats", plaats);
        g.put("gewijzigd", gewijzigd);
        g.put("casemanager", casemanager);
        g.put("team", team);
        return g;
    }

    static String onderwerpClient(boolean gewijzigd) {
        return gewijzigd ? "Gewijzigd: uw afspraak voor het intakegesprek van Verhuisbox Plus"
                : "Uw afspraak voor het intakegesprek van Verhuisbox Plus";
    }

    static String onderwerpAanmelder(boolean gewijzigd, long casus) {
        return (gewijzigd ? "Intakegesprek gewijzigd" : "Intakegesprek gepland") + " (VHB-" + casus + ")";
    }

    // ---------------------------------------------------------------- judging

    private record Gelezen(LocalTime tijd, List<InvalidParam> fouten) {
    }

    private Gelezen lees(IntakeafspraakVerzoek v, boolean metVersie) {
        List<InvalidParam> f = new ArrayList<>();
        LocalTime tijd = null;
        if (v == null || v.tijd() == null || v.tijd().isBlank()) {
            f.add(new InvalidParam("tijd", "de tijd van de afspraak is verplicht (UU:MM)"));
        } else {
            try {
                tijd = LocalTime.parse(v.tijd().strip(), UUR);
            } catch (DateTimeParseException e) {
                f.add(new InvalidParam("tijd", "\"" + v.tijd().strip() + "\" is geen tijd (UU:MM, bijvoorbeeld 10:30)"));
            }
        }
        LocalDate datum = v == null ? null : v.datum();
        LocalDateTime nu = LocalDateTime.now(klok.withZone(ZONE));
        if (datum == null) {
            f.add(new InvalidParam("datum", "de dag van de afspraak is verplicht"));
        } else if (datum.isBefore(nu.toLocalDate())) {
            f.add(new InvalidParam("datum", "niet in het verleden"));
        } else if (datum.isAfter(nu.toLocalDate().plusYears(1))) {
            f.add(new InvalidParam("datum", "hoogstens een jaar vooruit"));
        } else if (tijd != null && !LocalDateTime.of(datum, tijd).isAfter(nu)) {
            f.add(new InvalidParam("tijd", "niet in het verleden"));
        }
        String plaats = v == null ? null : v.plaats();
        if (plaats == null || plaats.isBlank()) {
            f.add(new InvalidParam("plaats", "de plaats van de afspraak is verplicht (bijvoorbeeld spreekbox HAS)"));
        } else if (plaats.strip().length() > 200) {
            f.add(new InvalidParam("plaats", "hoogstens 200 tekens"));
        }
        if (v != null && v.notitie() != null && v.notitie().strip().length() > 2000) {
            f.add(new InvalidParam("notitie", "hoogstens 2000 tekens"));
        }
        String email = v == null ? null : Invoer.leeg(v.aanmelderEmail());
        if (email != null && (email.length() > 320 || !Overdrachten.emailadres(email))) {
            f.add(new InvalidParam("aanmelderEmail", "\"" + email + "\" is geen e-mailadres"));
        }
        if (metVersie && (v == null || v.versie() == null)) {
            f.add(new InvalidParam("versie", "de versie van de afspraak die u wijzigt is verplicht"));
        }
        return new Gelezen(tijd, f);
    }

    private static List<InvalidParam> uitkomstfouten(IntakeuitkomstVerzoek v) {
        List<InvalidParam> f = new ArrayList<>();
        String u = v == null ? null : Invoer.leeg(v.uitkomst());
        if (u == null) {
            f.add(new InvalidParam("uitkomst", "verplicht: VERSCHENEN of NIET_VERSCHENEN"));
        } else if (!u.equalsIgnoreCase("VERSCHENEN") && !u.equalsIgnoreCase("NIET_VERSCHENEN")) {
            f.add(new InvalidParam("uitkomst", "een van VERSCHENEN NIET_VERSCHENEN"));
        }
        if (v == null || v.versie() == null) {
            f.add(new InvalidParam("versie", "de versie van de afspraak die u wijzigt is verplicht"));
        }
        return f;
    }

    private ApiException planstaat(Casus c) {
        if (c.status() != Status.INTAKE) {
            return new ApiException(HttpStatus.CONFLICT, "Geen intake",
                    "Een intakeafspraak wordt gepland zolang de casus in de intake is.",
                    List.of(new InvalidParam("status", "moet INTAKE zijn")));
        }
        for (AfspraakRepository.Rij r : afspraken.vanCasus(c.id())) {
            if (r.uitkomst() == null) {
                return new ApiException(HttpStatus.CONFLICT, "Al een afspraak",
                        "Er is al een intakeafspraak gepland.", List.of(new InvalidParam("afspraak",
                                "er is al een afspraak op " + Weergave.dag(r.datum()) + ": verplaats die of leg de "
                                        + "uitkomst vast")));
            }
            if (r.uitkomst().equals(Uitkomst.VERSCHENEN.name())) {
                return new ApiException(HttpStatus.CONFLICT, "Intake gehouden",
                        "Het intakegesprek heeft al plaatsgevonden.", List.of(new InvalidParam("afspraak",
                                "de cliënt is op " + Weergave.dag(r.datum()) + " verschenen")));
            }
        }
        return null;
    }

    /** A case's open appointment, read for a change after the case is locked. */
    private record TeWijzigen(Casus casus, AfspraakRepository.Rij afspraak) {
    }

    /**
     * Authorises, locks the case and reads it with the appointment: 404 for an unknown appointment, 409 when the case
     * or the appointment no longer allows a change ({@link #wijzigstaat}).
     */
    private TeWijzigen teWijzigen(long id, long afspraak, Gebruiker door) {
        toegang.vereis(door, id, Handeling.INTAKEAFSPRAAK);
        afspraken.vergrendelCasus(id);
        Casus c = dossier.lees(id);
        AfspraakRepository.Rij r = afspraken.lees(id, afspraak)
                .orElseThrow(() -> ApiException.notFound("Intakeafspraak " + afspraak + " bestaat niet."));
        ApiException staat = wijzigstaat(c, r);
        if (staat != null) {
            throw staat;
        }
        return new TeWijzigen(c, r);
    }

    /** The one open task to record the outcome, due on the appointment's day (a moved appointment moves it). */
    private void uitkomsttaakOp(long id, LocalDate datum, Gebruiker door) {
        taken.rondAlleAf(id, Taaksoort.INTAKE_UITKOMST, door.actor());
        taken.maak(id, Taaksoort.INTAKE_UITKOMST, "Uitkomst van de intakeafspraak vastleggen (verschenen of niet)",
                Rol.CASEMANAGER, datum);
    }

    private static ApiException wijzigstaat(Casus c, AfspraakRepository.Rij r) {
        if (c.status() != Status.INTAKE) {
            return new ApiException(HttpStatus.CONFLICT, "Geen intake",
                    "Een intakeafspraak wordt gewijzigd zolang de casus in de intake is.",
                    List.of(new InvalidParam("status", "moet INTAKE zijn")));
        }
        if (r.uitkomst() != null) {
            return new ApiException(HttpStatus.CONFLICT, "Uitkomst al vastgelegd",
                    "De uitkomst van deze afspraak is al vastgelegd.", List.of(new InvalidParam("afspraak",
                            "uitkomst al vastgelegd: " + Labels.inZin(Uitkomst.valueOf(r.uitkomst())))));
        }
        return null;
    }

    private static void versie(AfspraakRepository.Rij r, int versie) {
        if (r.versie() != versie) {
            throw verouderd(r);
        }
    }

    private static ApiException verouderd(AfspraakRepository.Rij r) {
        return new ApiException(HttpStatus.CONFLICT, "Intussen gewijzigd",
                "De afspraak is intussen gewijzigd; lees haar opnieuw.",
                List.of(new InvalidParam("versie", "de afspraak heeft nu versie " + r.versie())));
    }
}
