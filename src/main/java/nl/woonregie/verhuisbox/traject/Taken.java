package nl.woonregie.verhuisbox.traject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.AccountGebeurtenis;
import nl.woonregie.platform.security.Accountverzoeken;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.verhuisbox.traject.internal.TaakRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The worklist: tasks of a case for a role with a deadline (and a day from which they show), made by the steps of the
 * trajectory and by the other parts of Verhuisbox through {@link #maak}; completed by hand, by the step they belong
 * to, or when the case is closed. And tasks of the team without a case: an account request for the coordinator,
 * made and completed by listening to platform.security's requests ({@link #bijAccountverzoek}).
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

    /** A task on the worklist: of a case, or of the team without a case (an account request: casus is null). */
    public record Taak(long id, Long casus, String casusNaam, Taaksoort soort, String omschrijving, String rol,
            LocalDate deadline, boolean teLaat, Long accountverzoek) {
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

    /** Completes the task when it is open and of this kind; says whether it did. */
    public boolean rondAf(long taak, Taaksoort soort, String door) {
        return taken.rondAf(taak, soort, door);
    }

    /** Completes the open tasks of a kind of the case. */
    public void rondAfVanSoort(long casus, Taaksoort soort, String door) {
        taken.rondAfVanSoort(casus, soort, door);
    }

    /**
     * An administrator's account request of the team (a new account or a new password) is a task for the team's
     * coordinator until it is decided; written in the request's transaction.
     */
    @org.springframework.context.event.EventListener
    void bijAccountverzoek(AccountGebeurtenis.OverVerzoek verzoek) {
        if (verzoek instanceof AccountGebeurtenis.AccountverzoekIngediend v) {
            String wat = v.soort() == Accountverzoeken.Soort.NIEUW_ACCOUNT
                    ? "nieuw account " + v.gebruikersnaam() + " (" + v.rol().name().toLowerCase(java.util.Locale.ROOT) + ")"
                    : "nieuw wachtwoord voor " + v.gebruikersnaam();
            taken.maakVoorAccountverzoek(v.team(), v.id(), "Accountverzoek beoordelen: " + wat, Rol.COORDINATOR.name(),
                    LocalDate.now(klok).plusDays(ACCOUNTVERZOEK_DAGEN));
        } else if (verzoek instanceof AccountGebeurtenis.AccountverzoekBeoordeeld b) {
            taken.rondAfVoorAccountverzoek(b.id(), b.door().naam());
        }
    }

    /** Completes every open task of a closed case. */
    void rondAllesAf(long casus) {
        taken.rondAllesAf(casus, Overgangen.AFGESLOTEN_DOOR);
    }

    /** The open tasks of the cases this account may read that are for its role, earliest deadline first. */
    public List<Taak> werklijst(Gebruiker g) {
        toegang.teamrol(g, Rol.ICP, Rol.CASEMANAGER, Rol.ADMINISTRATIEF, Rol.CONSULENT, Rol.COORDINATOR);
        LocalDate vandaag = LocalDate.now(klok);
        return taken.open(g.rol().name(), g.team(), vandaag).stream()
                .filter(t -> t.scope() == null || VerhuisboxToegang.magLezen(g, t.scope()))
                .map(t -> new Taak(t.id(), t.casus(), t.casusNaam(), t.soort(), t.omschrijving(), t.rol(),
                        t.deadline(), t.deadline() != null && t.deadline().isBefore(vandaag), t.accountverzoek()))
                .toList();
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
        if (!kop.rol().equals(door.rol().name())) {
            throw VerhuisboxToegang.geweigerd(door);
        }
        if (taken.rondAf(taak, door.actor())) {
            gebeurtenissen.publishEvent(new CasusGebeurtenis.TaakAfgerond(kop.casus(), taak,
                    new Actor(door.actor(), client)));
        }
    }
}
