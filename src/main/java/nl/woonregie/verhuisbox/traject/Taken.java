package nl.woonregie.verhuisbox.traject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.AccountGebeurtenis;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.verhuisbox.HistorischeImport;
import nl.woonregie.verhuisbox.Status;
import nl.woonregie.verhuisbox.traject.internal.Deel;
import nl.woonregie.verhuisbox.traject.internal.TaakRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The worklist: tasks of a case for a role with a deadline (and a day from which they show), made by the steps of the
 * trajectory ({@link #bijBinnenkomst}) and by the other parts of Verhuisbox through {@link #maak}; completed by hand,
 * by the step they belong to, or by a transition to a state in which their work can no longer be open
 * ({@link Taaksoort#openIn}, {@link #naOvergang}). And tasks of the team without a case: an account request for the
 * coordinator, made and completed by listening to platform.security's requests ({@link #bijAccountverzoek}).
 */
@Service
public class Taken {

    /** Days a coordinator has for an account request. */
    static final int ACCOUNTVERZOEK_DAGEN = 5;

    private final TaakRepository taken;
    private final VerhuisboxToegang toegang;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock klok;

    Taken(TaakRepository taken, VerhuisboxToegang toegang, ApplicationEventPublisher gebeurtenissen, Clock klok) {
        this.taken = taken;
        this.toegang = toegang;
        this.gebeurtenissen = gebeurtenissen;
        this.klok = klok;
    }

    /**
     * A task on the worklist: its case (with its state) — or none, for a task of the team (an account request: casus,
     * status and statusLabel null, accountverzoek its request) —, kind, text, role and deadline; whether it is overdue,
     * and whether the account may open the case page (a task about a grant on a case the account may not read — a
     * consulent's after the move — is done on the budget page).
     */
    public record Taak(long id, Long casus, String casusNaam, Status status, String statusLabel, Taaksoort soort,
            String soortLabel, String omschrijving, String rol, LocalDate deadline, boolean teLaat,
            boolean casusLezen, Long accountverzoek) {
    }

    /** A new open task; returns its id. */
    public long maak(long casus, Taaksoort soort, String omschrijving, Rol rol, LocalDate deadline) {
        return taken.maak(casus, soort, omschrijving, rol.name(), deadline, null);
    }

    /** A new open task that shows on the worklist only from {@code zichtbaarVanaf}; returns its id. */
    public long maak(long casus, Taaksoort soort, String omschrijving, Rol rol, LocalDate deadline,
            LocalDate zichtbaarVanaf) {
        return taken.maak(casus, soort, omschrijving, rol.name(), deadline, zichtbaarVanaf);
    }

    /**
     * Completes every open task of this kind on the case, because the step that does its work was just taken (e.g.
     * the first registration for "Inschrijvingen … regelen").
     */
    public void rondAlleAf(long casus, Taaksoort soort, String door) {
        taken.rondAfVanSoort(casus, soort, door);
    }

    /** Completes the task when it is open and of this kind; says whether it did. */
    public boolean rondAf(long taak, Taaksoort soort, String door) {
        return taken.rondAf(taak, soort, door);
    }

    /** A task that entering a state brings: its kind, its text, the role it is for and the days to its deadline. */
    public record Binnenkomsttaak(Taaksoort soort, String omschrijving, Rol rol, int dagen) {
    }

    /**
     * An administrator's account request of the team (a new account or a new password) is a task for the team's
     * coordinator until it is decided; written in the request's transaction.
     */
    @org.springframework.context.event.EventListener
    void bijAccountverzoek(AccountGebeurtenis.OverVerzoek verzoek) {
        if (verzoek instanceof AccountGebeurtenis.AccountverzoekIngediend v) {
            taken.maakVoorAccountverzoek(v.team(), v.id(), "Accountverzoek beoordelen: " + v.onderwerp(),
                    Rol.COORDINATOR.name(),
                    LocalDate.now(klok).plusDays(ACCOUNTVERZOEK_DAGEN));
        } else if (verzoek instanceof AccountGebeurtenis.AccountverzoekBeoordeeld b) {
            taken.rondAfVoorAccountverzoek(b.id(), b.door().naam());
        }
    }

    /**
     * The tasks that a case entering {@code naar} from {@code van} brings (null → MELDING is the referral). Searching
     * again after a refused offer brings no new registration task: the registrations are there. A self-finder entering
     * Alleen geld from the toets needs a casemanager (coordinator) and its home recorded as the offer (casemanager);
     * back after a refused offer, only another home to record.
     */
    public static List<Binnenkomsttaak> bijBinnenkomst(Status van, Status naar) {
        return bijBinnenkomst(van, naar, false);
    }

    /**
     * As {@link #bijBinnenkomst(Status, Status)} for a household with or without minor children: with them, entering
     * Intake also brings the family talk of the CJG gezinscoach (the CJG rule, {@link Traject#GEZINSGESPREK_NODIG}).
     */
    public static List<Binnenkomsttaak> bijBinnenkomst(Status van, Status naar, boolean minderjarigen) {
        if (naar == Status.INTAKE && minderjarigen) {
            List<Binnenkomsttaak> t = new ArrayList<>(bijBinnenkomst(van, naar, false));
            t.add(new Binnenkomsttaak(Taaksoort.GEZINSGESPREK, "Gezinsgesprek laten voeren door de gezinscoach van "
                    + "het CJG en vastleggen (minderjarige kinderen; vóór het zoeken)", Rol.CASEMANAGER, 14));
            return List.copyOf(t);
        }
        return switch (naar) {
            case MELDING -> List.of(new Binnenkomsttaak(Taaksoort.MELDING_BEOORDELEN,
                    "Melding in behandeling nemen en ICP-toets doen (telefonisch met aanmelder)", Rol.ICP, 5));
            case INTAKE -> List.of(new Binnenkomsttaak(Taaksoort.INTAKE,
                    "Intakegesprek plannen en voeren (intakechecklist)", Rol.CASEMANAGER, 14));
            case ALLEEN_GELD -> van == Status.ICP_TOETS ? List.of(
                    new Binnenkomsttaak(Taaksoort.TOEWIJZEN,
                            "Casemanager toewijzen: alleen geld, de cliënt heeft een woning in zicht", Rol.COORDINATOR,
                            5),
                    new Binnenkomsttaak(Taaksoort.WONING_VASTLEGGEN,
                            "Woning in zicht vastleggen als aanbod (alleen geld)", Rol.CASEMANAGER, 14))
                    : List.of(new Binnenkomsttaak(Taaksoort.WONING_VASTLEGGEN,
                            "Andere woning vastleggen als aanbod (alleen geld; het vorige aanbod is geweigerd)",
                            Rol.CASEMANAGER, 14));
            case ZOEKEN -> van == Status.INTAKE ? List.of(new Binnenkomsttaak(Taaksoort.INSCHRIJVEN,
                    "Inschrijvingen op de afgesproken woonsites regelen", Rol.ADMINISTRATIEF, 7)) : List.of();
            case VERHUIZING -> List.of(
                    new Binnenkomsttaak(Taaksoort.OVERDRACHT, "Warme overdracht aan de nieuwe gemeente regelen",
                            Rol.CASEMANAGER, 14),
                    new Binnenkomsttaak(Taaksoort.BIJZONDERE_BIJSTAND,
                            "Bijzondere bijstand eerste huur en inrichting; beschikking sturen", Rol.CONSULENT, 5));
            default -> List.of();
        };
    }

    /**
     * What a transition does to the worklist, for every transition: the open tasks of the case whose kind is not open
     * in the new state are completed (by {@code door}: their work was done by the steps that led there, or no longer
     * applies), then the tasks that entering the state brings are made, with deadlines from {@code dag}.
     */
    void naOvergang(long casus, Status van, Status naar, boolean minderjarigen, String door, LocalDate dag) {
        taken.rondAfBehalve(casus, Taaksoort.blijvenOpenIn(naar), door);
        for (Binnenkomsttaak t : bijBinnenkomst(van, naar, minderjarigen)) {
            taken.maak(casus, t.soort(), t.omschrijving(), t.rol().name(), dag.plusDays(t.dagen()), null);
        }
    }

    /**
     * The tasks a case with this history has open now, as the transitions would have left them: each step
     * completes what is not open in its state and brings its own tasks, dated from the day of the step (for imported
     * historical cases, {@link Importeren}).
     */
    static List<TaakRepository.NieuweTaak> openNa(long casus, List<HistorischeImport.Statusstap> geschiedenis,
            ZoneId zone) {
        return openNa(casus, geschiedenis, false, zone);
    }

    /** As {@link #openNa(long, List, ZoneId)} for a household with or without minor children. */
    static List<TaakRepository.NieuweTaak> openNa(long casus, List<HistorischeImport.Statusstap> geschiedenis,
            boolean minderjarigen, ZoneId zone) {
        List<TaakRepository.NieuweTaak> open = new ArrayList<>();
        for (HistorischeImport.Statusstap stap : geschiedenis) {
            open.removeIf(t -> !t.soort().openIn(stap.naar()));
            LocalDate dag = stap.tijdstip().atZoneSameInstant(zone).toLocalDate();
            for (Binnenkomsttaak t : bijBinnenkomst(stap.van(), stap.naar(), minderjarigen)) {
                open.add(new TaakRepository.NieuweTaak(casus, t.soort(), t.omschrijving(), t.rol().name(),
                        dag.plusDays(t.dagen())));
            }
        }
        return open;
    }

    /**
     * One page of the open tasks for this account's role, earliest deadline first, that match the search: on the
     * cases it may read, and — a task about a grant — on the cases whose money it may see. The cases shown are logged
     * as one processing action ({@code handeling}, verwerkingenlogging). {@code standaardGrootte}: the page size when
     * none is asked.
     */
    public Bladzijde<Taak> werklijst(Gebruiker g, Lijstvraag vraag, int standaardGrootte, String handeling) {
        toegang.teamrol(g, Rol.ICP, Rol.CASEMANAGER, Rol.ADMINISTRATIEF, Rol.CONSULENT, Rol.COORDINATOR);
        Lijstvraag.Gelezen v = (vraag == null ? Lijstvraag.leeg() : vraag).lees(standaardGrootte);
        LocalDate vandaag = LocalDate.now(klok);
        Deel<TaakRepository.Taakrij> deel = taken.zoek(g.verhuisboxrollen().stream().map(Rol::name).toArray(String[]::new),
                VerhuisboxToegang.leesbereik(g),
                VerhuisboxToegang.geldbereik(g), v, vandaag);
        List<Taak> rijen = deel.rijen().stream()
                .map(t -> new Taak(t.id(), t.casus(), t.casusNaam(), t.scope() == null ? null : t.scope().status(),
                        t.scope() == null ? null : t.scope().status().label(), t.soort(), t.soort().label(),
                        t.omschrijving(), t.rol(), t.deadline(), t.deadline() != null && t.deadline().isBefore(vandaag),
                        t.scope() != null && VerhuisboxToegang.magLezen(g, t.scope()), t.accountverzoek()))
                .toList();
        toegang.logLijst(g, rijen.stream().map(Taak::casus).filter(java.util.Objects::nonNull).toList(), handeling);
        return new Bladzijde<>(rijen, deel.pagina(), v.paginaGrootte(), deel.totaal());
    }

    /** Completes a task by hand: the role of the task, on a case the account may read. */
    @Transactional
    public void rondAf(long taak, Gebruiker door, String client) {
        TaakRepository.Taakkop kop = taken.kop(taak)
                .orElseThrow(() -> ApiException.notFound("Taak " + taak + " bestaat niet."));
        if (kop.casus() == null) {
            // a team's task without a case (an account request) is completed by deciding the request
            throw ApiException.notFound("Taak " + taak + " bestaat niet.");
        }
        toegang.vereis(door, kop.casus(), Handeling.TAAK_AFRONDEN);
        if (door.verhuisboxrollen().stream().noneMatch(r -> r.name().equals(kop.rol()))) {
            throw VerhuisboxToegang.geweigerd(door);
        }
        if (taken.rondAf(taak, door.actor())) {
            gebeurtenissen.publishEvent(new CasusGebeurtenis.TaakAfgerond(kop.casus(), taak,
                    new Actor(door.actor(), client)));
        }
    }
}
