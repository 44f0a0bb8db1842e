package nl.woonregie.verhuisbox;

import java.util.EnumSet;
import java.util.Set;

import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Access to Verhuisbox cases, per role, team and assignment; and the verwerkingenlogging: every read of a case
 * passes through {@link #lezen} or {@link #statusLezen}, which write who, when, which case and why in
 * {@code vhb_verwerking} (append-only) before anything is returned.
 *
 * <ul>
 *   <li>AANMELDER: makes referrals; sees only the status of own referrals (never the case itself).</li>
 *   <li>ICP: cases of the team in Melding, ICP-toets, Geweigerd and Wachtlijst (screening).</li>
 *   <li>CASEMANAGER: the cases assigned to him or her, in every state.</li>
 *   <li>ADMINISTRATIEF: the cases assigned to him or her (registrations, reactions).</li>
 *   <li>CONSULENT: cases of the team from Wachtlijst (basis op orde) to Verhuizing (income, grants).</li>
 *   <li>COORDINATOR: every case of the team (waiting list, capacity, assignment).</li>
 *   <li>BEHEERDER and the supervision roles: no access to cases (they need none; data minimisation).</li>
 * </ul>
 */
@Component
public class VerhuisboxToegang {

    static final Set<Status> ICP_STATUSSEN = EnumSet.of(Status.MELDING, Status.ICP_TOETS, Status.GEWEIGERD,
            Status.WACHTLIJST);
    static final Set<Status> CONSULENT_STATUSSEN = EnumSet.of(Status.WACHTLIJST, Status.INTAKE, Status.ZOEKEN, Status.AANBOD,
            Status.VERHUIZING);

    private final Toegang toegang;
    private final JdbcClient jdbc;

    VerhuisboxToegang(Toegang toegang, JdbcClient jdbc) {
        this.toegang = toegang;
        this.jdbc = jdbc;
    }

    /** Who a case belongs to, for the checks. */
    public record Scope(long id, long team, long aanmelder, Long casemanager, Long administratief, Status status) {
    }

    /** One of the given Verhuisbox roles (with a team). */
    public Gebruiker rol(Rol... rollen) {
        Gebruiker g = toegang.rol(rollen);
        if (g.team() == null) {
            throw geweigerd(g);
        }
        return g;
    }

    public Scope scope(long casus) {
        return jdbc.sql("select id, team_id, aanmelder_id, casemanager_id, administratief_id, status from vhb_casus "
                        + "where id = ?")
                .param(casus)
                .query((rs, i) -> new Scope(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getObject(4, Long.class), rs.getObject(5, Long.class), Status.valueOf(rs.getString(6))))
                .optional().orElseThrow(() -> ApiException.notFound("Casus " + casus + " bestaat niet."));
    }

    /** May this account read the case itself? (for filtering lists, no exception, no logging) */
    public static boolean magLezen(Gebruiker g, Scope c) {
        if (g.team() == null || g.team() != c.team()) {
            return false;
        }
        return switch (g.rol()) {
            case ICP -> ICP_STATUSSEN.contains(c.status());
            case CASEMANAGER -> c.casemanager() != null && c.casemanager() == g.id();
            case ADMINISTRATIEF -> c.administratief() != null && c.administratief() == g.id();
            case CONSULENT -> CONSULENT_STATUSSEN.contains(c.status());
            case COORDINATOR -> true;
            default -> false;
        };
    }

    /** Reads the case (and logs the read with its purpose); 403 when not allowed, 404 when unknown. */
    public Gebruiker lezen(long casus, String handeling) {
        Gebruiker g = toegang.huidige();
        Scope c = scope(casus);
        if (!magLezen(g, c)) {
            throw geweigerd(g);
        }
        logLezing(g, casus, handeling);
        return g;
    }

    /** Reads the case to change it: {@link #lezen} and one of the roles. */
    public Gebruiker bewerken(long casus, String handeling, Rol... rollen) {
        Gebruiker g = toegang.huidige();
        boolean rolOk = false;
        for (Rol r : rollen) {
            rolOk |= g.rol() == r;
        }
        if (!rolOk) {
            throw geweigerd(g);
        }
        return lezen(casus, handeling);
    }

    /**
     * May this account see the money of the case (grants, beschikkingen)? The assigned casemanager and
     * administratief, the team's consulenten (in every state: a grant is paid also after the move) and coordinator.
     */
    public static boolean magGeldZien(Gebruiker g, Scope c) {
        if (g.team() == null || g.team() != c.team()) {
            return false;
        }
        return switch (g.rol()) {
            case CASEMANAGER -> c.casemanager() != null && c.casemanager() == g.id();
            case ADMINISTRATIEF -> c.administratief() != null && c.administratief() == g.id();
            case CONSULENT, COORDINATOR -> true;
            default -> false;
        };
    }

    /** The money of a case, for one of the roles (403 otherwise); the read is logged like every other. */
    public Gebruiker geld(long casus, String handeling, Rol... rollen) {
        Gebruiker g = toegang.huidige();
        boolean rolOk = false;
        for (Rol r : rollen) {
            rolOk |= g.rol() == r;
        }
        Scope c = scope(casus);
        if (!rolOk || !magGeldZien(g, c)) {
            throw geweigerd(g);
        }
        logLezing(g, casus, handeling);
        return g;
    }

    /** The status of a referral: its own aanmelder, or whoever may read the case. Logged. */
    public Gebruiker statusLezen(long casus) {
        Gebruiker g = toegang.huidige();
        Scope c = scope(casus);
        boolean eigen = g.rol() == Rol.AANMELDER && g.team() != null && g.team() == c.team()
                && c.aanmelder() == g.id();
        if (!eigen && !magLezen(g, c)) {
            throw geweigerd(g);
        }
        logLezing(g, casus, "status");
        return g;
    }

    /** The purpose of a read follows from the role (doelbinding). */
    static String doel(Rol rol) {
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

    private void logLezing(Gebruiker g, long casus, String handeling) {
        jdbc.sql("insert into vhb_verwerking (actor, rol, casus_id, doel, handeling) values (?, ?, ?, ?, ?)")
                .params(g.actor(), g.rol().name(), casus, doel(g.rol()), handeling).update();
    }

    /** The purpose of reading cases through the report (the drill-down of a figure). */
    static final String DOEL_RAPPORTAGE = "verantwoording: de casussen achter een cijfer van de rapportage";

    /** Logs the reads of a list of cases (the drill-down of a figure): one row per case, in one statement. */
    void logLezingen(Gebruiker g, java.util.Collection<Long> casussen, String handeling) {
        if (casussen.isEmpty()) {
            return;
        }
        jdbc.sql("insert into vhb_verwerking (actor, rol, casus_id, doel, handeling) "
                        + "select ?, ?, unnest(cast(? as bigint[])), ?, ?")
                .params(g.actor(), g.rol().name(), casussen.toArray(Long[]::new), DOEL_RAPPORTAGE, handeling)
                .update();
    }

    static ApiException geweigerd(Gebruiker g) {
        return new ApiException(HttpStatus.FORBIDDEN, "Geen toegang",
                "Uw account (" + g.rol() + ") heeft geen toegang tot deze casus.", null);
    }
}
