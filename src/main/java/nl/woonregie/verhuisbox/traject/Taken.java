package nl.woonregie.verhuisbox.traject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import nl.woonregie.platform.audit.Actor;
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
 * to, or when the case is closed.
 */
@Service
public class Taken {

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

    public record Taak(long id, long casus, String casusNaam, Taaksoort soort, String omschrijving, String rol,
            LocalDate deadline, boolean teLaat) {
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

    /** Completes every open task of a closed case. */
    void rondAllesAf(long casus) {
        taken.rondAllesAf(casus, Overgangen.AFGESLOTEN_DOOR);
    }

    /** The open tasks of the cases this account may read that are for its role, earliest deadline first. */
    public List<Taak> werklijst(Gebruiker g) {
        toegang.teamrol(g, Rol.ICP, Rol.CASEMANAGER, Rol.ADMINISTRATIEF, Rol.CONSULENT, Rol.COORDINATOR);
        LocalDate vandaag = LocalDate.now(klok);
        return taken.open(g.rol().name(), g.team(), vandaag).stream()
                .filter(t -> VerhuisboxToegang.magLezen(g, t.scope()))
                .map(t -> new Taak(t.id(), t.casus(), t.casusNaam(), t.soort(), t.omschrijving(), t.rol(),
                        t.deadline(), t.deadline() != null && t.deadline().isBefore(vandaag)))
                .toList();
    }

    /** Completes a task by hand: the role of the task, on a case the account may read. */
    @Transactional
    public void rondAf(long taak, Gebruiker door, String client) {
        TaakRepository.Taakkop kop = taken.kop(taak)
                .orElseThrow(() -> ApiException.notFound("Taak " + taak + " bestaat niet."));
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
