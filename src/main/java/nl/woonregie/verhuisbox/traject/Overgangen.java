package nl.woonregie.verhuisbox.traject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Labels;
import nl.woonregie.verhuisbox.Afsluiting;
import nl.woonregie.verhuisbox.Casussen.Casus;
import nl.woonregie.verhuisbox.Casussen.Zoekregio;
import nl.woonregie.verhuisbox.Route;
import nl.woonregie.verhuisbox.Status;
import nl.woonregie.verhuisbox.Stopreden;
import nl.woonregie.verhuisbox.Uitkomst;
import nl.woonregie.verhuisbox.traject.internal.CasusRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The state machine of a case: a transition is authorised (who takes which step, {@link Rechten#magNaar}), checked
 * against its entry conditions ({@link Traject}; a 409 naming every unmet one) and then <b>guarded</b>: the case is
 * updated only while it is still in the state the conditions were checked for ({@code update … where status =
 * :van}). Of two concurrent transitions of one case, the second finds no row, gets a 409 and rolls back, so nothing
 * of it (history, tasks, checklists, audit) remains. Every transition writes a history row and an audit event.
 */
@Service
public class Overgangen {

    static final String AFGESLOTEN_DOOR = "systeem (casus afgesloten)";

    private final CasusRepository casussen;
    private final Casusdossier dossier;
    private final Wachtlijsten wachtlijsten;
    private final Checklisten checklisten;
    private final Taken taken;
    private final AanbodStand aanbod;
    private final GebiedService gebied;
    private final VerhuisboxToegang toegang;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock klok;

    Overgangen(CasusRepository casussen, Casusdossier dossier, Wachtlijsten wachtlijsten, Checklisten checklisten,
            Taken taken, AanbodStand aanbod, GebiedService gebied, VerhuisboxToegang toegang,
            ApplicationEventPublisher gebeurtenissen, Clock klok) {
        this.casussen = casussen;
        this.dossier = dossier;
        this.wachtlijsten = wachtlijsten;
        this.checklisten = checklisten;
        this.taken = taken;
        this.aanbod = aanbod;
        this.gebied = gebied;
        this.toegang = toegang;
        this.gebeurtenissen = gebeurtenissen;
        this.klok = klok;
    }

    /** A transition as asked (API body or page form): naar, reden and, for closing, how. */
    public record OvergangVerzoek(String naar, String reden, String uitkomst, String stopreden, String bestemming,
            String bestemmingCode, LocalDate verhuisdatum) {
    }

    /** A transition asked by an account: authorised, the input read (400 naming the field), then done. */
    @Transactional
    public void overgang(long id, OvergangVerzoek v, Gebruiker door, String client) {
        Rechten r = toegang.vereis(door, id, Handeling.STATUSWIJZIGING);
        if (v == null) {
            throw ApiException.invalid("Geef de nieuwe status en de reden.", List.of(new InvalidParam("naar",
                    "verplicht"), new InvalidParam("reden", "verplicht")));
        }
        Status naar = v.naar() == null ? null : Invoer.enumWaarde(Status.class, v.naar(), "naar");
        if (naar == null) {
            throw ApiException.invalid("Geef de nieuwe status.", List.of(new InvalidParam("naar", "verplicht")));
        }
        Afsluiting afsluiting = naar == Status.AFGESLOTEN ? new Afsluiting(
                v.uitkomst() == null ? null : Invoer.enumWaarde(Uitkomst.class, v.uitkomst(), "uitkomst"),
                v.stopreden() == null ? null : Invoer.enumWaarde(Stopreden.class, v.stopreden(), "stopreden"),
                v.bestemming(), v.bestemmingCode()) : null;
        VerhuisboxToegang.vereisNaar(r, door, naar, stoppen(afsluiting));
        voerUit(id, naar, v.reden(), afsluiting, v.verhuisdatum(), door, client);
    }

    /**
     * The judgment of a transition without taking it (a page's check when a field of its form could not be read):
     * the account may take this step (403 otherwise), and every invalid field and unmet entry condition.
     */
    public List<InvalidParam> controleer(long id, OvergangVerzoek v, Gebruiker door) {
        Rechten r = toegang.vereis(door, id, Handeling.STATUSWIJZIGING);
        Status naar;
        Afsluiting afsluiting;
        try {
            naar = v == null || v.naar() == null ? null : Invoer.enumWaarde(Status.class, v.naar(), "naar");
            if (naar == null) {
                return List.of(new InvalidParam("naar", "verplicht"));
            }
            afsluiting = naar == Status.AFGESLOTEN ? new Afsluiting(
                    v.uitkomst() == null ? null : Invoer.enumWaarde(Uitkomst.class, v.uitkomst(), "uitkomst"),
                    v.stopreden() == null ? null : Invoer.enumWaarde(Stopreden.class, v.stopreden(), "stopreden"),
                    v.bestemming(), v.bestemmingCode()) : null;
        } catch (ApiException e) {
            return e.invalidParams();
        }
        VerhuisboxToegang.vereisNaar(r, door, naar, stoppen(afsluiting));
        LocalDate vandaag = LocalDate.now(klok);
        List<InvalidParam> f = new ArrayList<>(verhuisdatumFouten(v.verhuisdatum(), vandaag));
        if (naar == Status.AFGESLOTEN && afsluiting != null) {
            try {
                bestemming(afsluiting, v.verhuisdatum() == null ? vandaag : v.verhuisdatum());
            } catch (ApiException e) {
                f.addAll(e.invalidParams());
            }
        }
        Traject.bezwaren(stand(id), naar, v.reden(), afsluiting)
                .forEach(b -> f.add(new InvalidParam(b.veld(), b.melding())));
        return f;
    }

    private static List<InvalidParam> verhuisdatumFouten(LocalDate verhuisdatum, LocalDate vandaag) {
        return verhuisdatum != null && verhuisdatum.isAfter(vandaag)
                ? List.of(new InvalidParam("verhuisdatum", "niet in de toekomst")) : List.of();
    }

    /** A transition asked by an account, with typed values. */
    @Transactional
    public void overgang(long id, Status naar, String reden, Afsluiting afsluiting, LocalDate verhuisdatum,
            Gebruiker door, String client) {
        Rechten r = toegang.vereis(door, id, Handeling.STATUSWIJZIGING);
        VerhuisboxToegang.vereisNaar(r, door, naar, stoppen(afsluiting));
        voerUit(id, naar, reden, afsluiting, verhuisdatum, door, client);
    }

    /**
     * A transition that follows from a step another part of Verhuisbox authorised (an offer recorded or decided):
     * the entry conditions and the guard apply, the role rules of {@link #overgang} do not.
     */
    @Transactional
    public void volg(long id, Status naar, String reden, Gebruiker door, String client) {
        voerUit(id, naar, reden, null, null, door, client);
    }

    private static boolean stoppen(Afsluiting a) {
        return a != null && a.uitkomst() == Uitkomst.GESTOPT;
    }

    /** On closing as VERHUISD the aftercare listens and plans its contacts from the move date (default today). */
    private void voerUit(long id, Status naar, String reden, Afsluiting afsluiting, LocalDate verhuisdatum,
            Gebruiker door, String client) {
        LocalDate vandaag = LocalDate.now(klok);
        if (!verhuisdatumFouten(verhuisdatum, vandaag).isEmpty()) {
            throw ApiException.invalid("De verhuisdatum ligt in de toekomst.", verhuisdatumFouten(verhuisdatum,
                    vandaag));
        }
        LocalDate dag = verhuisdatum == null ? vandaag : verhuisdatum;
        Bestemming bestemming = naar == Status.AFGESLOTEN && afsluiting != null ? bestemming(afsluiting, dag) : null;
        Traject.Stand stand = stand(id);
        List<Traject.Bezwaar> bezwaren = Traject.bezwaren(stand, naar, reden, afsluiting);
        if (!bezwaren.isEmpty()) {
            throw new ApiException(HttpStatus.CONFLICT, "Overgang niet toegestaan",
                    "Van " + stand.status().label() + " naar " + (naar == null ? "?" : naar.label())
                            + " kan (nog) niet.",
                    bezwaren.stream().map(b -> new InvalidParam(b.veld(), b.melding())).toList());
        }
        if (naar == Status.AFGESLOTEN) {
            boolean gehuisvest = afsluiting.uitkomst() != Uitkomst.GESTOPT;
            if (!casussen.sluitAf(id, stand.status(), afsluiting.uitkomst(), afsluiting.stopreden(),
                    bestemming.tekst(), bestemming.code(), gehuisvest ? dag : null)) {
                throw gelijktijdig(stand.status());
            }
            casussen.geschiedenis(id, stand.status(), naar, reden.strip(), door.actor());
            taken.naOvergang(id, stand.status(), naar, stand.minderjarigen(), AFGESLOTEN_DOOR, vandaag);
            gebeurtenissen.publishEvent(new CasusAfgesloten(id, afsluiting.uitkomst(), dag));
            gebeurtenissen.publishEvent(new CasusGebeurtenis.StatusGewijzigd(id, stand.status(), naar, reden.strip(),
                    new Actor(door.actor(), client)));
        } else {
            zet(id, stand.status(), naar, reden.strip(), door, client);
        }
        checklistsBijBinnenkomst(id, naar);
    }

    /**
     * The guarded change of state with its history row, its tasks ({@link Taken#naOvergang}: what is done is
     * completed, what the new state brings is made) and its audit event (409 when the case moved on meanwhile).
     */
    void zet(long id, Status van, Status naar, String reden, Gebruiker door, String client) {
        if (!casussen.zetStatus(id, van, naar)) {
            throw gelijktijdig(van);
        }
        casussen.geschiedenis(id, van, naar, reden, door.actor());
        // only entering Intake brings a task that depends on the household (the CJG rule's family talk)
        boolean minderjarigen = naar == Status.INTAKE && dossier.lees(id).gezinsgesprekNodig();
        taken.naOvergang(id, van, naar, minderjarigen, door.actor(), LocalDate.now(klok));
        gebeurtenissen.publishEvent(new CasusGebeurtenis.StatusGewijzigd(id, van, naar, reden,
                new Actor(door.actor(), client)));
    }

    private static ApiException gelijktijdig(Status van) {
        return new ApiException(HttpStatus.CONFLICT, "Overgang niet toegestaan",
                "De casus is intussen door een andere stap gewijzigd; bekijk de casus opnieuw.",
                List.of(new InvalidParam("status", "niet meer " + Labels.inZin(van))));
    }

    /** The destination of a closing: the text shown and the CBS code (checked against the gebied register). */
    record Bestemming(String tekst, String code) {
    }

    private Bestemming bestemming(Afsluiting a, LocalDate dag) {
        String tekst = Invoer.leeg(a.bestemming());
        String code = Invoer.leeg(a.bestemmingCode());
        List<InvalidParam> f = new ArrayList<>();
        if (tekst != null && tekst.length() > 200) {
            f.add(new InvalidParam("bestemming", "hoogstens 200 tekens"));
        }
        if (a.uitkomst() == Uitkomst.VERHUISD && code != null) {
            code = code.toUpperCase(Locale.ROOT);
            Optional<Gemeente> g = gebied.gemeente(code);
            if (g.isEmpty()) {
                f.add(new InvalidParam("bestemmingCode", "geen gemeente in het register (CBS-code als GM0014)"));
            } else if (!g.get().geldigOp(dag)) {
                f.add(new InvalidParam("bestemmingCode", g.get().naam() + " bestond niet op " + dag));
            } else if (tekst == null) {
                tekst = g.get().naam();
            }
        } else if (a.uitkomst() == Uitkomst.VERHUISD && tekst != null) {
            // only the text: the code when it names exactly one gemeente of that day
            String t = tekst;
            List<Gemeente> zelfde = gebied.gemeentenOp(dag).stream().filter(x -> x.naam().equalsIgnoreCase(t))
                    .toList();
            code = zelfde.size() == 1 ? zelfde.get(0).code() : null;
        } else if (a.uitkomst() != Uitkomst.VERHUISD) {
            code = null;
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("De afsluiting is niet geldig.", f);
        }
        return new Bestemming(tekst, code);
    }

    /** The checklists that come with entering a state (its tasks come with {@link Taken#naOvergang}). */
    private void checklistsBijBinnenkomst(long id, Status naar) {
        switch (naar) {
            case INTAKE -> checklisten.maak(id, "INTAKE", Checklists.INTAKE);
            case AANBOD -> {
                // documents are checked again for every offer (earlier ticks stay in the audit trail)
                checklisten.heropen(id, "AANBOD");
                checklisten.maak(id, "AANBOD", Checklists.AANBOD);
            }
            case VERHUIZING -> checklisten.maak(id, "VERHUIZING", Checklists.VERHUIZING);
            default -> {
            }
        }
    }

    /**
     * Where a case goes back to when its offer is refused (by the client or the corporation): searching on the
     * regular route, Alleen geld on the self-finder's (ADR 0043).
     */
    public Status naGeweigerdAanbod(long id) {
        return dossier.lees(id).route() == Route.ALLEEN_GELD ? Status.ALLEEN_GELD : Status.ZOEKEN;
    }

    /** The facts the entry conditions look at. */
    Traject.Stand stand(long id) {
        Casus c = dossier.lees(id);
        long team = toegang.scope(id).team();
        Toetsuitslag toets = c.criteriaJaar() == null ? null
                : Toetsuitslag.van(casussen.criteria(c.criteriaJaar()), casussen.laatsteUitslagen(id, c.criteriaJaar()));
        boolean eerste = false;
        if (c.status() == Status.WACHTLIJST) {
            List<Wachtlijst.Plaats> lijst = wachtlijsten.wachtlijst(team, c.categorie());
            eerste = !lijst.isEmpty() && lijst.get(0).wachtende().casus() == id;
        }
        int jaar = LocalDate.now(klok).getYear();
        boolean capaciteit = wachtlijsten.capaciteit(team, jaar, c.categorie())
                > wachtlijsten.gestart(team, jaar, c.categorie());
        boolean kansrijk = c.zoekregios().stream().anyMatch(Zoekregio::kansrijk);
        return new Traject.Stand(c.status(), c.route(), toets, c.casemanager() != null, eerste, capaciteit, c.variant(),
                checklisten.open(id, "INTAKE"), kansrijk, aanbod.open(id), aanbod.aanvaard(id),
                checklisten.open(id, "AANBOD"), checklisten.open(id, "VERHUIZING"), c.gezinsgesprekNodig(),
                c.gezinsgesprek() != null, c.netwerk() != null);
    }
}
