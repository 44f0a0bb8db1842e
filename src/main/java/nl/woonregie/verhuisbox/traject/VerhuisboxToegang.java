package nl.woonregie.verhuisbox.traject;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.verhuisbox.Status;
import nl.woonregie.verhuisbox.traject.internal.CasusRepository;
import nl.woonregie.verhuisbox.traject.internal.PrivacyRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Access to Verhuisbox cases, per role, team and assignment (by account id), and the verwerkingenlogging: every
 * processing of a case by an account passes {@link #vereis}, which checks the {@link Handeling} against the
 * account's {@link Rechten} on the case and writes who, when, which case, what and why in {@code vhb_verwerking}
 * (append-only) before anything is done or returned. The services call it; controllers and pages only translate.
 *
 * <ul>
 *   <li>AANMELDER: makes referrals; sees only the status of own referrals (never the case itself).</li>
 *   <li>ICP: cases of the team in Melding, ICP-toets, Geweigerd, Wachtlijst and Alleen geld (screening and its
 *   outcome).</li>
 *   <li>CASEMANAGER: the cases assigned to him or her, in every state.</li>
 *   <li>ADMINISTRATIEF: the cases assigned to him or her (registrations, reactions).</li>
 *   <li>CONSULENT: cases of the team from Wachtlijst or Alleen geld (basis op orde) to Verhuizing (income,
 *   grants).</li>
 *   <li>COORDINATOR: every case of the team (waiting list, capacity, assignment).</li>
 *   <li>BEHEERDER and the supervision roles: no access to cases (they need none; data minimisation).</li>
 * </ul>
 */
@Component
public class VerhuisboxToegang {

    static final Set<Status> ICP_STATUSSEN = EnumSet.of(Status.MELDING, Status.ICP_TOETS, Status.GEWEIGERD,
            Status.WACHTLIJST, Status.ALLEEN_GELD);
    static final Set<Status> CONSULENT_STATUSSEN = EnumSet.of(Status.WACHTLIJST, Status.ALLEEN_GELD, Status.INTAKE,
            Status.ZOEKEN,
            Status.AANBOD, Status.VERHUIZING);

    /** The purpose of reading cases through the report (the drill-down of a figure). */
    static final String DOEL_RAPPORTAGE = "verantwoording: de casussen achter een cijfer van de rapportage";

    private final Toegang toegang;
    private final CasusRepository casussen;
    private final PrivacyRepository verwerkingen;

    VerhuisboxToegang(Toegang toegang, CasusRepository casussen, PrivacyRepository verwerkingen) {
        this.toegang = toegang;
        this.casussen = casussen;
        this.verwerkingen = verwerkingen;
    }

    /** Who a case belongs to, for the checks. */
    public record Scope(long id, long team, long aanmelder, Long casemanager, Long administratief, Status status) {
    }

    /** The signed-in account (401 when there is none). */
    public Gebruiker huidige() {
        return toegang.huidige();
    }

    /** The signed-in account, with one of the given Verhuisbox roles and a team. */
    public Gebruiker rol(Rol... rollen) {
        return teamrol(huidige(), rollen);
    }

    /**
     * Does {@code g} have one of the given Verhuisbox roles (and so a team)? What {@link #teamrol} demands, without a
     * refusal: for the links and buttons of a page (nothing is logged).
     */
    public static boolean heeftTeamrol(Gebruiker g, Rol... rollen) {
        return g.heeft(rollen) && g.team() != null;
    }

    /** {@code g} with one of the given Verhuisbox roles in its team; 403 otherwise. */
    public Gebruiker teamrol(Gebruiker g, Rol... rollen) {
        if (!heeftTeamrol(g, rollen)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang",
                    "Uw account (" + g.rolomschrijving() + ") heeft geen toegang tot deze gegevens.", null);
        }
        return g;
    }

    public Scope scope(long casus) {
        return casussen.scope(casus).orElseThrow(() -> ApiException.notFound("Casus " + casus + " bestaat niet."));
    }

    /**
     * Which cases an account may read, or whose money it may see, as one rule that decides for one case
     * ({@link #omvat}) and that a list query applies in SQL (team; every case, cases in one of these states, or the
     * cases assigned to this account as casemanager or administratief). No team: no case.
     */
    public record Bereik(Long team, boolean alle, Set<Status> statussen, Long casemanager, Long administratief) {

        public Bereik {
            statussen = Set.copyOf(statussen);
        }

        static final Bereik GEEN = new Bereik(null, false, Set.of(), null, null);

        /** What this range and the other one cover together (both of one team, or one of them none). */
        Bereik en(Bereik o) {
            if (o.team == null) {
                return this;
            }
            if (team == null) {
                return o;
            }
            Set<Status> beide = EnumSet.noneOf(Status.class);
            beide.addAll(statussen);
            beide.addAll(o.statussen);
            return new Bereik(team, alle || o.alle, beide, casemanager != null ? casemanager : o.casemanager,
                    administratief != null ? administratief : o.administratief);
        }

        public boolean omvat(Scope c) {
            if (team == null || team != c.team()) {
                return false;
            }
            return alle || statussen.contains(c.status())
                    || (casemanager != null && casemanager.equals(c.casemanager()))
                    || (administratief != null && administratief.equals(c.administratief()));
        }

        /** The states as names, for a query ({@code status = any(?)}). */
        public String[] statusnamen() {
            return statussen.stream().map(Status::name).toArray(String[]::new);
        }
    }

    /**
     * The cases an account may read: ICP the team's cases in Melding, ICP-toets, Geweigerd and Wachtlijst; CASEMANAGER
     * and ADMINISTRATIEF those assigned to them; CONSULENT from Wachtlijst to Verhuizing; COORDINATOR all of the team.
     * An account with several Verhuisbox roles (of its one team) reads what any of them may.
     */
    public static Bereik leesbereik(Gebruiker g) {
        Bereik b = Bereik.GEEN;
        for (Rol r : g.verhuisboxrollen()) {
            b = b.en(leesbereik(r, g.id(), g.team()));
        }
        return b;
    }

    /** What one role of the account may read. */
    static Bereik leesbereik(Rol rol, long id, Long team) {
        if (team == null) {
            return Bereik.GEEN;
        }
        return switch (rol) {
            case ICP -> new Bereik(team, false, ICP_STATUSSEN, null, null);
            case CASEMANAGER -> new Bereik(team, false, Set.of(), id, null);
            case ADMINISTRATIEF -> new Bereik(team, false, Set.of(), null, id);
            case CONSULENT -> new Bereik(team, false, CONSULENT_STATUSSEN, null, null);
            case COORDINATOR -> new Bereik(team, true, Set.of(), null, null);
            default -> Bereik.GEEN;
        };
    }

    /**
     * The cases whose money an account may see (grants, beschikkingen): the assigned casemanager and administratief,
     * the team's consulenten (in every state: a grant is paid also after the move) and coordinator; with several
     * roles what any of them may.
     */
    public static Bereik geldbereik(Gebruiker g) {
        Bereik b = Bereik.GEEN;
        for (Rol r : g.verhuisboxrollen()) {
            b = b.en(geldbereik(r, g.id(), g.team()));
        }
        return b;
    }

    /** Whose money one role of the account may see. */
    static Bereik geldbereik(Rol rol, long id, Long team) {
        if (team == null) {
            return Bereik.GEEN;
        }
        return switch (rol) {
            case CASEMANAGER -> new Bereik(team, false, Set.of(), id, null);
            case ADMINISTRATIEF -> new Bereik(team, false, Set.of(), null, id);
            case CONSULENT, COORDINATOR -> new Bereik(team, true, Set.of(), null, null);
            default -> Bereik.GEEN;
        };
    }

    /** May this account read the case itself? (for filtering lists: no exception, no logging) */
    public static boolean magLezen(Gebruiker g, Scope c) {
        return leesbereik(g).omvat(c);
    }

    /** May this account see the money of the case (grants, beschikkingen)? See {@link #geldbereik}. */
    public static boolean magGeldZien(Gebruiker g, Scope c) {
        return geldbereik(g).omvat(c);
    }

    /** What this account may do with the case (404 when the case is unknown); no check, nothing logged. */
    public Rechten rechten(Gebruiker g, long casus) {
        return rechten(g, scope(casus));
    }

    public static Rechten rechten(Gebruiker g, Scope c) {
        Set<Rol> rollen = g.verhuisboxrollen();
        Set<Rol> lezend = EnumSet.noneOf(Rol.class);
        Set<Rol> geldziend = EnumSet.noneOf(Rol.class);
        for (Rol r : rollen) {
            if (leesbereik(r, g.id(), g.team()).omvat(c)) {
                lezend.add(r);
            }
            if (geldbereik(r, g.id(), g.team()).omvat(c)) {
                geldziend.add(r);
            }
        }
        boolean eigen = rollen.contains(Rol.AANMELDER) && g.team() != null && g.team() == c.team()
                && c.aanmelder() == g.id();
        return new Rechten(c.id(), c.status(), rollen, lezend, geldziend, eigen);
    }

    /**
     * The one check before a processing of a case: 403 when the account may not do {@code h} with it (an account none
     * of whose roles may ever do it is refused before the case is looked up), 404 when the case is unknown; then the
     * processing is logged with the role that allows it and that role's purpose. Returns the account's rights on the
     * case.
     */
    public Rechten vereis(Gebruiker g, long casus, Handeling h) {
        return vereis(g, casus, h, null);
    }

    /**
     * As {@link #vereis(Gebruiker, long, Handeling)}, with what exactly was processed after the handeling in the log
     * (e.g. "document: document 12, versie 2 (inhoud)"; cut to the column's 100 characters).
     */
    public Rechten vereis(Gebruiker g, long casus, Handeling h, String wat) {
        if (h.soort() != Handeling.Soort.GELD && g.verhuisboxrollen().stream().noneMatch(h::rolMag)) {
            throw geweigerd(g);
        }
        Rechten r = rechten(g, casus);
        Rol als = r.rolVoor(h).orElseThrow(() -> geweigerd(g));
        String handeling = wat == null ? h.tekst() : h.tekst() + ": " + wat;
        verwerkingen.logLezing(g.actor(), als.name(), casus, doel(als),
                handeling.length() > 100 ? handeling.substring(0, 100) : handeling);
        return r;
    }

    /** 403 unless the account may take the case to {@code naar} (see {@link Rechten#magNaar}). */
    static void vereisNaar(Rechten r, Gebruiker g, Status naar, boolean stoppen) {
        if (!r.magNaar(naar, stoppen)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang",
                    "Uw rol (" + g.rolomschrijving() + ") zet deze stap niet" + (naar == Status.GEWEIGERD
                            || naar == Status.WACHTLIJST || naar == Status.ALLEEN_GELD ? "; dit volgt uit de ICP-toets"
                                    : "") + ".", null);
        }
    }

    /** The purpose of a read follows from the role (doelbinding). */
    static String doel(Rol rol) {
        if (rol == null) {
            return "geen";
        }
        return switch (rol) {
            case AANMELDER -> "status van eigen aanmelding volgen";
            case ICP -> "ICP-toets en wachtlijst";
            case CASEMANAGER -> "casemanagement van toegewezen casus";
            case ADMINISTRATIEF -> "inschrijvingen en reacties op woningen";
            case CONSULENT -> "inkomen en bijzondere bijstand";
            case COORDINATOR -> "wachtlijst, capaciteit en toewijzing";
            default -> "geen";
        };
    }

    /**
     * Logs the reads of a list of cases (the drill-down of a figure) as one processing action: one row per case, with
     * the action's id, in one statement.
     */
    public void logLezingen(Gebruiker g, Collection<Long> casussen, String handeling) {
        if (!casussen.isEmpty()) {
            verwerkingen.logLezingen(g.actor(), rolnaam(g), casussen, DOEL_RAPPORTAGE, handeling);
        }
    }

    /** The purpose of the cases in an evaluator's dataset (issue 20 §6). */
    static final String DOEL_EVALUATIE = "evaluatie: pseudonieme gegevens voor de externe evaluatie, goedgekeurd door "
            + "de coördinator";

    /**
     * Logs that a pseudonymised dataset for the external evaluator held these cases, as one processing action (the
     * cases are personal data still, under a pseudonym): the person's AVG export shows it.
     */
    public void logEvaluatie(Gebruiker g, Collection<Long> casussen, String handeling) {
        if (!casussen.isEmpty()) {
            verwerkingen.logLezingen(g.actor(), rolnaam(g), casussen, DOEL_EVALUATIE, handeling);
        }
    }

    /** The role a report's reads are logged under: the account's Verhuisbox role that may see reports. */
    private static String rolnaam(Gebruiker g) {
        Set<Rol> rollen = g.verhuisboxrollen();
        return rollen.contains(Rol.COORDINATOR) ? Rol.COORDINATOR.name()
                : rollen.stream().findFirst().map(Rol::name).orElse("GEEN");
    }

    /**
     * Logs that a list showed these cases (a worklist, a list of cases or grants, an export, the obstacle log …): one
     * processing action with the purpose that follows from the role, one row per case shown, all with the action's
     * id (as the VNG standard Verwerkingenlogging models an action and its processed objects). Nothing when the list
     * showed no case. An account with several Verhuisbox roles has each case logged under the role that lets it read
     * the case (or see its money), as one action per role.
     */
    public void logLijst(Gebruiker g, Collection<Long> casussen, String handeling) {
        List<Long> ids = casussen.stream().filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return;
        }
        Set<Rol> rollen = g.verhuisboxrollen();
        if (rollen.size() <= 1) {
            Rol rol = rollen.stream().findFirst().orElse(null);
            verwerkingen.logLezingen(g.actor(), rol == null ? "GEEN" : rol.name(), ids, doel(rol), handeling);
            return;
        }
        java.util.Map<Rol, List<Long>> per = new java.util.EnumMap<>(Rol.class);
        for (Scope c : this.casussen.scopes(ids)) {
            Rol als = rollen.stream().filter(r -> leesbereik(r, g.id(), g.team()).omvat(c)).findFirst()
                    .or(() -> rollen.stream().filter(r -> geldbereik(r, g.id(), g.team()).omvat(c)).findFirst())
                    .orElse(rollen.iterator().next());
            per.computeIfAbsent(als, k -> new java.util.ArrayList<>()).add(c.id());
        }
        per.forEach((rol, lijst) -> verwerkingen.logLezingen(g.actor(), rol.name(), lijst, doel(rol), handeling));
    }

    /** Logs a processing of a case by someone without an account (the client through a survey link). */
    public void logZonderAccount(long casus, String actor, String rol, String doel, String handeling) {
        verwerkingen.logLezing(actor, rol, casus, doel, handeling);
    }

    public static ApiException geweigerd(Gebruiker g) {
        return new ApiException(HttpStatus.FORBIDDEN, "Geen toegang",
                "Uw account (" + g.rolomschrijving() + ") heeft geen toegang tot deze casus.", null);
    }
}
