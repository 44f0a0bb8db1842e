package nl.woonregie.platform.achtergrond;

import java.util.List;
import java.util.Optional;

import nl.woonregie.platform.achtergrond.internal.Planner;
import nl.woonregie.platform.achtergrond.internal.TaakOpslag;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Persistent background jobs in PostgreSQL, for every module: a one-time job is planned inside the caller's
 * transaction (it exists exactly when the change that planned it committed) and run after the commit by one of the
 * instances on the database, with at-least-once delivery (retried with back-off when it fails, run again when the
 * instance running it died). Recurring jobs are beans ({@link TerugkerendeOpdracht}) and run once per occurrence
 * across all instances. Every instance sees every job's state and progress ({@link Taak}); the administrator sees
 * them all and starts a failed one again ({@code /beheer/achtergrondtaken}).
 */
@Service
public class Achtergrondtaken {

    /** The most jobs the administrator's overview lists. */
    static final int OVERZICHT = 200;

    private final Planner planner;
    private final TaakOpslag opslag;
    private final ApplicationEventPublisher gebeurtenissen;

    Achtergrondtaken(Planner planner, TaakOpslag opslag, ApplicationEventPublisher gebeurtenissen) {
        this.planner = planner;
        this.opslag = opslag;
        this.gebeurtenissen = gebeurtenissen;
    }

    /**
     * Plans a job of this kind for this key (e.g. the letters of round 7), in the caller's transaction or its own,
     * unless one of the same kind and key is waiting or running: then nothing changes and the answer is false. A new
     * job replaces the finished or failed one of the same kind and key. It starts on this instance as soon as the
     * transaction commits (another instance finds it at its next poll).
     *
     * @param omschrijving what it does, in Dutch, for the pages (at most 300 characters)
     * @param door         who (or what) asked for it, as the audit trail names them
     */
    @Transactional
    public <T> boolean plan(Opdracht<T> opdracht, String sleutel, String omschrijving, T gegevens, String door) {
        if (sleutel == null || sleutel.isBlank() || sleutel.length() > 200 || sleutel.contains("#")) {
            throw new IllegalArgumentException("ongeldige sleutel voor een achtergrondtaak: " + sleutel);
        }
        String tekst = omschrijving.length() > 300 ? omschrijving.substring(0, 297) + "..." : omschrijving;
        Optional<TaakOpslag.Gepland> gepland = opslag.plan(opdracht.soort(), sleutel, tekst,
                planner.json().tekst(gegevens), door == null ? "systeem" : door);
        if (gepland.isEmpty()) {
            return false;
        }
        planner.plan(opdracht, sleutel, gepland.get().keer(), gegevens);
        naCommit(planner::wekOp);
        return true;
    }

    /**
     * Runs a recurring job of the caller's module now (after the caller's transaction commits, e.g. when it stored
     * work for that job); when it is running here at that moment, once more right after it; on this instance when it
     * runs jobs, otherwise on the next that polls.
     */
    public void nuUitvoeren(String soort) {
        if (!planner.isTerugkerend(soort)) {
            throw new IllegalArgumentException("geen terugkerende achtergrondtaak: " + soort);
        }
        naCommit(() -> {
            planner.nuOfDaarna(soort);
            planner.wekOp();
        });
    }

    /** This instance's name, as the jobs it runs show it. */
    public String instantie() {
        return planner.instantie();
    }

    /** The latest job of this kind and key (for the owner's own pages, which check access themselves). */
    public Optional<Taak> taak(String soort, String sleutel) {
        return opslag.van(soort, sleutel);
    }

    /** How many one-time jobs wait or run. */
    public long open() {
        return opslag.aantal(Taakstatus.GEPLAND) + opslag.aantal(Taakstatus.BEZIG);
    }

    /** How many one-time jobs failed on every attempt. */
    public long mislukt() {
        return opslag.aantal(Taakstatus.MISLUKT);
    }

    /** Every recurring job and the latest {@value #OVERZICHT} others, for the administrator. */
    public List<Taak> overzicht(Gebruiker door) {
        Toegang.rol(door, Rol.BEHEERDER);
        return opslag.overzicht(OVERZICHT);
    }

    /** One job, for the administrator. */
    public Taak lees(long id, Gebruiker door) {
        Toegang.rol(door, Rol.BEHEERDER);
        return opslag.lees(id).orElseThrow(() -> ApiException.notFound("Achtergrondtaak " + id + " bestaat niet."));
    }

    /**
     * Starts a job again, for the administrator: a one-time job that MISLUKT is planned anew with its stored data
     * (attempts from zero); a recurring job runs now. 409 for a one-time job that is waiting, running or done, and
     * for a recurring job that is running.
     */
    @Transactional
    public Taak opnieuw(long id, Gebruiker door, String client) {
        Taak taak = lees(id, door);
        if (taak.terugkerend()) {
            if (!planner.isTerugkerend(taak.soort()) || !planner.nu(taak.soort())) {
                throw new ApiException(HttpStatus.CONFLICT, "Taak loopt", "De taak " + taak.omschrijving()
                        + " wordt nu uitgevoerd of staat uit; probeer het later opnieuw.", null);
            }
        } else {
            if (taak.status() != Taakstatus.MISLUKT) {
                throw new ApiException(HttpStatus.CONFLICT, "Taak niet mislukt", "Alleen een mislukte taak wordt "
                        + "opnieuw gestart; deze is " + (taak.open() ? "nog niet klaar." : "klaar."), null);
            }
            opnieuwGepland(taak, door);
        }
        gebeurtenissen.publishEvent(new AchtergrondGebeurtenis.OpnieuwGestart(taak.id(), taak.soort(), taak.sleutel(),
                taak.status(), new Actor(door.actor(), client)));
        naCommit(planner::wekOp);
        return opslag.lees(id).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private <T> void opnieuwGepland(Taak taak, Gebruiker door) {
        Opdracht<T> opdracht = (Opdracht<T>) planner.opdracht(taak.soort()).orElseThrow(() -> new ApiException(
                HttpStatus.CONFLICT, "Onbekende taak", "Deze versie van Woonregie kent de taak " + taak.soort()
                        + " niet.", null));
        T gegevens = planner.json().lees(opdracht.gegevens(), opslag.gegevens(taak.id()).orElse(null));
        TaakOpslag.Gepland g = opslag.plan(taak.soort(), taak.sleutel(), taak.omschrijving(),
                planner.json().tekst(gegevens), door.actor()).orElseThrow(() -> new ApiException(HttpStatus.CONFLICT,
                        "Taak loopt al", "De taak is intussen al opnieuw gestart.", null));
        planner.plan(opdracht, taak.sleutel(), g.keer(), gegevens);
    }

    private static void naCommit(Runnable r) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    r.run();
                }
            });
        } else {
            r.run();
        }
    }
}
